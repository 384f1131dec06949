/**
 * Relations from a UD tree, table-driven: each sentence of tests/fixtures/relations/constructions.conllu
 * (invented names, hand-written trees) states exactly the relations listed with it — relation,
 * direction, flags, speaker and role — and nothing else. Plus the lemmatizer on the forms the
 * lexicon needs, and the evidence spans.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONS, type RelationType } from '../../graph/relations.ts';
import { relationsFromTree, type TreeRelation } from '../../src/relations/from-tree.ts';
import { lemmatize } from '../../src/relations/lemma.ts';
import { mentionsOnWords } from '../../src/relations/mentions.ts';
import type { Mention } from '../../src/types.ts';
import { readConstructions } from './fixture.ts';

const root = new URL('../..', import.meta.url).pathname;
const cases = readConstructions(join(root, 'tests/fixtures/relations/constructions.conllu'));

const key = (r: {
  relation: string;
  source: string;
  target: string;
  negated?: boolean;
  hedged?: boolean;
  reported?: boolean;
  speaker?: string;
  role?: string;
}) => {
  const ends = RELATIONS[r.relation as RelationType].symmetric
    ? `${r.source} ~ ${r.target}`
    : `${r.source} > ${r.target}`;
  const flags = [
    r.negated ? 'negated' : '',
    r.hedged ? 'hedged' : '',
    r.reported ? 'reported' : '',
    r.speaker ? `speaker=${r.speaker}` : '',
    r.role ? `role=${r.role}` : '',
  ].filter(Boolean);
  return `${r.relation} ${ends}${flags.length ? ` | ${flags.join(' ')}` : ''}`;
};

const got = (r: TreeRelation) => {
  const ev = r.evidence[0]!;
  return key({
    relation: r.relation,
    source: r.source,
    target: r.target,
    negated: ev.negated,
    hedged: ev.hedged,
    reported: ev.reported,
    ...(r.speaker ? { speaker: r.speaker } : {}),
    ...(r.role ? { role: r.role } : {}),
  });
};

describe('relations from hand-written UD trees', () => {
  it('reads the fixture', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const out = relationsFromTree({
      docId: 'd',
      text: c.text,
      start: 0,
      end: c.text.length,
      parse: c.parse,
      mentions: c.mentions,
    });
    expect(out.map(got).sort(), c.text).toEqual(c.expect.map(key).sort());
    for (const r of out) {
      const ev = r.evidence[0]!;
      expect(ev.sentence).toBe(c.text);
      const src = c.mentions.find((m) => m.entity === r.source)!;
      const dst = c.mentions.find((m) => m.entity === r.target)!;
      expect(c.text.slice(...ev.sourceSpan)).toBe(c.parse.words.slice(src.from, src.to).join(' '));
      expect(c.text.slice(...ev.targetSpan)).toBe(c.parse.words.slice(dst.from, dst.to).join(' '));
      expect(c.text.slice(...ev.triggerSpan)).toBe(ev.trigger);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives direct arguments more confidence than an owner of the object', () => {
    const conf = (id: string) => {
      const c = cases.find((x) => x.id === id)!;
      const s = {
        docId: 'd',
        text: c.text,
        start: 0,
        end: c.text.length,
        parse: c.parse,
        mentions: c.mentions,
      };
      return relationsFromTree(s)[0]!.confidence;
    };
    expect(conf('negated-meeting')).toBeGreaterThan(conf('denied-claims-owner'));
  });

  it('returns nothing for a sentence without mentions', () => {
    const c = cases[0]!;
    expect(
      relationsFromTree({
        docId: 'd',
        text: c.text,
        start: 0,
        end: c.text.length,
        parse: c.parse,
        mentions: [],
      }),
    ).toEqual([]);
  });
});

describe('lemmatizer', () => {
  it.each([
    ['condemned', 'VERB', 'VBN', 'condemn'],
    ['urged', 'VERB', 'VBD', 'urge'],
    ['denied', 'VERB', 'VBD', 'deny'],
    ['met', 'VERB', 'VBD', 'meet'],
    ['sworn', 'VERB', 'VBN', 'swear'],
    ['stopped', 'VERB', 'VBD', 'stop'],
    ['hosting', 'VERB', 'VBG', 'host'],
    ['threatens', 'VERB', 'VBZ', 'threaten'],
    ['talks', 'NOUN', 'NNS', 'talk'],
    ['sanctions', 'NOUN', 'NNS', 'sanction'],
    ['Freedonia', 'PROPN', 'NNP', 'freedonia'],
  ])('%s (%s) → %s', (word, upos, xpos, lemma) => {
    expect(lemmatize(word, upos, xpos)).toBe(lemma);
  });
});

describe('mentions on a parse', () => {
  it('maps character spans to word spans, leaving out titles and unresolved mentions', () => {
    const c = cases.find((x) => x.id === 'demonym-title')!;
    const at = (w: string) => c.text.indexOf(w);
    const mention = (text: string, kind: 'person' | 'place', form: Mention['form'], entity?: string) => ({
      start: at(text),
      end: at(text) + text.length,
      kind,
      form,
      ...(entity ? { entity } : {}),
    });
    const mapped = mentionsOnWords(c.parse, [
      mention('Bela Orsolya', 'person', 'name', 'person/bela-orsolya'),
      mention('Ruritanian', 'place', 'demonym', 'place/ruritania'),
      mention('Ruritanian President', 'person', 'title', 'person/bela-orsolya'),
      mention('Freedonia', 'place', 'name'),
    ]);
    expect(mapped).toEqual([
      { from: 0, to: 1, entity: 'place/ruritania', kind: 'place', span: [0, 10] },
      { from: 2, to: 4, entity: 'person/bela-orsolya', kind: 'person', span: [21, 33] },
    ]);
    const out = relationsFromTree({
      docId: 'd',
      text: c.text,
      start: 0,
      end: c.text.length,
      parse: c.parse,
      mentions: mapped,
    });
    expect(out.map((r) => `${r.relation} ${r.source} ${r.target} ${r.role}`)).toEqual([
      'leader_of person/bela-orsolya place/ruritania President',
    ]);
  });
});

describe('an unnamed title', () => {
  it('stands for its person when no name of that person is in the sentence', () => {
    const c = cases.find((x) => x.id === 'apposition-title-without-body')!;
    // "Bela Orsolya, the prime minister, visited Zenda.": the title alone, without the name
    const at = (w: string) => c.text.indexOf(w);
    const title = {
      start: at('the prime minister'),
      end: at('the prime minister') + 18,
      kind: 'person' as const,
      form: 'title' as const,
      entity: 'person/pm',
    };
    const zenda = {
      start: at('Zenda'),
      end: at('Zenda') + 5,
      kind: 'place' as const,
      form: 'name' as const,
      entity: 'place/zenda',
    };
    expect(mentionsOnWords(c.parse, [title, zenda]).map((m) => m.entity)).toEqual([
      'person/pm',
      'place/zenda',
    ]);
    const name = { start: 0, end: 12, kind: 'person' as const, form: 'name' as const, entity: 'person/pm' };
    expect(mentionsOnWords(c.parse, [name, title, zenda]).map((m) => [m.entity, m.from, m.to])).toEqual([
      ['person/pm', 0, 2],
      ['place/zenda', 8, 9],
    ]);
  });
});
