/**
 * Web view server
 *
 * Serves the prebuilt web view (web/dist, built by `npm run build` at prepare and prepack, never
 * here: the install folder may be read-only and vite a missing dev dependency) and, at `/graph`,
 * the graph file given on the command line, read afresh on each request so a rebuilt graph shows
 * on reload; with a `source` (a store), `/graph` says so in an `X-Graph-Source: store` header, and
 * the page expands entities through `/api/neighbourhood`. Plain `node:http`, loopback only, GET
 * and HEAD only, no path outside web/dist, and a Content-Security-Policy that keeps the page off
 * the network. A request whose Host header is not this server's own address and port gets 403, so
 * a web page elsewhere cannot read the graph through DNS rebinding; a path that does not decode
 * (`/%zz`) gets 400.
 */

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { KgError, UsageError } from '../../graph/errors.ts';
import { packageRoot } from '../io/package-root.ts';

export interface ServeOptions {
  /** Graph file (JSON, GEXF or GraphML) served at `/graph`; without it the page opens its sample. */
  graphFile?: string;
  /** @default 5173 — 0 picks any free port. */
  port?: number;
  /** Loopback address to bind. @default '127.0.0.1' */
  host?: string;
  /**
   * Serves `/graph` from this function instead of a file (`kg view --db`: a store's overview), and
   * answers `/api/…` requests with `api` (JSON text, or undefined for 404).
   */
  source?: {
    name: string;
    graph(): Promise<string>;
    api(path: string, query: URLSearchParams): Promise<string | undefined>;
  };
}

export interface ViewServer {
  /** Address of the page, e.g. `http://127.0.0.1:5173/`. */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 5173;
export const DEFAULT_HOST = '127.0.0.1';

const DIST_DIR = join(packageRoot(), 'web', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Starts the server; resolves once it listens. Throws a KgError for a bad graph file, host or port. */
export async function serveView(options: ServeOptions = {}): Promise<ViewServer> {
  const host = options.host ?? DEFAULT_HOST;
  if (!isLoopback(host)) throw new UsageError(`serveView: host "${host}" is not a loopback address`);
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`serveView: bad port "${port}"`);
  const graphFile = options.graphFile === undefined ? undefined : resolve(options.graphFile);
  if (graphFile !== undefined) await readGraphFile(graphFile);
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    const shown = relative(process.cwd(), DIST_DIR) || DIST_DIR;
    throw new KgError('IO', `${shown}: the web view is not built (run "npm run build" in ${packageRoot()})`);
  }

  /** Host headers this server answers: its own address and port (filled in once it listens). */
  const hosts = new Set<string>();
  const server = createServer((req, res) => {
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
      send(res, 403, 'text/plain; charset=utf-8', 'forbidden: unexpected Host header');
      return;
    }
    const source = options.source;
    (source ? handleSource(req, res, source) : Promise.resolve(false))
      .then((done) => (done ? undefined : handle(req, res, graphFile)))
      .catch((error: unknown) => {
        send(res, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
      });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'EADDRINUSE'
          ? new KgError('IO', `port ${port} on ${host} is already in use (try --port 0)`, { cause: error })
          : new KgError('IO', `cannot listen on ${host}:${port}: ${error.message}`, { cause: error }),
      );
    });
    server.listen(port, host, () => done());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  hosts.add(`${shownHost}:${address.port}`);
  if (host === 'localhost') hosts.add(`localhost:${address.port}`);
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Reads the graph file, or throws a KgError that names it. */
async function readGraphFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    throw new KgError('IO', `${file}: cannot read graph file (${why})`, { cause: error });
  }
}

/** `/graph` and `/api/…` from a source; false when the request is for a file of the page. */
async function handleSource(
  req: IncomingMessage,
  res: ServerResponse,
  source: NonNullable<ServeOptions['source']>,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return false; // handle() answers a path that does not decode with 400
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path === '/graph') {
    // X-Graph-Source: the page shows part of a store and may ask `/api/neighbourhood` for more.
    send(res, 200, 'text/plain; charset=utf-8', await source.graph(), {
      'X-Graph-Name': encodeURIComponent(source.name),
      'X-Graph-Source': 'store',
    });
    return true;
  }
  if (!path.startsWith('/api/')) return false;
  const body = await source.api(path.slice('/api/'.length), url.searchParams);
  if (body === undefined) send(res, 404, 'text/plain; charset=utf-8', 'not found');
  else send(res, 200, 'application/json; charset=utf-8', body);
  return true;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  graphFile: string | undefined,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(res, 400, 'text/plain; charset=utf-8', 'bad request: malformed path');
    return;
  }
  if (path === '/graph') {
    if (graphFile === undefined) {
      // 204, not 404: "no graph" is a normal answer, and the page then opens its sample.
      send(res, 204, 'text/plain; charset=utf-8', '');
      return;
    }
    const text = await readGraphFile(graphFile);
    send(res, 200, 'text/plain; charset=utf-8', text, {
      'X-Graph-Name': encodeURIComponent(basename(graphFile)),
    });
    return;
  }
  const file = resolve(DIST_DIR, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (file !== DIST_DIR && !file.startsWith(DIST_DIR + sep)) {
    send(res, 403, 'text/plain; charset=utf-8', 'forbidden');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': type });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
