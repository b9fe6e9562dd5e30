/**
 * Writes dist/sw.js after `astro build`: a Workbox service worker that precaches
 * the whole static site so every route opens offline.
 *
 * Why no navigateFallback: every route is its own prerendered `index.html`
 * (build.format 'directory'). A single fallback page would answer /design/ with
 * the home page's HTML (the @vite-pwa/astro failure mode ARCHITECTURE.md warns
 * about). Instead `directoryIndex` maps `/design/` to the precached
 * `design/index.html`, and `ignoreURLParametersMatching` drops every query
 * parameter so `/hire/?person=…` still hits the cache.
 *
 * Why it does not serve stale HTML forever: each precached file carries a
 * content revision; a new build yields a new sw.js, which installs, skips
 * waiting, claims open pages and deletes the old caches.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const swDest = `${distDir}sw.js`;

if (!existsSync(`${distDir}index.html`)) {
  console.error(`build-sw: ${distDir}index.html not found; run \`astro build\` first.`);
  process.exit(1);
}

try {
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    // HTML routes, bundles, styles, icons, schema/*.json, the manifest; plus
    // images and fonts so a page that references one still renders offline.
    globPatterns: ['**/*.{html,js,mjs,css,svg,json,webmanifest,png,ico,webp,woff2}'],
    // Never precache the worker itself (left over from an earlier build).
    globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js'],
    swDest,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Astro fingerprints everything under _astro/, so the URL is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One self-contained file: no importScripts, no CDN, nothing from another origin.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(`build-sw: warning: ${warning}`);
  if (count === 0) {
    console.error('build-sw: nothing matched the precache patterns under dist/.');
    process.exit(1);
  }
  console.log(`build-sw: dist/sw.js precaches ${count} files (${(size / 1024).toFixed(1)} KiB).`);
} catch (error) {
  console.error('build-sw: generateSW failed.');
  console.error(error);
  process.exit(1);
}
