/**
 * Bad input and failed runs
 *
 * Every bad input of the core issue gets one line on stderr that names the file (and line), no
 * stack trace, exit 1 (2 for usage); a failed run leaves an existing output untouched and no
 * temporary file behind; --skip-errors reports and skips instead.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runKg, scratch, spawnKg, tempFiles } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

const binary = join(dir, 'image.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
const latin1 = join(dir, 'latin1.txt');
writeFileSync(
  latin1,
  Buffer.concat([Buffer.from('First line is fine.\nCaf'), Buffer.from([0xe9]), Buffer.from(' in Paris.\n')]),
);
const latin1Jsonl = join(dir, 'latin1.jsonl');
writeFileSync(
  latin1Jsonl,
  Buffer.concat([
    Buffer.from('{"id":"a","text":"Paris"}\n{"id":"b","text":"Caf'),
    Buffer.from([0xe9]),
    Buffer.from('"}\n'),
  ]),
);
const emptyDir = join(dir, 'empty-folder');
mkdirSync(emptyDir);
writeFileSync(join(emptyDir, 'readme.csv'), 'a,b\n');

/** One line on stderr, starting with "kg: ", with no stack trace. */
function expectOneLine(stderr: string) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^kg: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('bad input to kg build (exit 1, one line naming the file)', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['nope/missing.txt'], /^kg: nope\/missing\.txt: no such file or directory/],
    ['a folder with no documents', [emptyDir], /empty-folder: no \.txt, \.md or \.jsonl files/],
    ['a binary file', [binary], /image\.txt: binary file/],
    ['invalid UTF-8', [latin1], /latin1\.txt:2: invalid UTF-8 \(bad byte 0xe9 at byte 23\)/],
    ['invalid UTF-8 in a JSONL line', [latin1Jsonl], /latin1\.jsonl:2: invalid UTF-8/],
    ['an empty file', [fixture('empty.txt')], /empty\.txt: empty file/],
    ['a JSONL file of blank lines', [fixture('blank.jsonl')], /blank\.jsonl: empty file/],
    ['a broken JSONL line', [fixture('broken.jsonl')], /broken\.jsonl:3: invalid JSON \(/],
    ['a JSONL line without "text"', [fixture('notext.jsonl')], /notext\.jsonl:2: no string "text" field/],
    [
      'a duplicate id',
      [fixture('dupid.jsonl')],
      /dupid\.jsonl:2: duplicate document id "same" \(already used by .*dupid\.jsonl:1\)/,
    ],
  ];
  it.each(cases)('%s', async (_name, inputs, message) => {
    const out = join(dir, 'never.json');
    const r = await runKg(['build', ...inputs, '-o', out]);
    expect(r.stderr).toMatch(message);
    expectOneLine(r.stderr);
    expect(r.code).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  });

  it('names the file and line in the real process, without a stack trace', () => {
    const r = spawnKg(['build', fixture('broken.jsonl'), '-o', join(dir, 'never.json')]);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(/broken\.jsonl:3: invalid JSON/);
  });

  it('--skip-errors reports bad lines and files and builds the rest', async () => {
    const out = join(dir, 'skipped.json');
    const r = await runKg([
      'build',
      fixture('broken.jsonl'),
      binary,
      fixture('docs.jsonl'),
      '-o',
      out,
      '--skip-errors',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kg: .*broken\.jsonl:3: invalid JSON .*\(skipped\)$/m);
    expect(r.stderr).toMatch(/^kg: .*image\.txt: binary file.*\(skipped\)$/m);
    expect(r.stderr).toMatch(/Built 6 documents \(2 skipped\)/);
  });
});

describe('outputs that cannot be written (exit 1)', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a path under /proc', () => '/proc/x/y.json', /^kg: \/proc\/x\/y\.json: cannot write/],
    [
      'a folder that does not exist',
      () => join(dir, 'no', 'such', 'g.json'),
      /g\.json: cannot write \(no such directory\)/,
    ],
    ['a path that is a folder', () => emptyDir, /empty-folder: cannot write \(is a directory\)/],
  ];
  it.each(cases)('%s', async (_name, path, message) => {
    const r = await runKg(['build', fixture('article.txt'), '-o', path()]);
    expect(r.stderr).toMatch(message);
    expectOneLine(r.stderr);
    expect(r.code).toBe(1);
  });

  // Tests run as root in CI, where a read-only folder is still writable: a file standing where a
  // folder should be fails for every user.
  it('a path under a regular file', async () => {
    const r = await runKg(['build', fixture('article.txt'), '-o', join(fixture('article.txt'), 'g.json')]);
    expect(r.stderr).toMatch(/g\.json: cannot write/);
    expectOneLine(r.stderr);
    expect(r.code).toBe(1);
  });
});

describe('query and export', () => {
  it.each([
    [['query', 'missing.json', 'entity', 'Iran'], /^kg: missing\.json: no such file or directory$/],
    [['export', fixture('empty.txt'), '-o', join(dir, 'x.json')], /^kg: .*empty\.txt: empty file$/],
    [['export', 'missing.gexf', '--format', 'csv', '-o', '/proc/x/csv'], /^kg: \/proc\/x\/csv: cannot write/],
  ])('%j exits 1 with one line', async (args, message) => {
    const r = await runKg(args);
    expect(r.stderr.trimEnd()).toMatch(message);
    expectOneLine(r.stderr);
    expect(r.code).toBe(1);
  });
});

describe('a failed run leaves existing outputs untouched', () => {
  it('keeps every output of a build that fails on its second input', async () => {
    const out = join(dir, 'keep.json');
    const gexf = join(dir, 'keep.gexf');
    writeFileSync(out, 'previous graph');
    writeFileSync(gexf, 'previous gexf');
    const r = await runKg([
      'build',
      fixture('article.txt'),
      fixture('broken.jsonl'),
      '-o',
      out,
      '--gexf',
      gexf,
    ]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous graph');
    expect(readFileSync(gexf, 'utf8')).toBe('previous gexf');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('keeps the output of kg extract -o when an input fails midway', async () => {
    const out = join(dir, 'keep.jsonl');
    writeFileSync(out, 'previous lines\n');
    const r = await runKg(['extract', fixture('broken.jsonl'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.jsonl:3/);
    expect(readFileSync(out, 'utf8')).toBe('previous lines\n');
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('usage errors (exit 2 with usage)', () => {
  it('an unknown option prints the message and the usage on stderr (real process)', () => {
    const r = spawnKg(['build', fixture('article.txt'), '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kg: unknown option --frobnicate for "kg build"\n/);
    expect(r.stderr).toMatch(/Usage: kg build <inputs\.\.\.>/);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['query', fixture('not-a-graph.json'), 'neighbours', 'x'], /unknown query "neighbours"/],
    [
      ['query', fixture('not-a-graph.json'), 'neighbors', 'x', '--depth', 'two'],
      /--depth must be an integer/,
    ],
    [
      ['query', fixture('not-a-graph.json'), 'neighbors', 'x', '--direction', 'up'],
      /--direction must be one of out, in, both/,
    ],
    [['export', fixture('not-a-graph.json'), '--format', 'pdf', '-o', 'x.pdf'], /--format must be one of/],
    [['eval', 'ner'], /needs a task/],
    [['build', fixture('article.txt'), '-o'], /--out needs a value/],
  ])('%j', async (args, message) => {
    const r = await runKg(args);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await runKg(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Commands:\n {2}build/);
    const buildHelp = await runKg(['build', '--help']);
    expect(buildHelp.stdout).toMatch(/--skip-errors/);
    const version = await runKg(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
