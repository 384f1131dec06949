/**
 * Word classes
 *
 * Classes learned from unlabeled English text by the exchange algorithm (scripts/train/exchange.ts,
 * `npm run train:clusters`), two granularities per word (coarse and fine, e.g. 64 and 512
 * classes), for the parser's features in the manner of Koo, Carreras & Collins (2008): words
 * that occur in the same contexts share a class, so what the parser learned of a frequent word
 * carries over to rarer ones of its class.
 *
 * A word is looked up by its key (lowercased, digits folded to 0); a word of no class falls back to
 * its shape with its last two letters ("<Xx>an"), then to its shape alone ("<Xx>"): the trainer
 * replaces rare words by the same keys, so those get classes too.
 */

import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64 } from '../model/codec.ts';
import { CLUSTERS } from './weights/clusters.ts';

/** Lowercased, every digit folded to 0. */
export function clusterKey(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

/** The shape of a word: case pattern, digits, hyphen ("<Xx>", "<x-x>", "<0>", "<p>"). */
export function shapeKey(word: string): string {
  if (/^[^\p{L}\p{N}]+$/u.test(word)) return '<p>';
  let s: string;
  if (/\p{N}/u.test(word)) s = /\p{L}/u.test(word) ? '<0x' : '<0';
  else if (/^\p{Lu}+$/u.test(word)) s = word.length > 1 ? '<XX' : '<X';
  else if (/^\p{Lu}/u.test(word)) s = '<Xx';
  else if (/\p{Lu}/u.test(word)) s = '<xX';
  else s = '<x';
  if (word.includes('-')) s += '-';
  return `${s}>`;
}

/** The shape with the last two letters of an alphabetic word (its suffix), else the shape alone. */
export function suffixKey(word: string): string {
  const shape = shapeKey(word);
  if (shape === '<p>' || shape.startsWith('<0')) return shape;
  return shape + word.slice(-2).toLowerCase();
}

/** The classes of every known key. */
export interface ClusterTable {
  coarse: number;
  fine: number;
  /** key → coarse class * 65536 + fine class */
  classes: Map<string, number>;
}

/** The table as gzipped text: a header line, then "fine coarse key" lines grouped by fine class. */
export function encodeClusters(table: ClusterTable): Uint8Array {
  const rows = [...table.classes].map(([key, c]) => ({ key, coarse: c >>> 16, fine: c & 0xffff }));
  rows.sort((a, b) => a.fine - b.fine || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const lines = [`clusters ${table.coarse} ${table.fine}`];
  for (const r of rows) lines.push(`${r.fine} ${r.coarse} ${r.key}`);
  return gzipSync(strToU8(`${lines.join('\n')}\n`), { level: 9, mtime: 0 });
}

/** Reads what `encodeClusters` wrote. @throws Error when the bytes are not a cluster table. */
export function decodeClusters(gz: Uint8Array): ClusterTable {
  const text = strFromU8(gunzipSync(gz));
  const lines = text.split('\n');
  const head = /^clusters (\d+) (\d+)$/.exec(lines[0] ?? '');
  if (!head) throw new Error('decodeClusters: not a cluster table');
  const classes = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    const fine = Number(line.slice(0, a));
    const coarse = Number(line.slice(a + 1, b));
    classes.set(line.slice(b + 1), coarse * 65536 + fine);
  }
  return { coarse: Number(head[1]), fine: Number(head[2]), classes };
}

let table: ClusterTable | null | undefined;

/** The committed table (null when none is trained), decoded on first use. */
export function clusterTable(): ClusterTable | null {
  if (table === undefined) table = CLUSTERS === '' ? null : decodeClusters(fromBase64(CLUSTERS));
  return table;
}

/** Uses another table (tests); `undefined` goes back to the committed one. */
export function useClusterTable(t: ClusterTable | null | undefined): void {
  table = t;
}

/** Coarse class * 65536 + fine class of a word, or -1 when there is no table or no class. */
export function wordClass(word: string, t: ClusterTable | null = clusterTable()): number {
  if (!t) return -1;
  return (
    t.classes.get(clusterKey(word)) ?? t.classes.get(suffixKey(word)) ?? t.classes.get(shapeKey(word)) ?? -1
  );
}
