/**
 * compromise adapter
 *
 * The one file that imports compromise. It turns a piece of text into sentences of tokens with
 * character offsets and compromise's part-of-speech tags, so every later pass works on plain data
 * and never touches compromise's global state. It also exposes compromise's own
 * people/places/organizations, used as one source of candidates and as the evaluation baseline.
 */

import nlp from 'compromise';
import { bulkMatch } from './sweep.ts';

/** One word as compromise tokenized it; offsets index the text given to `tokenize`. */
export interface Token {
  text: string;
  /** Punctuation and spaces before / after the word, as written. */
  pre: string;
  post: string;
  /** Lower-cased, normalised form. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

export interface TokenSentence {
  start: number;
  end: number;
  tokens: Token[];
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** A term of compromise's parsed document (the fields we read). */
interface InternalTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

interface JsonSentence {
  terms: JsonTerm[];
}

/**
 * Tag sets shared by every token with the same tags: a long document holds a million tokens but
 * only a few hundred distinct tag combinations, and one Set each would dominate its memory.
 */
const TAG_SETS = new Map<string, ReadonlySet<string>>();

function internTags(tags: Set<string>): ReadonlySet<string> {
  let key = '';
  for (const tag of tags) key += `${tag}|`;
  let shared = TAG_SETS.get(key);
  if (!shared) {
    shared = new Set(tags);
    TAG_SETS.set(key, shared);
  }
  return shared;
}

/**
 * compromise's shared state: its list of analysis steps ("hooks") that `nlp(text)` runs, and its
 * methods (the post-tagger's pattern sweep among them).
 */
const WORLD = (
  nlp as unknown as { world(): { hooks: string[]; methods: { one: { bulkMatch: unknown } } } }
).world();

/**
 * The steps `tokenize` needs: all but the phrase chunker, which runs last, only sets `term.chunk`
 * (noun / verb phrase groups) and costs about a tenth of the parse; nothing here reads chunks.
 */
const TAGGING_HOOKS = WORLD.hooks.filter((hook) => hook !== 'chunks');

/**
 * `nlp(text)` with the tagging steps only (compromise's hook list, swapped for the one call), and
 * with ./sweep.ts's pattern sweep in place of compromise's own (the same matches, found faster).
 * Both are put back after the call: `plainEntities`, the benchmark's baseline, runs compromise as
 * it comes.
 */
function parse(text: string): unknown {
  const all = WORLD.hooks;
  const sweep = WORLD.methods.one.bulkMatch;
  WORLD.hooks = TAGGING_HOOKS;
  WORLD.methods.one.bulkMatch = bulkMatch;
  try {
    return nlp(text);
  } finally {
    WORLD.hooks = all;
    WORLD.methods.one.bulkMatch = sweep;
  }
}

/**
 * compromise's tags of the token holding each word, null where no token overlaps the word: how the
 * trained models read compromise. The returned function takes words in text order, call after call
 * (a sentence at a time over a document's tokens), so the walk over the tokens is done once.
 */
export function tokenTags(
  tokens: readonly Token[],
): (words: readonly { start: number; end: number }[]) => (ReadonlySet<string> | null)[] {
  let t = 0;
  return (words) =>
    words.map((w) => {
      while (t < tokens.length && (tokens[t] as Token).end <= w.start) t++;
      const tok = tokens[t];
      return tok && tok.start < w.end && w.start < tok.end ? tok.tags : null;
    });
}

type Lexicon = Record<string, string | string[] | undefined>;
let lexiconCache: Lexicon | undefined;
/** compromise's word → tags table (its world model is typed as a bare object). */
function lexicon(): Lexicon {
  lexiconCache ??= (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
  return lexiconCache;
}

/** True when compromise's lexicon holds a lower-cased word as a given name ("tomas", "elizabeth"). */
export function isFirstName(word: string): boolean {
  const tags = lexicon()[word.toLowerCase()];
  const list = Array.isArray(tags) ? tags : tags ? [tags] : [];
  return list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/**
 * Tokenizes and tags `text`. Offsets are shifted by `base`, so a paragraph parsed on its own
 * still indexes the whole document.
 */
export function tokenize(text: string, base = 0): TokenSentence[] {
  // Read compromise's parsed terms directly (documented as `doc.document`, offsets from
  // `compute('offset')`): the same data as `.json()`, without building a JSON copy of every term.
  const doc = parse(text) as { compute(name: string): void; document: InternalTerm[][] };
  doc.compute('offset');
  const out: TokenSentence[] = [];
  for (const s of doc.document) {
    const tokens: Token[] = [];
    for (const t of s) {
      const offset = t.offset;
      if (!offset || offset.length === 0 || t.text.length === 0) continue;
      const start = base + offset.start;
      const end = start + offset.length;
      const tags = internTags(t.tags);
      // "Press/Iran" is one term to compromise; two words (and a break) to us.
      const slash = t.text.indexOf('/');
      if (slash > 0 && slash < t.text.length - 1 && end - start === t.text.length) {
        const a = t.text.slice(0, slash);
        const b = t.text.slice(slash + 1);
        tokens.push({
          text: a,
          pre: t.pre,
          post: '/',
          normal: a.toLowerCase(),
          start,
          end: start + slash,
          tags,
        });
        tokens.push({
          text: b,
          pre: '',
          post: t.post,
          normal: b.toLowerCase(),
          start: start + slash + 1,
          end,
          tags,
        });
        continue;
      }
      tokens.push({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, start, end, tags });
    }
    for (const part of atMissedEnds(tokens)) {
      const first = part[0];
      const last = part[part.length - 1];
      if (!first || !last) continue;
      const lead = first.pre.replace(/^\s+/, '');
      const trail = last.post.replace(/\s+$/, '');
      out.push({ start: first.start - lead.length, end: last.end + trail.length, tokens: part });
    }
  }
  return out;
}

/**
 * Capitalized words that open a sentence far more often than they continue a name or a title:
 * after an abbreviation's period ("… moved to the U.S. The study …") they start a new sentence.
 * Not "A" or "I": after an initial they are the next initial ("J. A. Smith").
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'The An It He She They We You This That These Those There His Her Its Their Our But Yet So ' +
    'Then However Meanwhile Later Earlier After Before When While If Although Though In On At'
  ).split(' '),
);

/**
 * A sentence's tokens cut where compromise missed a boundary: after a sentence end inside a closing
 * quote or bracket ('… on policy." The study was …') where the next word opens with a capital, and
 * after an abbreviation's period before a word that opens sentences ("the U.S. The study").
 */
function atMissedEnds(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    const closed = /^[.!?]+["”’')\]]+\s/.test(t.post) && /^["“]?\p{Lu}/u.test(next.pre.trim() + next.text);
    const abbreviation =
      t.text.endsWith('.') && /^\s/.test(t.post) && !next.pre.trim() && SENTENCE_OPENERS.has(next.text);
    if (closed || abbreviation) {
      parts.push(tokens.slice(from, i + 1));
      from = i + 1;
    }
  }
  parts.push(tokens.slice(from));
  return parts;
}

export type PlainKind = 'person' | 'place' | 'organization';

export interface PlainEntity {
  start: number;
  end: number;
  text: string;
  kind: PlainKind;
}

/**
 * compromise's own people / places / organizations with their offsets, trimmed of the
 * punctuation compromise keeps in a match. This is "plain compromise", the baseline.
 */
export function plainEntities(text: string): PlainEntity[] {
  const doc = nlp(text);
  const out: PlainEntity[] = [];
  const groups: [PlainKind, { json(o: object): unknown }][] = [
    ['person', doc.people()],
    ['place', doc.places()],
    ['organization', doc.organizations()],
  ];
  for (const [kind, view] of groups) {
    const matches = view.json({ offset: true, terms: { offset: true } }) as JsonSentence[];
    for (const m of matches) {
      const first = m.terms[0];
      const last = m.terms[m.terms.length - 1];
      if (!first || !last) continue;
      const start = first.offset.start;
      const end = last.offset.start + last.offset.length;
      if (end > start) out.push({ start, end, text: text.slice(start, end), kind });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
