/**
 * PETRARCH2 / Phoenix dictionaries: parsing
 *
 * Reads the TABARI/PETRARCH actor and agent dictionary formats (see `dictionaries.rst` of the
 * PETRARCH2 repository) into plain records: an actor record is a group of name lines (a primary
 * phrase, further primary phrases before the first code, and `+` synonyms) with its codes, inline
 * (`NAME [CODE]`) or on tab-indented lines (`\t[CODE 20050109-20071011]`); an agent line is
 * `PHRASE {plural} [~CODE]`, with `!SET!` substitution markers. Names stay as written (upper case,
 * underscores); the table rules live in `phoenix-tables.ts`.
 */

/** One code of an actor record: the CAMEO code and whether it carries a date restriction. */
export interface ActorCode {
  code: string;
  dated: boolean;
}

/** One actor record: every name line of the group, the codes, and the comments of its lines. */
export interface ActorRecord {
  /** Name phrases, the primary first, as written (e.g. `HAMID_KARZAI_`). */
  names: string[];
  /** How many of `names` come from primary lines (the rest are `+` synonyms): those are first. */
  primaries: number;
  codes: ActorCode[];
  /** The comment texts (after `#`) of every line of the record, joined by a space. */
  comment: string;
}

/** One agent phrase with its code and the plural forms the dictionary states or implies. */
export interface AgentEntry {
  phrase: string;
  code: string;
  /** Explicit plural forms from `{…}`; `null` when the braces are absent (regular plural). */
  plurals: string[] | null;
}

const BRACKET = /\[([^\]]*)\]/g;

/** Splits a line at its first `#` into content and comment. */
function splitComment(line: string): { body: string; comment: string } {
  const hash = line.indexOf('#');
  return hash < 0
    ? { body: line, comment: '' }
    : { body: line.slice(0, hash), comment: line.slice(hash + 1) };
}

/** The codes in the `[…]` groups of a line (`[AFGGOV 780427-780430]` → AFGGOV, dated). */
function codesOf(body: string): ActorCode[] {
  const out: ActorCode[] = [];
  for (const m of body.matchAll(BRACKET)) {
    const parts = m[1]!.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    out.push({ code: parts[0]!, dated: parts.length > 1 });
  }
  return out;
}

/**
 * Parses an actor dictionary. A record ends at a blank line, or when a name line without `+`
 * follows a record that already has codes; consecutive primary lines before the codes share them,
 * as in PETRARCH.
 */
export function parseActors(text: string): ActorRecord[] {
  const records: ActorRecord[] = [];
  let current: ActorRecord | null = null;
  const close = () => {
    if (current && current.names.length > 0) records.push(current);
    current = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') {
      close();
      continue;
    }
    const { body, comment } = splitComment(raw);
    if (body.trim() === '') {
      // a comment-only line (also `#+ALIAS`, a commented-out synonym): keep the comment, nothing else
      if (current) current.comment += ` ${comment.trim()}`;
      continue;
    }
    const codes = codesOf(body);
    const name = body.replace(BRACKET, '').trim();
    if (name === '') {
      // a code line (tab-indented in the files)
      if (!current) current = { names: [], primaries: 0, codes: [], comment: '' };
      current.codes.push(...codes);
      if (comment) current.comment += ` ${comment.trim()}`;
      continue;
    }
    const synonym = name.startsWith('+');
    const active = current as ActorRecord | null;
    if (!synonym && active && active.codes.length > 0) close();
    if (!current) current = { names: [], primaries: 0, codes: [], comment: '' };
    const record = current as ActorRecord;
    if (synonym) record.names.push(name.slice(1).trim());
    else record.names.splice(record.primaries++, 0, name);
    record.codes.push(...codes);
    if (comment) record.comment += ` ${comment.trim()}`;
  }
  close();
  for (const r of records) r.comment = r.comment.trim();
  return records;
}

/** Parses `!SET! = A, B, C` lines into marker → words. */
function substitutionSets(text: string): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(![A-Z]+!)\s*=\s*(.+)$/.exec(splitComment(raw).body);
    if (m)
      sets.set(
        m[1]!,
        m[2]!
          .split(',')
          .map((w) => w.trim())
          .filter(Boolean),
      );
  }
  return sets;
}

/**
 * Expands every `!SET!` marker of a phrase (the forms replace the marker, no plural is added). A
 * marker with letters on both sides ("AD!MINIST!RATIVE", a slip of the file) is read as its letters.
 */
function expand(phrase: string, sets: Map<string, string[]>): string[] {
  const inWord = /(?<=[A-Z])!([A-Z]+)!(?=[A-Z])/;
  for (let m = inWord.exec(phrase); m; m = inWord.exec(phrase)) phrase = phrase.replace(m[0], m[1]!);
  const m = /![A-Z]+!/.exec(phrase);
  if (!m) return [phrase];
  const words = sets.get(m[0]) ?? [];
  return words.flatMap((w) => expand(phrase.replace(m[0], w), sets));
}

/** Parses the agents dictionary; marker phrases are expanded and get no further plurals. */
export function parseAgents(text: string): AgentEntry[] {
  const sets = substitutionSets(text);
  const out: AgentEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const { body } = splitComment(raw);
    if (body.trim() === '' || /^\s*![A-Z]+!\s*=/.test(body) || body.trim().startsWith('<!--')) continue;
    const code = /\[([^\]\s]*)[\]}]/.exec(body)?.[1] ?? '';
    const braces = /\{([^}]*)\}/.exec(body);
    const phrase = body
      .replace(/\[[^\]}]*[\]}]/g, '')
      .replace(/\{[^}]*\}/g, '')
      .trim();
    if (phrase === '') continue;
    const plurals = braces ? braces[1]!.trim().split(/\s+/).filter(Boolean) : null;
    const forms = expand(phrase, sets);
    for (const form of forms) {
      out.push({ phrase: form, code, plurals: form === phrase ? plurals : [] });
    }
  }
  return out;
}
