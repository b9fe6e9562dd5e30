/**
 * The live panel's budgets, on a sync server started here on loopback (server/sync-server.ts),
 * which serves the measured build itself (the page talks to its own origin only):
 *  - P1. a live scorecard submitted → it shows as submitted in the manager's decision view: the
 *    interviewer's submit (a capture listener on the form, in their page) to the first frame
 *    after the manager's page shows it; both clocks are the machine's (performance.timeOrigin);
 *  - P2. a manager with 200 open live kits: navigation start → the Candidates page has heard
 *    from every kit (the app's `turbine:panel-up-to-date` mark);
 *  - P3. 500 concurrent kit connections on one server, in Node: 500 interviewers (a socket each)
 *    write a draft and submit while the manager listens to all 500 on one socket; how many
 *    scorecards the manager never heard of (must be 0), and the time until all arrived. Bounded:
 *    it stops by itself after 60 s whatever happened.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { startSyncServer } from '../../server/sync-server.ts';
import { kitDocumentName, mintPanelToken } from '../../src/io/panel-token.ts';
import { panelScorecard, submitScorecard, writeDraft, writeKit } from '../../src/io/panel-doc.ts';
import { issueInterviewKit } from '../../src/io/interview-kit-file.ts';
import { stageKit } from '../../src/domain/hire/interview-kit.ts';
import { sampleWorkspace } from '../../src/domain/sample-team.ts';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from '../../src/schemas/format.ts';
import { freePort } from '../../server/free-port.ts';

export interface PanelResults {
  submitToDecision: number[];
  connect200: number[];
  load500: { ms: number; lost: number }[];
  errors: string[];
}

const SECRET = 'bench-secret-that-is-long-enough-for-the-server';
const WORKSPACE = 'b0b0b0b0-0000-4000-8000-000000000001';
export const OPEN_KITS = 200;
export const CONCURRENT_KITS = 500;

const settings = { secret: SECRET, workspaceKey: WORKSPACE };
const inADay = () => new Date(Date.now() + 24 * 3600_000);

/** A Node client on the server: one document, resolved once synced. */
function connect(socket: HocuspocusProviderWebsocket, name: string, token: string, doc = new Y.Doc()): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token, awareness: null, onSynced: () => resolve(provider), onAuthenticationFailed: ({ reason }) => reject(new Error(reason)) });
    provider.attach();
  });
}

export async function measurePanel(browser: Browser, opts: { site: string; runs: number }): Promise<PanelResults> {
  const results: PanelResults = { submitToDecision: [], connect200: [], load500: [], errors: [] };
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      results.errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  };
  const dir = mkdtempSync(join(tmpdir(), 'turbine-bench-panel-'));
  const port = await freePort();
  const server = await startSyncServer({ port, host: '127.0.0.1', data: join(dir, 'sync.sqlite'), secret: SECRET, site: opts.site, quiet: true });
  const contexts: BrowserContext[] = [];
  const newContext = async () => {
    const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block', locale: 'en-GB', timezoneId: 'UTC' });
    contexts.push(context);
    await context.addInitScript((panel) => localStorage.setItem('turbine.panel', JSON.stringify(panel)), settings);
    return context;
  };
  try {
    await attempt('P1', () => submitToDecision(newContext, server.url, opts.runs, results));
    await attempt('P2', () => openKits(newContext, server.url, dir, opts.runs, results));
    await attempt('P3', () => concurrentKits(server.url, results));
  } finally {
    for (const c of contexts) await c.close();
    await server.stop();
  }
  return results;
}

async function submitToDecision(newContext: () => Promise<BrowserContext>, url: string, runs: number, results: PanelResults) {
  const manager = await (await newContext()).newPage();
  await manager.goto('/data/');
  await manager.getByRole('button', { name: 'Try it with a sample team' }).click();
  await manager.getByRole('button', { name: 'Remove sample data' }).waitFor();
  const interviewerContext = await newContext();
  for (let run = 0; run < runs; run++) {
    // A page of its own each time: a link that differs only after # would not load the page again.
    const interviewer = await interviewerContext.newPage();
    const name = `Bench Candidate ${run + 1}`;
    await manager.goto('/hire/candidates/');
    await manager.getByRole('button', { name: 'Add a candidate' }).click();
    await manager.getByLabel('Name', { exact: true }).fill(name);
    await manager.getByRole('button', { name: 'Add candidate', exact: true }).click();
    await manager.getByRole('link', { name, exact: true }).click();
    await manager.getByRole('button', { name: 'Share Tomás Herrera’s kit for Phone screen live' }).click();
    const link = await manager.getByLabel('Tomás Herrera’s live link for Phone screen').inputValue();
    const item = manager.getByRole('listitem').filter({ hasText: 'Phone screen: Tomás Herrera —' });
    await item.filter({ hasText: 'not started' }).waitFor();
    await manager.evaluate(() => {
      const w = window as unknown as { __shownAt?: number };
      delete w.__shownAt;
      const seen = () => [...document.querySelectorAll('li')].some((li) => /^Phone screen: Tomás Herrera — submitted/.test(li.textContent ?? ''));
      new MutationObserver((_, observer) => {
        if (!seen()) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.__shownAt = performance.timeOrigin + performance.now()));
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    await interviewer.goto(link.replace(/^https?:\/\/[^/]+/, url));
    await interviewer.getByRole('heading', { name: `Tomás Herrera’s scorecard for ${name}, Phone screen` }).waitFor();
    await interviewer.getByRole('status').filter({ hasText: /^Connected/ }).waitFor();
    await interviewer.getByRole('group', { name: 'Incident response', exact: true }).getByRole('radio', { name: '3', exact: true }).check();
    await interviewer.getByRole('group', { name: 'Partner communication', exact: true }).getByRole('radio', { name: 'No signal', exact: true }).check();
    await interviewer.getByRole('group', { name: 'Overall recommendation' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await interviewer.evaluate(() =>
      document.addEventListener('submit', () => ((window as unknown as { __submittedAt?: number }).__submittedAt = performance.timeOrigin + performance.now()), { capture: true, once: true }),
    );
    await interviewer.getByRole('button', { name: 'Submit my scorecard' }).click();
    await manager.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, undefined, { timeout: 30_000 });
    const submittedAt = await interviewer.evaluate(() => (window as unknown as { __submittedAt: number }).__submittedAt);
    const shownAt = await manager.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
    results.submitToDecision.push(shownAt - submittedAt);
    await interviewer.close();
  }
}

/** The sample team with 200 candidates more, each with Tomás's phone-screen kit shared live, half of them being written. */
async function openKits(newContext: () => Promise<BrowserContext>, url: string, dir: string, runs: number, results: PanelResults) {
  const data = sampleWorkspace(new Date().toISOString().slice(0, 10));
  const opening = data.openings[0]!;
  const screen = data.interviewLoops.find((l) => l.id === opening.loopId)!.stages[0]!;
  const tomas = data.people.find((p) => p.name === 'Tomás Herrera')!;
  const capabilityName = (id: string) => data.capabilities.find((c) => c.id === id)?.name ?? '';
  const at = new Date().toISOString();
  const candidates = [];
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/sync` });
  const token = await mintPanelToken({ role: 'manager', workspace: WORKSPACE }, SECRET, inADay());
  const interviewerSocket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/sync` });
  try {
    for (let i = 0; i < OPEN_KITS; i++) {
      const id = crypto.randomUUID();
      const name = `Open Kit ${i + 1}`;
      const { part, issued } = await issueInterviewKit({
        partId: crypto.randomUUID(),
        issuedAt: at,
        candidate: { id, name },
        opening: { title: opening.title },
        stage: screen,
        interviewer: { personId: tomas.id, name: tomas.name },
        kit: stageKit(screen, { questions: data.questions, capabilityName }),
      });
      const document = kitDocumentName(WORKSPACE, part.partId);
      const kit = await connect(socket, document, token);
      writeKit(kit.document, part);
      if (i % 2 === 0) {
        const theirs = await connect(interviewerSocket, document, await mintPanelToken({ role: 'interviewer', doc: document }, SECRET, inADay()));
        writeDraft(theirs.document, { notes: 'being written' });
        theirs.destroy();
      }
      kit.destroy();
      candidates.push({ id, openingId: opening.id, name, source: '', contact: '', notes: '', status: 'active', moves: [{ stageId: screen.id, at }], takeHomes: [], interviewKits: [{ ...issued, live: { document } }] });
    }
  } finally {
    socket.destroy();
    interviewerSocket.destroy();
  }
  const file = { format: WORKSPACE_FORMAT, formatVersion: WORKSPACE_FORMAT_VERSION, exportedAt: at, app: { name: 'Turbine', version: 'bench' }, data: { ...data, candidates: [...data.candidates, ...candidates] } };
  const path = join(dir, 'panel-workspace.json');
  writeFileSync(path, JSON.stringify(file));

  const page = await (await newContext()).newPage();
  await page.goto('/data/');
  await page.getByLabel('Workspace file').setInputFiles(path);
  await page.getByText('is a valid Turbine workspace').waitFor({ timeout: 60_000 });
  const replace = page.getByLabel('Replace my workspace');
  if ((await replace.count()) > 0) await replace.check();
  await page.getByRole('button', { name: 'Replace workspace', exact: true }).click();
  await page.getByText(/^Imported /).waitFor({ timeout: 60_000 });
  for (let run = 0; run < runs; run++) {
    await page.goto('/hire/candidates/');
    const handle = await page.waitForFunction(() => performance.getEntriesByName('turbine:panel-up-to-date')[0], undefined, { timeout: 30_000 });
    const mark = (await handle.evaluate((m) => ({ startTime: (m as PerformanceMark).startTime, kits: (m as PerformanceMark).detail as number }))) as { startTime: number; kits: number };
    if (mark.kits !== OPEN_KITS) throw new Error(`the page followed ${mark.kits} kits, not ${OPEN_KITS}`);
    results.connect200.push(mark.startTime);
  }
}

/** 500 interviewers, a socket each, writing and submitting while the manager listens to every kit on one socket. */
async function concurrentKits(url: string, results: PanelResults) {
  const ws = `${url.replace(/^http/, 'ws')}/sync`;
  const managerSocket = new HocuspocusProviderWebsocket({ url: ws });
  const interviewerSockets: HocuspocusProviderWebsocket[] = [];
  const capabilities = [{ id: '0e0e0e0e-0000-4000-8000-000000000001', name: 'Incident response' }];
  const heard = new Set<string>();
  const token = await mintPanelToken({ role: 'manager', workspace: WORKSPACE }, SECRET, inADay());
  const documents = Array.from({ length: CONCURRENT_KITS }, () => kitDocumentName(WORKSPACE, crypto.randomUUID()));
  // Bounded: whatever happens, everything stops after a minute.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('not all scorecards arrived within 60 s')), 60_000)));
  try {
    const allHeard = new Promise<void>((resolve) => {
      for (const document of documents) {
        const doc = new Y.Doc();
        doc.getMap('scorecard').observe(() => {
          if (panelScorecard(doc, { capabilities }).state !== 'submitted') return;
          heard.add(document);
          if (heard.size === CONCURRENT_KITS) resolve();
        });
        void connect(managerSocket, document, token, doc);
      }
    });
    const start = performance.now();
    await Promise.race([
      Promise.all(
        documents.map(async (document) => {
          const socket = new HocuspocusProviderWebsocket({ url: ws });
          interviewerSockets.push(socket);
          const theirs = await connect(socket, document, await mintPanelToken({ role: 'interviewer', doc: document }, SECRET, inADay()));
          writeDraft(theirs.document, { notes: 'writing' });
          submitScorecard(theirs.document, { scores: [{ capabilityId: capabilities[0]!.id, score: 3, evidence: 'Calm' }], recommendation: 'yes', notes: '', questionNotes: [], submittedAt: new Date().toISOString() });
        }),
      ).then(() => allHeard),
      deadline,
    ]).catch(() => undefined);
    results.load500.push({ ms: performance.now() - start, lost: CONCURRENT_KITS - heard.size });
  } finally {
    clearTimeout(timer);
    managerSocket.destroy();
    for (const s of interviewerSockets) s.destroy();
  }
}

// `node scripts/bench/panel.ts`: these rows alone, against the dist/ already built (npm run bench runs them with the rest).
if (import.meta.main) {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM, CHROMIUM_ARGS } = await import('./browser.ts');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results = await measurePanel(browser, { site: 'dist', runs: 5 });
  await browser.close();
  console.log(JSON.stringify(results, null, 1));
}
