/**
 * GUM news sentences and gold records that store no text
 *
 * On a small invented GUM-style folder (never ../shared/eval): the sentences are listed in corpus
 * order, each record text joins the previous sentence of the same document by a space or, where the
 * sentence opens a block, a newline; the relation gold reader rebuilds the text of a record that
 * stores only its SHA-256, and fails naming the file, line and record when the folder is missing or
 * a text or sentence start does not match. Records that carry their text never read the folder.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRelationGold } from '../../src/eval/gold.ts';
import {
  gumRecordText,
  gumSentenceId,
  readGumRecordTexts,
  readGumSentences,
  textSha256,
} from '../../src/eval/gum-sentences.ts';
import type { RelationGoldRecord } from '../../src/eval/relations.ts';
import { scratch } from '../cli/helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

const gum = join(dir, 'gum-news');
mkdirSync(gum);
const conllu = (url: string, sentences: { text: string; newpar?: boolean }[]) =>
  [
    '# newdoc id = x',
    `# meta::sourceURL = ${url}`,
    ...sentences.flatMap((s, i) => [
      ...(s.newpar ? ['# newpar'] : []),
      `# sent_id = x-${i + 1}`,
      `# text = ${s.text}`,
      `1\t${s.text.split(' ')[0]}\t_\tX\t_\t_\t0\troot\t_\t_`,
      '',
    ]),
  ].join('\n');
writeFileSync(
  join(gum, 'GUM_news_b.conllu'),
  conllu('https://example.org/b', [
    { text: 'Ruritania Votes' },
    { text: 'Monday, May 4' },
    { text: 'Anna Berg met Carl Dahl.', newpar: true },
    { text: 'She thanked him.' },
    { text: 'Later news.', newpar: true },
  ]),
);
writeFileSync(join(gum, 'GUM_news_a.conllu'), conllu('https://example.org/a', [{ text: 'Zed spoke.' }]));
writeFileSync(join(gum, 'notes.txt'), 'not a GUM file');

async function read(path: string, gumDir: string): Promise<RelationGoldRecord[]> {
  const out: RelationGoldRecord[] = [];
  for await (const r of readRelationGold(path, { gumDir })) out.push(r);
  return out;
}

const text4 = 'Anna Berg met Carl Dahl. She thanked him.';
const record4 = {
  id: 'GUM_news_b#4',
  doc: 'GUM_news_b',
  url: 'https://example.org/b',
  sentence_start: 25,
  text_sha256: textSha256(text4),
  relations: [{ relation: 'supports', source_span: [25, 28], target_span: [37, 40] }],
};

describe('GUM news sentences', () => {
  it('lists the sentences in corpus order and builds each record text', async () => {
    const sentences = await readGumSentences(gum);
    expect(sentences.map(gumSentenceId)).toEqual([
      'GUM_news_a#1',
      'GUM_news_b#1',
      'GUM_news_b#2',
      'GUM_news_b#3',
      'GUM_news_b#4',
      'GUM_news_b#5',
    ]);
    const texts = sentences.map((_, k) => gumRecordText(sentences, k));
    // the first sentence of a document has no context (not even the last of the document before)
    expect(texts[0]).toEqual({
      doc: 'GUM_news_a',
      url: 'https://example.org/a',
      text: 'Zed spoke.',
      sentenceStart: 0,
    });
    expect(texts[1]).toMatchObject({ text: 'Ruritania Votes', sentenceStart: 0 });
    // after a sentence ending in no punctuation (a heading) and after `# newpar`: a newline
    expect(texts[2]).toMatchObject({ text: 'Ruritania Votes\nMonday, May 4', sentenceStart: 16 });
    expect(texts[3]).toMatchObject({ text: 'Monday, May 4\nAnna Berg met Carl Dahl.', sentenceStart: 14 });
    // inside a paragraph: a space
    expect(texts[4]).toMatchObject({ text: text4, sentenceStart: 25 });
    expect(texts[5]).toMatchObject({ text: 'She thanked him.\nLater news.', sentenceStart: 17 });
    expect((await readGumRecordTexts(gum)).get('GUM_news_b#4')?.text).toBe(text4);
  });

  it('hashes the UTF-8 bytes', () => {
    expect(textSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(textSha256('“é”')).not.toBe(textSha256('"e"'));
  });
});

describe('relation gold that stores no text', () => {
  it('rebuilds the text from the GUM folder, as if the record had carried it', async () => {
    const stored = join(dir, 'stored.jsonl');
    const { text_sha256: _, ...withText } = { ...record4, text: text4 };
    writeFileSync(stored, `${JSON.stringify(withText)}\n`);
    const rebuilt = join(dir, 'rebuilt.jsonl');
    writeFileSync(rebuilt, `${JSON.stringify(record4)}\n`);
    const [r] = await read(rebuilt, gum);
    expect(r).toMatchObject({ id: 'GUM_news_b#4', text: text4, sentenceStart: 25, group: 'GUM_news_b' });
    expect(r?.relations[0]).toMatchObject({ type: 'supports', source: [25, 28], target: [37, 40] });
    expect(await read(rebuilt, gum)).toEqual(await read(stored, gum));
  });

  it('never reads the GUM folder for records that carry their text', async () => {
    const path = join(dir, 'plover.jsonl');
    writeFileSync(
      path,
      '{"id":"p1","text":"A met B.","relations":[{"type":"MEET","source_span":[0,1],"target_span":[6,7]}]}\n',
    );
    expect(await read(path, join(dir, 'no-such-folder'))).toHaveLength(1);
  });

  it('names the file, line and record when the GUM folder is missing', async () => {
    const path = join(dir, 'missing.jsonl');
    writeFileSync(path, `${JSON.stringify(record4)}\n`);
    await expect(read(path, join(dir, 'no-such-folder'))).rejects.toThrow(
      /missing\.jsonl:1: GUM_news_b#4: the text is not stored in the file and cannot be rebuilt from the GUM news folder \(.*no-such-folder: no such file or directory\)/,
    );
  });

  it.each([
    [
      'a text that hashes otherwise',
      { text_sha256: textSha256('Anna Berg met Carl Dahl. She thanked her.') },
      /drift\.jsonl:2: GUM_news_b#4: the text rebuilt from .*gum-news does not match "text_sha256"/,
    ],
    [
      'another sentence start',
      { sentence_start: 24 },
      /drift\.jsonl:2: GUM_news_b#4: "sentence_start" 24 does not match the text rebuilt from .*gum-news \(its sentence starts at 25\)/,
    ],
    [
      'a sentence the folder does not hold',
      { id: 'GUM_news_b#9' },
      /drift\.jsonl:2: GUM_news_b#9: no such sentence in the GUM news folder .*gum-news/,
    ],
  ])('names the file, line and record for %s', async (_what, change, error) => {
    const path = join(dir, 'drift.jsonl');
    writeFileSync(path, `${JSON.stringify(record4)}\n${JSON.stringify({ ...record4, ...change })}\n`);
    await expect(read(path, gum)).rejects.toThrow(error);
  });

  it('checks a stored text against its hash when the record carries both', async () => {
    const path = join(dir, 'both.jsonl');
    writeFileSync(path, `${JSON.stringify({ ...record4, text: `${text4} ` })}\n`);
    await expect(read(path, gum)).rejects.toThrow(
      /both\.jsonl:1: GUM_news_b#4: "text" does not match its "text_sha256"/,
    );
  });
});
