/**
 * Relation rules, one table row per rule: the sentence, then the relations expected as
 * "relation source -> target" with entity labels. Rows are our own sentences.
 */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

function relations(text: string): string[] {
  const ex = extractDocument({ id: 't', text });
  const label = (id: string) => ex.entities.find((e) => e.id === id)?.label ?? id;
  return ex.relations.map((r) => `${r.relation} ${label(r.source)} -> ${label(r.target)}`).sort();
}

function flags(text: string): string[] {
  return extractDocument({ id: 't', text }).relations.flatMap((r) =>
    r.evidence.map((e) =>
      [e.negated && 'negated', e.hedged && 'hedged', e.reported && 'reported'].filter(Boolean).join(','),
    ),
  );
}

const CASES: [string, string, string[]][] = [
  ['subject, verb, object', 'France accused Russia of meddling.', ['accused France -> Russia']],
  [
    'prepositional phrase is not the subject',
    'Angela Merkel, in a meeting with Joe Biden, criticized China.',
    ['accused Angela Merkel -> China', 'met_with Angela Merkel -> Joe Biden'],
  ],
  [
    "a name no table knows, with a title in apposition, is the actor (not the title's country)",
    'Ostap Vardanyan, the Chilean Foreign Minister, met Elena Kowal.',
    ['member_of Ostap Vardanyan -> Chile', 'met_with Ostap Vardanyan -> Elena Kowal'],
  ],
  ['possessive nominal', "Germany's support for Ukraine grew.", ['supports Germany -> Ukraine']],
  ['passive with "by"', 'The convoy of Kenya was attacked by Somalia.', ['attacked Somalia -> Kenya']],
  [
    'coordinated subjects of a symmetric verb',
    'Egypt and Jordan agreed on Monday.',
    ['agreed_with Egypt -> Jordan'],
  ],
  ['"will" turns an attack into a threat', 'Iran will strike Israel.', ['threatened Iran -> Israel']],
  [
    '"will" turns a visit into an agreement',
    'Narendra Modi will visit Japan.',
    ['agreed_with Narendra Modi -> Japan'],
  ],
  [
    "the enemy in the speaker's words",
    'Hassan Rahimi said: "Chile is the enemy."',
    ['accused Hassan Rahimi -> Chile'],
  ],
  [
    '"X said they would" speaks for X',
    'Danish farmers said they would boycott Chile.',
    ['threatened Denmark -> Chile'],
  ],
  [
    'a demonym a territory shares means the country',
    'Norwegian fishermen said they would boycott Iceland.',
    ['threatened Norway -> Iceland'],
  ],
  [
    'trailing attribution is not a party',
    'Chile and Peru signed a treaty, the United Nations said.',
    ['agreed_with Chile -> Peru'],
  ],
  [
    'role as structural relation',
    "Kenya's President William Ruto spoke.",
    ['leader_of William Ruto -> Kenya'],
  ],
  [
    'apposition role',
    "Elena Kowal, Norway's First Vice President, spoke.",
    ['member_of Elena Kowal -> Norway'],
  ],
  ['located subject', 'Security forces in Chile tortured Peruvian refugees.', ['attacked Chile -> Peru']],
];

describe('relation rules', () => {
  it.each(CASES)('%s', (_rule, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });

  it('coordinated objects each get the relation', () => {
    expect(relations('Syria attacked Turkey and Iraq.')).toEqual([
      'attacked Syria -> Iraq',
      'attacked Syria -> Turkey',
    ]);
  });
});

describe('evidence flags', () => {
  it.each([
    ['negation', 'Chile did not meet Peru.', 'negated'],
    ['hedging', 'Chile may meet Peru.', 'hedged'],
    ['reported speech', 'Chile said: "we met Peru."', 'reported'],
  ])('%s', (_name, text, flag) => {
    expect(flags(text)).toEqual([flag]);
  });
});
