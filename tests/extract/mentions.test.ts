/**
 * Mention rules, one table row per rule: the sentence, then the mentions expected as
 * "text|kind|form" (kind p/l/o for person/place/organization). Rows are our own sentences.
 */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const KIND = { person: 'p', place: 'l', organization: 'o' } as const;

function mentions(text: string): string[] {
  return extractDocument({ id: 't', text }).mentions.map((m) => `${m.text}|${KIND[m.kind]}|${m.form}`);
}

const CASES: [string, string, string[]][] = [
  [
    'title before a name is not in the span',
    'President Emmanuel Macron spoke in Paris.',
    ['President|p|title', 'Emmanuel Macron|p|name', 'Paris|l|name'],
  ],
  [
    'possessive is not in the span',
    "Kenya's Prime Minister Raila Odinga left.",
    ['Kenya|l|name', "Kenya's Prime Minister|p|title", 'Raila Odinga|p|name'],
  ],
  ['leading "the" is dropped', 'The United Nations said so.', ['United Nations|o|name']],
  ['honorific Mr. with a dot', 'Mr. Karim al-Nuri arrived.', ['Karim al-Nuri|p|name']],
  [
    'name particles joined',
    'Abu Karim al-Nuri and Hamad bin Rashid met.',
    ['Abu Karim al-Nuri|p|name', 'Hamad bin Rashid|p|name'],
  ],
  ['given names from many cultures', 'Yesterday Nasrin Tabrizi spoke.', ['Nasrin Tabrizi|p|name']],
  ['country codes are cased', 'The US and the UK disagree with us.', ['US|l|name', 'UK|l|name']],
  [
    'demonyms refer to the country',
    'Iraqi officials met Americans.',
    ['Iraqi|l|demonym', 'Americans|l|demonym'],
  ],
  ['sentence-initial demonym kept', 'Chilean police arrested them.', ['Chilean|l|demonym']],
  ['organization head word', 'The Labour Party won.', ['Labour Party|o|name']],
  [
    'a name ending with a body word is an organization, whoever it is named after',
    'Staff at the Pedro Alves Institute and the Andy Varga Foundation said so.',
    ['Pedro Alves Institute|o|name', 'Andy Varga Foundation|o|name'],
  ],
  [
    "a posting after an envoy's title is no part of the name that follows",
    'Chilean Ambassador to the United Nations Tomas Varga said it was wrong.',
    ['Chilean|l|demonym', 'Chilean Ambassador|p|title', 'United Nations|o|name', 'Tomas Varga|p|name'],
  ],
  [
    'a month after a preposition ends no name, whatever the name tagger reads',
    'The shuttle will be sent to the Lima Science Center in May.',
    ['Lima Science Center|o|name'],
  ],
  [
    'a role\'s qualifier that names no entity ("of the Revolution", with or without a modifier) stays in the title',
    'Leader of the Velvet Revolution Tomas Varga met Elena Kowal.',
    ['Leader of the Velvet Revolution|p|title', 'Tomas Varga|p|name', 'Elena Kowal|p|name'],
  ],
  [
    "a name no table knows is a person's when a person's title stands in apposition to it",
    "The meeting was attended by Ostap Vardanyan, Chile's First Vice President.",
    ['Ostap Vardanyan|p|name', 'Chile|l|name', "Chile's First Vice President|p|title"],
  ],
  ['organization "X of Y"', 'The Ministry of Defence denied it.', ['Ministry of Defence|o|name']],
  ['known acronym', 'PKK claimed the attack.', ['PKK|o|acronym']],
  [
    "a known name in another transliteration: an apostrophe inside a word is optional (Kata'ib / Kataib)",
    "Elena Kowal said Kata'ib Hezbollah fired rockets at Ruritania.",
    ['Elena Kowal|p|name', "Kata'ib Hezbollah|o|name", 'Ruritania|l|name'],
  ],
  [
    'acronym resolves to its expansion by initials',
    'The Kenya Relief Council (KRC) said the KRC would help.',
    ['Kenya Relief Council|o|name', 'KRC|o|acronym', 'KRC|o|acronym'],
  ],
  ['initial and surname', 'T. Halvorsen took four wickets.', ['T. Halvorsen|p|name']],
  ['dates end a name', 'He arrived in Norway Sunday.', ['Norway|l|name']],
  [
    'headline in capitals is recased',
    'HALVORSEN VISITS KENYA.\n\nTomas Halvorsen visited Kenya.',
    ['HALVORSEN|p|name', 'KENYA|l|name', 'Tomas Halvorsen|p|name', 'Kenya|l|name'],
  ],
  [
    'a surname alone after the full name',
    'Tomas Varga won. Later Varga resigned.',
    ['Tomas Varga|p|name', 'Varga|p|name'],
  ],
  ['town before a score is a team', 'Harlow 4 Stanley 2', ['Harlow|o|name', 'Stanley|o|name']],
  ['country before a score stays a place', 'Romania 1 Lithuania 0', ['Romania|l|name', 'Lithuania|l|name']],
  ['two places joined by a hyphen', 'Norway-Chile relations improved.', ['Norway|l|name', 'Chile|l|name']],
  [
    'lower-case role with a place',
    'Nobody knows who the prime minister of Chile is.',
    ['prime minister of Chile|l|title', 'Chile|l|name'],
  ],
];

describe('mention rules', () => {
  it.each(CASES)('%s', (_rule, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('resolution', () => {
  it('one person for a full name, a surname, a spelling variant and a title', () => {
    const text =
      "Chile's Prime Minister Karim al-Nuri arrived. Al Nuri said the Chilean Prime Minister was tired. Nuri left.";
    const ex = extractDocument({ id: 't', text });
    const people = ex.entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => p.label)).toEqual(['Karim al-Nuri']);
    expect(people[0]!.mentionCount).toBe(5);
    expect(people[0]!.titles).toEqual(["Chile's Prime Minister", 'Chilean Prime Minister']);
  });

  it('a title with no name in the document stands for the country it names', () => {
    const ex = extractDocument({ id: 't', text: "Norway's prime minister accused Chile." });
    expect(ex.relations.map((r) => [r.relation, r.source, r.target])).toEqual([
      ['accused', 'place/norway', 'place/chile'],
    ]);
  });

  it('"Name (Other Name)" is one organization', () => {
    const ex = extractDocument({
      id: 't',
      text: 'He praised Jaysh al Nasr (Chilean Popular Defence Force) on Monday.',
    });
    expect(ex.entities.filter((e) => e.kind === 'organization').map((e) => e.aliases)).toEqual([
      ['Chilean Popular Defence Force', 'Jaysh al Nasr'],
    ]);
  });

  it('a demonym before a rank names no body of the rank ("Chilean Major" is no organization)', () => {
    const ex = extractDocument({ id: 't', text: 'Chilean Major General Tomas Varga took over on Thursday.' });
    expect(ex.entities.map((e) => [e.kind, e.label])).toEqual([['person', 'Tomas Varga']]);
    expect(ex.relations).toEqual([]);
  });

  it('a person with one word in brackets is the person and her club, not one organization', () => {
    // a squad list: given names the tables do not know, clubs of one word
    const ex = extractDocument({
      id: 't',
      text: 'Defenders - Yvan Quarti (Sion), Marek Vollen (Grasshoppers), Ilja Brenn (Sion).',
    });
    const kinds = Object.fromEntries(ex.entities.map((e) => [e.label, e.kind]));
    expect(kinds).toMatchObject({
      'Yvan Quarti': 'person',
      'Marek Vollen': 'person',
      'Ilja Brenn': 'person',
    });
    expect(kinds.Sion).toBe('organization');
  });
});

describe('spans', () => {
  // the property test of tests/extract/properties.test.ts once found (seed 688409871) a role after
  // the run it qualifies leaving a title whose start was past its end
  it('a role after its qualifier gives a title that slices the role', () => {
    const text = 'Minister of Iran President';
    const titles = extractDocument({ id: 't', text }).mentions.filter((m) => m.form === 'title');
    expect(titles.map((m) => text.slice(m.start, m.end))).toEqual(['President']);
  });
});
