/**
 * Registers dist/sw.js (written by scripts/build-sw.ts after `astro build`),
 * which precaches every page so Turbine opens offline. Call it from an island;
 * calling it more than once is harmless.
 *
 * Only production builds register: `astro dev` has no sw.js, and a worker left
 * over from a production preview would otherwise serve stale pages in dev.
 * Failure never breaks the page: the app works online without it.
 */
let requested = false;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || requested) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  requested = true;

  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const register = (): void => {
    try {
      navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
        console.warn('Turbine: offline support is unavailable (service worker registration failed).', error);
      });
    } catch (error) {
      console.warn('Turbine: offline support is unavailable (service worker registration failed).', error);
    }
  };

  // Wait for the page's own resources first so the precache does not compete with them.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
