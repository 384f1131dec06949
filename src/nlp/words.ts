/**
 * Words: the tokenizer the trained models share
 *
 * Splits text into words the way the training treebanks do (Penn Treebank / UD English EWT
 * conventions), every word with its character offsets, so the models see in use what they saw in
 * training: punctuation apart from words ("Chile," → Chile ,), possessive 's and ' apart ("Norway's"
 * → Norway 's), negation and other clitics apart ("don't" → do n't, "we'll" → we 'll), "and/or" at
 * the slash; abbreviations keep their period ("U.S.", "Mr.", "Inc."); hyphenated words, numbers
 * ("1,000", "3.5") and web forms stay whole. `text.slice(w.start, w.end) === w.text` always.
 * Pure string work: no compromise, no allocation beyond the words themselves.
 */

/** One word and where it sits in the text. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '<', '«', '$', '£', '€', '¿', '¡']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '>', '»', ',', ';', ':', '!', '?', '%']);
/** Words whose final period belongs to them (besides single letters and forms with inner periods). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt maj cmdr adm rev sen rep gov pres st jr sr inc corp co ltd ' +
    'bros dept univ no nos vs etc al jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd ' +
    'approx est fig vol op pp ed eds gov mass calif fla ill wash penn conn ariz colo okla tenn'
  ).split(' '),
);
const CLITIC = /^(.+?)(n['’]t|['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M))$/;

/** The words of `text`, offsets shifted by `base`. */
export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) splitChunk(m[0], base + m.index, out);
  return out;
}

function push(out: Word[], text: string, start: number): void {
  if (text.length > 0) out.push({ text, start, end: start + text.length });
}

function splitChunk(chunk: string, at: number, out: Word[]): void {
  let a = 0;
  let b = chunk.length;
  // leading punctuation, one character a word ("((" → ( ()
  while (a < b && OPENERS.has(chunk[a] as string) && b - a > 1) {
    push(out, chunk[a] as string, at + a);
    a++;
  }
  // trailing punctuation, collected then pushed after the core
  const tail: [string, number][] = [];
  for (;;) {
    if (b - a <= 1) break;
    const c = chunk[b - 1] as string;
    if (chunk.slice(a, b).endsWith('...') && b - a > 3) {
      tail.push(['...', b - 3]);
      b -= 3;
      continue;
    }
    if (c === '…') {
      tail.push([c, b - 1]);
      b--;
      continue;
    }
    if (CLOSERS.has(c)) {
      // a closing ' after s is a possessive (parents'), handled as a clitic below
      if ((c === "'" || c === '’') && /s$/i.test(chunk.slice(a, b - 1)) && !/^['‘]/.test(chunk.slice(a)))
        break;
      tail.push([c, b - 1]);
      b--;
      continue;
    }
    if (c === '.') {
      const core = chunk.slice(a, b - 1);
      if (keepsPeriod(core)) break;
      tail.push([c, b - 1]);
      b--;
      continue;
    }
    break;
  }
  splitCore(chunk.slice(a, b), at + a, out);
  for (let i = tail.length - 1; i >= 0; i--) {
    const [t, p] = tail[i] as [string, number];
    push(out, t, at + p);
  }
}

function keepsPeriod(core: string): boolean {
  if (/^\p{L}$/u.test(core)) return true; // an initial: "J."
  if (/^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(core)) return true; // "U.S", "e.g", "Ph.D"
  return ABBREVIATIONS.has(core.toLowerCase());
}

function splitCore(core: string, at: number, out: Word[]): void {
  if (core.length === 0) return;
  // "and/or", "Press/Iran": a slash between letters separates words
  const slash = /^(\p{L}[\p{L}.'-]*)\/(\p{L}.*)$/u.exec(core);
  if (slash && !/^https?:/i.test(core)) {
    const left = slash[1] as string;
    splitCore(left, at, out);
    push(out, '/', at + left.length);
    splitCore(slash[2] as string, at + left.length + 1, out);
    return;
  }
  // a possessive apostrophe after s ("parents'")
  if (/^\p{L}.*s['’]$/iu.test(core) && core.length > 2) {
    push(out, core.slice(0, -1), at);
    push(out, core.slice(-1), at + core.length - 1);
    return;
  }
  const clitic = CLITIC.exec(core);
  if (clitic && /\p{L}/u.test(clitic[1] as string)) {
    const stem = clitic[1] as string;
    push(out, stem, at);
    push(out, clitic[2] as string, at + stem.length);
    return;
  }
  push(out, core, at);
}
