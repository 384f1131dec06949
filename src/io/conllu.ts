/**
 * CoNLL-U
 *
 * Parses Universal Dependencies CoNLL-U text into documents whose raw text is rebuilt exactly from
 * the tokens: `SpaceAfter=No` joins tokens, the sentences of a paragraph (`# newpar`) are joined
 * with a space and paragraphs with a blank line. Every word keeps its character offsets into that
 * text (the words of a multi-word token share the token's span), so gold annotations can be scored
 * against the pipeline's offsets. Empty nodes (ids like 8.1) are skipped. Used by evaluation (GUM
 * news, parse scores) and by the training scripts (UD English EWT).
 */

import { BadInputError } from '../../graph/errors.ts';

/** One syntactic word of a sentence. */
export interface ConlluWord {
  /** 1-based index in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
  /** Character offsets into the document text. */
  start: number;
  end: number;
}

export interface ConlluSentence {
  /** `# sent_id`, or the document id and the sentence's number. */
  id: string;
  /** `# text`, or the words joined. */
  text: string;
  start: number;
  end: number;
  words: ConlluWord[];
  /** True when a `# newpar` comment opens this sentence. */
  newpar: boolean;
}

export interface ConlluDocument {
  id: string;
  text: string;
  /** `# meta::key = value` and `# key = value` comments of the document header. */
  meta: Record<string, string>;
  sentences: ConlluSentence[];
}

/**
 * Parses CoNLL-U text into documents (a new one at each `# newdoc`; one document when there is
 * none). `source` names the file in errors.
 * @throws BadInputError naming the line of a malformed word line.
 */
export function parseConllu(content: string, source = 'conllu'): ConlluDocument[] {
  const docs: ConlluDocument[] = [];
  let doc: ConlluDocument | null = null;
  let pieces: string[] = [];
  let offset = 0;
  let comments: Record<string, string> = {};
  let newpar = false;
  let rows: { line: number; cols: string[] }[] = [];

  const startDoc = (id: string) => {
    if (doc) finishDoc();
    doc = { id, text: '', meta: {}, sentences: [] };
    pieces = [];
    offset = 0;
  };
  const finishDoc = () => {
    if (!doc) return;
    doc.text = pieces.join('');
    docs.push(doc);
    doc = null;
  };
  const finishSentence = () => {
    if (rows.length === 0) return;
    if (!doc) startDoc(source);
    const d = doc as unknown as ConlluDocument;
    if (d.sentences.length > 0) {
      const sep = newpar ? '\n\n' : ' ';
      pieces.push(sep);
      offset += sep.length;
    }
    const sentence = buildSentence(rows, comments, d, offset, source);
    sentence.newpar = newpar;
    const joined = sentenceSurface(rows);
    pieces.push(joined);
    offset += joined.length;
    d.sentences.push(sentence);
    rows = [];
    comments = {};
    newpar = false;
  };

  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(line);
      const key = m?.[1] ?? line.slice(1).trim();
      const value = m?.[2] ?? '';
      if (key === 'newdoc id' || key === 'newdoc') {
        finishSentence();
        startDoc(value || `${source}#${docs.length + 1}`);
      } else if (key.startsWith('newpar')) {
        if (key === 'newpar' || key === 'newpar id') newpar = true;
      } else if (
        doc &&
        (doc as ConlluDocument).sentences.length === 0 &&
        rows.length === 0 &&
        !key.startsWith('sent_id') &&
        key !== 'text'
      ) {
        (doc as ConlluDocument).meta[key.replace(/^meta::/, '')] = value;
        comments[key] = value;
      } else comments[key] = value;
      continue;
    }
    if (line.trim() === '') {
      finishSentence();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10)
      throw new BadInputError(`${source}:${i + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    rows.push({ line: i + 1, cols });
  }
  finishSentence();
  finishDoc();
  return docs;
}

/** The sentence's surface text: tokens (multi-word tokens once) joined by their SpaceAfter. */
function sentenceSurface(rows: { cols: string[] }[]): string {
  let out = '';
  let skipUntil = 0;
  for (const { cols } of rows) {
    const id = cols[0] as string;
    if (id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    const n = Number.parseInt(id, 10);
    if (!range && n <= skipUntil) continue;
    if (range) skipUntil = Number(range[2]);
    out += cols[1];
    if (!/(^|\|)SpaceAfter=No(\||$)/.test(cols[9] as string)) out += ' ';
  }
  return out.replace(/ $/, '');
}

function buildSentence(
  rows: { line: number; cols: string[] }[],
  comments: Record<string, string>,
  doc: ConlluDocument,
  offset: number,
  source: string,
): ConlluSentence {
  const words: ConlluWord[] = [];
  let at = offset;
  let rangeEnd = 0;
  let rangeSpan: [number, number] = [0, 0];
  let rangeForm = '';
  let rangeAt = 0;
  for (const { line, cols } of rows) {
    const [id, form, lemma, upos, xpos, feats, head, deprel, , misc] = cols as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (id.includes('.')) continue;
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(misc);
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      rangeEnd = Number(range[2]);
      rangeSpan = [at, at + form.length];
      rangeForm = form;
      rangeAt = 0;
      at += form.length + (spaceAfter ? 1 : 0);
      continue;
    }
    const n = Number(id);
    const h = Number(head);
    if (!Number.isInteger(n) || (head !== '_' && !Number.isInteger(h))) {
      throw new BadInputError(`${source}:${line}: bad word id "${id}" or head "${head}"`);
    }
    let start: number;
    let end: number;
    if (n <= rangeEnd) {
      // A word of a multi-word token ("Varga's" → Varga + 's): its own part when the forms spell
      // the token, else the whole token.
      const i = rangeForm.toLowerCase().indexOf(form.toLowerCase(), rangeAt);
      if (i === rangeAt && form.length > 0) {
        start = rangeSpan[0] + i;
        end = start + form.length;
        rangeAt = i + form.length;
      } else [start, end] = rangeSpan;
    } else {
      start = at;
      end = at + form.length;
      at = end + (spaceAfter ? 1 : 0);
    }
    words.push({
      id: n,
      form,
      lemma,
      upos,
      xpos,
      feats,
      head: head === '_' ? -1 : h,
      deprel,
      misc,
      start,
      end,
    });
  }
  const last = words.at(-1);
  const end = Math.max(offset, Math.min(at, last ? Math.max(last.end, rangeSpan[1]) : offset));
  return {
    id: comments.sent_id ?? `${doc.id}-${doc.sentences.length + 1}`,
    text: comments.text ?? '',
    start: offset,
    end,
    words,
    newpar: false,
  };
}
