/**
 * Irregular forms: the committed table is what `npm run gen:lemmas` writes from UD English EWT train
 * (or, without ../shared, has the generated shape), and the generator keeps only forms the suffix
 * rules miss (checked on a small invented CoNLL-U text).
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, irregularPairs, OUT, sharedDir } from '../../scripts/gen-lemmas.ts';
import { IRREGULAR } from '../../src/relations/irregular.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('irregular forms', () => {
  it('is what the generator writes (or has its shape without ../shared)', () => {
    const committed = readFileSync(join(root, OUT), 'utf8');
    const shared = sharedDir(root);
    if (existsSync(join(shared, 'train', 'ud-english-ewt', 'en_ewt-ud-train.conllu'))) {
      expect(generate(shared)).toBe(committed);
    } else {
      expect(committed).toMatch(/^\/\*\*\n \* Irregular forms \(generated: do not edit\)/);
    }
    expect(Object.keys(IRREGULAR).length).toBeGreaterThan(100);
    for (const k of Object.keys(IRREGULAR)) expect(k).toMatch(/^(VERB|NOUN):[a-z][a-z'-]*$/);
  });

  it('keeps the forms the rules miss or guess second, and drops the regular ones', () => {
    const row = (id: number, form: string, lemma: string, upos: string) =>
      [id, form, lemma, upos, '_', '_', 0, 'root', '_', '_'].join('\t');
    const text = [
      row(1, 'met', 'meet', 'VERB'),
      row(2, 'condemned', 'condemn', 'VERB'),
      row(3, 'urged', 'urge', 'VERB'),
      row(4, 'men', 'man', 'NOUN'),
      row(5, 'talks', 'talk', 'NOUN'),
      row(6, 'Ruritania', 'Ruritania', 'PROPN'),
      row(7, 'named', 'name', 'VERB'),
      row(8, 'stopped', 'stop', 'VERB'),
    ].join('\n');
    // "named", "urged": the rules' first guesses are "nam", "urg"; "stopped" and "condemned" are regular
    expect(irregularPairs(text)).toEqual([
      ['NOUN:men', 'man'],
      ['VERB:met', 'meet'],
      ['VERB:named', 'name'],
      ['VERB:urged', 'urge'],
    ]);
  });
});
