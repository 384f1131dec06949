/**
 * Draw the GUM news relation sample (`npx tsx scripts/eval/draw-gum-sentences.ts [dir] [--n N] [--seed S] [--out FILE]`)
 *
 * Reads every `GUM_news_*.conllu` of the GUM news folder (default `../shared/eval/gum-news`, relative
 * to the repo root), lists every sentence of every document in order (`# text = ` lines; documents
 * sorted by file name), and draws N sentences (default 240) uniformly at random without replacement
 * with a small seeded PRNG (mulberry32, fixed recorded seed, default 20261201). Nothing is skipped:
 * sentences that state no relation belong to the sample, as they measure precision. The drawn
 * sentences are written in corpus order as a skeleton JSONL (default
 * `tests/fixtures/eval/gum-news.relations.skeleton.jsonl`), one record a line:
 * `{"id": "<doc>#<1-based sentence index>", "doc", "url", "text", "sentence_start", "relations": []}`
 * where `text` is the previous sentence of the same document (context for pronouns), a space, and
 * the sentence; `sentence_start` is where the annotated sentence begins (0 without a previous one).
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Sentence {
  doc: string;
  url: string;
  index: number;
  text: string;
}

/** mulberry32: a tiny 32-bit seeded PRNG, returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const u = /^# meta::sourceURL = (.*)$/.exec(line);
      if (u) url = u[1]!.trim();
      const t = /^# text = (.*)$/.exec(line);
      if (t) out.push({ doc, url, index: ++index, text: t[1]!.trim() });
    }
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  let dir = '../shared/eval/gum-news';
  let n = 240;
  let seed = 20261201;
  let outFile = 'tests/fixtures/eval/gum-news.relations.skeleton.jsonl';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--n') n = Number(args[++i]);
    else if (a === '--seed') seed = Number(args[++i]);
    else if (a === '--out') outFile = args[++i]!;
    else dir = a;
  }
  const root = new URL('../..', import.meta.url).pathname;
  const sentences = readDocs(resolve(root, dir));
  if (sentences.length === 0) throw new Error(`no GUM_news_*.conllu sentences in ${dir}`);
  const rand = mulberry32(seed);
  // partial Fisher–Yates over the indices: the first n positions are a uniform draw without replacement
  const idx = sentences.map((_, i) => i);
  const take = Math.min(n, idx.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rand() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  const chosen = idx.slice(0, take).sort((a, b) => a - b);
  const lines = chosen.map((k) => {
    const s = sentences[k]!;
    const prev = k > 0 && sentences[k - 1]!.doc === s.doc ? sentences[k - 1]!.text : '';
    const text = prev ? `${prev} ${s.text}` : s.text;
    const sentence_start = prev ? prev.length + 1 : 0;
    return JSON.stringify({
      id: `${s.doc}#${s.index}`,
      doc: s.doc,
      url: s.url,
      text,
      sentence_start,
      relations: [],
    });
  });
  writeFileSync(resolve(root, outFile), `${lines.join('\n')}\n`);
  console.log(`seed ${seed}: drew ${take} of ${sentences.length} sentences into ${outFile}`);
}

main();
