/**
 * Known failures, kept visible. Each case asserts today's measured wrong output as a plain test
 * (so a crash or an unrelated change shows up here) and says in its name and comment what the right
 * output would be. When a change fixes one, this file goes red: the case then moves, with the
 * right expectation, to the rule tables in mentions.test.ts / relations.test.ts. Sentences are our
 * own, never taken from an evaluation set.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

function labels(text: string, kind: string): string[] {
  return extractDocument({ id: 't', text })
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.label);
}

function relations(text: string): string[] {
  const ex = extractDocument({ id: 't', text });
  const label = (id: string) => ex.entities.find((e) => e.id === id)?.label ?? id;
  return ex.relations.map((r) => `${r.relation} ${label(r.source)} -> ${label(r.target)}`).sort();
}

describe('known failures: mentions', () => {
  // single unknown capitalized words have no cue to their kind. Right: ['Brembo'] as an organization.
  it('an unknown one-word company is missed (right: an organization)', () => {
    expect(labels('Brembo announced a merger on Friday.', 'organization')).toEqual([]);
  });
});

describe('known failures: the name tagger', () => {
  // the rules join "Shares of X" into one capitalized run at a sentence start, and the tagger
  // follows them. Right: ['Corvell Holdings'].
  it('a sentence-initial common word joined to a company (right: Corvell Holdings)', () => {
    expect(labels('Shares of Corvell Holdings rose in Tokyo.', 'organization')).toEqual([
      'Shares of Corvell Holdings',
    ]);
  });

  // single capitalized words the tagger takes for names in the sample article; right: none of them
  // (and "Ahl al-Bayt" at most an organization). Measured: 4 of 21 nodes wrong ("Takfiris" a person
  // since the tagger's second pass, an organization before; "Household" an organization since the
  // tagger was retrained on today's rule features, a person before).
  it('common words after a colon or a possessive become names in the sample', () => {
    const text = readFileSync(new URL('../../samples/iran-iraq-meeting.txt', import.meta.url), 'utf8');
    const ex = extractDocument({ id: 's', text });
    const wrong = ex.entities
      .filter((e) => ['Reason', 'Household', 'Takfiris', 'Ahl al-Bayt'].includes(e.label))
      .map((e) => `${e.kind}:${e.label}`)
      .sort();
    expect(wrong).toEqual([
      'organization:Household',
      'organization:Reason',
      'person:Ahl al-Bayt',
      'person:Takfiris',
    ]);
  });
});

describe('known failures: the name tagger, since features version 4', () => {
  // the retrained tagger (two passes) lost two cases the version-3 model had right
  const persons = (text: string) =>
    extractDocument({ id: 't', text })
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.label);
  it.each([
    // right: none ("the Ahl al-Kisa" is a group of people, not a person)
    ['Pilgrims showed their devotion to the Ahl al-Kisa at the shrine.', ['Ahl al-Kisa']],
    // right: Esmaeil Tabrizani (the given name, a listed one, is lost to the sentence-initial "Yesterday")
    ['Yesterday Esmaeil Tabrizani spoke.', ['Tabrizani']],
  ])('persons in %j', (text, measured) => {
    expect(persons(text)).toEqual(measured);
  });
});

describe('known failures: relations', () => {
  // "they" and "he" are resolved only after a reporting verb or to the last person.
  // Right: attacked Russia -> Georgia.
  it('a plural pronoun subject in the next sentence is not resolved (right: attacked Russia -> Georgia)', () => {
    expect(relations('Russia sent tanks. They attacked Georgia.')).toEqual([]);
  });
  // "will/would meet" is read as a promise (PLOVER dev's gold counts intents to meet as AGREE, and
  // reading them as meetings cost 2 true positives on its check half); the guidelines count a
  // planned meeting as met_with, hedged. Right: met_with Tomas Varga -> Elena Kowal (hedged).
  it('a planned meeting is read as an agreement (right: met_with, hedged)', () => {
    expect(relations('Tomas Varga said he would meet Elena Kowal next week.')).toEqual([
      'agreed_with Tomas Varga -> Elena Kowal',
    ]);
  });
});
