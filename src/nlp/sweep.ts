/**
 * compromise's match sweep, with the candidate patterns found from the clause's side
 *
 * compromise's post-tagger runs its ~570 tagging patterns as one "sweep": for every clause it
 * gathers the patterns whose hook words or tags the clause holds, drops those whose stated needs
 * are missing, and runs the rest. Its gathering walks all ~730 hook keys for every clause,
 * concatenating lists as it goes, and was about a tenth of extraction's time (and a fifth of its
 * allocation). `bulkMatch` gives the same list in the same order from the other side: the keys
 * the clause holds, put in the hooks' key order, with the needs and wants checked by key number.
 * The rest — the "ifNo" check, the patterns with no hooks, the minimum length, running the
 * matches — is compromise's own code (compromise 14.x, src/1-one/sweep/methods/sweep/) written
 * out unchanged, so the results are the same, in the same order (tests/nlp/sweep.test.ts compares
 * the two). ./compromise.ts puts it in place for its tagging call only.
 *
 * The parts written out from compromise 14.17.0 (bulkMatch's loop, runMatch, the trimDown test)
 * are compromise's code, under its licence:
 *
 * The MIT License (MIT). Copyright (c) 2019 Spencer Kelly.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 * and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 * Software is furnished to do so, subject to the following conditions: The above copyright notice
 * and this permission notice shall be included in all copies or substantial portions of the
 * Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
 * INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE
 * AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 * DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

/** A compiled pattern of compromise's sweep (the fields read here). */
interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** compromise's net of patterns: by hook (a word, or a tag as "#Tag"), and those with no hook. */
export interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

/** The compromise methods the sweep calls. */
export interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], todo: Pattern): { ptrs: number[][] };
  };
}

/** A pattern as listed under a hook key, its needs and wants as key numbers. */
interface Listed {
  pattern: Pattern;
  /** One number per pattern text: compromise keeps the first pattern of each text. */
  text: number;
  /** null where a need or want is no hook key (then checked by name, as compromise does). */
  needs: Int32Array | null;
  wants: Int32Array | null;
}

/**
 * A net read once: its hook keys in order, their numbers, and the patterns under each key; with,
 * per key and per pattern text, the number of the last clause that held the key or listed the
 * text (so nothing is cleared or allocated between clauses).
 */
interface Compiled {
  rank: Map<string, number>;
  lists: Listed[][];
  heldIn: Int32Array;
  listedIn: Int32Array;
  clause: number;
}

/** Each net compiled (a net is built once and kept; its hooks are not changed after). */
const COMPILED = new WeakMap<Net['hooks'], Compiled>();

function compiled(hooks: Net['hooks']): Compiled {
  let c = COMPILED.get(hooks);
  if (!c) {
    const keys = Object.keys(hooks);
    const rank = new Map(keys.map((k, i) => [k, i]));
    const texts = new Map<string, number>();
    // a key no hook lists (none in compromise 14.17) is checked by name instead of by number
    const numbers = (list: string[]) =>
      list.every((k) => rank.has(k)) ? Int32Array.from(list, (k) => rank.get(k) as number) : null;
    const lists = keys.map((k) =>
      (hooks[k] as Pattern[]).map((pattern) => {
        if (!texts.has(pattern.match)) texts.set(pattern.match, texts.size);
        return {
          pattern,
          text: texts.get(pattern.match) as number,
          needs: numbers(pattern.needs),
          wants: numbers(pattern.wants),
        };
      }),
    );
    c = {
      rank,
      lists,
      heldIn: new Int32Array(keys.length),
      listedIn: new Int32Array(texts.size),
      clause: 0,
    };
    COMPILED.set(hooks, c);
  }
  return c;
}

/**
 * The patterns a clause may match: those hooked on what it holds, in the order compromise's
 * getHooks lists them (by hook key, the first pattern of each text kept), then trimmed as its
 * trimDown does. Every need and want is a hook key, so what the clause holds is checked by key
 * number.
 */
function hooked(net: Net, haves: Set<string>): Pattern[] {
  const c = compiled(net.hooks);
  const { rank, lists, heldIn, listedIn } = c;
  if (c.clause === 0x7fffffff) {
    // numbers run out after two billion clauses: start again from a clean slate
    heldIn.fill(0);
    listedIn.fill(0);
    c.clause = 0;
  }
  const clause = ++c.clause;
  const ranks: number[] = [];
  for (const item of haves) {
    const r = rank.get(item);
    if (r === undefined) continue;
    heldIn[r] = clause;
    ranks.push(r);
  }
  ranks.sort((a, b) => a - b);
  const out: Pattern[] = [];
  for (const r of ranks)
    for (const m of lists[r] as Listed[]) {
      if (listedIn[m.text] === clause) continue;
      listedIn[m.text] = clause;
      if (fits(m, heldIn, clause, haves)) out.push(m.pattern);
    }
  return out;
}

/** compromise's trimDown test: every need held, no "ifNo" held, enough of the wants held. */
function fits(m: Listed, heldIn: Int32Array, clause: number, haves: Set<string>): boolean {
  if (m.needs) {
    for (const need of m.needs) if (heldIn[need] !== clause) return false;
  } else if (!m.pattern.needs.every((need) => haves.has(need))) return false;
  if (m.pattern.ifNo?.some((no) => haves.has(no))) return false;
  if (m.pattern.wants.length === 0) return true;
  let found = 0;
  if (m.wants) {
    for (const want of m.wants) if (heldIn[want] === clause) found++;
  } else for (const want of m.pattern.wants) if (haves.has(want)) found++;
  return found >= m.pattern.minWant;
}

/** compromise's bulkMatch (sweep/index.js), with `hooked` for getHooks + trimDown. */
export function bulkMatch(
  document: unknown[][],
  net: Net,
  methods: SweepMethods,
  opts: { matchOne?: boolean } = {},
): (Pattern & { pointer: number[] })[] {
  const docCache = methods.one.cacheDoc(document);
  const results: (Pattern & { pointer: number[] })[] = [];
  for (let n = 0; n < docCache.length; n++) {
    let maybe = hooked(net, docCache[n] as Set<string>);
    if (net.always.length > 0) maybe = maybe.concat(net.always);
    const termCount = (document[n] as unknown[]).length;
    for (const m of maybe) {
      if (!(termCount >= m.minWords)) continue;
      // compromise's runMatch (sweep/04-runMatch.js)
      const res = methods.one.match([document[n] as unknown[]], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0] as Pattern & { pointer: number[] }];
    }
  }
  return results;
}
