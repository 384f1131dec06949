/**
 * Draw the GUM news relation sample
 * (`npx tsx scripts/eval/draw-gum-sentences.ts [dir] [--n N] [--seed S] [--out FILE] [--exclude FILE]`)
 *
 * Lists every sentence of the `GUM_news_*.conllu` files of the GUM news folder (default
 * `../shared/eval/gum-news`, relative to the repo root) with src/eval/gum-sentences.ts (`# text = `
 * lines; documents sorted by file name), and draws N sentences (default 480) uniformly at random
 * without replacement with a small seeded PRNG (mulberry32, fixed recorded seed, default 20261201).
 * Nothing is skipped: sentences that state no relation belong to the sample, as they measure
 * precision. The drawn sentences are written in corpus order as an unannotated skeleton JSONL, to
 * standard output or to the file given by `--out` (a scratch file: the skeleton is not committed),
 * one record a line:
 * `{"id": "<doc>#<1-based sentence index>", "doc", "url", "text", "sentence_start", "text_sha256", "relations": []}`
 * where `text` is the previous sentence of the same document (context for pronouns), a space (a
 * newline where the sentence opens a block of the article: a paragraph, heading, figure or caption), and
 * the sentence; `sentence_start` is where the annotated sentence begins (0 without a previous one);
 * `text_sha256` is the hex SHA-256 of `text`. The skeleton carries the text to annotate on; the
 * committed fixture (tests/fixtures/eval/gum-news.relations.jsonl) stores the records without `text`
 * (the evaluation data is never copied into the project), and the relation gold reader
 * (src/eval/gold.ts) rebuilds it from the GUM folder the same way, checked by `text_sha256`.
 *
 * The partial Fisher–Yates shuffle makes its k-th pick independent of N, so a draw of N = 480 with
 * the same seed contains the draw of N = 240: the sample can be extended. `--exclude FILE` (a JSONL
 * with an `id` per record, e.g. `tests/fixtures/eval/gum-news.relations.jsonl`) leaves out the drawn
 * sentences whose id is already in that file, so only the new ones are written; the script fails if
 * a record of that file is not in the draw (a different seed or a smaller N). The GUM folder is
 * resolved from the repo root, `--out` and `--exclude` from the current directory.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../../graph/random.ts';
import { gumRecordText, gumSentenceId, readGumSentences, textSha256 } from '../../src/eval/gum-sentences.ts';

async function main(): Promise<void> {
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
  const sentences = await readGumSentences(resolve(root, dir));
  const rand = seededRandom(seed);
  // partial Fisher–Yates over the indices: the first n positions are a uniform draw without replacement
  const idx = sentences.map((_, i) => i);
  const take = Math.min(n, idx.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rand() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  const chosen = idx.slice(0, take).sort((a, b) => a - b);
  const idOf = (k: number): string => gumSentenceId(sentences[k]!);
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
    const { doc, url, text, sentenceStart } = gumRecordText(sentences, k);
    return JSON.stringify({
      id: idOf(k),
      doc,
      url,
      text,
      sentence_start: sentenceStart,
      text_sha256: textSha256(text),
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

await main();
