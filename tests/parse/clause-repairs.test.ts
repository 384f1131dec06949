import { describe, expect, it } from 'vitest';
import {
  frontedSubjects,
  phrasesBeforeCommas,
  relativeClauseSubjects,
  subordinateClauses,
  trailingAttributions,
  verbsReadAsClauses,
} from '../../src/parse/clause-repairs.ts';
import { parseTable as tree, wellFormed } from './trees.ts';

/** Asserts that a repair leaves the tree's heads and relations as they were. */
function expectLeftAlone(t: { head: number[]; deprel: string[] }, repair: () => void): void {
  const head = [...t.head];
  const deprel = [...t.deprel];
  repair();
  expect(t.head).toEqual(head);
  expect(t.deprel).toEqual(deprel);
}

describe('a subject after a fronted phrase, read as a conjunct of its last noun', () => {
  // During his visit to Chile , Tomas Varga met Elena Kowal .
  const words = [
    'During',
    'his',
    'visit',
    'to',
    'Chile',
    ',',
    'Tomas',
    'Varga',
    'met',
    'Elena',
    'Kowal',
    '.',
  ];
  const upos = [
    'ADP',
    'PRON',
    'NOUN',
    'ADP',
    'PROPN',
    'PUNCT',
    'PROPN',
    'PROPN',
    'VERB',
    'PROPN',
    'PROPN',
    'PUNCT',
  ];

  /** The parser's reading: "Tomas" a conjunct of "Chile", "Varga" flat under it, "met" without a subject. */
  const misparse = () => {
    const head = [2, 2, 8, 4, 2, 6, 4, 4, -1, 8, 9, 8];
    const deprel = [
      'case',
      'nmod:poss',
      'obl',
      'case',
      'nmod',
      'punct',
      'conj',
      'flat',
      'root',
      'obj',
      'flat',
      'punct',
    ];
    return { head, deprel };
  };

  it("becomes the verb's subject, with the name words hung on the old noun", () => {
    const { head, deprel } = misparse();
    frontedSubjects(words, upos, head, deprel);
    expect(head.slice(6, 8)).toEqual([8, 6]);
    expect(deprel.slice(6, 8)).toEqual(['nsubj', 'flat']);
  });

  it('is left alone where the verb has a subject of its own', () => {
    const { head, deprel } = misparse();
    // "… Chile, Tomas Varga, she met Elena Kowal": pretend word 9 is the verb's subject
    deprel[9] = 'nsubj';
    const before = [...head];
    frontedSubjects(words, upos, head, deprel);
    expect(head).toEqual(before);
  });

  it("takes a name read as an apposition of the fronted phrase's last name, where it runs up to the verb", () => {
    // After meeting Elena Kowal , Norway attacked Chile .
    const t = tree(`
      After SCONJ 1 mark
      meeting VERB 6 advcl
      Elena PROPN 1 obj
      Kowal PROPN 2 flat
      , PUNCT 5 punct
      Norway PROPN 2 appos
      attacked VERB -1 root
      Chile PROPN 6 obj
      . PUNCT 6 punct`);
    frontedSubjects(t.words, t.upos, t.head, t.deprel);
    expect([t.head[5], t.deprel[5]]).toEqual([6, 'nsubj']);
    expect(wellFormed(t.head).ok).toBe(true);
  });

  it('leaves an apposition alone where words of another phrase stand before the verb', () => {
    // After meeting Elena Kowal , Norway's envoy , Chile protested . ("envoy" hung on the verb)
    const t = tree(`
      After SCONJ 1 mark
      meeting VERB 9 advcl
      Elena PROPN 1 obj
      Kowal PROPN 2 flat
      , PUNCT 6 punct
      Norway PROPN 6 nmod:poss
      envoy NOUN 2 appos
      , PUNCT 8 punct
      Chile PROPN 9 obl
      protested VERB -1 root
      . PUNCT 9 punct`);
    expectLeftAlone(t, () => frontedSubjects(t.words, t.upos, t.head, t.deprel));
  });

  it('is left alone in a list with a later conjunct ("A, B and C")', () => {
    // In Chile , Peru and Bolivia , protests grew .
    const w = ['In', 'Chile', ',', 'Peru', 'and', 'Bolivia', ',', 'protests', 'grew', '.'];
    const u = ['ADP', 'PROPN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT', 'NOUN', 'VERB', 'PUNCT'];
    const head = [1, 8, 3, 1, 5, 1, 8, 8, -1, 8];
    // the verb's subject read as something else, so only the list says Peru is no subject
    const deprel = ['case', 'obl', 'punct', 'conj', 'cc', 'conj', 'punct', 'obl', 'root', 'punct'];
    const before = [...head];
    frontedSubjects(w, u, head, deprel);
    expect(head).toEqual(before);
  });
});

describe('a relative clause set off by commas, read as the start of a list of clauses', () => {
  const misparse = () =>
    tree(`
      The DET DT 1 det
      militia NOUN NN -1 root
      , PUNCT , 5 punct
      which PRON WDT 5 obj
      Norway PROPN NNP 5 nsubj
      supports VERB VBZ 1 acl:relcl
      , PUNCT , 7 punct
      attacked VERB VBD 5 conj
      Chile PROPN NNP 7 obj
      . PUNCT . 1 punct`);

  it("makes the verb after the clause the root and the clause's noun its subject", () => {
    const t = misparse();
    relativeClauseSubjects(t.words, t.upos, t.head, t.deprel);
    expect([t.head[1], t.deprel[1]]).toEqual([7, 'nsubj']);
    expect([t.head[7], t.deprel[7]]).toEqual([-1, 'root']);
    expect([t.head[5], t.head[9]]).toEqual([1, 7]);
  });

  it("mends a main verb read as an unmarked clause of the relative clause's verb too", () => {
    const t = tree(`
      Varga PROPN NNP -1 root
      , PUNCT , 0 punct
      who PRON WP 3 nsubj
      helped VERB VBD 0 acl:relcl
      Kowal PROPN NNP 3 obj
      , PUNCT , 8 punct
      was AUX VBD 8 aux
      not PART RB 8 advmod
      taking VERB VBG 3 advcl
      part NOUN NN 8 obj
      . PUNCT . 0 punct`);
    relativeClauseSubjects(t.words, t.upos, t.head, t.deprel);
    expect([t.head[8], t.deprel[8], t.head[0], t.deprel[0], t.head[10]]).toEqual([-1, 'root', 8, 'nsubj', 8]);
  });

  it('leaves an adverbial clause with a subordinator alone ("…, because it was taking part")', () => {
    const t = tree(`
      Varga PROPN NNP -1 root
      , PUNCT , 0 punct
      who PRON WP 3 nsubj
      helped VERB VBD 0 acl:relcl
      , PUNCT , 7 punct
      because SCONJ IN 7 mark
      was AUX VBD 7 aux
      taking VERB VBG 3 advcl
      . PUNCT . 0 punct`);
    expectLeftAlone(t, () => relativeClauseSubjects(t.words, t.upos, t.head, t.deprel));
  });

  it('is left alone without a relative word ("The militia, Norway says, attacked")', () => {
    const t = misparse();
    t.words[3] = 'as';
    expectLeftAlone(t, () => relativeClauseSubjects(t.words, t.upos, t.head, t.deprel));
  });

  it('is left alone where the later verb has a conjunction of its own', () => {
    const t = misparse();
    t.head[6] = 7;
    t.deprel[6] = 'cc';
    expectLeftAlone(t, () => relativeClauseSubjects(t.words, t.upos, t.head, t.deprel));
  });
});

describe("a sentence's attribution after it, read as a list", () => {
  const speaker = () =>
    tree(`
      Norway PROPN NNP 1 nsubj
      attacked VERB VBD -1 root
      Chile PROPN NNP 1 obj
      , PUNCT , 4 punct
      Tomas PROPN NNP 2 conj
      Varga PROPN NNP 4 flat
      said VERB VBD 1 conj
      . PUNCT . 1 punct`);

  it('makes the reporting verb the root, the name its subject and the clause its complement', () => {
    const t = speaker();
    trailingAttributions(t.words, t.upos, t.head, t.deprel);
    expect([t.head[6], t.deprel[6]]).toEqual([-1, 'root']);
    expect([t.head[1], t.deprel[1]]).toEqual([6, 'ccomp']);
    expect([t.head[4], t.deprel[4]]).toEqual([6, 'nsubj']);
    expect(t.head[7]).toBe(6);
  });

  it('does the same where the subject was read as the verb\'s already ("…, officials said")', () => {
    const t = tree(`
      Rebels NOUN NNS 1 nsubj
      attacked VERB VBD -1 root
      the DET DT 3 det
      base NOUN NN 1 obj
      , PUNCT , 6 punct
      officials NOUN NNS 6 nsubj
      said VERB VBD 1 conj
      . PUNCT . 1 punct`);
    trailingAttributions(t.words, t.upos, t.head, t.deprel);
    expect([t.head[6], t.head[1], t.deprel[1], t.head[5]]).toEqual([-1, 6, 'ccomp', 6]);
  });

  it('is left alone for a verb that reports nothing ("…, Tomas Varga fled")', () => {
    const t = speaker();
    t.words[6] = 'fled';
    expectLeftAlone(t, () => trailingAttributions(t.words, t.upos, t.head, t.deprel));
  });
});

describe('a prepositional phrase read as a modifier of the noun after its closing comma', () => {
  const misparse = () =>
    tree(`
      Youths NOUN NNS 1 nsubj
      threw VERB VBD 10 ccomp
      stones NOUN NNS 1 obj
      at ADP IN 4 case
      troops NOUN NNS 1 obl
      of ADP IN 7 case
      the DET DT 7 det
      army NOUN NN 9 amod
      , PUNCT , 7 punct
      officials NOUN NNS 10 nsubj
      said VERB VBD -1 root
      . PUNCT . 10 punct`);

  it('hangs on the noun it follows, its comma on the noun it left', () => {
    const t = misparse();
    phrasesBeforeCommas(t.words, t.upos, t.head, t.deprel);
    expect([t.head[7], t.deprel[7]]).toEqual([4, 'nmod']);
    expect(t.head[8]).toBe(9);
  });

  it('leaves a fronted oblique alone ("In Chile, officials said")', () => {
    const t = tree(`
      In ADP IN 1 case
      Chile PROPN NNP 4 obl
      , PUNCT , 1 punct
      officials NOUN NNS 4 nsubj
      said VERB VBD -1 root`);
    expectLeftAlone(t, () => phrasesBeforeCommas(t.words, t.upos, t.head, t.deprel));
  });
});

describe("a sentence's finite verb read as a clause on its subject", () => {
  const misparse = () =>
    tree(`
      President PROPN NNP 1 compound
      Varga PROPN NNP -1 root
      invited VERB VBD 1 acl
      Kowal PROPN NNP 2 obj
      . PUNCT . 1 punct`);

  it('becomes the root with the nominal as its subject', () => {
    const t = misparse();
    verbsReadAsClauses(t.words, t.upos, t.xpos, t.head, t.deprel);
    expect([t.head[2], t.deprel[2], t.head[1], t.deprel[1], t.head[4]]).toEqual([-1, 'root', 2, 'nsubj', 2]);
  });

  it('is left alone for a participle ("President Varga, invited by Kowal")', () => {
    const t = misparse();
    t.xpos[2] = 'VBN';
    expectLeftAlone(t, () => verbsReadAsClauses(t.words, t.upos, t.xpos, t.head, t.deprel));
  });

  it('is left alone where the nominal is a predicate ("Among them were the prints donated …")', () => {
    const t = tree(`
      were AUX VBD 2 cop
      the DET DT 2 det
      prints NOUN NNS -1 root
      donated VERB VBD 2 acl
      . PUNCT . 2 punct`);
    expectLeftAlone(t, () => verbsReadAsClauses(t.words, t.upos, t.xpos, t.head, t.deprel));
  });
});

describe('a subordinate clause whose subordinator was read as a preposition', () => {
  const misparse = () =>
    tree(`
      Kowal PROPN NNP 1 nsubj
      resigned VERB VBD -1 root
      after ADP IN 3 case
      Varga PROPN NNP 1 obl
      , PUNCT , 6 punct
      a DET DT 6 det
      lawyer NOUN NN 3 appos
      , PUNCT , 1 punct
      accused VERB VBD 1 conj
      her PRON PRP 8 obj
      . PUNCT . 1 punct`);

  it("makes the oblique the verb's subject and the verb a clause of the main one", () => {
    const t = misparse();
    subordinateClauses(t.words, t.upos, t.head, t.deprel);
    expect([t.head[3], t.deprel[3], t.head[2], t.deprel[2]]).toEqual([8, 'nsubj', 8, 'mark']);
    expect([t.head[8], t.deprel[8], t.head[7]]).toEqual([1, 'advcl', 8]);
  });

  it('is left alone after a preposition that opens no clause ("with Varga, …, accused")', () => {
    const t = misparse();
    t.words[2] = 'with';
    expectLeftAlone(t, () => subordinateClauses(t.words, t.upos, t.head, t.deprel));
  });
});
