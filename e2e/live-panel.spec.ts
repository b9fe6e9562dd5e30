/**
 * A live panel on the team's sync server, started here on loopback: two instances sharing one
 * Redis (an interviewer on one, the manager on the other) and one SQLite file. Three browser
 * contexts, each with its own storage: the hiring manager shares two kits live; Tomás's link
 * opens his kit and not Rachel's; Tomás writes (the manager sees "in progress", no scores), goes
 * offline, keeps writing, reloads, comes back and submits, and his scorecard reaches the
 * manager; the servers restart and Rachel's kit is still there; anonymising the candidate
 * removes both documents from the server.
 *
 * Each instance serves the built site itself (the page may talk to its own origin only), so
 * each person loads Turbine from the instance they use. The server checks tokens against the
 * browsers' fixed clock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, FIXED_NOW } from './fixtures';
import { CandidatesPage } from './pages/candidates-page';
import { startSyncServer } from '../server/sync-server';
import { freePort } from '../server/free-port';

const SECRET = 'e2e-secret-that-is-long-enough-for-the-server';
const OPENING = 'Software engineer, payments reliability';

async function startRedis(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  // Ready once it answers on its port.
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) return { url: `redis://127.0.0.1:${port}`, process: redis };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start (is it installed? .ci/run installs it)');
}

/** A person's own browser on one instance, which must never talk to any other origin. */
async function ownBrowser(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin });
  await context.clock.install({ time: FIXED_NOW });
  const foreign: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin && url.origin !== origin.replace(/^http/, 'ws')) foreign.push(r.url());
  });
  return { context, page: await context.newPage(), foreign };
}

async function untilControlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('a live panel: kits shared as links, scorecards arriving as they are submitted, across two server instances', async ({ browser }) => {
  test.slow();
  const clockStart = Date.now();
  const now = () => new Date(FIXED_NOW.getTime() + (Date.now() - clockStart));
  const redis = await startRedis();
  const data = join(mkdtempSync(join(tmpdir(), 'turbine-live-')), 'sync.sqlite');
  const [portA, portB] = [await freePort(), await freePort()];
  const instance = (port: number) => startSyncServer({ port, host: '127.0.0.1', data, secret: SECRET, redis: redis.url, site: 'dist', quiet: true, now });
  let servers = [await instance(portA), await instance(portB)];
  const [siteA, siteB] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  const contexts: BrowserContext[] = [];
  try {
    const manager = await ownBrowser(browser, siteB);
    contexts.push(manager.context);
    const page = manager.page;
    const candidates = new CandidatesPage(page);
    const kits = page.getByRole('region', { name: 'Interviewers scoring on their own machines' });
    const expected = (who: string) => page.getByRole('listitem').filter({ hasText: who });

    await test.step('the manager adds Ines and connects this device to the sync server', async () => {
      await page.goto('/data/');
      await page.getByRole('button', { name: 'Try it with a sample team' }).click();
      await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeVisible();
      await candidates.goto();
      await candidates.chooseOpening(OPENING);
      await page.getByRole('button', { name: 'Add a candidate' }).click();
      await candidates.add('Ines Duarte', 'Referral');
      await page.getByRole('button', { name: 'Done adding' }).click();
      await candidates.open('Ines Duarte');
      await candidates.moveTo('Incident and design interview', '2026-11-23');
      await kits.getByText('Score live on your team’s sync server (optional)').click();
      await kits.getByLabel('The sync server’s secret').fill('not-the-secret-but-long-enough-to-try-it');
      await kits.getByRole('button', { name: 'Connect' }).click();
      await expect(kits.getByRole('alert')).toContainText('the sync server refused');
      await kits.getByLabel('The sync server’s secret').fill(SECRET);
      await kits.getByRole('button', { name: 'Connect' }).click();
      await expect(kits.getByText('Live panel: kits can be shared on this site’s sync server.')).toBeVisible();
    });

    const links: Record<string, string> = {};
    await test.step('she shares Tomás’s and Rachel’s kits live: a link each', async () => {
      for (const [who, stage] of [
        ['Tomás Herrera', 'Phone screen'],
        ['Rachel Adeyemi', 'Incident and design interview'],
      ] as const) {
        await kits.getByRole('button', { name: `Share ${who}’s kit for ${stage} live` }).click();
        await expect(kits.getByRole('status').filter({ hasText: `Shared ${who}’s kit for ${stage} live.` })).toBeVisible();
        links[who] = await kits.getByLabel(`${who}’s live link for ${stage}`).inputValue();
        expect(links[who]).toMatch(new RegExp(`^${siteB}/hire/score/#live=`));
      }
      await expect(expected('Phone screen: Tomás Herrera —')).toHaveText('Phone screen: Tomás Herrera — shared live 23 Nov 2026, not started');
      // Asked again, the link opens the same kit (published again, with a token of its own).
      await kits.getByRole('button', { name: 'Tomás Herrera’s live link for Phone screen' }).click();
      const again = await kits.getByLabel('Tomás Herrera’s live link for Phone screen').inputValue();
      const docOf = (link: string) => JSON.parse(Buffer.from(link.split('#live=')[1]!, 'base64url').toString()).doc as string;
      expect(docOf(again)).toBe(docOf(links['Tomás Herrera']!));
      await expectNoAxeViolations(page);
    });

    // Tomás reaches the other instance, as a load balancer would send him.
    const tomas = await ownBrowser(browser, siteA);
    contexts.push(tomas.context);
    const mine = tomas.page;
    const heading = mine.getByRole('heading', { name: 'Tomás Herrera’s scorecard for Ines Duarte, Phone screen' });
    await test.step('Tomás’s link opens his kit; his token does not open Rachel’s', async () => {
      const [, tomasFragment] = links['Tomás Herrera']!.split('#');
      const tomasToken = JSON.parse(Buffer.from(tomasFragment!.slice('live='.length), 'base64url').toString()).token as string;
      const rachelDoc = JSON.parse(Buffer.from(links['Rachel Adeyemi']!.split('#live=')[1]!, 'base64url').toString()).doc as string;
      const forged = Buffer.from(JSON.stringify({ doc: rachelDoc, token: tomasToken })).toString('base64url');
      await mine.goto(`/hire/score/#live=${forged}`);
      await expect(mine.getByRole('alert')).toContainText('This link does not open a kit');
      await expect(mine.getByRole('heading', { name: /Rachel Adeyemi’s scorecard/ })).toHaveCount(0);

      await mine.goto(`/hire/score/#${tomasFragment}`);
      await mine.reload();
      await expect(heading).toBeVisible();
      await expect(mine.getByRole('status').filter({ hasText: /^Connected to your team’s sync server/ })).toBeVisible();
      await expectNoAxeViolations(mine);
    });

    await test.step('he starts writing: the manager sees “in progress”, never his scores', async () => {
      await mine.getByRole('group', { name: 'Incident response', exact: true }).getByRole('radio', { name: '3', exact: true }).check();
      await mine.getByLabel('Evidence for Incident response').fill('Walked through a refund outage.');
      await expect(expected('Phone screen: Tomás Herrera —')).toHaveText('Phone screen: Tomás Herrera — in progress, scoring live');
      await expect(page.getByText('Walked through a refund outage.')).toHaveCount(0);
    });

    await test.step('offline, he keeps writing and reloads: nothing is lost; back online, he submits', async () => {
      await untilControlled(mine);
      await tomas.context.setOffline(true);
      await expect(mine.getByRole('status').filter({ hasText: /^Offline: your scorecard is kept in this browser/ })).toBeVisible();
      await new CandidatesPage(mine).fillScorecard({ scores: { 'Partner communication': 'No signal' }, recommendation: 'Yes' });
      await mine.reload();
      await expect(heading).toBeVisible();
      await expect(mine.getByLabel('Evidence for Incident response')).toHaveValue('Walked through a refund outage.');
      await expect(mine.getByRole('group', { name: 'Partner communication', exact: true }).getByRole('radio', { name: 'No signal' })).toBeChecked();
      await tomas.context.setOffline(false);
      await expect(mine.getByRole('status').filter({ hasText: /^Connected to your team’s sync server/ })).toBeVisible({ timeout: 15_000 });
      await mine.getByRole('button', { name: 'Submit my scorecard' }).click();
      await expect(mine.getByText(/^You submitted your scorecard on 23 Nov 2026\. The hiring manager has it\./)).toBeVisible();
    });

    await test.step('his scorecard appears for the manager, taken in as his', async () => {
      await expect(expected('Phone screen: Tomás Herrera —')).toHaveText('Phone screen: Tomás Herrera — submitted 23 Nov 2026');
      await expect(kits.getByRole('row', { name: /^Phone screen Tomás Herrera/ })).toContainText('Scorecard submitted 23 Nov 2026, live');
      await candidates.viewAs('Tomás Herrera (interviewer)');
      await expect(candidates.scorecard('Tomás Herrera’s scorecard, Phone screen')).toContainText('Walked through a refund outage.');
      await candidates.viewAs('The hiring manager');
      // Tomás's browser holds his kit's document and no other.
      const kept = await mine.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('turbine-live:')));
      expect(kept).toHaveLength(1);
    });

    await test.step('the servers restart: Rachel’s kit is still there, and her scorecard arrives', async () => {
      for (const s of servers) await s.stop();
      servers = [await instance(portA), await instance(portB)];
      const rachel = await ownBrowser(browser, siteA);
      contexts.push(rachel.context);
      await rachel.page.goto(`/hire/score/#${links['Rachel Adeyemi']!.split('#')[1]}`);
      await expect(rachel.page.getByRole('heading', { name: 'Rachel Adeyemi’s scorecard for Ines Duarte, Incident and design interview' })).toBeVisible();
      await new CandidatesPage(rachel.page).fillScorecard({ scores: { 'Incident response': '4', Observability: '3', 'Card payment flows': '2' }, recommendation: 'Strong yes' });
      await rachel.page.getByRole('button', { name: 'Submit my scorecard' }).click();
      await expect(rachel.page.getByText(/The hiring manager has it\.$/)).toBeVisible();
      // The manager's page reconnects to the restarted server by itself.
      await expect(expected('Incident and design interview: Rachel Adeyemi —')).toHaveText('Incident and design interview: Rachel Adeyemi — submitted 23 Nov 2026', { timeout: 20_000 });
      expect(rachel.foreign).toEqual([]);
    });

    await test.step('anonymising Ines removes her kits from the server', async () => {
      const stored = () => {
        const db = new DatabaseSync(data, { readOnly: true });
        const names = (db.prepare('SELECT name FROM documents').all() as { name: string }[]).map((r) => r.name).filter((n) => n.includes('.kit.') && !n.endsWith('00000000-0000-4000-8000-000000000000'));
        db.close();
        return names;
      };
      await expect.poll(stored).toHaveLength(2);
      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Rejected' });
      await page.getByRole('button', { name: 'Change status' }).click();
      await page.goto('/hire/privacy/');
      await page.getByRole('button', { name: 'Anonymise Ines Duarte' }).click();
      await page.getByRole('region', { name: 'Anonymise Ines Duarte?' }).getByRole('button', { name: 'Confirm: anonymise' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Their live kits were removed from the sync server.' })).toBeVisible();
      expect(stored()).toEqual([]);
      // Tomás's browser still held his kit: it is turned away when it reconnects, forgets the kit, and brings nothing back.
      await expect(mine.getByRole('alert')).toHaveText('The hiring manager withdrew this kit: it and your scorecard are gone from the sync server and from this browser.');
      await expect(heading).toHaveCount(0);
      await expect.poll(() => mine.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('turbine-live:')).length)).toBe(0);
      expect(stored()).toEqual([]);
    });
    expect(manager.foreign).toEqual([]);
    expect(tomas.foreign).toEqual([]);
  } finally {
    for (const c of contexts) await c.close();
    for (const s of servers) await s.stop();
    redis.process.kill();
  }
});
