/**
 * A document that breaks a worker
 *
 * Uses the workers' test-only hooks (KG_TEST_THROW_ON: the worker throws on that document;
 * KG_TEST_CRASH_ON: the worker thread exits abruptly, as a crash would). Without --skip-errors the
 * build stops with one line naming the document and writes nothing; with it, the document is
 * reported, listed in the summary and left out, a fresh worker replaces the dead one, and every
 * other document is built.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../graph/index.ts';
import { kg, newsDocs, scratch, writeJsonl } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);
const input = join(dir, 'corpus.jsonl');
writeJsonl(input, newsDocs(12, 3, 2));

describe('worker failures', () => {
  it('stops at a document the worker throws on, naming it, and writes nothing', async () => {
    const out = join(dir, 'stopped.json');
    const r = await kg(['build', input, '-o', out, '--workers', '2'], { env: { KG_TEST_THROW_ON: 'doc-4' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kg: doc-4: extraction failed (Error: test hook KG_TEST_THROW_ON=doc-4)\n');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('stops at a document that crashes its worker, naming it', async () => {
    const out = join(dir, 'crashed.json');
    const r = await kg(['build', input, '-o', out, '--workers', '1'], { env: { KG_TEST_CRASH_ON: 'doc-2' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: doc-2: extraction failed \(worker crashed \(exit code 70\)\)\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('with --skip-errors, reports both documents, replaces the worker and builds the rest', async () => {
    const out = join(dir, 'skipped.json');
    const r = await kg(['build', input, '-o', out, '--workers', '2', '--skip-errors'], {
      env: { KG_TEST_THROW_ON: 'doc-3', KG_TEST_CRASH_ON: 'doc-8' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kg: doc-3: extraction failed \(Error: test hook.*\) \(skipped\)$/m);
    expect(r.stderr).toMatch(/^kg: doc-8: extraction failed \(worker crashed.*\) \(skipped\)$/m);
    expect(r.stderr).toMatch(/Built 10 documents \(2 skipped\)/);
    expect(r.stderr).toMatch(/ skipped +doc-3: extraction failed/);
    const ids = parseGraphFile(readFileSync(out, 'utf8'), out)
      .getAttribute('documents')
      .map((d) => d.id);
    expect(ids).toEqual([
      'doc-1',
      'doc-2',
      'doc-4',
      'doc-5',
      'doc-6',
      'doc-7',
      'doc-9',
      'doc-10',
      'doc-11',
      'doc-12',
    ]);
  });
});
