/**
 * Names from the trained tagger
 *
 * The rule mentions (./mentions.ts) know titles, roles, demonyms and gazetteer labels; the trained
 * name tagger (../ner) knows better where a name starts and ends and what kind it is, on text the
 * rules were not written for. This pass lets the tagger decide the name mentions of each sentence:
 * a rule name it overlaps takes its boundaries and kind (keeping the rule's links to titles); a
 * rule name it does not confirm is dropped, unless a gazetteer knows the name; a name only the
 * tagger found becomes a new mention. Titles, demonyms and pronouns stay as the rules found them.
 * Where the two disagree by design the rules win: leading honorifics and roles never enter a name
 * (CoNLL's annotators sometimes kept "Ayatollah"); one tagged span over several rule names
 * ("Norway-Chile") leaves them apart, while several tagged names inside one rule run ("Elena Kowal
 * of Norway") become several mentions; a name the rules joined over a particle ("Karim al
 * Nuri") stays whole. Without a trained model the pass does nothing.
 */

import type { EntityKind } from '../../graph/types.ts';
import { GIVEN_NAME_SET, NAME_PARTICLES } from '../lexicon/names.ts';
import {
  BODY_ONLY_HEADS,
  ORG_HEADS,
  PARTY_ADJECTIVES,
  PARTY_MEMBER_NOUNS,
  PARTY_NOUNS,
} from '../lexicon/organizations.ts';
import { DEMONYMS, PEOPLE_NOUNS } from '../lexicon/places.ts';
import { DATE_NAMES } from '../lexicon/time.ts';
import { HEAD_ROLES, HONORIFICS, NOT_NAMES, ROLES } from '../lexicon/titles.ts';
import type { NerDocument } from '../ner/features.ts';
import { nerModel } from '../ner/model.ts';
import { nerDocument } from '../ner/prepare.ts';
import { type NerSpan, spansOf, tagDocument } from '../ner/tagger.ts';
import { type Token, type TokenSentence, tokenTags } from '../nlp/compromise.ts';
import type { Word } from '../nlp/words.ts';
import { candidate } from './candidate.ts';
import { lookupName } from './gazetteer.ts';
import type { Candidate } from './mentions.ts';
import { bare, endOf, POSSESSIVE } from './runs.ts';

const KIND_OF: Record<NerSpan['type'], EntityKind | null> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  MISC: null,
};

/**
 * The kind of a tagged name: the tagger's, except that a name of several words ending with a word
 * only bodies end with is an organization ("the Ana Ruiz Foundation" read as a person).
 */
function kindOfSpan(text: string, s: NerSpan): EntityKind {
  const kind = KIND_OF[s.type] as EntityKind;
  if (kind === 'organization') return kind;
  const words = text.slice(s.start, s.end).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && /^\p{Lu}/u.test(last) && BODY_ONLY_HEADS.has(last.toLowerCase())
    ? 'organization'
    : kind;
}

/**
 * The name tagger's own spans over a document whose sentences carry their rule mentions, with the
 * tagger's input; null when no tagger is trained.
 */
export function nameTaggerSpans(
  text: string,
  tokenized: readonly TokenSentence[],
  found: readonly { cands: readonly Candidate[] }[],
): { doc: NerDocument; spans: NerSpan[] } | null {
  const model = nerModel();
  if (!model) return null;
  const doc = nerDocument(
    text,
    tokenized,
    found.map((f) => f.cands),
  );
  return { doc, spans: spansOf(doc, tagDocument(model, doc)) };
}

/**
 * Lets the name tagger decide the name mentions of every sentence (in place). Returns the tagger's
 * own spans, before fusion with the rules (what the dependency parser reads as a feature).
 */
export function applyNameTagger(
  text: string,
  tokenized: readonly TokenSentence[],
  found: { tokens: Token[]; cands: Candidate[] }[],
): NerSpan[] {
  const tagged = nameTaggerSpans(text, tokenized, found);
  if (!tagged) return [];
  const { doc, spans: raw } = tagged;
  const given = tokenTags(tokenized.flatMap((t) => t.tokens))(doc.words).map((tags, k) =>
    Boolean(tags?.has('FirstName') || GIVEN_NAME_SET.has((doc.words[k] as Word).text.toLowerCase())),
  );
  const spans = oneTypePerName(
    text,
    personsThroughout(
      text,
      joinMiddleInitials(
        doc.words,
        given,
        splitPersonOf(
          doc.words,
          given,
          withoutPosts(doc.words, withoutTrailingFunctionWords(doc.words, raw)),
        ),
      ),
    ),
  );
  let k = 0;
  doc.sentences.forEach(([, to], si) => {
    const inSentence: NerSpan[] = [];
    while (k < spans.length && (spans[k] as NerSpan).from < to) inSentence.push(spans[k++] as NerSpan);
    const f = found[si];
    if (f) {
      const fused = withPeopleNouns(f.tokens, fuse(text, f.tokens, f.cands, inSentence));
      f.cands = withParties(f.tokens, withPartyTags(f.tokens, withAffiliationAcronyms(f.tokens, fused)));
    }
  });
  return raw;
}

/**
 * An organization's name of two or more capitalized words ending in a body's head noun ("Socialist
 * Party", "Tarn Valley Council"): the head says what it is where the tagger saw no name (it misses
 * some at a sentence's start).
 */
function headedBody(text: string, c: Candidate): boolean {
  if (c.kind !== 'organization') return false;
  const words = text.slice(c.start, c.end).split(/\s+/);
  return (
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    ORG_HEADS.has((words[words.length - 1] as string).toLowerCase())
  );
}

/** True when a candidate covers token k. */
function covered(cands: readonly Candidate[], k: number): boolean {
  return cands.some((c) => c.from <= k && k < c.to);
}

/** Candidates with more added, in text order. */
function withAdded(cands: Candidate[], added: Candidate[]): Candidate[] {
  return added.length === 0 ? cands : [...cands, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A capitalized word for a country's people that no mention covers ("Croat forces", "three Swedes",
 * "English captain Y"): a demonym of that country, as the rules make of the adjectives; not after
 * another demonym ("Bosnian Croats" are not Croatia's).
 */
function withPeopleNouns(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  tokens.forEach((t, k) => {
    const country = PEOPLE_NOUNS.get(t.text);
    if (!country || covered(cands, k)) return;
    // "Bosnian Croats": a people of another country is not this one's
    const before = tokens[k - 1]?.text ?? '';
    if (
      DEMONYMS.has(before.toLowerCase()) ||
      PEOPLE_NOUNS.has(before) ||
      /^\p{Lu}\p{L}*(?:an|ish|ese)$/u.test(before)
    )
      return;
    added.push(candidate(tokens as Token[], k, k + 1, 'place', 'demonym', true, country));
  });
  return withAdded(cands, added);
}

/**
 * An acronym no mention covers right after a person's name and "of" or "from" ("A of NLU", "A
 * from the ANC"): the organization the person belongs to, as in lists of election results.
 */
function withAffiliationAcronyms(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  tokens.forEach((t, k) => {
    if (!/^[A-Z]{2,6}$/.test(t.text) || covered(cands, k)) return;
    const the = tokens[k - 1]?.normal === 'the' ? 1 : 0;
    const prep = tokens[k - 1 - the]?.normal;
    if (prep !== 'of' && prep !== 'from') return;
    if (!cands.some((c) => c.kind === 'person' && c.to === k - the - 1)) return;
    added.push(candidate(tokens as Token[], k, k + 1, 'organization', 'acronym', true));
  });
  return withAdded(cands, added);
}

/**
 * A party's short name no mention covers ("Labour", "the Tories", "Republican Senator Y"): the
 * party, an organization. An adjective only before a member noun, a post or a person's name, or
 * as a noun after an article or a comma ("a Republican from Ohio"); a capitalized noun at the start
 * of a sentence only where it does not qualify a common noun ("Labour costs rose").
 */
function withParties(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const dropped = new Set<Candidate>();
  tokens.forEach((t, k) => {
    const word = bare(t);
    const noun = PARTY_NOUNS.get(word);
    const party = noun ?? PARTY_ADJECTIVES.get(word);
    if (!party) return;
    // the tagger's own "Labour" is the same party as the "Labour" found here
    const own = cands.find((c) => isName(c) && c.from <= k && k < c.to);
    if (own) {
      // "the Harbour Democrats": no person's name ends in a party's plural
      if (own.kind === 'person' && own.to === k + 1 && noun && /s$/.test(word)) {
        own.kind = 'organization';
        delete own.canonical;
      }
      // "Labour's Shadow Trade | Secretary": a name runs on past a party's possessive only into the post
      if (own.from === k && own.to > k + 1 && own.kind === 'organization' && noun && possessive(t)) {
        own.to = k + 1;
        own.end = endOf(t);
        delete own.canonical;
      }
      if (own.from === k && own.to === k + 1 && own.kind === 'organization' && noun) {
        own.canonical ??= party;
        bodyOfTitles(cands, own, k, t, dropped);
        const affiliation = partyOfPerson(tokens, cands, own, k);
        if (affiliation) added.push(affiliation);
      }
      return;
    }
    const next = tokens[k + 1];
    const owns = possessive(t);
    const member =
      next !== undefined &&
      !owns &&
      (PARTY_MEMBER_NOUNS.has(next.normal) ||
        TITLE_WORDS.has(next.normal) ||
        cands.some((c) => c.kind === 'person' && c.from === k + 1));
    const common =
      next !== undefined && !owns && !/\p{Lu}/u.test(next.text[0] ?? '') && next.tags.has('Noun');
    if (noun) {
      if (k === 0 && common && !member) return;
    } else {
      const before = tokens[k - 1]?.normal;
      // a noun: no common noun and no name after it ("the Republican Guards" is another body)
      const standsAlone =
        (before === 'a' || before === 'the' || /,\s*$/.test(tokens[k - 1]?.post ?? '')) &&
        !common &&
        !/^\p{Lu}/u.test(next?.text ?? '');
      if (!member && !standsAlone) return;
    }
    // "the Harbour Democrats", "Young Conservatives": a capitalized word before it names another party
    const prev = tokens[k - 1];
    const named =
      prev !== undefined &&
      /^\p{Lu}/u.test(prev.text) &&
      !/[,;:]/.test(prev.post) &&
      !covered(cands, k - 1) &&
      !DEMONYMS.has(prev.normal) &&
      !NOT_NAMES.has(prev.normal) &&
      !TITLE_WORDS.has(prev.normal);
    const c = named
      ? candidate(tokens as Token[], k - 1, k + 1, 'organization', 'name', true)
      : candidate(tokens as Token[], k, k + 1, 'organization', 'name', true, party);
    c.end = endOf(t);
    added.push(c);
    bodyOfTitles(cands, c, k, t, dropped);
    const affiliation = partyOfPerson(tokens, cands, c, k);
    if (affiliation) added.push(affiliation);
  });
  return withAdded(dropped.size > 0 ? cands.filter((c) => !dropped.has(c)) : cands, added);
}

/**
 * "A, a Democrat, said", "Senator A, Republican from Ohio,": a party set beside a person's name by
 * a comma is the party the person belongs to, a title whose role is the party word.
 */
function partyOfPerson(
  tokens: readonly Token[],
  cands: readonly Candidate[],
  party: Candidate,
  k: number,
): Candidate | null {
  const article = ['a', 'an'].includes(tokens[k - 1]?.normal ?? '') ? 1 : 0;
  const before = k - article - 1;
  if (before < 0 || !/,\s*$/.test((tokens[before] as Token).post)) return null;
  const person = cands.find((c) => c.kind === 'person' && c.form === 'name' && c.to === before + 1);
  const t = tokens[k] as Token;
  const closes =
    /^['’]?\s*[,.;)]/.test(t.post) || tokens[k + 1]?.normal === 'from' || k + 1 === tokens.length;
  if (!person || !closes) return null;
  return membership(tokens, k, party, person, bare(t));
}

/** A title whose role is the party's own word, joining a person to the party at token k. */
function membership(
  tokens: readonly Token[],
  k: number,
  party: Candidate,
  person: Candidate,
  role: string,
): Candidate {
  const title = candidate(tokens as Token[], k, k + 1, 'person', 'title', true);
  title.end = party.end;
  title.role = role;
  title.roleSpan = [party.start, party.end];
  title.roleRelation = 'member_of';
  title.qualifier = party;
  title.names = person;
  return title;
}

/** The letters of US party-and-state tags ("Senator A (R-Ohio)", "A (D-Calif.)"). */
const PARTY_LETTERS: ReadonlyMap<string, string> = new Map([
  ['R', 'Republican Party'],
  ['D', 'Democratic Party'],
]);

/**
 * "Senator A (R-Ohio)": the bracketed tag after a person's name is the party (R, D) and the
 * state, not a name of its own, and not another name of the person (which would make the person
 * an organization): the letter is the person's party.
 */
function withPartyTags(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  let out = cands;
  const added: Candidate[] = [];
  tokens.forEach((t, k) => {
    const m = /^([RD])-\p{Lu}[\p{L}.]*$/u.exec(t.text);
    const party = m ? PARTY_LETTERS.get(m[1] as string) : undefined;
    if (!party || !/\(\s*$/.test(`${tokens[k - 1]?.post ?? ''}${t.pre}`)) return;
    // the name right before, or before its post ("A, U.S. Senator (R-Ohio)")
    let j = k;
    while (
      j > 0 &&
      (TITLE_WORDS.has((tokens[j - 1] as Token).normal) ||
        out.some((c) => c.kind === 'place' && c.from <= j - 1 && j - 1 < c.to))
    )
      j--;
    const person = out.find((c) => c.kind === 'person' && c.form === 'name' && c.to === j);
    if (!person) return;
    out = out.filter((c) => !(isName(c) && c.from <= k && k < c.to));
    const c = candidate(tokens as Token[], k, k + 1, 'organization', 'acronym', true, party);
    c.end = c.start + 1;
    added.push(c, membership(tokens, k, c, person, m?.[1] as string));
  });
  return withAdded(out, added);
}

/** True when a token is a possessive ("Labour's"; "the Tories'", its apostrophe after the word). */
function possessive(t: Token): boolean {
  return POSSESSIVE.test(t.text) || /^['’]/.test(t.post);
}

/**
 * The party at token k is the body of a title the rules found without one, over it ("the Tories'
 * Foreign Secretary") or right after its possessive ("Labour's Shadow Trade Secretary").
 */
function bodyOfTitles(
  cands: readonly Candidate[],
  party: Candidate,
  k: number,
  t: Token,
  dropped: Set<Candidate>,
): void {
  const owns = possessive(t);
  for (const title of cands) {
    if (title.form !== 'title') continue;
    // "Labour's Shadow Trade Secretary": the rules took the post's own first words for its body
    const q = title.qualifier;
    if (owns && q && title.from === k + 1 && q.from === k + 1 && q.to < title.to) {
      dropped.add(q);
      title.qualifier = party;
    } else if (!q && ((title.from <= k && k < title.to) || (owns && title.from === k + 1)))
      title.qualifier = party;
  }
}

const isName = (c: Candidate) => c.form === 'name' || c.form === 'acronym';
const TITLE_WORDS = new Set([...HONORIFICS, ...Object.keys(ROLES)].filter((w) => !w.includes(' ')));

/**
 * A span without a leading "the" (a capital "The" only before a name the gazetteers know: "The
 * Hague" stays whole), and a person's span without honorific or role words ("Ayatollah Hassan Rahimi" →
 * "Hassan Rahimi"), or null when it is nothing but such words ("Excellency").
 */
function withoutTitles(text: string, s: NerSpan): NerSpan | null {
  // titles only before a person's name: "General Motors", "Supreme Court" keep their first word
  const person = s.type === 'PER';
  let start = s.start;
  for (;;) {
    const m = /^(\S+?)\.?\s+/.exec(text.slice(start, s.end));
    const word = (m?.[1] ?? '').toLowerCase();
    const article =
      m?.[1] === 'the' || (m?.[1] === 'The' && lookupName(text.slice(start + m[0].length, s.end)));
    if (!m || !((person && TITLE_WORDS.has(word)) || article)) break;
    start += m[0].length;
  }
  const rest = text
    .slice(start, s.end)
    .replace(/['’]s$|\.$/, '')
    .toLowerCase();
  if (person && TITLE_WORDS.has(rest)) return null;
  return start === s.start ? s : { ...s, start };
}

/**
 * True when the first of several tagged names in one rule run is only an organization's head noun
 * before "of" ("Organization" · "American States", "University" · "Sylvania"): no name by itself,
 * so the run is one name ("Organization of American States").
 */
function headOfName(text: string, over: readonly NerSpan[]): boolean {
  const first = [...over].sort((a, b) => a.start - b.start)[0] as NerSpan;
  const words = text.slice(first.start, first.end).toLowerCase().split(/\s+/);
  return words.every((w) => ORG_HEADS.has(w)) && /^\s+of\s/i.test(text.slice(first.end, first.end + 5));
}

/** True when a person's name holds a particle the rules join over ("al", "bin", "van der"). */
function hasParticle(text: string): boolean {
  return text.split(/[\s-]+/).some((w) => NAME_PARTICLES.has(w.toLowerCase()) && w === w.toLowerCase());
}
const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

function fuse(text: string, tokens: Token[], cands: Candidate[], spans: NerSpan[]): Candidate[] {
  const typed = spans.filter((s) => KIND_OF[s.type] !== null);
  const used = new Set<NerSpan>();
  const dropped = new Set<Candidate>();
  for (const c of cands) {
    if (!isName(c)) continue;
    let best: NerSpan | null = null;
    let bestSize = 0;
    for (const s of typed) {
      const size = overlap(c.start, c.end, s.start, s.end);
      if (size > bestSize) {
        best = s;
        bestSize = size;
      }
    }
    if (best && used.has(best)) {
      // another rule name took this span; it covers both, so the rules' reading stands
      continue;
    }
    if (!best) {
      // the tagger saw no name here at all (not even a MISC one): only a gazetteer name survives
      const misc = spans.some((s) => s.type === 'MISC' && overlap(c.start, c.end, s.start, s.end) > 0);
      if (!misc && !(c.strong && c.canonical !== undefined) && !c.bodyOfRole && !headedBody(text, c))
        dropped.add(c);
      continue;
    }
    const over = typed.filter((s) => overlap(c.start, c.end, s.start, s.end) > 0);
    if (over.length > 1 && (hasParticle(text.slice(c.start, c.end)) || headOfName(text, over))) {
      // the tagger cuts a name the rules joined over a particle ("Jaysh al Nasr"): keep it whole
      for (const s of over) used.add(s);
      continue;
    }
    // otherwise several tagged names inside one rule run ("Elena Kowal of Norway") are several
    // names: this candidate takes the best, the others become mentions of their own below
    used.add(best);
    const span = best;
    const others = cands.some(
      (o) => o !== c && isName(o) && overlap(o.start, o.end, span.start, span.end) > 0,
    );
    if (others) continue;
    const trimmed = withoutTitles(text, best);
    if (!trimmed) continue;
    best = trimmed;
    const kind = kindOfSpan(text, best);
    const inside = best.start >= c.start && best.end <= c.end;
    const keepRule = inside && hasParticle(text.slice(c.start, c.end));
    if (!keepRule && (best.start !== c.start || best.end !== c.end)) {
      const range = tokenRange(tokens, best.start, best.end);
      if (!range) continue;
      // keep honorifics the rules put before a person's name
      c.from = c.kind === 'person' && kind === 'person' ? Math.min(c.from, range[0]) : range[0];
      c.to = range[1];
      c.start = best.start;
      c.end = best.end;
      delete c.canonical;
      const known = lookupName(text.slice(c.start, c.end));
      if (known && known.kind === kind) c.canonical = known.label;
    }
    if (c.kind !== kind) {
      c.kind = kind;
      if (c.canonical && lookupName(text.slice(c.start, c.end))?.kind !== kind) delete c.canonical;
    }
    c.strong = true;
  }
  const out = cands.filter((c) => !dropped.has(c));
  for (const c of out) {
    if (c.names && dropped.has(c.names)) delete c.names;
    if (c.qualifier && dropped.has(c.qualifier)) delete c.qualifier;
  }
  for (const tagged of typed) {
    if (used.has(tagged)) continue;
    const s = withoutTitles(text, tagged);
    if (!s || DEMONYMS.has(text.slice(s.start, s.end).toLowerCase())) continue;
    if (out.some((c) => !isName(c) && c.form !== 'pronoun' && overlap(c.start, c.end, s.start, s.end) > 0))
      continue;
    if (out.some((c) => isName(c) && overlap(c.start, c.end, s.start, s.end) > 0)) continue;
    const range = tokenRange(tokens, s.start, s.end);
    if (!range) continue;
    const kind = kindOfSpan(text, s);
    const surface = text.slice(s.start, s.end);
    if (NOT_NAMES.has(surface.toLowerCase())) continue;
    const c: Candidate = {
      kind,
      form: /^[A-Z][A-Z.&]{1,6}$/.test(surface) ? 'acronym' : 'name',
      start: s.start,
      end: s.end,
      from: range[0],
      to: range[1],
      strong: true,
    };
    const known = lookupName(surface);
    if (known && known.kind === kind) c.canonical = known.label;
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Words that never end a name: prepositions, articles and conjunctions, which the tagger takes into
 * a name when they open the next sentence of a list or caption without a full stop ("Ana Ruiz of NLU
 * In the next district…", "… of Ramadan According to officials"). Not those that are also surnames
 * ("To", "On", "An").
 */
const NEVER_LAST = new Set(['in', 'at', 'of', 'the', 'and', 'or', 'for', 'by', 'with', 'from', 'according']);

/** Prepositions of a date ("in May", "on Monday"): a name does not end with one and the date. */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'since', 'until', 'by', 'during']);

/** True when every bracket among the words is closed in order. */
function balanced(words: readonly Word[]): boolean {
  let depth = 0;
  for (const w of words) {
    if (w.text === '(' || w.text === '[') depth++;
    else if (w.text === ')' || w.text === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Spans with the function words at their end dropped (a span keeps at least its first word), and
 * without the spans that hold a bracket they do not close.
 */
function withoutTrailingFunctionWords(words: readonly Word[], spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    // a bracket a name does not close ("Senator (R-Ohio": a title and an affiliation; "Dynamo (H)",
    // a club and its town, stays)
    if (!balanced(words.slice(s.from, s.to))) continue;
    let to = s.to;
    // "… Center in May", "… Council on Monday": a month or weekday after a preposition is a date
    const last = (words[to - 1] as Word).text.toLowerCase();
    const before = words[to - 2]?.text.toLowerCase() ?? '';
    if (to - s.from > 2 && DATE_NAMES.has(last) && DATE_PREPOSITIONS.has(before)) to -= 2;
    while (to > s.from + 1 && NEVER_LAST.has((words[to - 1] as Word).text.toLowerCase())) to--;
    out.push(to === s.to ? s : { ...s, to, end: (words[to - 1] as Word).end });
  }
  return out;
}

/** Posts that monarchs and firms also go by ("Burger King"), or that end titles ("Attorney General"). */
const KEPT_AT_END: ReadonlySet<string> = new Set([
  'king',
  'queen',
  'emir',
  'sultan',
  'monarch',
  'general',
  'head',
  'chief',
  'official',
  'chair',
]);

/**
 * "RSA Administrator", "the Interior Department Spokesperson" tagged as one organization: the post at
 * the end is no part of the name (it is read as a title of the person beside it); nor is a post and
 * its preposition at the start ("MP for the P Party"). Cut only where what is left is plainly a
 * name of its own: an acronym (at the end), a name the gazetteer knows, or a name ending in an
 * organization's head noun ("Department", "Museum", "Party").
 */
function withoutPosts(words: readonly Word[], spans: NerSpan[]): NerSpan[] {
  const lower = (k: number) => (words[k] as Word).text.toLowerCase();
  const isPost = (from: number, to: number) => {
    const post = Array.from({ length: to - from }, (_, i) => lower(from + i)).join(' ');
    return (post in ROLES || post in HEAD_ROLES) && !KEPT_AT_END.has(post);
  };
  return spans.map((s) => {
    if (s.type === 'PER') return s;
    // "MP for the P Party", "Chairman of the P Council": a post and its preposition before the name
    for (let to = s.from + 1; to <= s.from + 2 && to < s.to - 1; to++) {
      if (!isPost(s.from, to) || !['for', 'of', 'at'].includes(lower(to))) continue;
      const from = lower(to + 1) === 'the' ? to + 2 : to + 1;
      if (from >= s.to) break;
      const rest = words
        .slice(from, s.to)
        .map((w) => w.text)
        .join(' ');
      const last = (words[s.to - 1] as Word).text.toLowerCase();
      if (ORG_HEADS.has(last) || lookupName(rest)) return { ...s, from, start: (words[from] as Word).start };
    }
    for (let from = Math.max(s.from + 1, s.to - 2); from < s.to; from++) {
      if (!isPost(from, s.to) || !/^\p{Lu}/u.test((words[from] as Word).text)) continue;
      const last = words[from - 1] as Word;
      const rest = words
        .slice(s.from, from)
        .map((w) => w.text)
        .join(' ');
      if (/^\p{Lu}{2,}$/u.test(last.text) || ORG_HEADS.has(last.text.toLowerCase()) || lookupName(rest))
        return { ...s, to: from, end: last.end };
    }
    return s;
  });
}

/** A middle initial: one capital letter and a period ("W.", "J."). */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * A person's name with middle initials is one name ("George W. Bush", "James W. Dorsey"): the
 * tagger, which met few of them in its training news, often leaves the initial out and splits the
 * person in two, or types the whole name an organization. A person span (or a given name the
 * tagger left out) and a person span with only one or two initials between them, or starting with
 * them, become one span; so do a given name and "A. Surname" typed otherwise, and a span of a given
 * name, one or two initials and a surname is a person's whatever its type.
 */
function joinMiddleInitials(words: readonly Word[], given: readonly boolean[], spans: NerSpan[]): NerSpan[] {
  const initial = (k: number) => INITIAL.test(words[k]?.text ?? '');
  const capitalized = (k: number) => /^\p{Lu}\p{Ll}/u.test(words[k]?.text ?? '');
  /** The word after the one or two initials that start at k (k itself when none does). */
  const afterInitials = (k: number) => {
    let j = k;
    while (j - k < 2 && initial(j)) j++;
    return j;
  };
  /** True when one or two initials start at k and a capitalized surname ends `span` right after. */
  const initialsThenSurname = (k: number, span: NerSpan) => {
    const j = afterInitials(k);
    return j > k && j === span.to - 1 && capitalized(j);
  };
  const out: NerSpan[] = [];
  for (const s of spans) {
    let cur = s;
    const prev = out[out.length - 1];
    // "Lyndon B. Johnson" typed an organization: a given name, initials and a surname are a person;
    // so are "(A.) MacArthur" typed an organization after "Douglas" tagged a person
    if (
      cur.type !== 'PER' &&
      ((given[cur.from] && initialsThenSurname(cur.from + 1, cur)) ||
        (prev?.type === 'PER' && given[prev.to - 1] && initialsThenSurname(prev.to, cur)))
    )
      cur = { ...cur, type: 'PER' };
    if (cur.type === 'PER') {
      // the initials that open the span, or else one or two right before it
      let inside = cur.from;
      while (initial(inside) && inside < cur.to - 1) inside++;
      let from = cur.from;
      if (inside === cur.from) while (from > 0 && cur.from - from < 2 && initial(from - 1)) from--;
      if (from < cur.from || inside > cur.from) {
        // "George W. Bush" tagged George and Bush: one person
        if (prev?.type === 'PER' && prev.to === from) {
          out[out.length - 1] = {
            ...prev,
            to: cur.to,
            end: cur.end,
            margin: Math.min(prev.margin, cur.margin),
          };
          continue;
        }
        // "George H. Reama" tagged "H. Reama" (or "Reama"): the given name before the initials
        const before = from - 1;
        if (
          before >= 0 &&
          given[before] &&
          /^\p{Lu}/u.test((words[before] as Word).text) &&
          !(prev && prev.to > before)
        )
          cur = { ...cur, from: before, start: (words[before] as Word).start };
      }
    }
    out.push(cur);
  }
  return out;
}

/**
 * "Ana Ruiz of the Labour Party" tagged as one name (the rules join capitalized words over "of", as
 * in "Bank of England", and the tagger follows them): a person's full name — two or three
 * capitalized words opening with a given name — before "of/from (the)" is a person of its own, and
 * the rest keeps the span's type. The same full name tagged as a name of its own, not a person's,
 * right before "of/from (the)" and another name, is a person too.
 */
function splitPersonOf(words: readonly Word[], given: readonly boolean[], spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    const lower = (k: number) => (words[k] as Word).text.toLowerCase();
    let split = -1;
    if (s.type !== 'PER' && given[s.from])
      for (let k = s.from + 2; k <= s.from + 3 && k < s.to - 1; k++) {
        if (lower(k) === 'of' || lower(k) === 'from') {
          split = k;
          break;
        }
        if (!/^\p{Lu}/u.test((words[k] as Word).text)) break;
      }
    if (split < 0) {
      // the same full name tagged apart from the body that follows ("Ana Ruiz" · "of the" · party)
      const next = spans.find((n) => n.from > s.to && n.type !== 'PER');
      const via = s.to < words.length ? lower(s.to) : '';
      const gap =
        via === 'of' || via === 'from' ? (s.to + 1 < words.length && lower(s.to + 1) === 'the' ? 2 : 1) : 0;
      const fullName =
        s.type !== 'PER' && s.type !== 'MISC' && given[s.from] && s.to - s.from >= 2 && s.to - s.from <= 3;
      out.push(fullName && gap > 0 && next?.from === s.to + gap ? { ...s, type: 'PER' } : s);
      continue;
    }
    const rest = lower(split + 1) === 'the' ? split + 2 : split + 1;
    if (rest >= s.to) {
      out.push(s);
      continue;
    }
    const w = (k: number) => words[k] as Word;
    out.push({ ...s, type: 'PER', to: split, end: w(split - 1).end });
    out.push({ ...s, from: rest, start: w(rest).start });
  }
  return out;
}

/**
 * A name the document gives a person in full keeps that type wherever its words come back alone
 * ("al-Nuri" after "Karim al-Nuri" is the person, whatever the tagger said there).
 */
function personsThroughout(text: string, spans: NerSpan[]): NerSpan[] {
  const personWords = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.to - s.from < 2) continue;
    for (const w of text
      .slice(s.start, s.end)
      .toLowerCase()
      .split(/[\s-]+/)) {
      if (!NAME_PARTICLES.has(w)) personWords.add(w);
    }
  }
  return spans.map((s) => {
    if (s.type === 'PER' || s.type === 'MISC') return s;
    const ws = text
      .slice(s.start, s.end)
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => !NAME_PARTICLES.has(w));
    return ws.length > 0 && ws.every((w) => personWords.has(w)) ? { ...s, type: 'PER' } : s;
  });
}

/**
 * One type per name and document: where the tagger gives the same name (or names the gazetteer
 * knows as one: "US", "United States") different types, the type it gave most often wins ("the US
 * delegation" tagged as an organization in an article that otherwise has the country).
 */
function oneTypePerName(text: string, spans: NerSpan[]): NerSpan[] {
  const keys = spans.map((s) => {
    const surface = text.slice(s.start, s.end);
    return lookupName(surface)?.label ?? surface.toLowerCase();
  });
  const votes = new Map<string, Map<NerSpan['type'], number>>();
  spans.forEach((s, i) => {
    if (s.type === 'MISC') return;
    const key = keys[i] as string;
    const v = votes.get(key) ?? new Map<NerSpan['type'], number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(key, v);
  });
  return spans.map((s, i) => {
    if (s.type === 'MISC') return s;
    const v = votes.get(keys[i] as string);
    if (!v || v.size < 2) return s;
    const ranked = [...v].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked as [[NerSpan['type'], number], [NerSpan['type'], number]];
    return top[1] > second[1] && top[0] !== s.type ? { ...s, type: top[0] } : s;
  });
}

/** The compromise tokens [from, to) covering characters [start, end), or null. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] | null {
  let from = -1;
  let to = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? null : [from, to];
}
