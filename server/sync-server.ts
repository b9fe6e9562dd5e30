/**
 * The team's sync server for live interview panels (optional: every feature of Turbine works
 * without it). Hocuspocus carries the Yjs documents, one per issued kit (src/io/panel-doc.ts);
 * its Database extension keeps them in a SQLite file, through Node's own node:sqlite; its Redis
 * extension, when given a Redis, lets several instances serve the same documents. It also
 * serves the built site (dist/), so that the site and its sync server share one origin: the
 * page's Content Security Policy lets it talk to its own origin only.
 *
 *   TURBINE_SYNC_SECRET=… npm run sync-server                 http://127.0.0.1:1234, ./turbine-sync.sqlite
 *   npm run sync-server -- --port 4500 --data /var/lib/turbine/sync.sqlite --redis redis://127.0.0.1:6379
 *
 * Who opens what is decided by signed tokens (src/io/panel-token.ts): an interviewer's opens
 * their kit's document only, where they may write their scorecard and nothing else; the
 * manager's opens every kit document of their workspace, where they may write the kits. The
 * manager's token may also remove a document (`DELETE /sync/documents/<name>`), which Turbine
 * does when a candidate is anonymised or deleted.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Server, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Redis as IORedis } from 'ioredis';
import { KIT_WITHDRAWN, MIN_SECRET_LENGTH, PanelTokenRefused, roleFor, verifyPanelToken, type PanelGrant } from '../src/io/panel-token.ts';
import { panelWriteProblem } from '../src/io/panel-doc.ts';

export interface SyncServerOptions {
  port: number;
  host: string;
  /** The SQLite file the documents are kept in. */
  data: string;
  secret: string;
  /** redis://host:port, to share documents with other instances. */
  redis?: string | undefined;
  /** The built site to serve beside the sync endpoint, if any. */
  site?: string | undefined;
  quiet?: boolean;
  /** The clock tokens are checked against; tests give the browsers' fixed clock. */
  now?: () => Date;
}

interface Context {
  role: PanelGrant['role'];
}

/**
 * Documents as the SQLite extension keeps them (one row per name, the whole Yjs state), and the
 * names of those removed: a removed document is never stored or served again, though a browser
 * that kept a copy reconnects and offers it, or another instance still holds it open.
 */
function documentStore(file: string) {
  const db = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name)); ' +
      'CREATE TABLE IF NOT EXISTS "removed" ("name" varchar(255) NOT NULL PRIMARY KEY, "removedAt" text NOT NULL)',
  );
  const select = db.prepare('SELECT data FROM "documents" WHERE name = ? ORDER BY rowid DESC');
  const upsert = db.prepare('INSERT INTO "documents" ("name", "data") VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');
  const remove = db.prepare('DELETE FROM "documents" WHERE name = ?');
  const bury = db.prepare('INSERT OR IGNORE INTO "removed" ("name", "removedAt") VALUES (?, ?)');
  const buried = db.prepare('SELECT 1 FROM "removed" WHERE name = ?');
  const isRemoved = (name: string) => buried.get(name) !== undefined;
  return {
    isRemoved,
    fetch: (name: string) => {
      if (isRemoved(name)) return null;
      const row = select.get(name) as { data: Uint8Array } | undefined;
      return row ? new Uint8Array(row.data) : null;
    },
    store: (name: string, state: Uint8Array) => {
      if (!isRemoved(name)) upsert.run(name, state);
    },
    remove: (name: string) => {
      bury.run(name, new Date().toISOString());
      return remove.run(name).changes > 0;
    },
    close: () => db.close(),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A file of the built site for a request path, never outside it: `/hire/` is `hire/index.html`. */
function siteFile(root: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const page = join(file, 'index.html');
  return existsSync(page) ? page : undefined;
}

/** Where an instance tells the others that a document was removed. */
const REMOVED_CHANNEL = 'turbine:removed';

/** Throwing nothing tells Hocuspocus a hook answered the request itself. */
const ANSWERED = null;

export async function startSyncServer(options: SyncServerOptions) {
  if (options.secret.length < MIN_SECRET_LENGTH) throw new Error(`the secret must be at least ${MIN_SECRET_LENGTH} characters long (set TURBINE_SYNC_SECRET)`);
  const store = documentStore(options.data);
  const site = options.site ? resolve(options.site) : undefined;
  const log = (line: string) => {
    if (!options.quiet) console.log(line);
  };

  const guard: Extension<Context> = {
    extensionName: 'turbine-panel',
    async onAuthenticate({ token, documentName }) {
      const grant = await verifyPanelToken(token, options.secret, options.now?.()).catch((e: unknown) => {
        log(`refused a connection to ${documentName}: ${e instanceof PanelTokenRefused ? e.message : 'no valid token'}`);
        throw e;
      });
      const role = roleFor(grant, documentName);
      if (!role) {
        log(`refused a connection to ${documentName}: the token grants another document`);
        throw new PanelTokenRefused('the token does not open this document');
      }
      if (store.isRemoved(documentName)) throw new PanelTokenRefused(KIT_WITHDRAWN);
      return { role } satisfies Context;
    },
    async beforeSync({ type, payload, document, context, documentName }) {
      // SyncStep1 (0) only asks what the other side has; SyncStep2 (1) and Update (2) write.
      if (type === 0) return;
      const problem = panelWriteProblem(document, payload, context.role);
      if (problem) {
        log(`refused a write to ${documentName}: ${problem}`);
        throw new Error(problem);
      }
    },
    async onRequest({ request, response }) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/sync/documents/')) {
        await removeDocument(request, response, decodeURIComponent(url.pathname.slice('/sync/documents/'.length)));
        throw ANSWERED;
      }
      if (url.pathname === '/sync/health') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ ok: true }));
        throw ANSWERED;
      }
      if (site && (request.method === 'GET' || request.method === 'HEAD')) {
        const file = siteFile(site, url.pathname);
        const notFound = file ? undefined : siteFile(site, '/404.html');
        const served = file ?? notFound;
        if (!served) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('Not found');
          throw ANSWERED;
        }
        response.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        if (request.method === 'HEAD') response.end();
        else createReadStream(served).pipe(response);
        throw ANSWERED;
      }
    },
  };

  /** The manager's token removes a kit document: from every open connection, from memory and from the file. */
  async function removeDocument(request: IncomingMessage, response: ServerResponse, name: string) {
    const answer = (status: number, body: object) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'DELETE') return answer(405, { error: 'only DELETE removes a document' });
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const grant = token ? await verifyPanelToken(token, options.secret, options.now?.()).catch(() => undefined) : undefined;
    if (!grant || roleFor(grant, name) !== 'manager') return answer(403, { error: 'only the manager’s token of this workspace removes its documents' });
    const removed = store.remove(name);
    await letGo(name);
    // Other instances may hold it open for a browser connected to them: they let go of it too.
    await removals?.publisher.publish(REMOVED_CHANNEL, name);
    log(`removed ${name}${removed ? '' : ' (it was not stored)'}`);
    answer(200, { removed });
  }

  /** Closes a removed document's connections here and drops it from memory; the store already refuses it. */
  async function letGo(name: string) {
    const open = server.hocuspocus.documents.get(name);
    // Said first, so that a browser holding the kit forgets it rather than waiting to reconnect.
    open?.broadcastStateless(KIT_WITHDRAWN);
    server.hocuspocus.closeConnections(name);
    if (open) await server.hocuspocus.unloadDocument(open);
  }

  const extensions: Extension[] = [
    guard,
    new Database({
      fetch: async ({ documentName }) => store.fetch(documentName),
      store: async ({ documentName, state }) => store.store(documentName, state),
    }),
  ];
  // With Redis, documents are shared between instances, and so are removals.
  let removals: { publisher: IORedis; subscriber: IORedis } | undefined;
  if (options.redis) {
    const redis = new URL(options.redis);
    extensions.push(new Redis({ host: redis.hostname, port: Number(redis.port || 6379) }));
    removals = { publisher: new IORedis(options.redis), subscriber: new IORedis(options.redis) };
  }

  const server = new Server({
    name: 'turbine-sync',
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    // A kit and a scorecard are small; anything this large is not one.
    websocketOptions: { maxPayload: 2 * 1024 * 1024 },
    debounce: 200,
    maxDebounce: 1000,
    // A manager's browser listens to every open kit on one socket, each document waiting for its
    // token to be checked when the socket (re)connects: Hocuspocus's default of 100 would close it.
    maxPendingDocuments: 2000,
    maxUnauthenticatedQueueMessages: 20_000,
    extensions,
  });
  // The WebSockets, so that stopping ends them too: Hocuspocus closes its documents but leaves
  // the sockets open, and a browser would wait on a dead one instead of reconnecting.
  const sockets = new Set<Duplex>();
  let stopping = false;
  server.httpServer.on('upgrade', (_request: IncomingMessage, socket: Duplex) => {
    // A browser reconnecting while the server stops is turned away, or its document would keep the server from stopping.
    if (stopping) return void socket.destroy();
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  if (removals) {
    await removals.subscriber.subscribe(REMOVED_CHANNEL);
    removals.subscriber.on('message', (_channel: string, name: string) => void letGo(name));
  }
  await server.listen();
  log(`Turbine sync server on http://${options.host}:${options.port} (documents: ${options.data}${options.redis ? `, shared through ${options.redis}` : ''}${site ? `, site: ${site}` : ''})`);

  return {
    server,
    url: `http://${options.host}:${options.port}`,
    /** Ends every socket first: their documents are stored as they unload, and Hocuspocus then stops with nothing open. */
    async stop() {
      stopping = true;
      for (const socket of sockets) socket.destroy();
      // Bounded: a document that would not unload must not keep the process from stopping.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(() => (log('stopped without waiting for every document to unload'), resolve()), 10_000)));
      await Promise.race([server.destroy(), late]);
      clearTimeout(timer);
      removals?.publisher.disconnect();
      removals?.subscriber.disconnect();
      store.close();
    },
  };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const secretFile = option(args, 'secret-file');
  const secret = (secretFile ? readFileSync(secretFile, 'utf8') : (process.env.TURBINE_SYNC_SECRET ?? '')).trim();
  const siteDir = option(args, 'site') ?? (existsSync('dist/index.html') ? 'dist' : undefined);
  try {
    const running = await startSyncServer({
      port: Number(option(args, 'port') ?? process.env.TURBINE_SYNC_PORT ?? 1234),
      host: option(args, 'host') ?? process.env.TURBINE_SYNC_HOST ?? '127.0.0.1',
      data: option(args, 'data') ?? process.env.TURBINE_SYNC_DATA ?? 'turbine-sync.sqlite',
      secret,
      redis: option(args, 'redis') ?? process.env.TURBINE_SYNC_REDIS,
      site: args.includes('--no-site') ? undefined : siteDir,
    });
    const stop = () => void running.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(`sync-server: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
