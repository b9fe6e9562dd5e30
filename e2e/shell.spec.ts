/**
 * The shell every page shares: one h1, the Main navigation marking where you
 * are, no axe violations; and the service worker reopening every route offline.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';

const routes = [
  { path: '/', nav: 'Home' },
  { path: '/plan/', nav: '90 days' },
  { path: '/design/', nav: 'Design' },
  { path: '/design/charter/', nav: 'Design' },
  { path: '/design/people/', nav: 'Design' },
  { path: '/design/capabilities/', nav: 'Design' },
  { path: '/design/matrix/', nav: 'Design' },
  { path: '/design/insights/', nav: 'Design' },
  { path: '/design/one-on-ones/', nav: 'Design' },
  { path: '/design/decisions/', nav: 'Design' },
  { path: '/hire/', nav: 'Hire' },
  { path: '/hire/loops/', nav: 'Hire' },
  { path: '/hire/questions/', nav: 'Hire' },
  { path: '/hire/calibration/', nav: 'Hire' },
  { path: '/hire/privacy/', nav: 'Hire' },
  { path: '/hire/candidates/', nav: 'Hire' },
  { path: '/hire/score/', nav: 'Hire' },
  { path: '/learn/', nav: 'Learn' },
  { path: '/learn/systems/', nav: 'Learn' },
  { path: '/learn/templates/', nav: 'Learn' },
  { path: '/grow/', nav: 'Grow' },
  { path: '/grow/check-in/', nav: 'Grow' },
  { path: '/grow/trajectory/', nav: 'Grow' },
  { path: '/grow/self-review/', nav: 'Grow' },
  { path: '/data/', nav: 'Data' },
  { path: '/guides/', nav: 'Guides' },
  { path: '/guides/design/', nav: 'Guides' },
  { path: '/guides/hire/', nav: 'Guides' },
  { path: '/guides/learn/', nav: 'Guides' },
  { path: '/guides/grow/', nav: 'Guides' },
] as const;

for (const route of routes) {
  test(`${route.path} has one h1, marks ${route.nav} as current, and passes axe`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status(), `GET ${route.path}`).toBe(200);

    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: route.nav, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);

    await expectNoAxeViolations(page);
  });
}

test('every app page passes axe with the sample team loaded', async ({ page }) => {
  // Visits every app page in turn (13 with the plan), axe on each: give it room on a busy 2-core machine.
  test.setTimeout(150_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Try it with a sample team' }).click();
  await expect(page.getByText('You are looking at a sample team.')).toBeVisible();
  await expectNoAxeViolations(page);
  // Each page's own content, drawn from the sample data, shows before axe runs.
  const loaded: [string, string][] = [
    ['/design/', 'Capabilities'],
    ['/design/one-on-ones/', 'Everyone'],
    ['/design/decisions/', 'Decision records'],
    ['/hire/', 'Openings'],
    ['/hire/loops/', 'Interview loops'],
    ['/hire/questions/', 'Question bank'],
    ['/hire/candidates/', 'All candidates'],
    ['/learn/', 'Onboarding plans'],
    ['/learn/systems/', 'Who knows what the team owns'],
    ['/learn/templates/', 'My templates'],
    ['/grow/', 'Check-ins'],
    ['/plan/', 'The whole plan'],
    ['/data/', 'Sample team'],
  ];
  for (const [route, heading] of loaded) {
    await page.goto(route);
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('every route reloads offline once the service worker controls the page', async ({ page, context }) => {
  test.slow(); // every route, online then offline
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), {
      message: 'a service worker is registered on / (is registerServiceWorker() called from an island?)',
    })
    .toBe(true);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the page is controlled by the service worker after a reload',
    })
    .toBe(true);

  await context.setOffline(true);
  // Query parameters must not defeat the precache (ignoreURLParametersMatching).
  const offlineRoutes = [
    ...routes.map((route) => route.path),
    '/guides/design/',
    '/design/?from=offline-test',
    // A link to one person's 1:1s, as Home makes them.
    '/design/one-on-ones/?person=0000000a-0000-4000-8000-00000000000a',
    // A check-in, as the check-ins table and Home link to it.
    '/grow/check-in/?person=0000000a-0000-4000-8000-00000000000a&quarter=2026-Q4',
  ];
  for (const path of offlineRoutes) {
    const visited = await page.goto(path);
    expect(visited?.fromServiceWorker(), `${path} is served by the service worker`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), `${path} shows its h1 offline`).toBeVisible();

    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), `${path} reloads from the service worker`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), `${path} shows its h1 after an offline reload`).toBeVisible();
  }
});
