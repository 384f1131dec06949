/**
 * Relation lexicon
 *
 * All rows (our own first, then CAMEO's; a row of ours replaces a CAMEO row with the same key) and
 * the look-up the tree reader uses: the rows of a predicate lemma and part of speech, and the noun
 * classes a row may require of its object.
 */

import { CAMEO_ROWS } from './cameo.ts';
import { HAND_ROWS } from './hand.ts';
import type { LexiconRow, ObjectClass } from './types.ts';

export type { LexiconRow, ObjectClass };

/** The key two rows share when one replaces the other. */
export function rowKey(r: LexiconRow): string {
  return [
    r.pos ?? 'verb',
    r.lemma,
    r.particle ?? '',
    r.prep ?? '',
    r.object ?? '',
    r.objectClass ?? '',
    r.ccompMark ?? '',
  ].join('|');
}

/** Every row: ours, then CAMEO's not replaced by ours. */
export const RELATION_ROWS: readonly LexiconRow[] = (() => {
  const ours = new Set(HAND_ROWS.map(rowKey));
  return [...HAND_ROWS, ...CAMEO_ROWS.filter((r) => !ours.has(rowKey(r)))];
})();

let byLemma: Map<string, LexiconRow[]> | undefined;

/** The rows of a predicate, ours first. */
export function rowsFor(lemma: string, pos: 'verb' | 'noun' | 'adj'): readonly LexiconRow[] {
  if (!byLemma) {
    byLemma = new Map();
    for (const r of RELATION_ROWS) {
      const k = `${r.pos ?? 'verb'}|${r.lemma}`;
      const list = byLemma.get(k) ?? [];
      list.push(r);
      byLemma.set(k, list);
    }
  }
  return byLemma.get(`${pos}|${lemma}`) ?? [];
}

/** Noun lemmas of each object class. */
export const OBJECT_CLASSES: Readonly<Record<ObjectClass, ReadonlySet<string>>> = {
  // what is said or decided: attacking it is verbal (guidelines: "attacked" used verbally)
  statement: new Set(
    'plan policy proposal decision statement remark comment claim speech record budget bill law reform strategy idea approach stance view handling response move measure report'.split(
      ' ',
    ),
  ),
  // what is fought over: attacking it is force
  military: new Set(
    'convoy base position post camp village town city checkpoint patrol troop soldier vehicle ship aircraft plane tank outpost barracks'.split(
      ' ',
    ),
  ),
  question: new Set(['question']),
  // a way of playing a game: "attacking" it is a style of play, not force ("attacking football")
  play: new Set('style play game football soccer formation midfield midfielder intent tactic'.split(' ')),
  // what is given as help: giving it to a party supports that party
  aid: new Set(
    'aid assistance help arms weapon ammunition money fund funding loan grant donation food medicine supply equipment relief support'.split(
      ' ',
    ),
  ),
  // a measure that sanctions: lifting or easing it is a concession, not a sanction
  sanction: new Set('sanction embargo ban blockade boycott restriction tariff freeze'.split(' ')),
  // what is sent or given as a word, a leave or an emissary, not help: "sent B a message", "gave B
  // permission", "sent an official to talk to B"
  message: new Set(
    'message letter note signal permission clearance visa invitation greeting speech lecture interview answer reply warning lesson word official envoy representative delegation emissary mission'.split(
      ' ',
    ),
  ),
};
