/**
 * GUM news as a named-entity gold set
 *
 * Reads the GUM CoNLL-U documents (../shared/eval/gum-news) and turns their entity mentions into
 * name spans the NER scorer understands. GUM marks whole noun phrases ("the junior Chilean team",
 * "US President Ana Ruiz"); CoNLL-style NER marks names. The mapping, fixed once:
 *
 * 1. A mention counts when its type is person, place or organization and it is named: it carries a
 *    Wikipedia identity or its head word (the word whose head lies outside the mention) is a PROPN.
 * 2. Its name span is the run of proper-noun words (XPOS NNP / NNPS: GUM tags "United" of "United
 *    States" NNP but VERB) inside the mention that holds the head (or, when the head is no proper
 *    noun, the longest run, the first of equals); a run continues over "of", "the", "and", "&",
 *    "-" and "." only when a proper noun of the same mention follows (for a person, not over
 *    "of", "the", "and": "Tomas Varga of the Harbour Democrats" names a person and a party). A
 *    possessive 's is never part of it. A person's name is narrower: the head and its `flat`
 *    dependents, directly or through other flat words, and proper nouns before them that the
 *    mention's Wikipedia identity names ("Jan De Vries", "Dean Varga"; "Ana Ruiz" of "U.S.
 *    President Ana Ruiz", whose title words hang on the head as nmod:desc or compound), as
 *    CoNLL leaves titles out of PER spans.
 * 3. A name span inside another gold name span is dropped (the outer name is the unit, as in
 *    CoNLL: "University of Sylvania", not also "Sylvania"); equal spans keep the outer mention's kind.
 * 4. Named mentions of other types (events, objects, works: "Zephyr Browser 9") and named
 *    person/place/organization mentions without a PROPN run are not scored, like CoNLL's MISC: a
 *    prediction overlapping one and no scored span is neither right nor wrong.
 */

import type { EntityKind } from '../../graph/types.ts';
import { NAME_CONNECTIVES } from '../../graph/words.ts';
import type { ConlluDocument, ConlluSentence, ConlluWord } from '../io/conllu.ts';
import type { LabeledSpan, NerGoldDoc } from './ner.ts';

const KINDS: Readonly<Record<string, EntityKind>> = {
  person: 'person',
  place: 'place',
  organization: 'organization',
};

/** Words that may sit inside a name when a PROPN follows them in the same mention. */
const JOINERS = new Set([...NAME_CONNECTIVES, '-', '.', 'de', 'du', 'la', 'al']);

interface Mention {
  type: string;
  identity: string | null;
  /** Word indexes (0-based, within the sentence), inclusive. */
  first: number;
  last: number;
}

/** The entity mentions of one sentence, from the `Entity=` fields of its words' MISC column. */
export function sentenceMentions(sentence: ConlluSentence): Mention[] {
  const open = new Map<string, { type: string; identity: string | null; first: number }[]>();
  const out: Mention[] = [];
  sentence.words.forEach((w, i) => {
    const field = /(?:^|\|)Entity=([^|]*)/.exec(w.misc)?.[1];
    if (!field) return;
    for (const m of field.matchAll(/\((\d+)-([^()]*)(\))?|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const parts = (m[2] ?? '').split('-');
        const mention = { type: parts[0] ?? '', identity: parts[6] ?? null, first: i };
        if (m[3]) out.push({ ...mention, last: i });
        else open.set(m[1], [...(open.get(m[1]) ?? []), mention]);
      } else if (m[4] !== undefined) {
        const stack = open.get(m[4]);
        const mention = stack?.pop();
        if (mention) out.push({ ...mention, last: i });
      }
    }
  });
  return out;
}

function headOf(words: readonly ConlluWord[], first: number, last: number): number {
  for (let i = first; i <= last; i++) {
    const h = (words[i] as ConlluWord).head;
    const hi = h - 1;
    if (h === 0 || hi < first || hi > last) return i;
  }
  return first;
}

function isProper(w: ConlluWord): boolean {
  return w.xpos === 'NNP' || w.xpos === 'NNPS';
}

/**
 * A person's name: the head and the `flat` words attached to it, directly or through other flat
 * words (GUM chains them: "Vries" hangs on "De", "De" on "Jan"), as one contiguous stretch, and
 * proper nouns right before it that the mention's Wikipedia identity names ("Dean" of "Dean_Varga",
 * which GUM attaches as a title would be).
 */
function personName(
  words: readonly ConlluWord[],
  head: number,
  first: number,
  last: number,
  identity: string | null,
): [number, number] {
  let a = head;
  let b = head;
  const flatToHead = (i: number) => {
    for (let k = i, steps = 0; steps <= last - first; steps++) {
      const w = words[k] as ConlluWord;
      if (!w.deprel.startsWith('flat')) return false;
      k = w.head - 1;
      if (k === head) return true;
      if (k < first || k > last) return false;
    }
    return false;
  };
  for (let i = first; i <= last; i++) {
    if (flatToHead(i)) {
      a = Math.min(a, i);
      b = Math.max(b, i);
    }
  }
  // a given name GUM attaches as compound or nmod:desc ("Dean Varga"), told from a title
  // ("President Ana Ruiz") by the mention's Wikipedia identity, which names it
  const named = new Set(
    (identity ?? '')
      .split(/_|%2D|-/i)
      .map((x) => x.toLowerCase())
      .filter(Boolean),
  );
  while (a - 1 >= first) {
    const w = words[a - 1] as ConlluWord;
    const attached = w.head - 1 >= a && w.head - 1 <= b;
    if (!isProper(w) || !attached || !named.has(w.form.toLowerCase())) break;
    a--;
  }
  return [a, b];
}

/** Joiners a person's name never spans ("Tomas Varga of the Harbour Democrats" is a person and a party). */
const NOT_IN_PERSON_NAMES = new Set(['of', 'the', 'and', '&']);

/**
 * Proper-noun runs of a mention, as [first, last] word indexes; for a person, a run does not
 * continue over "of", "the", "and".
 */
function propnRuns(
  words: readonly ConlluWord[],
  first: number,
  last: number,
  person = false,
): [number, number][] {
  const runs: [number, number][] = [];
  let i = first;
  while (i <= last) {
    if (!isProper(words[i] as ConlluWord)) {
      i++;
      continue;
    }
    let end = i;
    let j = i + 1;
    while (j <= last) {
      const w = words[j] as ConlluWord;
      if (isProper(w)) {
        end = j;
        j++;
      } else if (
        JOINERS.has(w.form.toLowerCase()) &&
        !(person && NOT_IN_PERSON_NAMES.has(w.form.toLowerCase()))
      )
        j++;
      else break;
    }
    runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}

/** One GUM document as an NER gold document (the mapping in this file's banner). */
export function gumNerDoc(doc: ConlluDocument): NerGoldDoc {
  const named: LabeledSpan[] = [];
  const ignored: [number, number][] = [];
  let tokens = 0;
  for (const sentence of doc.sentences) {
    const words = sentence.words;
    tokens += words.length;
    for (const m of sentenceMentions(sentence)) {
      const head = headOf(words, m.first, m.last);
      const isNamed = m.identity !== null || isProper(words[head] as ConlluWord);
      if (!isNamed) continue;
      const kind = KINDS[m.type];
      const runs = propnRuns(words, m.first, m.last, kind === 'person');
      const run =
        kind === 'person' && isProper(words[head] as ConlluWord)
          ? personName(words, head, m.first, m.last, m.identity)
          : (runs.find(([a, b]) => a <= head && head <= b) ??
            [...runs].sort((x, y) => y[1] - y[0] - (x[1] - x[0]) || x[0] - y[0])[0]);
      if (!run) {
        if (kind) ignored.push([(words[m.first] as ConlluWord).start, (words[m.last] as ConlluWord).end]);
        continue;
      }
      const span: [number, number] = [(words[run[0]] as ConlluWord).start, (words[run[1]] as ConlluWord).end];
      if (kind) named.push({ start: span[0], end: span[1], kind });
      else ignored.push(span);
    }
  }
  // Outer names win: drop a span inside another (or equal to an earlier, outer one).
  const sorted = named.sort((a, b) => a.start - b.start || b.end - a.end);
  const entities = sorted.filter(
    (s, i) =>
      !sorted.some(
        (o, j) =>
          j !== i && o.start <= s.start && s.end <= o.end && (o.end - o.start > s.end - s.start || j < i),
      ),
  );
  return { id: doc.id, text: doc.text, entities, ignored, tokens };
}
