/**
 * Draw the GUM news relation sample
 * (`npx tsx scripts/eval/draw-gum-sentences.ts [dir] [--n N] [--seed S] [--out FILE] [--exclude FILE]`)
 *
 * Reads every `GUM_news_*.conllu` of the GUM news folder (default `../shared/eval/gum-news`, relative
 * to the repo root), lists every sentence of every document in order (`# text = ` lines; documents
 * sorted by file name), and draws N sentences (default 480) uniformly at random without replacement
 * with a small seeded PRNG (mulberry32, fixed recorded seed, default 20261201). Nothing is skipped:
 * sentences that state no relation belong to the sample, as they measure precision. The drawn
 * sentences are written in corpus order as an unannotated skeleton JSONL, to standard output or to
 * the file given by `--out` (a scratch file: the skeleton is not committed), one record a line:
 * `{"id": "<doc>#<1-based sentence index>", "doc", "url", "text", "sentence_start", "relations": []}`
 * where `text` is the previous sentence of the same document (context for pronouns), a space (a
 * newline where the sentence opens a block of the article: a paragraph, heading, figure or caption), and
 * the sentence; `sentence_start` is where the annotated sentence begins (0 without a previous one).
 *
 * The partial Fisher–Yates shuffle makes its k-th pick independent of N, so a draw of N = 480 with
 * the same seed contains the draw of N = 240: the sample can be extended. `--exclude FILE` (a JSONL
 * with an `id` per record, e.g. `tests/fixtures/eval/gum-news.relations.jsonl`) leaves out the drawn
 * sentences whose id is already in that file, so only the new ones are written; the script fails if
 * a record of that file is not in the draw (a different seed or a smaller N). The GUM folder is
 * resolved from the repo root, `--out` and `--exclude` from the current directory.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from '../../graph/random.ts';

interface Sentence {
  doc: string;
  url: string;
  index: number;
  text: string;
  /** The sentence opens a layout block of the article (paragraph, heading, figure, caption). */
  block: boolean;
}

function readDocs(dir: string): Sentence[] {
  const out: Sentence[] = [];
  const files = readdirSync(dir)
    .filter((f) => /^GUM_news_.*\.conllu$/.test(f))
    .sort();
  for (const file of files) {
    const doc = file.replace(/\.conllu$/, '');
    let url = '';
    let index = 0;
    // a sentence opens a block after `# newpar` (a paragraph, a heading, a figure) and after a
    // sentence that ends in no punctuation (a caption, a heading, a byline: `# newpar_block` counts
    // do not say where inside a paragraph group a figure's caption stands)
    let newpar = false;
    let prev = '';
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const u = /^# meta::sourceURL = (.*)$/.exec(line);
      if (u) url = u[1]!.trim();
      if (line === '# newpar') newpar = true;
      const t = /^# text = (.*)$/.exec(line);
      if (!t) continue;
      const block = index === 0 || newpar || !/[.!?,;:]["'“”‘’)\]]*$/.test(prev);
      newpar = false;
      prev = t[1]!.trim();
      out.push({ doc, url, index: ++index, text: t[1]!.trim(), block });
    }
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  let dir = '../shared/eval/gum-news';
  let n = 480;
  let seed = 20261201;
  let outFile: string | undefined;
  let excludeFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--n') n = Number(args[++i]);
    else if (a === '--seed') seed = Number(args[++i]);
    else if (a === '--out') outFile = args[++i]!;
    else if (a === '--exclude') excludeFile = args[++i]!;
    else dir = a;
  }
  const root = new URL('../..', import.meta.url).pathname;
  const sentences = readDocs(resolve(root, dir));
  if (sentences.length === 0) throw new Error(`no GUM_news_*.conllu sentences in ${dir}`);
  const rand = seededRandom(seed);
  // partial Fisher–Yates over the indices: the first n positions are a uniform draw without replacement
  const idx = sentences.map((_, i) => i);
  const take = Math.min(n, idx.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rand() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  const chosen = idx.slice(0, take).sort((a, b) => a - b);
  const idOf = (k: number): string => `${sentences[k]!.doc}#${sentences[k]!.index}`;
  let kept = chosen;
  if (excludeFile !== undefined) {
    const excluded = new Set(
      readFileSync(resolve(process.cwd(), excludeFile), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    );
    const drawn = new Set(chosen.map(idOf));
    const missing = [...excluded].filter((id) => !drawn.has(id));
    if (missing.length > 0)
      throw new Error(
        `${missing.length} records of ${excludeFile} are not in this draw (e.g. ${missing[0]})`,
      );
    kept = chosen.filter((k) => !excluded.has(idOf(k)));
  }
  const lines = kept.map((k) => {
    const s = sentences[k]!;
    const prev = k > 0 && sentences[k - 1]!.doc === s.doc ? sentences[k - 1]!.text : '';
    // a sentence opening a block (a caption, a heading, a new paragraph) stands on its own line
    const text = prev ? `${prev}${s.block ? '\n' : ' '}${s.text}` : s.text;
    const sentence_start = prev ? prev.length + 1 : 0;
    return JSON.stringify({
      id: idOf(k),
      doc: s.doc,
      url: s.url,
      text,
      sentence_start,
      relations: [],
    });
  });
  const body = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  const what = `seed ${seed}: drew ${take} of ${sentences.length} sentences, wrote ${lines.length}`;
  if (outFile === undefined) {
    process.stdout.write(body);
    console.error(what);
  } else {
    writeFileSync(resolve(process.cwd(), outFile), body);
    console.error(`${what} into ${outFile}`);
  }
}

main();
