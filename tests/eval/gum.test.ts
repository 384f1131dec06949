/**
 * CoNLL-U reading and the GUM name-span mapping
 *
 * A made-up GUM-style document (tests/fixtures/eval/tiny.conllu): the text is rebuilt exactly,
 * multi-word tokens split into their words' own spans, and entity mentions become name spans by
 * the written-down mapping of src/eval/gum.ts (titles out of person names, "United" kept in a
 * place name, a possessive out, generic mentions not scored).
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gumNerDoc } from '../../src/eval/gum.ts';
import { parseConllu } from '../../src/io/conllu.ts';

const content = readFileSync(new URL('../fixtures/eval/tiny.conllu', import.meta.url), 'utf8');

/** A one-sentence CoNLL-U document of our own: its id, text and word lines. */
function oneSentence(id: string, text: string, lines: string[]): string {
  return [`# newdoc id = ${id}`, `# sent_id = ${id}-1`, `# text = ${text}`, ...lines, ''].join('\n');
}

describe('parseConllu', () => {
  const [doc] = parseConllu(content, 'tiny.conllu');

  it('rebuilds the text: spaces from SpaceAfter, paragraphs with a blank line', () => {
    expect(doc?.text).toBe(
      "Ruritanian President Anna Lind met officials of the United Provinces. Lind's party won.\n\nIt rained.",
    );
    expect(doc?.meta.title).toBe('A made-up report');
  });

  it('gives every word offsets that slice to its form, inside multi-word tokens too', () => {
    for (const s of doc?.sentences ?? []) {
      expect(doc?.text.slice(s.start, s.end)).toBe(s.text);
      for (const w of s.words) expect(doc?.text.slice(w.start, w.end)).toBe(w.form);
    }
  });

  it('names the line of a malformed word line', () => {
    expect(() => parseConllu('# text = x\n1\tx\n', 'bad.conllu')).toThrow(/bad\.conllu:2: expected 10/);
  });
});

describe('gumNerDoc', () => {
  const gold = gumNerDoc(parseConllu(content)[0]!);
  const named = gold.entities.map((e) => `${e.kind}:${gold.text.slice(e.start, e.end)}`);

  it('maps named mentions to name spans', () => {
    expect(named).toEqual(['person:Anna Lind', 'place:United Provinces', 'person:Lind']);
  });

  it.each([
    [
      'keeps a person name whose words hang on each other by flat ("Jan De Vries")',
      'Jan De Vries scored.',
      [
        '1\tJan\tJan\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1-sgl-Jan_De_Vries',
        '2\tDe\tDe\tPROPN\tNNP\t_\t1\tflat\t_\t_',
        '3\tVries\tVries\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)',
        '4\tscored\tscore\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
        '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
      ],
      ['person:Jan De Vries'],
    ],
    [
      "keeps a given name GUM attaches as a title, where the mention's identity names it",
      'Ana Lind spoke.',
      [
        '1\tAna\tAna\tPROPN\tNNP\t_\t2\tnmod:desc\t_\tEntity=(1-person-new-nnnnn-cf1-1-sgl-Ana_Lind',
        '2\tLind\tLind\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)',
        '3\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
        '4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
      ],
      ['person:Ana Lind'],
    ],
    [
      'ends a person name before "of the" party that the mention goes on to name',
      'Democrat Ana Lind of the Green Union lost.',
      [
        '1\tDemocrat\tDemocrat\tADJ\tJJ\t_\t8\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1-sgl-Ana_Lind',
        '2\tAna\tAna\tPROPN\tNNP\t_\t3\tcompound\t_\t_',
        '3\tLind\tLind\tPROPN\tNNP\t_\t1\tappos\t_\t_',
        '4\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_',
        '5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-organization-new-nnnnn-cf2-1-sgl-Green_Union',
        '6\tGreen\tGreen\tPROPN\tNNP\t_\t7\tcompound\t_\t_',
        '7\tUnion\tUnion\tPROPN\tNNP\t_\t3\tnmod\t_\tEntity=2)1)',
        '8\tlost\tlose\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
        '9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_',
      ],
      ['person:Ana Lind', 'organization:Green Union'],
    ],
  ])('%s', (_name, text, lines, expected) => {
    const doc = gumNerDoc(parseConllu(oneSentence('one', text, lines))[0]!);
    expect(doc.entities.map((e) => `${e.kind}:${doc.text.slice(e.start, e.end)}`)).toEqual(expected);
  });

  it('leaves the title out of "Ruritanian President Anna Lind" (identity Anna_Lind)', () => {
    expect(named).toContain('person:Anna Lind');
  });

  it('leaves unnamed and non-name mentions unscored', () => {
    expect(named.some((n) => n.includes('officials') || n.includes('party'))).toBe(false);
    // "Ruritanian" is a named place mention without a proper noun: not scored either way
    expect(gold.ignored.map((s) => gold.text.slice(...s))).toContain('Ruritanian');
  });
});
