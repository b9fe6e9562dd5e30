/**
 * A tiny static server for dist/, so the bench measures exactly the files that ship
 * (not `astro preview`, whose dev-server middleware is not what a static host runs).
 *
 * Like a real static host it gzips text responses when the browser asks for it:
 * Lighthouse's simulated network costs bytes on the wire, and every host Turbine is
 * meant for (GitHub Pages, Netlify, any nginx) compresses JS, CSS and HTML.
 *
 * Extra files can be mounted at fixed URLs (the bench's generated workspace file at
 * /__bench/workspace.json, a probe worker's source); those are sent as they are,
 * uncompressed, because nothing that reads them is timed on the network.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** A file on disk (by path), or content given inline. */
export type Mount = string | { body: string; type: string };

/** Serves `root` on 127.0.0.1 at a free port; `mounts` maps URL paths to files outside it. */
export async function serveStatic(root: string, mounts: Record<string, Mount> = {}): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }

    const mounted = mounts[pathname];
    if (typeof mounted === 'object') {
      res.writeHead(200, { 'content-type': mounted.type, 'content-length': Buffer.byteLength(mounted.body) });
      res.end(req.method === 'HEAD' ? undefined : mounted.body);
      return;
    }
    if (mounted) {
      const { size } = statSync(mounted);
      res.writeHead(200, { 'content-type': MIME[extname(mounted)] ?? 'application/octet-stream', 'content-length': size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(mounted).pipe(res);
      return;
    }

    // Never escape root: normalise, then require the result to stay inside it.
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    // build.format 'directory': /design/ and /design both mean design/index.html.
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': MIME['.html']! });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }

    const ext = extname(file);
    const headers: Record<string, string | number> = { 'content-type': MIME[ext] ?? 'application/octet-stream' };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let gz = gzipCache.get(file);
      if (!gz) gzipCache.set(file, (gz = gzipSync(body)));
      body = gz;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
