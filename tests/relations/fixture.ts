/**
 * Reader of the construction fixtures (tests/fixtures/relations/*.conllu): each sentence's text,
 * its hand-written UD tree as a ParsedSentence (offsets found in the text), its mentions and the
 * relations it is expected to state. A later run can take `text` through the trained parser instead
 * of `parse` and compare with the same expectations.
 */

import { readFileSync } from 'node:fs';
import type { EntityKind } from '../../graph/types.ts';
import type { ParsedSentence } from '../../src/parse/types.ts';
import type { TreeMention } from '../../src/relations/from-tree.ts';

export interface Expected {
  relation: string;
  source: string;
  target: string;
  symmetric: boolean;
  negated: boolean;
  hedged: boolean;
  reported: boolean;
  speaker?: string;
  role?: string;
}

export interface ConstructionCase {
  id: string;
  text: string;
  parse: ParsedSentence;
  mentions: TreeMention[];
  /** Entity id → its label, for readable failures. */
  labels: Map<string, string>;
  expect: Expected[];
}

export const entityId = (kind: string, label: string) =>
  `${kind}/${label.toLowerCase().replace(/\s+/g, '-')}`;

function parseExpect(value: string, idOf: (label: string) => string): Expected | null {
  if (value.trim() === 'none') return null;
  const [main, extra = ''] = value.split('|').map((x) => x.trim());
  const m = /^(\S+) (.+?) ([>~]) (.+)$/.exec(main!);
  if (!m) throw new Error(`bad expectation: ${value}`);
  const e: Expected = {
    relation: m[1]!,
    source: idOf(m[2]!),
    target: idOf(m[4]!),
    symmetric: m[3] === '~',
    negated: /\bnegated\b/.test(extra),
    hedged: /\bhedged\b/.test(extra),
    reported: /\breported\b/.test(extra),
  };
  const speaker = /speaker=([^=]+?)(?= \w+=|$)/.exec(extra);
  if (speaker) e.speaker = idOf(speaker[1]!.trim());
  const role = /role=([^=]+?)(?= \w+=|$)/.exec(extra);
  if (role) e.role = role[1]!.trim();
  return e;
}

export function readConstructions(path: string): ConstructionCase[] {
  const out: ConstructionCase[] = [];
  const blocks = readFileSync(path, 'utf8').split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const comments = lines.filter((l) => l.startsWith('#'));
    const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    const get = (key: string) =>
      comments
        .map((c) => /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(c))
        .filter((m): m is RegExpExecArray => !!m && m[1] === key)
        .map((m) => m[2]!);
    const id = get('id')[0];
    const text = get('text')[0];
    if (!id || text === undefined || rows.length === 0) continue;
    const words = rows.map((r) => r[1]!);
    const start: number[] = [];
    const end: number[] = [];
    let at = 0;
    for (const w of words) {
      const k = text.indexOf(w, at);
      // words follow each other with nothing but spaces between: a word left out of the tree fails
      if (k < 0 || text.slice(at, k).trim() !== '')
        throw new Error(`${id}: word "${w}" does not follow at ${at} in the text`);
      start.push(k);
      end.push(k + w.length);
      at = k + w.length;
    }
    const parse: ParsedSentence = {
      words,
      start,
      end,
      upos: rows.map((r) => r[3]!),
      xpos: rows.map((r) => r[4]!),
      head: rows.map((r) => Number(r[6]) - 1),
      deprel: rows.map((r) => r[7]!),
    };
    const labels = new Map<string, string>();
    const byLabel = new Map<string, string>();
    const mentions: TreeMention[] = get('mention').map((v) => {
      const m = /^(\d+)(?:-(\d+))? (person|place|organization) (.+)$/.exec(v);
      if (!m) throw new Error(`${id}: bad mention ${v}`);
      const from = Number(m[1]) - 1;
      const to = Number(m[2] ?? m[1]);
      const entity = entityId(m[3]!, m[4]!);
      // a mention's words begin as its label does ("Ruritanian" for Ruritania): catches a wrong range
      const written = words.slice(from, to).join(' ').toLowerCase();
      const label = m[4]!.toLowerCase();
      if (to > words.length || !written.startsWith(label.slice(0, Math.min(5, label.length))))
        throw new Error(`${id}: mention ${v} covers "${written}"`);
      labels.set(entity, m[4]!);
      byLabel.set(m[4]!, entity);
      return { from, to, entity, kind: m[3] as EntityKind };
    });
    const idOf = (label: string) => {
      const e = byLabel.get(label);
      if (!e) throw new Error(`${id}: no mention labelled ${label}`);
      return e;
    };
    const expect = get('expect')
      .map((v) => parseExpect(v, idOf))
      .filter((e): e is Expected => e !== null);
    out.push({ id, text, parse, mentions, labels, expect });
  }
  return out;
}
