import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import type { ParsedSentence } from '../../src/parse/types.ts';
import { headWord, parseSupports, treeDistance } from '../../src/relations/gate.ts';

/** "Rebels attacked a convoy near Sylvania ." with its offsets, by hand. */
function sentence(): ParsedSentence {
  const words = ['Rebels', 'attacked', 'a', 'convoy', 'near', 'Sylvania', '.'];
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  for (const w of words) {
    start.push(at);
    end.push(at + w.length);
    at += w.length + 1;
  }
  return {
    words,
    start,
    end,
    upos: ['NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT'],
    xpos: ['NNS', 'VBD', 'DT', 'NN', 'IN', 'NNP', '.'],
    head: [1, -1, 3, 1, 5, 1, 1],
    deprel: ['nsubj', 'root', 'det', 'obj', 'case', 'obl', 'punct'],
  };
}

const evidence = (trigger: [number, number], source: [number, number], target: [number, number]) => ({
  docId: 'd',
  sentence: '',
  start: 0,
  end: 0,
  trigger: '',
  triggerSpan: trigger,
  sourceSpan: source,
  targetSpan: target,
});

describe('the syntactic gate on window relations', () => {
  it('finds a span head and counts arcs through the tree', () => {
    const p = sentence();
    expect(headWord(p, [16, 24])).toBe(3); // "a convoy": convoy
    expect(treeDistance(p, 0, 5)).toBe(2);
    expect(treeDistance(p, 2, 4)).toBe(4);
    expect(treeDistance(p, 3, 3)).toBe(0);
  });

  it('drops a place the verb takes as its setting, keeps direct arguments', () => {
    const p = sentence();
    // Rebels → Sylvania through "attacked": Sylvania is "near" the event, not its target
    expect(parseSupports(p, evidence([7, 15], [0, 6], [30, 38]), { maxPath: 4 })).toBe(false);
    expect(parseSupports(p, evidence([7, 15], [0, 6], [18, 24]), { maxPath: 4 })).toBe(true);
    expect(parseSupports(p, evidence([7, 15], [0, 6], [18, 24]), { maxPath: 0 })).toBe(false);
  });

  const relations = (text: string) =>
    extractDocument({ id: 't', text }).relations.map((r) => `${r.relation} ${r.source} -> ${r.target}`);

  it('a meeting in a city is between the people, not with the city', () => {
    const got = relations('President Tomas Varga met Prime Minister Elena Kowal in Paris on Monday.');
    expect(got).toContain('met_with person/tomas-varga -> person/elena-kowal');
    expect(got.filter((r) => r.includes('paris'))).toEqual([]);
  });

  it('"chief executive" is not an execution', () => {
    expect(
      relations('The chief executive of Corvane Systems, Ana Ruiz, spoke in Berlin.').filter((r) =>
        r.startsWith('attacked'),
      ),
    ).toEqual([]);
  });
});
