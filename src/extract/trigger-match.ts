/**
 * Trigger matching
 *
 * Finds the trigger entry (src/lexicon/triggers.ts) a token stands for: exact words and two-word
 * triggers first, then stems by their first three letters, preferring the part of speech
 * compromise gave the token.
 */

import { DETERMINERS } from '../../graph/words.ts';
import { TRIGGERS, type TriggerEntry } from '../lexicon/triggers.ts';
import type { Token } from '../nlp/compromise.ts';
import { lower } from './arguments.ts';

/** Words that open a noun phrase: a trigger after one is a noun. */
const nounOpeners: ReadonlySet<string> = new Set([...DETERMINERS, 'its', 'their', 'his', 'her']);

/** Exact trigger words and two-word triggers → entries; stems by their first three letters. */
export const EXACT = new Map<string, TriggerEntry[]>();
export const STEMS = new Map<string, TriggerEntry[]>();
for (const e of TRIGGERS) {
  const [map, key] = e.match.startsWith('=') ? [EXACT, e.match.slice(1)] : [STEMS, e.match.slice(0, 3)];
  const list = map.get(key) ?? [];
  list.push(e);
  map.set(key, list);
}

/** First words of two-word triggers → their entries ("phone" → "phone call"). */
const OPENERS = new Map<string, TriggerEntry[]>();
for (const [key, entries] of EXACT) {
  const space = key.indexOf(' ');
  if (space < 0) continue;
  const first = key.slice(0, space);
  OPENERS.set(first, [...(OPENERS.get(first) ?? []), ...entries]);
}

/** Every entry a single word can stand for: its own, and those of the two-word triggers it opens. */
export function entriesOfWord(w: string): TriggerEntry[] {
  return [...triggerCandidates(w, w), ...(OPENERS.get(w) ?? [])];
}

/** The entries that match word `w` (or the two words `two`), in table order. */
export function triggerCandidates(w: string, two: string): TriggerEntry[] {
  const stems = STEMS.get(w.slice(0, 3))?.filter((e) => w.startsWith(e.match)) ?? [];
  const exact = [...(EXACT.get(w) ?? []), ...(EXACT.get(two) ?? [])];
  if (stems.length === 0) return exact;
  if (exact.length === 0) return stems;
  return [...exact, ...stems].sort((a, b) => TRIGGERS.indexOf(a) - TRIGGERS.indexOf(b));
}

/** The trigger entry for a token, preferring the part of speech compromise gave it. */
export function triggerAt(tokens: Token[], i: number): TriggerEntry | null {
  const t = tokens[i]!;
  const w = t.text.toLowerCase();
  const two = `${w} ${lower(tokens[i + 1])}`;
  let verb: TriggerEntry | null = null;
  let noun: TriggerEntry | null = null;
  for (const e of triggerCandidates(w, two)) {
    if (e.pos === 'verb' && !verb) verb = e;
    if (e.pos === 'noun' && !noun) noun = e;
  }
  if (!verb && !noun) return null;
  // "Chile's positions and support": a possessive just before makes it a noun whatever the tagger says
  const possessed = tokens.slice(Math.max(0, i - 3), i).some((p) => /['’]s$/.test(p.text));
  const nounish =
    t.tags.has('Noun') || t.tags.has('Plural') || possessed || nounOpeners.has(lower(tokens[i - 1]));
  // a verb stem on a word compromise tags a noun is another word ("execut-" in "chief executive")
  const otherWord = t.tags.has('Noun') && !t.tags.has('Verb') && !verb?.match.startsWith('=');
  if (nounish) return noun ?? (otherWord ? null : verb);
  return verb ?? noun;
}
