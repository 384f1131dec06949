/**
 * Streaming a large JSONL file
 *
 * A generated 20 MB JSONL file goes through the streaming reader (readDocuments) with a consumer
 * that only counts: the memory the process retains (measured after a forced garbage collection)
 * must stay far below the file's size, which proves the file is never held whole. No extraction
 * runs here: this is about reading.
 */

import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/io/inputs.ts';
import { scratch } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

/** A garbage collector to call, so heap figures show what is retained rather than what is garbage. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function writeBigJsonl(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const paragraph =
    'Officials from the United Nations said President Emmanuel Macron had met Chancellor Olaf Scholz in Berlin. '.repeat(
      18,
    );
  let written = 0;
  let lines = 0;
  while (written < bytes) {
    lines++;
    const line = `${JSON.stringify({ id: `n${lines}`, title: `Note ${lines}`, text: `${lines}. ${paragraph}` })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return lines;
}

describe('readDocuments on a 20 MB JSONL file', () => {
  it('streams it without holding it', async () => {
    const path = join(dir, 'big.jsonl');
    const lines = await writeBigJsonl(path, 20 * 1024 * 1024);
    expect(statSync(path).size).toBeGreaterThanOrEqual(20 * 1024 * 1024);

    const gc = collector();
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let docs = 0;
    let chars = 0;
    for await (const doc of readDocuments([path])) {
      docs++;
      chars += doc.text.length;
      if (docs % 1000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
    }
    expect(docs).toBe(lines);
    expect(chars).toBeGreaterThan(19 * 1024 * 1024);
    // 20 MB went through; what stays in the heap at any time is a few lines and a read buffer.
    expect(peak).toBeLessThan(4 * 1024 * 1024);
  }, 60_000);
});
