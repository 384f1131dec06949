/**
 * Propagate
 *
 * A name the document has already introduced is a mention wherever it comes back: once "Tomas
 * Varga" is a person, a later bare "Varga" is too, and once "Corvane" is an organization, every
 * "Corvane" is. Runs after the first pass over all sentences, over tokens no candidate covers.
 */

import type { EntityKind } from '../../graph/types.ts';
import { NAME_PARTICLES } from '../lexicon/names.ts';
import { NOT_NAMES } from '../lexicon/titles.ts';
import type { Token } from '../nlp/compromise.ts';
import { type Candidate, isHeadline } from './mentions.ts';

function bare(text: string): string {
  return text.replace(/['’]s?$/, '');
}

/** Adds candidates for bare repeats of names found elsewhere in the document; returns them. */
export function propagateNames(sentences: { tokens: Token[]; cands: Candidate[] }[]): Candidate[][] {
  // single words that stand for an entity: surnames of people, one-word orgs and places
  const known = new Map<string, EntityKind>();
  const conflicted = new Set<string>();
  const note = (word: string, kind: EntityKind) => {
    const have = known.get(word);
    if (have && have !== kind) conflicted.add(word);
    else known.set(word, kind);
  };
  for (const s of sentences) {
    for (const c of s.cands) {
      if (!c.strong || c.form === 'title' || c.form === 'demonym') continue;
      const words = s.tokens
        .slice(c.from, c.to)
        .map((t) => bare(t.text))
        .filter((w) => /^\p{Lu}/u.test(w));
      if (c.kind === 'person') {
        const last = words[words.length - 1];
        if (last && last.length > 2 && !NAME_PARTICLES.has(last.toLowerCase())) note(last, 'person');
      } else if (words.length === 1 && c.form === 'name') {
        note(words[0]!, c.kind);
      }
    }
  }
  for (const w of conflicted) known.delete(w);
  return sentences.map((s) => {
    const covered = new Set<number>();
    for (const c of s.cands) for (let i = c.from; i < c.to; i++) covered.add(i);
    const added: Candidate[] = [];
    const headline = isHeadline(s.tokens);
    s.tokens.forEach((t, i) => {
      if (covered.has(i)) return;
      let w = bare(t.text);
      // "VARGA" in a headline is the "Varga" of the story
      if (w.length > 2 && w === w.toUpperCase()) w = w.charAt(0) + w.slice(1).toLowerCase();
      const kind = known.get(w);
      if (!kind || NOT_NAMES.has(w.toLowerCase())) return;
      // "Varga" but not a word glued to a longer capitalized run we chose not to keep
      // (a sentence-initial word such as "Later Varga" is no such run)
      const prev = s.tokens[i - 1];
      const next = s.tokens[i + 1];
      const gluedBefore =
        !!prev &&
        /^\p{Lu}/u.test(prev.text) &&
        /^\s+$/.test(prev.post) &&
        !(i === 1 && !prev.tags.has('ProperNoun'));
      const gluedAfter = !!next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(t.post);
      if (!headline && (gluedBefore || gluedAfter)) return;
      added.push({
        kind,
        form: 'name',
        start: t.start,
        end: t.start + w.length,
        from: i,
        to: i + 1,
        strong: true,
      });
    });
    return added;
  });
}
