/**
 * Appositions and lower-case titles
 *
 * The passes that run over a sentence's candidates once its runs are classified: a possessive or
 * demonym qualifying a role, a title bound to a name set apart by a comma, role phrases in lower
 * case with a place ("the prime minister of Chile"), and the removal of duplicates.
 */

import { DEMONYMS } from '../lexicon/places.ts';
import { ROLES } from '../lexicon/titles.ts';
import type { Token } from '../nlp/compromise.ts';
import { type Candidate, candidate } from './candidate.ts';
import { lookupName } from './gazetteer.ts';
import { bare, endOf, isCapitalized, matchRole, POSSESSIVE } from './runs.ts';

/** A possessive place/org candidate ending right before token `from` ("Chile's" + "Prime Minister"). */
export function findPossessiveBefore(out: Candidate[], tokens: Token[], from: number): Candidate | null {
  const prevTok = tokens[from - 1];
  if (!prevTok || !POSSESSIVE.test(prevTok.text)) return null;
  const c = out.find((m) => m.to === from && m.kind !== 'person' && m.form !== 'title');
  return c ?? null;
}

/** "the Chilean Prime Minister": a demonym inside the run before the role. */
export function demonymBefore(tokens: Token[], from: number, roleFrom: number): Candidate | null {
  for (let k = from; k < roleFrom; k++) {
    const country = DEMONYMS.get(tokens[k]!.text.toLowerCase());
    if (country) return candidate(tokens, k, k + 1, 'place', 'demonym', true, country);
  }
  return null;
}

/**
 * Binds a title to a person's name set apart by a comma: "Elena Kowal, Norway's First Vice
 * President" and "the Prime Minister of Chile, Tomas Varga". A name of two words or more that
 * nothing classified (`unclassified`: token ranges of name parts) becomes a person's name when a
 * person's title stands in apposition to it: the title says what the name is, whatever its
 * given name ("Ostap Vardanyan, Ruritania's First Vice President").
 */
export function bindAppositions(
  tokens: Token[],
  cands: Candidate[],
  unclassified: readonly [number, number][] = [],
): void {
  const comma = (i: number) => i >= 0 && /^\s*,\s*$/.test(tokens[i]?.post ?? '');
  const unknownName = (at: (r: readonly [number, number]) => boolean) => {
    const r = unclassified.find((u) => at(u) && u[1] - u[0] >= 2);
    if (!r || cands.some((c) => c.from < r[1] && r[0] < c.to)) return undefined;
    const c = candidate(tokens, r[0], r[1], 'person', 'name', true);
    cands.push(c);
    return c;
  };
  for (const title of cands) {
    if (title.form !== 'title' || title.names) continue;
    let before = title.from - 1;
    if (tokens[before]?.normal === 'the') before--;
    const prev = comma(before)
      ? (cands.find((c) => c.kind === 'person' && c.form === 'name' && c.to === before + 1) ??
        (title.kind === 'person' ? unknownName((u) => u[1] === before + 1) : undefined))
      : undefined;
    const next =
      !prev && comma(title.to - 1)
        ? (cands.find((c) => c.kind === 'person' && c.form === 'name' && c.from === title.to) ??
          (title.kind === 'person' ? unknownName((u) => u[0] === title.to) : undefined))
        : undefined;
    const name = prev ?? next ?? postedName(tokens, cands, title);
    if (name) title.names = name;
  }
}

/** Posts named with where their holder is sent: "Ambassador to Peru", "Envoy to the United Nations". */
const POSTED_ROLES: ReadonlySet<string> = new Set([
  'ambassador',
  'envoy',
  'emissary',
  'representative',
  'delegate',
]);

/**
 * The name right after a posting of the title ("Chilean Ambassador to Peru Tomas Varga"): the
 * place or body after "to" is where the holder serves, not the body of the post.
 */
function postedName(tokens: Token[], cands: Candidate[], title: Candidate): Candidate | undefined {
  const role = title.role?.split(' ').pop()?.toLowerCase();
  if (!role || !POSTED_ROLES.has(role) || tokens[title.to]?.normal !== 'to') return undefined;
  const at = tokens[title.to + 1]?.normal === 'the' ? title.to + 2 : title.to + 1;
  const post = cands.find((c) => c.form === 'name' && c.from === at);
  if (!post) return undefined;
  const after = cands.find((c) => c.kind === 'person' && c.form === 'name' && c.from === post.to);
  if (after) return after;
  // one capitalized run for both ("Peru Tomas Varga", "United Nations Ana Ruiz"): a known name
  // opens it, a person's name of two words or more follows
  for (let k = post.to - 2; k > at; k--) {
    const known = lookupName(tokens.slice(at, k).map(bare).join(' '));
    if (!known || known.kind === 'person') continue;
    const place = candidate(tokens, at, k, known.kind, 'name', true, known.label);
    const person = candidate(tokens, k, post.to, 'person', 'name', true);
    cands.splice(cands.indexOf(post), 1, place, person);
    return person;
  }
  return undefined;
}

/** "the prime minister of Chile", "Norway's prime minister", "Chilean officials". */
export function lowercaseTitles(tokens: Token[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isCapitalized(t)) continue;
    const r = matchRole(tokens, i, tokens.length);
    if (!r) continue;
    const roleTo = i + r[0];
    const roleWords = tokens.slice(i, roleTo);
    if (roleWords.some(isCapitalized)) continue;
    let q: Candidate | null = null;
    let titleFrom = i;
    let titleTo = roleTo;
    // "Lindqvist chief executive Ana Ruiz": the title of the name right after it (a person's, or
    // one the rules only guess is a place: "John Marsh", "Anna Field")
    const holder = found.find(
      (c) =>
        c.from === roleTo && c.form === 'name' && (c.kind === 'person' || (c.kind === 'place' && !c.strong)),
    );
    const before = found.find(
      (c) =>
        c.to === i &&
        c.kind !== 'person' &&
        c.form !== 'title' &&
        (POSSESSIVE.test(tokens[i - 1]!.text) ||
          c.form === 'demonym' ||
          // "Siemens chief executive A", "Party P leader A": a body's name before the post
          (holder !== undefined && (c.form === 'name' || c.form === 'acronym'))),
    );
    const after =
      tokens[roleTo]?.normal === 'of'
        ? found.find(
            (c) =>
              (c.from === roleTo + 1 || (c.from === roleTo + 2 && tokens[roleTo + 1]!.normal === 'the')) &&
              c.kind !== 'person' &&
              c.form !== 'title',
          )
        : undefined;
    if (after) {
      q = after;
      titleTo = after.to;
      if (before) titleFrom = before.from;
    } else if (before) {
      q = before;
      titleFrom = before.from;
    }
    if (!q) continue;
    const title = candidate(tokens, titleFrom, titleTo, 'person', 'title', true);
    title.role = roleWords.map(bare).join(' ');
    title.roleSpan = [roleWords[0]!.start, endOf(roleWords[roleWords.length - 1]!)];
    title.roleRelation = ROLES[r[1]] ?? 'member_of';
    title.qualifier = q;
    if (holder && !after) title.names = holder;
    out.push(title);
    i = roleTo - 1;
  }
  return out;
}

/** Removes exact duplicates and weak candidates that overlap strong ones of another kind. */
export function dedupe(cands: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of cands) {
    const key = `${c.start}:${c.end}:${c.form}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
