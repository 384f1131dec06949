/**
 * The local server's guards
 *
 * A request naming another host (a DNS-rebinding page at evil.example, or the right port under
 * another name) gets 403; the server's own address and port gets the page; a path that does not
 * decode gets 400 rather than 500; methods other than GET and HEAD get 405.
 */

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveView, type ViewServer } from '../../src/server/serve.ts';

let server: ViewServer;
let port: number;

beforeAll(async () => {
  server = await serveView({ port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

/** Sends a raw request with the given Host header and path; resolves to the status code. */
function status(path: string, host: string | undefined, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = host === undefined ? {} : { Host: host };
    const req = request(
      { host: '127.0.0.1', port, path, method, headers, setHost: host === undefined },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('serveView', () => {
  it.each([
    ['its own address and port', () => `127.0.0.1:${port}`, 200],
    ['the same in capitals', () => `127.0.0.1:${port}`.toUpperCase(), 200],
    ['a rebinding domain', () => `evil.example:${port}`, 403],
    ['localhost, when bound to 127.0.0.1', () => `localhost:${port}`, 403],
    ['the right address on another port', () => `127.0.0.1:${port + 1}`, 403],
    ['no port', () => '127.0.0.1', 403],
    ['an empty Host', () => '', 403],
  ])('Host: %s → %i', async (_, host, expected) => {
    expect(await status('/', host())).toBe(expected);
  });

  it('answers a malformed percent-escape with 400', async () => {
    expect(await status('/%zz', `127.0.0.1:${port}`)).toBe(400);
    expect(await status('/graph%', `127.0.0.1:${port}`)).toBe(400);
  });

  it('still finds files and refuses other methods', async () => {
    expect(await status('/index.html', `127.0.0.1:${port}`)).toBe(200);
    expect(await status('/nothing-here.js', `127.0.0.1:${port}`)).toBe(404);
    expect(await status('/', `127.0.0.1:${port}`, 'POST')).toBe(405);
  });
});
