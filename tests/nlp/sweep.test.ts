/**
 * The pattern sweep of ../../src/nlp/sweep.ts finds what compromise's own finds, in the same order,
 * on the clauses and the net compromise's post-tagger hands it.
 */

import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { bulkMatch, type Net, type SweepMethods } from '../../src/nlp/sweep.ts';

type Sweep = typeof bulkMatch;
type Found = ReturnType<Sweep>;

/** What a sweep found, copied (compromise rewrites its results once the sweep returns). */
function snapshot(found: Found): unknown[] {
  return found.map((m) => ({ ...m, pointer: [...m.pointer] }));
}
const world = nlp.world() as unknown as { methods: SweepMethods & { one: { bulkMatch: Sweep } } };

/** Each sweep of `nlp(text)`: compromise's matches and ours, found on the same input. */
function sweeps(text: string): { theirs: unknown; ours: unknown; first: [unknown, unknown] }[] {
  const original = world.methods.one.bulkMatch;
  const seen: { theirs: unknown; ours: unknown; first: [unknown, unknown] }[] = [];
  world.methods.one.bulkMatch = (document: unknown[][], net: Net, methods: SweepMethods, opts = {}) => {
    const ours = snapshot(bulkMatch(document, net, methods, opts));
    const first: [unknown, unknown] = [
      snapshot(bulkMatch(document, net, methods, { matchOne: true })),
      snapshot(original(document, net, methods, { matchOne: true })),
    ];
    const theirs = original(document, net, methods, opts);
    seen.push({ theirs: snapshot(theirs), ours, first });
    return theirs;
  };
  try {
    nlp(text);
  } finally {
    world.methods.one.bulkMatch = original;
  }
  return seen;
}

describe('compromise pattern sweep', () => {
  it.each([
    'The Lima Council met on Tuesday, and the mayor, Ana Ruiz, said she would resign in March.',
    "Iran's foreign minister flew to Baghdad to meet his Iraqi counterpart; talks were expected to last two days.",
    'Shares of Acme Corp. rose 5% after the company said it would buy back $2 billion of stock.',
    'He had been running, jumping and swimming all day long, but was not tired.',
    "They'll go to the U.S. next week if the weather's fine.",
    // gerunds before a verb, names before actor nouns: shapes of the patterns with an "ifNo" condition
    'That being said is the problem, and the running means nothing to the players.',
    'Will Smith reporter and Bill Gates engineer said that the singing continues.',
  ])('finds the same matches in the same order: %s', (text) => {
    const found = sweeps(text);
    expect(found.length).toBeGreaterThan(0);
    for (const { theirs, ours, first } of found) {
      expect((theirs as unknown[]).length).toBeGreaterThan(0);
      expect(ours).toEqual(theirs);
      expect(first[0]).toEqual(first[1]);
    }
  });
});

describe('compromise pattern sweep on a whole article', () => {
  it('finds the same matches in the same order in every sweep of the sample article', () => {
    const text = readFileSync(new URL('../../samples/iran-iraq-meeting.txt', import.meta.url), 'utf8');
    const found = sweeps(text);
    expect(found.length).toBeGreaterThan(0);
    for (const { theirs, ours } of found) expect(ours).toEqual(theirs);
  });
});
