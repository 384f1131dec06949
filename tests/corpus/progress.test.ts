/**
 * Progress line and summary
 *
 * The progress text (counts, words per second, share and time left) as a table; the line's
 * throttling and clearing on a fake terminal with a fake clock; and a real build whose stderr
 * claims to be a terminal: the progress line is drawn with \r, wiped, and followed by the summary,
 * while --quiet prints nothing at all.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressLine } from '../../src/corpus/progress.ts';
import { kg, newsDocs, scratch, writeJsonl } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

describe('formatProgress', () => {
  it.each([
    [{ documents: 0, words: 0, bytes: 0 }, 0, undefined, '0 docs · 0 words'],
    [{ documents: 12, words: 3400, bytes: 20_000 }, 2, undefined, '12 docs · 3,400 words · 1,700 words/s'],
    [
      { documents: 12, words: 3400, bytes: 25_000 },
      5,
      100_000,
      '12 docs · 3,400 words · 680 words/s · 25% · 0:15 left',
    ],
    [{ documents: 9, words: 900, bytes: 120 }, 3, 100, '9 docs · 900 words · 300 words/s · 99% · 0:00 left'],
  ])('%o after %d s of %s bytes → %s', (counts, seconds, total, expected) => {
    expect(formatProgress(counts, seconds, total)).toBe(expected);
  });

  it.each([
    [0, '0:00'],
    [7.4, '0:07'],
    [750, '12:30'],
    [3723, '1:02:03'],
  ])('formatDuration(%d) = %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('ProgressLine', () => {
  it('redraws at most once per interval and wipes the line', () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (c) => chunks.push(String(c)));
    let now = 0;
    const line = new ProgressLine(stream, { interval: 100, now: () => now });
    line.update({ documents: 1, words: 10, bytes: 50 });
    now = 50;
    line.update({ documents: 2, words: 20, bytes: 90 });
    now = 150;
    line.update({ documents: 3, words: 30, bytes: 120 });
    line.clear();
    line.clear();
    expect(chunks).toEqual([
      '\r1 docs · 10 words\x1b[K',
      '\r3 docs · 30 words · 200 words/s\x1b[K',
      '\r\x1b[K',
    ]);
  });
});

describe('kg build on a terminal', () => {
  const input = join(dir, 'small.jsonl');
  writeJsonl(input, newsDocs(4, 5, 1));

  it('draws progress with \\r, wipes it, then prints the summary', async () => {
    const out = join(dir, 'tty.json');
    const r = await kg(['build', input, '-o', out, '--workers', '0'], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\r\d+ docs · [\d,]+ words/);
    expect(r.stderr).toMatch(
      /\r\x1b\[KBuilt 4 documents in [\d.]+ s\n {2}words +[\d,]+ \([\d,]+ words\/s, no worker threads; merge/,
    );
    expect(r.stderr).toMatch(/\n {2}wrote +.*tty\.json\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8')).attributes.documents).toHaveLength(4);
  });

  it('prints nothing with --quiet', async () => {
    const r = await kg(['build', input, '-o', join(dir, 'quiet.json'), '--workers', '0', '--quiet'], {
      tty: true,
    });
    expect(r).toEqual({ code: 0, stderr: '' });
  });
});
