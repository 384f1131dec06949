/**
 * Input reading and atomic writes (src/io)
 *
 * The streaming line splitter across chunk boundaries, UTF-8 checks with offsets, readDocuments
 * as an async generator, and atomic writes that clean up after a failure.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BadInputError, KgError } from '../../graph/errors.ts';
import { createAtomicWriter, writeFileAtomic, writeFilesAtomic } from '../../src/io/atomic.ts';
import { decodeText, findInvalidUtf8 } from '../../src/io/decode.ts';
import { readDocuments } from '../../src/io/inputs.ts';
import { splitLines } from '../../src/io/lines.ts';
import { fixture, scratch, tempFiles } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* chunks(...parts: (string | Buffer)[]) {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}

describe('splitLines', () => {
  it('splits across chunk boundaries, drops \\r, keeps a last line without newline', async () => {
    const lines = await collect(splitLines(chunks('ab', 'c\r\nde', 'f\n\n', 'g')));
    expect(lines.map((l) => [l.bytes.toString(), l.line, l.byteOffset])).toEqual([
      ['abc', 1, 0],
      ['def', 2, 5],
      ['', 3, 9],
      ['g', 4, 10],
    ]);
  });

  it('keeps a multi-byte character split between chunks whole', async () => {
    const e = Buffer.from('é');
    const lines = await collect(splitLines(chunks(Buffer.from([0x61, e[0]!]), Buffer.from([e[1]!, 0x0a]))));
    expect(lines[0]?.bytes.toString()).toBe('aé');
  });
});

describe('decodeText', () => {
  it.each([
    [[0x61, 0x80], 1],
    [[0x61, 0xc3], 1],
    [[0xed, 0xa0, 0x80], 0],
    [[0xc0, 0xaf], 0],
    [[0x61, 0xe2, 0x82, 0xac, 0xff], 4],
  ])('finds the first invalid byte in %j at %i', (bytes, at) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  it('drops a byte order mark and rejects blank text', () => {
    expect(decodeText(Buffer.from('\ufeffhello'), 'f.txt')).toBe('hello');
    expect(() => decodeText(Buffer.from(' \n '), 'f.txt')).toThrow(/f\.txt: empty file/);
  });
});

describe('readDocuments', () => {
  it('streams documents from files, folders and JSONL in order', async () => {
    const docs = await collect(readDocuments([fixture('corpus'), fixture('docs.jsonl')]));
    expect(docs.map((d) => d.id)).toEqual(['a.txt', 'more/b.md', 'd1', 'd2', 'd3']);
    expect(docs[2]).toEqual({
      id: 'd1',
      text: 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.',
      title: 'Nairobi talks',
    });
  });

  it('gives a colliding file id its path, and reads the same file once', async () => {
    const sub = join(dir, 'article.txt');
    writeFileSync(sub, 'Another article about Rome.');
    const docs = await collect(readDocuments([fixture('article.txt'), sub, fixture('article.txt')]));
    expect(docs).toHaveLength(2);
    expect(docs[0]?.id).toBe('article.txt');
    expect(docs[1]?.id).toMatch(/article\.txt$/);
    expect(docs[1]?.id).not.toBe('article.txt');
  });

  it('reports errors to onError and goes on', async () => {
    const errors: BadInputError[] = [];
    const docs = await collect(
      readDocuments([fixture('broken.jsonl'), 'missing.txt'], { onError: (e) => errors.push(e) }),
    );
    expect(docs.map((d) => d.id)).toEqual(['b1', 'b2', 'b4']);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^missing\.txt: no such file/),
      expect.stringMatching(/broken\.jsonl:3: invalid JSON/),
    ]);
  });
});

describe('atomic writes', () => {
  it('writes, replaces and leaves no temporary file', async () => {
    const path = join(dir, 'out.txt');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('writes nothing of a set when one file cannot be written', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'before');
    const bad = join(dir, 'missing-dir', 'bad.txt');
    const run = writeFilesAtomic([
      { path: good, data: 'after' },
      { path: bad, data: 'x' },
    ]);
    await expect(run).rejects.toThrow(KgError);
    await expect(run).rejects.toThrow(/bad\.txt: cannot write \(no such directory\)/);
    expect(readFileSync(good, 'utf8')).toBe('before');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a streaming writer appears on commit only, and abort removes it', async () => {
    const path = join(dir, 'stream.jsonl');
    const w = await createAtomicWriter(path);
    await w.write('a\n');
    expect(readdirSync(dir)).not.toContain('stream.jsonl');
    await w.commit();
    expect(readFileSync(path, 'utf8')).toBe('a\n');
    const w2 = await createAtomicWriter(path);
    await w2.write('b\n');
    await w2.abort();
    expect(readFileSync(path, 'utf8')).toBe('a\n');
    expect(tempFiles(dir)).toEqual([]);
  });
});
