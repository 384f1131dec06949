/**
 * Graph test fixture
 *
 * Two small news documents as graph/build receives them from extraction (entities, relations and
 * evidence with real offsets into the text), and the graph they make. The second document names the
 * same people differently ("Ali Khorvani" then "Khorvani"; "Mustafa Al Kadiri" without the accent),
 * so merging has work to do (people merge across documents on full names only); an organization's
 * label carries HTML, quotes and ampersands, and one alias is in Arabic script, to prove escaping.
 * Some evidence carries a confidence: the two met_with sentences 0.84 and 0.5 (the edge: 0.84),
 * accused one without (counts as 1) and one at 0.3 (the edge: 1), supports 0.25.
 */

import {
  type DocEntity,
  type DocGraphInput,
  type Evidence,
  GraphBuilder,
  type KnowledgeGraph,
} from '../../graph/index.ts';

/** A label that would run script if any export or view treated it as HTML. */
export const HOSTILE_LABEL = `Front <img src=x onerror=alert(1)> & "Partners"`;

export const TEXT_1 =
  'Ayatollah Ali Khorvani met with Iraqi Prime Minister Mustafa al-Kádiri in Tehran on Wednesday. ' +
  'Khorvani accused the United States of occupying Iraq.\n' +
  'Al-Kádiri, the Prime Minister of Iraq, said the talks were "frank & useful".';

export const TEXT_2 =
  'Ali Khorvani met Mustafa Al Kadiri again in Tehran. ' +
  'Supreme Leader Khorvani accused the United States & its allies of "<b>sabotage</b>". ' +
  `The group ${HOSTILE_LABEL} backed Al Kadiri. ` +
  'Tehran is the capital of Iran.';

/**
 * Evidence for `trigger` between `source` and `target` inside the sentence of `text` that starts
 * with `sentenceStart`; offsets are computed from the text, so they are always right.
 */
export function evidence(
  docId: string,
  text: string,
  sentenceStart: string,
  trigger: string,
  source: string,
  target: string,
  flags: Pick<Evidence, 'negated' | 'hedged' | 'reported' | 'confidence'> & { speaker?: string } = {},
): Evidence {
  const start = text.indexOf(sentenceStart);
  if (start < 0) throw new Error(`fixture: no sentence "${sentenceStart}"`);
  const stop = text.slice(start).search(/[.!?]["']?(\s|$)/);
  const end = stop < 0 ? text.length : start + stop + 1 + (/["']/.test(text[start + stop + 1] ?? '') ? 1 : 0);
  const sentence = text.slice(start, end);
  const at = (part: string): [number, number] => {
    const i = sentence.indexOf(part);
    if (i < 0) throw new Error(`fixture: "${part}" is not in "${sentence}"`);
    return [start + i, start + i + part.length];
  };
  const { speaker, ...marks } = flags;
  const out: Evidence = {
    docId,
    sentence,
    start,
    end,
    trigger,
    triggerSpan: at(trigger),
    sourceSpan: at(source),
    targetSpan: at(target),
    ...marks,
  };
  if (speaker !== undefined) out.speakerSpan = at(speaker);
  return out;
}

function entity(
  id: string,
  label: string,
  aliases: string[],
  titles: string[] = [],
  mentionCount = 1,
): DocEntity {
  const kind = id.slice(0, id.indexOf('/')) as DocEntity['kind'];
  return { id, kind, label, aliases, titles, mentionCount };
}

export const DOC_1: DocGraphInput = {
  doc: {
    id: 'irna-2020-07-22',
    title: 'Leader receives Iraqi PM',
    url: 'https://example.org/irna/1',
    date: '2020-07-22',
    hash: 'h1',
  },
  entities: [
    entity(
      'person/ali-khorvani',
      'Ali Khorvani',
      ['Ali Khorvani', 'Ayatollah Ali Khorvani', 'Khorvani'],
      ["Iran's Leader"],
      2,
    ),
    entity(
      'person/mustafa-al-kadiri',
      'Mustafa al-Kádiri',
      ['Mustafa al-Kádiri', 'Al-Kádiri', 'مصطفى القديري'],
      ['Iraqi Prime Minister', 'the Prime Minister of Iraq'],
      2,
    ),
    entity('place/tehran', 'Tehran', ['Tehran']),
    entity('place/united-states', 'United States', ['United States']),
    entity('place/iraq', 'Iraq', ['Iraq']),
  ],
  relations: [
    {
      relation: 'met_with',
      source: 'person/ali-khorvani',
      target: 'person/mustafa-al-kadiri',
      evidence: [
        evidence('irna-2020-07-22', TEXT_1, 'Ayatollah', 'met with', 'Ali Khorvani', 'Mustafa al-Kádiri', {
          confidence: 0.84,
        }),
      ],
    },
    {
      relation: 'accused',
      source: 'person/ali-khorvani',
      target: 'place/united-states',
      evidence: [
        evidence('irna-2020-07-22', TEXT_1, 'Khorvani accused', 'accused', 'Khorvani', 'United States'),
      ],
    },
    {
      relation: 'leader_of',
      source: 'person/mustafa-al-kadiri',
      target: 'place/iraq',
      role: 'Prime Minister',
      evidence: [
        evidence('irna-2020-07-22', TEXT_1, 'Al-Kádiri, the', 'Prime Minister', 'Al-Kádiri', 'Iraq', {
          reported: true,
          speaker: 'Al-Kádiri',
        }),
      ],
    },
  ],
};

export const DOC_2: DocGraphInput = {
  doc: {
    id: 'reuters-2020-07-23',
    title: 'Khorvani & al-Kadiri: "<b>talks</b>"',
    date: '2020-07-23',
    hash: 'h2',
  },
  entities: [
    entity('person/khorvani', 'Khorvani', ['Ali Khorvani', 'Khorvani'], ['Supreme Leader'], 2),
    entity('person/al-kadiri', 'Al Kadiri', ['Mustafa Al Kadiri', 'Al Kadiri'], [], 2),
    entity('place/united-states', 'United States', ['United States']),
    entity('organization/front', HOSTILE_LABEL, [HOSTILE_LABEL]),
    entity('place/tehran', 'Tehran', ['Tehran'], [], 2),
    entity('place/iran', 'Iran', ['Iran']),
  ],
  relations: [
    {
      relation: 'met_with',
      source: 'person/al-kadiri',
      target: 'person/khorvani',
      evidence: [
        evidence('reuters-2020-07-23', TEXT_2, 'Ali Khorvani met', 'met', 'Al Kadiri', 'Khorvani', {
          confidence: 0.5,
        }),
      ],
    },
    {
      relation: 'accused',
      source: 'person/khorvani',
      target: 'place/united-states',
      evidence: [
        evidence('reuters-2020-07-23', TEXT_2, 'Supreme Leader', 'accused', 'Khorvani', 'United States', {
          hedged: false,
          confidence: 0.3,
        }),
      ],
    },
    {
      relation: 'supports',
      source: 'organization/front',
      target: 'person/al-kadiri',
      evidence: [
        evidence('reuters-2020-07-23', TEXT_2, 'The group', 'backed', HOSTILE_LABEL, 'Al Kadiri', {
          confidence: 0.25,
        }),
      ],
    },
    {
      relation: 'located_in',
      source: 'place/tehran',
      target: 'place/iran',
      evidence: [evidence('reuters-2020-07-23', TEXT_2, 'Tehran is', 'capital of', 'Tehran', 'Iran')],
    },
  ],
};

/** The graph of DOC_1 then DOC_2. */
export function buildFixtureGraph(): KnowledgeGraph {
  const builder = new GraphBuilder();
  builder.addDocument(DOC_1);
  builder.addDocument(DOC_2);
  return builder.graph;
}
