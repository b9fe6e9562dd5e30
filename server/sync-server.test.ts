/**
 * The sync server on loopback, with real Hocuspocus providers as the browsers use them: a kit
 * document opens only with a token that grants it, the interviewer writes their scorecard and
 * nothing else, the manager reads it, documents survive a restart, and the manager's token
 * removes them for good.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { startSyncServer } from './sync-server.ts';
import { kitDocumentName, mintPanelToken, type PanelGrant } from '../src/io/panel-token.ts';
import { panelScorecard, readKit, submitScorecard, writeDraft, writeKit } from '../src/io/panel-doc.ts';
import type { InterviewKitPart } from '../src/io/interview-kit-file.ts';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const WORKSPACE = '0a0a0a0a-0000-4000-8000-000000000001';
const KIT_A = '0b0b0b0b-0000-4000-8000-00000000000a';
const KIT_B = '0b0b0b0b-0000-4000-8000-00000000000b';
const docA = kitDocumentName(WORKSPACE, KIT_A);
const docB = kitDocumentName(WORKSPACE, KIT_B);
const inAnHour = () => new Date(Date.now() + 3600_000);

const part = (partId: string): InterviewKitPart => ({
  partId,
  issuedAt: '2026-11-23T09:00:00.000Z',
  candidate: { id: '0c0c0c0c-0000-4000-8000-000000000001', name: 'Ines Duarte' },
  opening: { title: 'Software engineer' },
  stage: { id: '0d0d0d0d-0000-4000-8000-000000000001', name: 'Phone screen', kind: 'screen' },
  interviewer: { name: 'Tomás Herrera' },
  capabilities: [{ id: '0e0e0e0e-0000-4000-8000-000000000001', name: 'Incident response' }],
  questions: [],
});
const scorecard = { scores: [{ capabilityId: '0e0e0e0e-0000-4000-8000-000000000001', score: 3, evidence: 'Calm' }], recommendation: 'yes' as const, notes: '', questionNotes: [], submittedAt: '2026-11-23T10:00:00.000Z' };

let port = 47000 + Math.floor(Math.random() * 1000);
const running: { stop: () => Promise<void> }[] = [];
const providers: HocuspocusProvider[] = [];
afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  for (const r of running.splice(0)) await r.stop();
});

async function start(data = join(mkdtempSync(join(tmpdir(), 'turbine-sync-')), 'sync.sqlite'), at = port++) {
  const server = await startSyncServer({ port: at, host: '127.0.0.1', data, secret: SECRET, quiet: true });
  running.push(server);
  return { ...server, data, port: at };
}

/** Connects like the browser does; resolves once synced, rejects when the server refuses. */
function connect(url: string, name: string, token: string, doc = new Y.Doc()) {
  return new Promise<{ provider: HocuspocusProvider; doc: Y.Doc }>((done, fail) => {
    const provider = new HocuspocusProvider({
      url: url.replace(/^http/, 'ws') + '/sync',
      name,
      document: doc,
      token,
      onSynced: () => done({ provider, doc }),
      onAuthenticationFailed: ({ reason }) => fail(new Error(`refused: ${reason}`)),
    });
    providers.push(provider);
  });
}

const token = (grant: PanelGrant, expires = inAnHour()) => mintPanelToken(grant, SECRET, expires);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

describe('the sync server', () => {
  it('opens a kit document only with a token that grants it, and keeps each side to its own part', async () => {
    const { url } = await start();
    const manager = await connect(url, docA, await token({ role: 'manager', workspace: WORKSPACE }));
    writeKit(manager.doc, part(KIT_A));
    const other = await connect(url, docB, await token({ role: 'manager', workspace: WORKSPACE }));
    writeKit(other.doc, part(KIT_B));

    const interviewer = await connect(url, docA, await token({ role: 'interviewer', doc: docA }));
    await until(() => readKit(interviewer.doc)?.partId === KIT_A);
    // Their token opens their kit, no other, and no token of another workspace's manager either.
    await expect(connect(url, docB, await token({ role: 'interviewer', doc: docA }))).rejects.toThrow('refused');
    await expect(connect(url, docA, await token({ role: 'manager', workspace: '0a0a0a0a-0000-4000-8000-000000000002' }))).rejects.toThrow('refused');
    await expect(connect(url, docA, await mintPanelToken({ role: 'interviewer', doc: docA }, 'another-secret-that-is-long-enough-012345', inAnHour()))).rejects.toThrow('refused');
    await expect(connect(url, docA, await token({ role: 'interviewer', doc: docA }, new Date(Date.now() - 1000)))).rejects.toThrow('refused');

    writeDraft(interviewer.doc, { notes: 'half way' });
    await until(() => panelScorecard(manager.doc, part(KIT_A)).state === 'in-progress');
    submitScorecard(interviewer.doc, scorecard);
    await until(() => panelScorecard(manager.doc, part(KIT_A)).state === 'submitted');
    expect(panelScorecard(manager.doc, part(KIT_A))).toEqual({ state: 'submitted', scorecard });
    // The other kit's document never holds anything of this one.
    expect(panelScorecard(other.doc, part(KIT_B)).state).toBe('not-started');
  });

  it('refuses an interviewer’s write to the kit, and a change to a submitted scorecard', async () => {
    const { url, server } = await start();
    const manager = await connect(url, docA, await token({ role: 'manager', workspace: WORKSPACE }));
    writeKit(manager.doc, part(KIT_A));
    const interviewer = await connect(url, docA, await token({ role: 'interviewer', doc: docA }));
    await until(() => readKit(interviewer.doc) !== undefined);
    submitScorecard(interviewer.doc, scorecard);
    await until(() => panelScorecard(manager.doc, part(KIT_A)).state === 'submitted');

    writeKit(interviewer.doc, { ...part(KIT_A), candidate: { id: part(KIT_A).candidate.id, name: 'Someone else' } });
    submitScorecard(interviewer.doc, { ...scorecard, recommendation: 'no' as const });
    await new Promise((r) => setTimeout(r, 300));
    const stored = server.hocuspocus.documents.get(docA)!;
    expect(readKit(stored)?.candidate.name).toBe('Ines Duarte');
    expect(panelScorecard(stored, part(KIT_A))).toEqual({ state: 'submitted', scorecard });
  });

  it('keeps documents through a restart, and removes one for good with the manager’s token only', async () => {
    const first = await start();
    const manager = await connect(first.url, docA, await token({ role: 'manager', workspace: WORKSPACE }));
    writeKit(manager.doc, part(KIT_A));
    await until(() => !manager.provider.hasUnsyncedChanges);
    await running.splice(0)[0]!.stop();

    const again = await start(first.data, first.port);
    const back = await connect(again.url, docA, await token({ role: 'interviewer', doc: docA }));
    expect(readKit(back.doc)?.partId).toBe(KIT_A);
    // The manager's connection comes back by itself, and hears the interviewer again.
    writeDraft(back.doc, { notes: 'after the restart' });
    await until(() => panelScorecard(manager.doc, part(KIT_A)).state === 'in-progress');

    const remove = async (bearer: string) => fetch(`${again.url}/sync/documents/${encodeURIComponent(docA)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${bearer}` } });
    expect((await remove(await token({ role: 'interviewer', doc: docA }))).status).toBe(403);
    const removed = await remove(await token({ role: 'manager', workspace: WORKSPACE }));
    expect(await removed.json()).toEqual({ removed: true });
    // Nobody opens it again, and a browser that kept a copy cannot bring it back.
    await expect(connect(again.url, docA, await token({ role: 'manager', workspace: WORKSPACE }))).rejects.toThrow('this kit was withdrawn by the hiring manager');
    await new Promise((r) => setTimeout(r, 300));
    expect(back.provider.isAuthenticated).toBe(false);
    for (const p of providers.splice(0)) p.destroy();
    await running.splice(0)[0]!.stop();
    const third = await start(first.data, first.port);
    await expect(connect(third.url, docA, await token({ role: 'interviewer', doc: docA }))).rejects.toThrow('withdrawn');
  });
});
