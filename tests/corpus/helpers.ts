/**
 * Corpus test helpers
 *
 * A small generator of news-like documents (people, places and organizations meeting, accusing
 * and supporting each other, in documents of very different lengths so that workers finish out of
 * order), a way to write them as JSONL, and `kg` run in-process with an environment of our choice
 * (for the test-only worker hooks) and a stderr that can pretend to be a terminal.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { seededRandom } from '../../graph/random.ts';
import { runCli } from '../../src/cli/run.ts';
import type { SourceDoc } from '../../src/types.ts';

const PEOPLE = [
  'President Emmanuel Macron',
  'Chancellor Olaf Scholz',
  'Prime Minister Narendra Modi',
  'Secretary of State Antony Blinken',
  'Foreign Minister Sergei Lavrov',
  'President Cyril Ramaphosa',
  'Prime Minister Mustafa al-Kadiri',
  'King Abdullah',
];
const PLACES = ['France', 'Germany', 'India', 'Russia', 'South Africa', 'Iraq', 'Jordan', 'Kenya', 'Brazil'];
const ORGS = ['the United Nations', 'NATO', 'the European Union', 'the World Bank', 'Reuters'];
const VERBS = ['met', 'accused', 'praised', 'criticized', 'urged', 'visited'];

/** One news-like sentence. */
function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const a = pick(PEOPLE);
  const b = next() < 0.5 ? pick(PEOPLE) : pick(PLACES);
  switch (Math.floor(next() * 4)) {
    case 0:
      return `${a} ${pick(VERBS)} ${b} in ${pick(PLACES)} on Tuesday.`;
    case 1:
      return `Officials from ${pick(ORGS)} said ${a} had ${pick(VERBS)} ${b}.`;
    case 2:
      return `${pick(PLACES)} and ${pick(PLACES)} signed an agreement, ${pick(ORGS)} reported.`;
    default:
      return `The talks in ${pick(PLACES)} lasted two hours, according to ${pick(ORGS)}.`;
  }
}

/** `count` documents `doc-1`… of 1 to 3·`maxParagraphs` paragraphs each; the same seed, the same texts. */
export function newsDocs(count: number, seed = 1, maxParagraphs = 4): SourceDoc[] {
  const next = seededRandom(seed);
  const docs: SourceDoc[] = [];
  for (let i = 1; i <= count; i++) {
    // Every fifth document is long, so it finishes after the short ones that follow it.
    const paragraphs = i % 5 === 0 ? 3 * maxParagraphs : 1 + Math.floor(next() * maxParagraphs);
    const text = Array.from({ length: paragraphs }, () =>
      Array.from({ length: 3 }, () => sentence(next)).join(' '),
    ).join('\n\n');
    docs.push({ id: `doc-${i}`, text, title: `Report ${i}` });
  }
  return docs;
}

/** Writes documents as JSONL. */
export function writeJsonl(path: string, docs: readonly SourceDoc[]): void {
  writeFileSync(path, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
}

/** A fresh scratch folder and a function that removes it. */
export function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface KgRun {
  code: number;
  stderr: string;
}

/** Runs `kg` in-process; `tty` makes stderr claim to be a terminal. */
export async function kg(
  args: string[],
  options: { env?: Record<string, string>; tty?: boolean } = {},
): Promise<KgRun> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  const err: string[] = [];
  stdout.resume();
  stderr.on('data', (c) => err.push(String(c)));
  const code = await runCli(args, {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env: options.env ?? {},
    interrupted: Promise.resolve(),
  });
  return { code, stderr: err.join('') };
}
