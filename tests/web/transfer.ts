/**
 * Bytes the page transfers
 *
 * A counting proxy on loopback in front of the view's server: Chromium loads the page through it,
 * and it records each response's path and the bytes it carried (status line, headers and body as
 * sent), for the page and its workers alike (Chromium's own per-request sizes leave worker scripts
 * out). Used by tests/web/network.e2e.test.ts and `npx tsx tests/web/transfer.ts`, which prints
 * what opening the sample graph and extracting pasted text cost.
 */

import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Transfer {
  /** Path of the response's URL (`/assets/extract-worker-….js`). */
  path: string;
  status: number;
  /** Status line, headers and body, in bytes. */
  bytes: number;
}

export interface CountingProxy {
  url: string;
  /** The responses since the last `take()` (or the start), in the order they ended. */
  take(): Transfer[];
  close(): Promise<void>;
}

/** A proxy on 127.0.0.1 forwarding to `target` (an http://127.0.0.1:port/ address). */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const to = new URL(target);
  let transfers: Transfer[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    const upstream = request(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: to.host },
      },
      (answer) => {
        const head = `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\n`;
        let bytes = head.length + 2;
        for (let i = 0; i < answer.rawHeaders.length; i += 2)
          bytes += `${answer.rawHeaders[i]}: ${answer.rawHeaders[i + 1]}\r\n`.length;
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
        answer.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        answer.on('end', () => transfers.push({ path, status: answer.statusCode ?? 0, bytes }));
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    take() {
      const out = transfers;
      transfers = [];
      return out;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function totalBytes(transfers: readonly Transfer[]): number {
  return transfers.reduce((sum, t) => sum + t.bytes, 0);
}
