/**
 * The constructions of issue 11 through the whole pipeline (name tagger, parser, gated window
 * reader), in sentences of our own. Each asserts the exact relations, directions and flags of today's
 * output (a construction still wrong would go to a table of known failures, saying in its name what
 * the right output is, like tests/extract/known-failures.test.ts).
 */

import { describe, expect, it } from 'vitest';
import { CONFIDENCE } from '../../src/extract/confidence.ts';
import { extractDocument } from '../../src/extract/index.ts';

function relations(text: string): string[] {
  return extractDocument({ id: 't', text })
    .relations.map((r) => {
      const e = r.evidence[0];
      const flags = [e?.negated && 'negated', e?.hedged && 'hedged', r.role && `role=${r.role}`].filter(
        Boolean,
      );
      return [r.relation, r.source, '->', r.target, ...flags].join(' ');
    })
    .sort();
}

describe('constructions through the pipeline', () => {
  it.each([
    [
      'a passive with an adverb',
      'Norway was sharply condemned by Chile.',
      ['accused place/chile -> place/norway'],
    ],
    [
      'a meeting in a city on a day: the people only',
      'President Tomas Varga met Prime Minister Elena Kowal in Paris on Monday.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'an expected meeting is a hedged meeting',
      'Tomas Varga is expected to meet Elena Kowal next week.',
      ['met_with person/tomas-varga -> person/elena-kowal hedged'],
    ],
    [
      "a person named after a qualified description is the party, not the description's country",
      'Tomas Varga met his Chilean counterpart, Elena Kowal, in Lima.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'the same description without the comma',
      'Tomas Varga met the Chilean envoy Elena Kowal in Lima.',
      [
        'member_of person/elena-kowal -> place/chile role=envoy',
        'met_with person/tomas-varga -> person/elena-kowal',
      ],
    ],
    [
      'a body before a title-like noun with no determiner stays the party (event coders take the body)',
      'Chile met NATO mediator Elena Kowal on Monday.',
      [
        'member_of person/elena-kowal -> organization/nato role=mediator',
        'met_with place/chile -> organization/nato',
      ],
    ],
    [
      'a post "in" a place is where it is held, not whose it is',
      'Elena Kowal, the Chilean envoy in Lima, said so.',
      ['member_of person/elena-kowal -> place/chile role=envoy'],
    ],
    [
      'a post "in" an organization is the organization\'s',
      'Elena Kowal, a researcher in the Chilean Ministry of Health, said so.',
      ['member_of person/elena-kowal -> organization/chilean-ministry-of-health role=researcher'],
    ],
    [
      'a plural group before a speaker is no description of the speaker',
      'Tomas Varga met Chilean officials, Elena Kowal said.',
      ['met_with person/tomas-varga -> place/chile'],
    ],
    [
      'a discussion with someone is a conversation',
      'Tomas Varga discussed the crisis with Elena Kowal by telephone.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'two subjects discussing something talk with each other',
      'Tomas Varga and Elena Kowal discussed the crisis.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'negotiations refused are negated and hedged',
      'Chile said it would not negotiate with Peru.',
      ['met_with place/chile -> place/peru negated hedged'],
    ],
    ['what is negotiated is no party to the negotiation', 'Chile negotiated the release of Tomas Varga.', []],
    [
      'what is discussed is no party to the discussion',
      "Tomas Varga discussed Peru's nuclear programme.",
      [],
    ],
    [
      'coordinated parties meeting in a city meet each other, not the city',
      'Officials from Chile and Peru met in Quito.',
      ['met_with place/chile -> place/peru'],
    ],
    [
      'coordinated demonyms of a group meeting in a city',
      'Chilean and Peruvian officials met in Quito on Monday.',
      ['met_with place/chile -> place/peru'],
    ],
    [
      'a request made of unnamed people is no request of the place they are to leave',
      'Chile urged its citizens to leave Peru.',
      [],
    ],
    [
      'a request made of unnamed people, with the to-clause parsed under them',
      'Chile urged the rebels to negotiate with Peru.',
      [],
    ],
    [
      'a request of a named party stays one',
      'Chile urged Peru to withdraw its troops from Bolivia.',
      ['requested place/chile -> place/peru'],
    ],
    [
      'accusing each other: one accusation each way',
      'Chile and Peru accused each other of violating the ceasefire.',
      ['accused place/chile -> place/peru', 'accused place/peru -> place/chile'],
    ],
    [
      'blaming one another: one accusation each way',
      'Chile and Peru blamed one another for the clash.',
      ['accused place/chile -> place/peru', 'accused place/peru -> place/chile'],
    ],
    [
      'an offer turned down is rejected',
      "Peru turned down Chile's offer of help.",
      ['rejected place/peru -> place/chile'],
    ],
    [
      "a party's name opening the sentence with its adjective",
      'Socialist Party member Tomas Varga said the talks would fail.',
      ['member_of person/tomas-varga -> organization/socialist-party role=member'],
    ],
    [
      "a body's name after the sentence's article, where the name tagger sees none",
      'The Socialist Party condemned Peru on Monday.',
      ['accused organization/socialist-party -> place/peru'],
    ],
    [
      'a role modifier opening the sentence is no part of a name',
      'Senior Party officials said the talks would fail.',
      [],
    ],
    [
      "a relative clause's copula with the body owning the title",
      "Tomas Varga, who was Chile's ambassador to Peru until 2010, said the talks would fail.",
      ['member_of person/tomas-varga -> place/chile role=ambassador'],
    ],
    [
      'a copula with the body owning the title',
      "Tomas Varga is Chile's ambassador to Peru.",
      ['member_of person/tomas-varga -> place/chile role=ambassador'],
    ],
    [
      'a post taken in a relative clause is the post of the name it describes',
      'Tomas Varga, who was appointed chief executive of Melton Systems in 2010, resigned.',
      ['leader_of person/tomas-varga -> organization/melton-systems role=chief executive'],
    ],
    [
      'a name inside a clause on the unnamed object is no party: arming rebels',
      'Chile armed the rebels fighting Peru.',
      [],
    ],
    [
      'a name inside a clause on the object of a preposition',
      'Chile sent weapons to the rebels fighting Peru.',
      [],
    ],
    ['a name inside a relative clause on the object', 'Chile attacked the rebels whom Peru backs.', []],
    [
      "the by-agent of the object's clause is the one whose act it is",
      'Chile praised the troops sent by Peru.',
      ['supports place/chile -> place/peru'],
    ],
    [
      'the subject after a fronted phrase and its comma acts (the parse read it as a list item)',
      'During his visit to Peru, Tomas Varga met Elena Kowal.',
      // his visit to Peru is a visit to a country (guidelines), read from the opening phrase
      ['met_with person/tomas-varga -> person/elena-kowal', 'met_with place/peru -> person/tomas-varga'],
    ],
    [
      'a city naming where the event happened is no party to it',
      "Tomas Varga injured himself in last Friday's Lima meeting.",
      [],
    ],
    [
      'calling someone the enemy accuses them (issue 11: "X called Y the enemy")',
      'Tomas Varga called Peru the enemy of the people.',
      ['accused person/tomas-varga -> place/peru'],
    ],
    [
      'calling a named body the enemy of another accuses the one called so',
      'Tomas Varga has called the United States the greatest enemy of Chile.',
      ['accused person/tomas-varga -> place/united-states'],
    ],
    ['calling someone a friend accuses nobody', 'Peru called Chile a friend.', []],
    [
      'telling someone to act is a request',
      'Tomas Varga told Peru to stop interfering.',
      ['requested person/tomas-varga -> place/peru'],
    ],
    [
      'telling someone that something is so is no request',
      'Tomas Varga told Elena Kowal that Chile would help.',
      [],
    ],
    ['telling a broadcaster something is no request', 'Tomas Varga told the BBC that Peru was lying.', []],
    [
      "a meeting in the sentence's opening phrase is the main clause's subject's",
      'During a meeting with Elena Kowal, Tomas Varga raised the issue.',
      ['met_with person/elena-kowal -> person/tomas-varga'],
    ],
    [
      "an attack in the opening phrase is not the main clause's subject's",
      'After the attack on Peru, Chile said it would send aid.',
      [],
    ],
    [
      "an opening phrase's talks belong to the speaker after its comma",
      'After talks with Elena Kowal, Tomas Varga said relations were improving.',
      ['met_with person/elena-kowal -> person/tomas-varga'],
    ],
    [
      'the agent of a noun trigger right after it',
      'The attack by Chile on Peru was condemned.',
      ['attacked place/chile -> place/peru'],
    ],
    [
      'a visit of a person to a country',
      'The visit of Tomas Varga to Peru was a success.',
      ['met_with person/tomas-varga -> place/peru'],
    ],
    [
      '"of" a person after a killing names the one killed, no agent',
      'The killing of Tomas Varga shocked Peru.',
      [],
    ],
    [
      'a meeting after an apposition set off by commas (the tagger read "met" as an adjective)',
      'Tomas Varga, the Chilean president, met with Elena Kowal.',
      [
        'leader_of person/tomas-varga -> place/chile role=president',
        'met_with person/tomas-varga -> person/elena-kowal',
      ],
    ],
    [
      'the same with a possessive title and a titled name after',
      "Tomas Varga, Chile's president, met with Peruvian leader Elena Kowal.",
      [
        'leader_of person/elena-kowal -> place/peru role=leader',
        'leader_of person/tomas-varga -> place/chile role=president',
        'met_with person/tomas-varga -> person/elena-kowal',
      ],
    ],
    ['a person fired is dismissed, not attacked', 'Tomas Varga was fired by Elena Kowal last week.', []],
    [
      'firing at someone is force',
      'Chilean gunboats fired at a Peruvian patrol.',
      ['attacked place/chile -> place/peru'],
    ],
    [
      'firing into a country is force',
      'Chilean artillery fired shells into Peru.',
      ['attacked place/chile -> place/peru'],
    ],
    ['a sanction lifted is none', 'Chile lifted sanctions on Peru.', []],
    ['a sanction eased, in the passive, is none', 'The embargo on Peru was eased by Chile.', []],
    [
      'a sanction extended is one',
      'Chile extended sanctions on Peru.',
      ['sanctioned place/chile -> place/peru'],
    ],
    [
      'refusing to lift a sanction rejects the sanctioned',
      'Chile refused to lift sanctions on Peru.',
      ['rejected place/chile -> place/peru'],
    ],
    ['a swearing-in states nothing', 'Tomas Varga was sworn in at a ceremony in the capital.', []],
    [
      "a denial of someone's claims",
      "Tomas Varga denied Elena Kowal's claims.",
      ['rejected person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'whom a rejected plan is for is not the one rejected',
      'Tomas Varga rejected a plan for Chilean refugees.',
      [],
    ],
    [
      "a plan's author is the one rejected, whatever it is for",
      "Peru rejected Chile's plan for the border.",
      ['rejected place/peru -> place/chile'],
    ],
    [
      'an adjective of stance as a predicate: criticism of whose policy it is',
      "Chile is highly critical of Peru's policy.",
      ['accused place/chile -> place/peru'],
    ],
    [
      'disappointment with a decision, in speech: the speaker disapproves of its maker',
      '"I am disappointed with the Lima Council\'s decision," said Tomas Varga.',
      ['accused person/tomas-varga -> organization/lima-council'],
    ],
    [
      'an ally of someone, as a copular predicate, supports them',
      'Chile is a close ally of Peru.',
      ['supports place/chile -> place/peru'],
    ],
    [
      'an ally of someone, in apposition to a name, supports them',
      'Tomas Varga, a close ally of President Elena Kowal, said the plan failed.',
      ['supports person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'working for a body is membership',
      'Tomas Varga, who works for the Ruritania Trade Union, said it was wrong.',
      ['member_of person/tomas-varga -> organization/ruritania-trade-union role=staff'],
    ],
    [
      "joining a party is membership; a country joining is no person's post",
      'Elena Kowal joined the Ruritania Liberal Party in 2010. Chile joined NATO in 1999.',
      ['member_of person/elena-kowal -> organization/ruritania-liberal-party role=member'],
    ],
    [
      'the subject of a passive with no by-agent is acted on: no relation from it',
      'Peru was sharply criticized at the meeting with Chile.',
      [],
    ],
    [
      'an invitation with no one inviting named states nothing',
      'Chile was invited to the summit in Lima.',
      [],
    ],
    [
      'coordinated subjects with their articles, of a light verb and its noun, each act',
      'The United States and the European Union imposed sanctions on Russia.',
      [
        'sanctioned organization/european-union -> place/russia',
        'sanctioned place/united-states -> place/russia',
      ],
    ],
    [
      'coordinated subjects of talks with a third each meet it',
      'Chile and Peru held talks with Bolivia.',
      ['met_with place/chile -> place/bolivia', 'met_with place/peru -> place/bolivia'],
    ],
    [
      'a sentence-opening "It" acting is the body the previous sentence opened with',
      'Chile closed its border on Friday. It also expelled two Peruvian diplomats.',
      ['sanctioned place/chile -> place/peru'],
    ],
    [
      'an "It" after a sentence that opens with no named body stands for nobody',
      'The old plan failed on Friday. It also criticized Peru.',
      [],
    ],
    [
      'aid received from someone is their support, no visit',
      'The Lima Museum received a grant from the Andy Varga Foundation.',
      ['supports organization/andy-varga-foundation -> organization/lima-museum'],
    ],
    [
      'assurances received from someone are their agreement, no visit (CAMEO "receive * ASSURANCE")',
      'Norway said it had received assurances from the Chilean government that its forces would observe the ceasefire.',
      ['agreed_with place/chile -> place/norway'],
    ],
    [
      'aid that will be sent is a promise, whatever the object says of the sense',
      'Chile will send aid to Peru.',
      ['agreed_with place/chile -> place/peru'],
    ],
    [
      'a failure to reach agreement is a negated one: a rejection',
      'Chile failed to reach an agreement with Peru.',
      ['rejected place/chile -> place/peru negated'],
    ],
    [
      'a negated meeting',
      'Tomas Varga did not meet Elena Kowal.',
      ['met_with person/tomas-varga -> person/elena-kowal negated'],
    ],
    [
      'a party MP',
      'Labour Party MP Tomas Varga spoke.',
      ['member_of person/tomas-varga -> organization/labour-party role=MP'],
    ],
    [
      "a party's short name before a post",
      'Republican Senator Tomas Varga said the plan had failed.',
      ['member_of person/tomas-varga -> organization/republican-party role=Senator'],
    ],
    [
      "a nation of the United Kingdom by its demonym, and a team's captain",
      'Scottish captain Tomas Varga scored twice.',
      ['member_of person/tomas-varga -> place/scotland role=captain'],
    ],
    [
      'a formal protest lodged with a government is an accusation',
      'Norway lodged an official protest with Chile on Monday.',
      ['accused place/norway -> place/chile'],
    ],
    [
      "a party-and-state tag after a senator's name",
      'Senator Tomas Varga (R-Ohio) said the plan had failed.',
      ['member_of person/tomas-varga -> organization/republican-party role=R'],
    ],
    [
      'a party beside a name',
      'Tomas Varga, a Democrat, voted against the bill.',
      ['member_of person/tomas-varga -> organization/democratic-party role=Democrat'],
    ],
    [
      'a party adjective as a noun, from a place',
      'Senator Tomas Varga, Republican from Ohio, voted against the bill.',
      ['member_of person/tomas-varga -> organization/republican-party role=Republican'],
    ],
    [
      "a party's possessive before a shadow post",
      "Labour's Shadow Trade Secretary Tomas Varga said the plan had failed.",
      ['member_of person/tomas-varga -> organization/labour-party role=Shadow Trade Secretary'],
    ],
    [
      "a party's possessive before a post whose first words the rules took for its body",
      'In Leeds, Labour\'s Shadow Trade Secretary Elena Kowal said her party had opposed it "for years".',
      ['member_of person/elena-kowal -> organization/labour-party role=Shadow Trade Secretary'],
    ],
    [
      'a party leader (the short name is the party named in full)',
      'On Monday, Labour leader Tomas Varga said the plan had failed.',
      ['leader_of person/tomas-varga -> organization/labour-party role=leader'],
    ],
    [
      'a chief executive leads, and is no execution',
      'The chief executive of Corvane Systems, Ana Ruiz, spoke in Berlin.',
      ['leader_of person/ana-ruiz -> organization/corvane-systems role=chief executive'],
    ],
    [
      'a person of a named organization is its member',
      'Tomas Varga of Corvane Systems said sales rose.',
      ['member_of person/tomas-varga -> organization/corvane-systems'],
    ],
    [
      'a post at an organization, in apposition',
      'Ana Ruiz, curator at the Halvorsen Museum, said the show would open in May.',
      ['member_of person/ana-ruiz -> organization/halvorsen-museum role=curator'],
    ],
    [
      "a person's party in brackets: the person stays a person, a member of the party",
      'Tomas Varga (Freedonia Party) and Ana Ruiz (FDP) won seats in Lima.',
      [
        'member_of person/ana-ruiz -> organization/fdp',
        'member_of person/tomas-varga -> organization/freedonia-party',
      ],
    ],
    [
      'a post from an organization (not from a place: where she comes from)',
      'Tomas Varga, a lawmaker from the Freedonia Party, met Ana Ruiz, a lawyer from Lima.',
      [
        'member_of person/tomas-varga -> organization/freedonia-party role=lawmaker',
        'met_with person/tomas-varga -> person/ana-ruiz',
      ],
    ],
    [
      'a message or a leave given is no aid; food sent is',
      'Chile sent Peru a message on Monday. Norway gave Tomas Varga permission to land. Chile sent 200 tonnes of food to Peru.',
      ['supports place/chile -> place/peru'],
    ],
    [
      "a portfolio is part of the title, not a body ('Trade Minister'); an unknown word there is a body",
      'Chilean Trade Minister Ana Ruiz praised Likud Minister Tomas Varga.',
      [
        'member_of person/ana-ruiz -> place/chile role=Trade Minister',
        'member_of person/tomas-varga -> organization/likud role=Minister',
        'supports person/ana-ruiz -> person/tomas-varga',
      ],
    ],
    [
      'asking what or how is a question, not a request; asking to is a request',
      'Ana Ruiz asked what Chile would do next. Tomas Varga asked Peru how it would pay. Elena Kowal asked Norway to withdraw.',
      ['requested person/elena-kowal -> place/norway'],
    ],
    [
      "a rank inside a body's name is no title: the body stays whole, no person 'Assembly'",
      'Chile took the plan to the United Nations General Assembly.',
      [],
    ],
    [
      'a city named before a meeting is where it is, not a party; a country may be a party',
      'Officials tried to stop the Lima meeting by keeping Ana Ruiz grounded. The Chile meeting with Peru was cancelled.',
      ['met_with place/chile -> place/peru'],
    ],
    [
      'a bare "beat" is a result (the lexicon excludes it), "beat up" an assault',
      'Tomas Varga (Chile) beat Elena Kowal (Peru) 6-3 7-6. Chile beat Peru in the final. Chilean soldiers beat up Ana Ruiz in her cell.',
      ['attacked place/chile -> person/ana-ruiz'],
    ],
    [
      'declining to comment rejects nothing; refusing to recognise a party does',
      'Corvane Systems declined to comment on negotiations with the Ruritania Bank. Chile refused to recognise Peru.',
      ['rejected place/chile -> place/peru'],
    ],
    [
      "a trigger word that is another verb's adverb or particle states nothing ('turned back')",
      'Tomas Varga turned back the clock with a victory over Ana Ruiz.',
      [],
    ],
    [
      'an emissary or a proposal sent is no aid',
      'Chile said it had sent an embassy official to talk to Tomas Varga. Corvane Systems has sent to the Ruritania Bank a proposal for restructuring.',
      [],
    ],
    [
      "denying a statement rejects none of the parties inside it; denying a party's claims does",
      "The Freedonia Bank would neither confirm nor deny that Tomas Varga had been in Chile. Norway denied Peru's claims.",
      ['rejected place/norway -> place/peru'],
    ],
    [
      "a portfolio after a place of two words; a place's second word is no portfolio",
      'Tomas Varga met New Zealand Trade Minister Ana Ruiz.',
      [
        'member_of person/ana-ruiz -> place/new-zealand role=Trade Minister',
        'met_with person/tomas-varga -> person/ana-ruiz',
      ],
    ],
    [
      'a noun trigger the tagger read as an adverb still states its relation (the proposal\'s "would" is not read as a hedge: a gap)',
      'Chile has proposed a resolution, still under discussion, that would impose an immediate arms embargo on Peru.',
      ['sanctioned place/chile -> place/peru'],
    ],
    [
      "a post named by an active verb is its object's, not its subject's; a post denied or only possible is none",
      'Tomas Varga named Elena Kowal chief executive of Corvane Systems. Ana Ruiz is not a member of the Freedonia Party. Tomas Kowal could be the next leader of the Sylvania Green Party.',
      [],
    ],
    [
      'a message of support and aid beside a letter are support; asking for help when something happened is a request',
      'Chile sent Peru a message of support. Norway sent a letter and aid to Sylvania. Tomas Varga asked Ruritania for help when the floods came.',
      [
        'requested person/tomas-varga -> place/ruritania',
        'supports place/chile -> place/peru',
        'supports place/norway -> place/sylvania',
      ],
    ],
    [
      'a defector from a body is no member of it; a title before a surname that is a head word stays a person',
      'Tomas Varga, a defector from the Freedonia Party, met Senator Church.',
      ['met_with person/tomas-varga -> person/church'],
    ],
    [
      'a post stated by a copula, head of a body',
      'Ana Ruiz is the director of the Halvorsen Museum.',
      ['leader_of person/ana-ruiz -> organization/halvorsen-museum role=director'],
    ],
    [
      'a post stated by a copula with an auxiliary, at a body',
      'Tomas Varga has been a senior analyst at Corvane Systems since 2001.',
      ['member_of person/tomas-varga -> organization/corvane-systems role=senior analyst'],
    ],
    [
      'a post taken by election, of a place',
      'Tomas Varga was elected president of Ruritania in 2019.',
      ['leader_of person/tomas-varga -> place/ruritania role=president'],
    ],
    [
      'a post taken, the verb "named" (lemma name, not nam)',
      'Ana Ruiz was named chief executive of Corvane Systems.',
      ['leader_of person/ana-ruiz -> organization/corvane-systems role=chief executive'],
    ],
    [
      'a post become, and one only expected or denied',
      'Tomas Varga became the leader of the Freedonia Party. Elena Kowal is expected to become the leader of the Ruritania Labour Party. Ana Ruiz did not become the leader of the Sylvania Green Party.',
      ['leader_of person/tomas-varga -> organization/freedonia-party role=leader'],
    ],
    [
      'a post stated in a relative clause',
      'Tomas Varga, who was the spokesman of the Ruritanian Army until 2010, retired.',
      ['member_of person/tomas-varga -> organization/ruritanian-army role=spokesman'],
    ],
    [
      'a spokeswoman for an organization, in apposition',
      'Ana Ruiz, a spokeswoman for Corvane Systems, said sales rose.',
      ['member_of person/ana-ruiz -> organization/corvane-systems role=spokeswoman'],
    ],
    [
      "a party's two members, coordinated",
      "Pro-Beijing CPV's Ana Ruiz and Tomas Varga were elected in this constituency.",
      ['member_of person/ana-ruiz -> organization/cpv', 'member_of person/tomas-varga -> organization/cpv'],
    ],
    [
      'what an agreement is about is no party to it',
      'Norway reached agreement on the future of Peruvian ports.',
      [],
    ],
    ['nor what a signed agreement is about', 'Norway signed an agreement on Peruvian ports.', []],
    [
      'a demand on coordinated parties, one a group of a named place',
      'Tomas Varga said on Friday that the Chilean government and the rebels in Peru must reach an agreement.',
      ['requested person/tomas-varga -> place/chile', 'requested person/tomas-varga -> place/peru'],
    ],
    [
      "a title owned by a country's team",
      "According to the Norwegian team's coach, Tomas Varga, the plan works.",
      ['leader_of person/tomas-varga -> place/norway role=coach'],
    ],
    [
      'a person of an acronym the tagger does not know',
      'Other winners were Tomas Varga of CPV and Ana Ruiz of the Corvane Party.',
      [
        'member_of person/ana-ruiz -> organization/corvane-party',
        'member_of person/tomas-varga -> organization/cpv',
      ],
    ],
    [
      "a named country's troops in a place are that country's, not the place's",
      'Tomas Varga said that American troops in Iraq must leave.',
      ['requested person/tomas-varga -> place/united-states'],
    ],
    ['a withdrawal of troops is no sanction', 'Norway withdrew its troops from Chile last year.', []],
    [
      'a withdrawal of an ambassador is a sanction',
      'Norway withdrew its ambassador from Chile.',
      ['sanctioned place/norway -> place/chile'],
    ],
    [
      'a post of something at an organization, in apposition',
      'Ana Ruiz, professor of history at Corvane University, said the show would open in May.',
      ['member_of person/ana-ruiz -> organization/corvane-university role=professor'],
    ],
    [
      'contacting someone is a conversation with them',
      "Tomas Varga contacted Norway's foreign minister about the plan.",
      ['met_with person/tomas-varga -> place/norway'],
    ],
    [
      'a purpose clause is done by the subject, not by what the verb acts on',
      "The farmers said they would blockade Varna on Monday to demand an end to Corvane Systems' plan.",
      [],
    ],
    [
      'a verb of asking lends its object to the to-clause',
      "Norway urged Chile to reject Peru's claims.",
      ['rejected place/chile -> place/peru', 'requested place/norway -> place/chile'],
    ],
    [
      "a country's captain: a demonym in the title stands for the country",
      'Swedish captain Tomas Varga scored from the penalty spot.',
      ['member_of person/tomas-varga -> place/sweden role=captain'],
    ],
    [
      "a country's coach in apposition, closed by a comma",
      'After the match, Tomas Varga, Norway coach, said the team had played well.',
      ['leader_of person/tomas-varga -> place/norway role=coach'],
    ],
    [
      'coordinated posts at an organization, in apposition',
      'Ana Ruiz, chief financial officer and treasurer at the Halvorsen Foundation, said sales rose.',
      ['member_of person/ana-ruiz -> organization/halvorsen-foundation role=officer'],
    ],
    [
      'an organization and a post before the name',
      'Halvorsen Museum curator Ana Ruiz said the show would open in May.',
      ['member_of person/ana-ruiz -> organization/halvorsen-museum role=curator'],
    ],
    ['a critic of a party is no member', 'Tomas Varga, a critic of the Green Union Party, spoke.', []],
    [
      'a full name before "of the" party is a person of that party, not one long name',
      'Ana Ruiz of the Labour Party won the seat.',
      ['member_of person/ana-ruiz -> organization/labour-party'],
    ],
    [
      'an affiliation set off by commas',
      'Ana Ruiz, of the Labour Party, won the seat.',
      ['member_of person/ana-ruiz -> organization/labour-party'],
    ],
    [
      "a party's person",
      "The Labour Party's Ana Ruiz said the vote was lost.",
      ['member_of person/ana-ruiz -> organization/labour-party'],
    ],
    [
      'a demand through a modal in what a country says',
      'Norway said Chile must withdraw its troops.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'a demand said on a day (the parse hangs the clause on the day)',
      'Norway said on Tuesday that Chile must withdraw its troops.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'two countries by their demonyms, after a capitalized common noun that opens the sentence',
      'Senior Egyptian and Jordanian officials agreed to cooperate.',
      ['agreed_with place/egypt -> place/jordan'],
    ],
    [
      'coordinated subjects both act',
      'Norway and Chile both urged Peru to withdraw.',
      ['requested place/chile -> place/peru', 'requested place/norway -> place/peru'],
    ],
    [
      'the head of a region the gazetteer does not list',
      'In a statement, Governor of Texas Tomas Varga said the plan failed.',
      ['leader_of person/tomas-varga -> place/texas role=Governor'],
    ],
    [
      'the body after "CEO of" ends at its head word when a name follows in the same run',
      'After the vote, CEO of the Ruritania Aid Council Vaclo Dunne told reporters the plan failed.',
      ['leader_of person/vaclo-dunne -> organization/ruritania-aid-council role=CEO'],
    ],
    [
      "an ambassador's posting is where the post is held, the demonym before it the body",
      'According to Chilean Ambassador to Peru Tomas Varga, the team will travel.',
      ['member_of person/tomas-varga -> place/chile role=Ambassador'],
    ],
    [
      'a participle right before "by", without its comma or auxiliary, is a passive',
      'Chilean rebels backed by Peru attacked the town.',
      ['supports place/peru -> place/chile'],
    ],
    [
      'a reduced relative: the by-agent gave to the to-phrase, though the parse hangs "by" on it',
      'The show includes 100 prints donated to Ruritania State University by the Andy Varga Foundation.',
      ['supports organization/andy-varga-foundation -> organization/ruritania-state-university'],
    ],
    [
      'a past participle after a name is done to it, by its by-agent',
      'The Houthis, backed by Iran, attacked Saudi Arabia.',
      ['attacked organization/houthis -> place/saudi-arabia', 'supports place/iran -> organization/houthis'],
    ],
    ['a punishment someone says is due is no demand on them', 'Norway said Chile must be punished.', []],
    [
      'a nominalized condemnation with its by-agent',
      'The condemnation of Norway by Chile surprised few.',
      ['accused place/chile -> place/norway'],
    ],
    [
      'a threat in a purpose clause under a passive: its by-agent acts, hedged by the modal',
      'The weapons could be used by Norway to threaten Chile.',
      ['threatened place/norway -> place/chile hedged'],
    ],
    [
      "an attack on someone's plans is verbal: an accusation",
      "Norway attacked Chile's plans to build a dam.",
      ['accused place/norway -> place/chile'],
    ],
    [
      'an attack on the plans of a party is an accusation of the party',
      'Tomas Varga attacked the plans of the Labour Party.',
      ['accused person/tomas-varga -> organization/labour-party'],
    ],
    [
      'an attack on a convoy is force against its owner; the place near it is where, no party',
      'The Taliban attacked a Norwegian convoy near Kandahar.',
      ['attacked organization/taliban -> place/norway'],
    ],
    [
      'a place near an unnamed target is no target',
      'Taliban fighters attacked a convoy outside Kandahar on Monday.',
      [],
    ],
    [
      'a noun predicate takes the subject of the verb whose object it is',
      'Norway voiced strong criticism of Chile.',
      ['accused place/norway -> place/chile'],
    ],
    [
      "a noun predicate takes the subject phrase's named party",
      'A group of Norwegian diplomats held talks with Chile.',
      ['met_with place/norway -> place/chile'],
    ],
    [
      'a noun predicate under a participle takes the noun it modifies',
      'Norwegian officials attending talks with Chile left early.',
      ['met_with place/norway -> place/chile'],
    ],
    [
      "a noun predicate of a controlled verb takes the controller's object",
      'Tomas Varga urged Norway to impose sanctions on Chile.',
      ['requested person/tomas-varga -> place/norway', 'sanctioned place/norway -> place/chile'],
    ],
    [
      'a sanction to be lifted, asked of someone, is a request only',
      'Tomas Varga urged Norway to lift the sanctions on Chile.',
      ['requested person/tomas-varga -> place/norway'],
    ],
    [
      'a call on someone to act, as a noun',
      'Norway renewed its call for Chile to withdraw its troops.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'a noun predicate inside what someone says was done is not their act',
      'Norway said the attack on Chile was unjustified.',
      [],
    ],
    [
      "a noun predicate inside the topic of a statement is not the speaker's act",
      'Norway issued a statement regarding the rejection of Chile.',
      [],
    ],
    [
      'a by-phrase of a place or a time is no agent of a nominalization',
      'The condemnation of Norway by Friday was expected in Chile.',
      [],
    ],
    [
      "a title between two names that sets off its own name is that name's",
      "The talks were attended by Tomas Varga, Norway's deputy minister, the Finance Minister of Chile, Elena Kowal, and others.",
      [
        'member_of person/elena-kowal -> place/chile role=Finance Minister',
        'member_of person/tomas-varga -> place/norway role=deputy minister',
        // both attended the talks, as "attended by Tomas Varga and Elena Kowal" reads
        'met_with person/tomas-varga -> person/elena-kowal',
      ],
    ],
    [
      'a possessor does not reach over another named person',
      "Elected were NATO's Tomas Varga and UNESCO's Elena Kowal.",
      [
        'member_of person/elena-kowal -> organization/unesco',
        'member_of person/tomas-varga -> organization/nato',
      ],
    ],
    [
      "a demand that someone act, with the parse's 'that' inside the clause",
      'Norway reiterated its demand that Chile withdraw its troops.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'what was donated is no donor, whatever tag its participle got: the by-agent gave to the to-phrase',
      'Among them were the Varga Prints donated to the Bergen Museum by the Kowal Foundation for the Arts.',
      ['supports organization/kowal-foundation -> organization/bergen-museum'],
    ],
    [
      'a passive whose subject is a thing: its by-agent gave to the to-phrase',
      'The paintings were donated to the Ruritania Museum by the Sylvania Foundation.',
      ['supports organization/sylvania-foundation -> organization/ruritania-museum'],
    ],
    ['the demands someone made are no demand on them', 'Norway rejected the demands that Chile made.', []],
    [
      "a demand noun's that-clause where the parse misreads the clause's verb",
      'Norway repeated its demand that Chile lift the restrictions.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'a demand noun, a word of time, then its that-clause whose subjunctive verb the tagger read as a noun',
      'Chile repeated its demand today that Peru ease restrictions on workers.',
      ['requested place/chile -> place/peru'],
    ],
    [
      'coordinated subjects of a verb whose party is its object do it together, not with each other',
      'Both candidates, Tomas Varga and Anna Berg, reportedly received anonymous telephone calls.',
      [],
    ],
    ['coordinated subjects offering something agree with no one', 'Chile and Peru offered help.', []],
    [
      'coordinated subjects visiting a place do not meet each other',
      'Tomas Varga and Anna Berg visited the factory.',
      [],
    ],
    [
      'coordinated subjects of a meeting meet each other',
      'Tomas Varga and Anna Berg met on Monday.',
      ['met_with person/tomas-varga -> person/anna-berg'],
    ],
    [
      "the by-agent of a passive coordinated with the trigger is that verb's, not the trigger's",
      'Tomas Varga sought a second term and was opposed by Anna Berg.',
      ['rejected person/anna-berg -> person/tomas-varga'],
    ],
    [
      "a passive coordinated after another verb acts on that verb's subject",
      'Chile demanded new talks and was condemned by Peru.',
      ['accused place/peru -> place/chile'],
    ],
    [
      'each passive of a coordination keeps its own by-agent',
      'Chile was attacked by Peru and condemned by Norway.',
      ['accused place/norway -> place/chile', 'attacked place/peru -> place/chile'],
    ],
    [
      'a demand made on a day, then its that-clause',
      'Norway demanded on Monday that Chile release the prisoners.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'coordinated named modifiers of a group noun: one group each',
      'The Mercy Council said Norwegian and Chilean forces must ensure security.',
      [
        'requested organization/mercy-council -> place/chile',
        'requested organization/mercy-council -> place/norway',
      ],
    ],
    [
      'a second predicate after "and" keeps its object to itself',
      'Norway condemned the attack and urged Chile to investigate.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'a list of three parties to an accord: every two of them',
      'Norway, Chile and Peru signed the accord.',
      [
        'agreed_with place/chile -> place/peru',
        'agreed_with place/norway -> place/chile',
        'agreed_with place/norway -> place/peru',
      ],
    ],
    [
      'a list of three subjects of a request: each asks',
      'Norway, Chile and Peru urged Bolivia to withdraw.',
      [
        'requested place/chile -> place/bolivia',
        'requested place/norway -> place/bolivia',
        'requested place/peru -> place/bolivia',
      ],
    ],
    [
      'a participle used as a noun after "the" is no trigger ("the chief accused")',
      'Tomas Varga, the chief accused in a Chilean fraud case, was released on Monday.',
      [],
    ],
    [
      'the accusation of a subject after "the" stays ("the government accused")',
      'The Chilean government accused Peru of fraud.',
      ['accused place/chile -> place/peru'],
    ],
    [
      "a country's civil war is no attack on anyone named",
      "Liberia's civil war, launched by Tomas Varga in 1989, has killed 150,000 people.",
      [],
    ],
    [
      '"lashed out at B" is a verbal attack (guidelines), "at" naming the one attacked, not where',
      'Tomas Varga lashed out at Elena Kowal over the budget.',
      ['accused person/tomas-varga -> person/elena-kowal'],
    ],
    [
      '"hit out at B" is a verbal attack (guidelines)',
      'Norway hit out at Chile on Monday over fishing quotas.',
      ['accused place/norway -> place/chile'],
    ],
    [
      '"at" a place stays where a meeting happened',
      'Tomas Varga met Elena Kowal at the Lima summit.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'what a subject came under was done by the one after "from"',
      'The Chilean convoy came under attack from Peruvian rebels.',
      ['attacked place/peru -> place/chile'],
    ],
    [
      'what a subject came under, with an adjective, and the phrase hung on the verb',
      'Norway came under heavy criticism from Chile on Monday.',
      ['accused place/chile -> place/norway'],
    ],
    [
      'coordinated subjects met each other; the residence they met at is no party',
      'Tomas Varga and Elena Kowal met at the president’s official Lima residence on Monday.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'a visit a subject left for is the subject’s, not the place left',
      'Tomas Varga left Chile on Friday for a week-long visit to Peru, officials said.',
      ['met_with person/tomas-varga -> place/peru'],
    ],
    [
      'talks a subject left for are the subject’s, not the places on the way',
      'Tomas Varga left Lima for Quito on Monday for talks with Peruvian officials.',
      ['met_with person/tomas-varga -> place/peru'],
    ],
    [
      'an "in" phrase on the patient says where it was, not who',
      'Chilean police briefly detain two opposition leaders in Lima and cancel rallies in Lima and Cuzco.',
      [],
    ],
    [
      'a place inside an "in" phrase on the patient is no target either',
      'Chilean security forces killed four Moslem guerrillas on Tuesday in a village south of the capital Santiago, a Chilean newspaper said on Thursday.',
      [],
    ],
    [
      'the patient named by its country stays the target where the place is only where',
      'Chilean police briefly detain two Peruvian opposition leaders in Santiago and cancel rallies in Santiago and Valparaiso.',
      ['attacked place/chile -> place/peru'],
    ],
    [
      'a capitalized trigger word inside a name (a treaty) is no event',
      'Chile blocked the Comprehensive Test Ban Treaty (CTBT) at the conference in Geneva.',
      [],
    ],
    [
      'in a title-case headline a capitalized trigger stays one',
      'Chile Condemns Peru Over Border Raid.',
      ['accused place/chile -> place/peru'],
    ],
    [
      // the attack itself (Kowal -> Varga) is not read: its object is a pronoun, which only the
      // window reader resolves, and the window took the speaker for the actor
      'a clause with its own named subject is not acted by the speaker of "said"',
      'Jan Kowal accused Tomas Varga of assault on Sunday. Varga, 35, denied the charges and said he had merely defended himself when Kowal attacked him with a bottle.',
      ['accused person/jan-kowal -> person/tomas-varga'],
    ],
    [
      '"sought to" with a verb is an attempt, no request',
      'Chile sought on Thursday to play down a fire bomb attack on a Peruvian consulate earlier this week.',
      [],
    ],
    [
      '"sought help from" is a request',
      'Chile sought help from Peru after the floods.',
      ['requested place/chile -> place/peru'],
    ],
    [
      'what is called for is no party ("called for the impeachment of B")',
      "Members of Chile's ruling coalition called on Tuesday for the impeachment of President Tomas Varga for backing the treaty.",
      [],
    ],
    [
      'a party inside what is called for is none either',
      'Tomas Varga called for peace efforts with the Freedonia Party to be suspended.',
      [],
    ],
    [
      '"called for B to" names B as the one asked',
      'Chile called for Peru to withdraw its troops.',
      ['requested place/chile -> place/peru'],
    ],
    [
      'a name inside an "in" phrase on the patient that says whose stays the target',
      'Chilean police detained two leaders in the Peruvian opposition.',
      ['attacked place/chile -> place/peru'],
    ],
    [
      'a city naming a residence met at is where, however the parse hangs the phrase',
      "Tomas Varga and Elena Kowal met by chance at the president's official Lima residence.",
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'a by-phrase naming no one ("by plane") names no agent',
      'Tomas Varga left Chile by plane on Friday for a week-long visit to Peru.',
      ['met_with person/tomas-varga -> place/peru'],
    ],
    [
      'an invitation is a proposed meeting: met_with, hedged (guidelines), not a request',
      'Tomas Varga has invited Elena Kowal to meet him at his private home.',
      ['met_with person/tomas-varga -> person/elena-kowal hedged'],
    ],
    [
      'an invitation to join talks likewise',
      'Chile invited Peru to join the talks.',
      ['met_with place/chile -> place/peru hedged'],
    ],
    [
      'a subject under arrest was arrested by no one named',
      'A Chilean trawler was under arrest on Thursday as the Peruvian Navy continued its patrols.',
      [],
    ],
    [
      "a passive's patient is no actor where no by-phrase names one",
      'A Norwegian tourist and a Swiss guide were kidnapped from the same area in northern Peru.',
      [],
    ],
    [
      "a passive's patient is no actor of the place it happened in",
      'A Chilean carpenter was arrested in the Peruvian seaside town of Tacna on Monday.',
      [],
    ],
    [
      "a passive's by-agent that the parse hangs on the object",
      'Chile was sent emergency aid by Norway.',
      ['supports place/norway -> place/chile'],
    ],
    [
      'the subject of the main clause is no object of a conditional clause',
      'If Chile attacks, Norway will respond.',
      [],
    ],
    [
      'the subject of the main clause is no object of a time clause',
      'When Chile protested, Norway withdrew its envoy.',
      [],
    ],
    [
      'the subject pronoun of a relative clause stands for the name before it',
      'Norwegian Prime Minister Tomas Varga arrived in Lima on Tuesday for a two-day visit, during which he is expected to sign a trade deal with Peru.',
      [
        'agreed_with person/tomas-varga -> place/peru hedged',
        'leader_of person/tomas-varga -> place/norway role=Prime Minister',
      ],
    ],
    [
      'an ambassador recalled: relations reduced (CAMEO 161)',
      'Chile recalled its ambassador from Norway.',
      ['sanctioned place/chile -> place/norway'],
    ],
    [
      "a country's name the tagger took for an adverb ('Norway' like 'anyway') is still the actor",
      'Norway recalled its ambassador from Chile.',
      ['sanctioned place/norway -> place/chile'],
    ],
    [
      'a sentence ending inside a closing quote is a sentence: no relation reaches back across it',
      'The future of Norway will depend on policy." The study was supported by the Kowal Foundation.',
      [],
    ],
    ['a meeting recalled is memory, no sanction', 'Tomas Varga recalled his meeting with Elena Kowal.', []],
    [
      "a company's name, a lower-case post and a name: the post is the name's",
      'Lindqvist Corp chief executive Ana Ruiz said the company would cut jobs.',
      ['leader_of person/ana-ruiz -> organization/lindqvist-corp role=chief executive'],
    ],
    [
      "a lower-case post before a name the rules took for a place's ('Marsh', 'Field'): the post is the name's",
      'Every pilot, including former Kowal Airways chief executive Tomas Marsh, trained on it.',
      ['leader_of person/tomas-marsh -> organization/kowal-airways role=chief executive'],
    ],
    [
      'a possessor, a lower-case post of two words and a name',
      "Lindqvist Corp's chief executive Ana Ruiz said the company would cut jobs.",
      ['leader_of person/ana-ruiz -> organization/lindqvist-corp role=chief executive'],
    ],
    [
      "a body named before a post is not the post's when another person's name stands between",
      "He met Siemens chief executive Ana Ruiz and Toyota's president Tom Baker.",
      ['leader_of person/ana-ruiz -> organization/siemens role=chief executive'],
    ],
    [
      'coordinated parties with titles before their names sign a deal with each other (read from the parse where the window sees no pair)',
      "Chile's security chief Tomas Varga and rebel chief-of-staff Elena Kowal signed a deal on Thursday aimed at ending the fighting.",
      [
        'agreed_with person/tomas-varga -> person/elena-kowal',
        'member_of person/tomas-varga -> place/chile role=security chief',
      ],
    ],
    [
      'a president and his counterpart, named after a comma, meet each other',
      'Polish President Tomas Varga and his Slovenian counterpart, Elena Kowal, met for talks at the start of a visit.',
      [
        'leader_of person/tomas-varga -> place/poland role=President',
        'met_with person/tomas-varga -> person/elena-kowal',
      ],
    ],
    [
      'parties who must agree to something named need not agree with each other',
      'President Tomas Varga and his Liberty Party must agree to constitutional changes before the vote.',
      [],
    ],
    [
      'what is donated is no party: the one helped is named by "to"',
      'The Kowal Photographs were all donated by the Varga Foundation, the curator said.',
      [],
    ],
    ['a donation to a party', 'Chile donated $5 million to Peru.', ['supports place/chile -> place/peru']],
    [
      "condolences offered are sympathy, no offer of agreement (CAMEO's row for the verb with that object, named in the plural)",
      'Tomas Varga offered his condolences to Elena Kowal.',
      [],
    ],
    [
      'a strike on a named target is force, not a protest',
      'Chilean jets carried out an air strike on Peru.',
      ['attacked place/chile -> place/peru'],
    ],
    [
      'a hunger strike against a party is a protest (guidelines), the second word no trigger of its own',
      'Tomas Varga began a hunger strike against Chile.',
      ['protested person/tomas-varga -> place/chile'],
    ],
    [
      'workers on strike against a company protest',
      'Chilean workers went on strike against Statoil.',
      ['protested place/chile -> organization/statoil'],
    ],
    [
      "a strike over a party's decision is a labour strike about it: no attack, no threat",
      "Norwegian dockers will strike over Chile's new tariffs.",
      [],
    ],
    [
      'a conversation is a meeting (guidelines)',
      'Tomas Varga said he had spoken with Elena Kowal by phone.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'a conversation denied is a negated meeting',
      'Tomas Varga did not speak with Elena Kowal.',
      ['met_with person/tomas-varga -> person/elena-kowal negated'],
    ],
    [
      'a phone conversation is a meeting (guidelines)',
      'Tomas Varga held a phone conversation with Elena Kowal.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'speaking with a newspaper is an interview, no meeting',
      'Tomas Varga spoke with the Lindqvist Gazette on Monday.',
      [],
    ],
    [
      'an object pronoun stands for the one person of the previous sentence',
      'Elena Kowal arrived on Monday. Tomas Varga urged her to resign.',
      ['requested person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "an object pronoun is no antecedent of the other gender's name",
      'Tomas Varga arrived on Monday. Elena Kowal urged her to resign.',
      [],
    ],
    [
      'an object pronoun with two people it could mean stands for none',
      'Elena Kowal and Ana Ruiz arrived. Tomas Varga praised her.',
      [],
    ],
    ["'her' before a noun is a possessive", 'Elena Kowal arrived. Tomas Varga praised her party.', []],
    [
      "'he' stands for the first man the previous sentence names, not the last person",
      'Tomas Varga met Elena Kowal on Monday. He later criticised Chile.',
      ['accused person/tomas-varga -> place/chile', 'met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "'she' stands for a woman of the previous sentence",
      'Tomas Varga met Elena Kowal on Monday. She later criticised Chile.',
      ['accused person/elena-kowal -> place/chile', 'met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "an organization's head noun before 'of' is no name by itself: the run is one name",
      'Peru would ask the Organization of American States to mediate.',
      ['requested place/peru -> organization/organization-of-american-states hedged'],
    ],
    [
      "a name after 'and' with a verb of its own opens a clause: no object of the verb before",
      'Norway attacked Chile and Peru condemned it.',
      ['attacked place/norway -> place/chile'],
    ],
    [
      "a name after 'and' with a modal of its own is no far object either",
      'Chile will withdraw troops from the border region and Peru will lift its ban on imports.',
      [],
    ],
    [
      "', and' opens another clause: its names are no object of the verb before, nor acted by its actor",
      'The Mercy Council called for an immediate ceasefire, and its envoy, Tomas Varga, was due to arrive in Lima on Sunday for talks with President Elena Kowal.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "'blamed the attack on B': B is the one blamed, not the victim",
      'Norway blamed the attack on Chile.',
      ['accused place/norway -> place/chile'],
    ],
    [
      'arming a group is military aid (guidelines: gave aid to)',
      'The Southern Front is armed by Kandor.',
      ['supports place/kandor -> organization/southern-front'],
    ],
    ["'armed' as an adjective is no aid", 'Armed police from Kandor patrolled the streets of Tarsis.', []],
    [
      'a post stated by a relative clause: a verb of heading with a named body',
      'Tomas Varga, who heads the Corvane Party, criticized Elena Kowal.',
      [
        'accused person/tomas-varga -> person/elena-kowal',
        'leader_of person/tomas-varga -> organization/corvane-party role=head',
      ],
    ],
    [
      'a verb of heading in a main clause',
      'Ana Ruiz chairs the Lindqvist Foundation.',
      ['leader_of person/ana-ruiz -> organization/lindqvist-foundation role=chair'],
    ],
    ['running a race is no post', 'Ana Ruiz ran the Oslo Marathon in May.', []],
    [
      'the head of a part of an organization is a member of it',
      'Ana Ruiz, head of research at Lindqvist Corp, said sales rose.',
      ['member_of person/ana-ruiz -> organization/lindqvist-corp role=head'],
    ],
    [
      'the head of an organization named in the of-phrase leads it',
      'Ana Ruiz, head of the Lindqvist Foundation, said sales rose.',
      ['leader_of person/ana-ruiz -> organization/lindqvist-foundation role=head'],
    ],
    [
      "a post 'with' an organization is a post in it",
      'Ana Ruiz, an analyst with the Lindqvist Institute, said prices would rise.',
      ['member_of person/ana-ruiz -> organization/lindqvist-institute role=analyst'],
    ],
    [
      'a post and its preposition opening a tagged name are no part of it',
      'Ana Ruiz, an MP for the Lindqvist Party, said prices would rise.',
      ['member_of person/ana-ruiz -> organization/lindqvist-party role=MP'],
    ],
    [
      'a founder belongs to what they founded, in the passive too',
      'The Lindqvist Foundation was founded by Ana Ruiz in 1990.',
      ['member_of person/ana-ruiz -> organization/lindqvist-foundation role=founder'],
    ],
    [
      'a place marched through is a route, no protester (guidelines: a venue is never a party)',
      'Thousands of people marched through Valparaiso on Saturday to protest against the government of President Elena Kowal.',
      [],
    ],
    [
      '"in protest against" names what the act it hangs on protests, where the parse hangs it on the act\'s object',
      "Chilean workers held a rally in protest against Peru's new law.",
      ['protested place/chile -> place/peru'],
    ],
    [
      'opening fire on a named group is an attack',
      'Chilean troops opened fire on Peruvian positions.',
      ['attacked place/chile -> place/peru'],
    ],
    ['a fire that breaks out attacks nobody', 'A fire broke out in Lima on Monday, and Chile sent help.', []],
    [
      "welcoming a guest to a place is receiving a visit (CAMEO 'WELCOME * (TO)'), not support",
      'Tomas Varga welcomed Elena Kowal to Oslo.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "a caption's passive without its auxiliary: what was given is no giver",
      'The Varga Prints donated to the Oslo Museum by the Kowal Foundation.',
      [],
    ],
    [
      'what is agreed on a day is no party to the agreement',
      'Norway agreed on Monday that Chilean refugees in Peru should go home.',
      [],
    ],
    [
      "a portfolio before a head's post heads that department: a member, not the body's leader",
      'A ceasefire was agreed between Russian security chief Tomas Varga and rebel leaders.',
      ['member_of person/tomas-varga -> place/russia role=security chief'],
    ],
    [
      "a portfolio before a head's post heads that department (an organization's)",
      "Harbour Holdings Ltd's finance director, Tomas Varga, said profits fell.",
      ['member_of person/tomas-varga -> organization/harbour-holdings-ltd role=finance director'],
    ],
    [
      "a head's post with no portfolio before it leads the body",
      "Harbour Holdings Ltd's director, Tomas Varga, said profits fell.",
      ['leader_of person/tomas-varga -> organization/harbour-holdings-ltd role=director'],
    ],
    [
      "a post at the end of an organization's name is the person's title",
      'Tomas Varga, NATO Spokesperson, said the talks had failed.',
      ['member_of person/tomas-varga -> organization/nato role=Spokesperson'],
    ],
    [
      'an attacking style of play is no attack, however the parse reads "attacking"',
      'Norway started the match with attacking style with Tomas Varga and Elena Kowal making runs.',
      [],
    ],
    ['attacking football is a way of playing', 'Chile played attacking football against Norway.', []],
    [
      'a meeting phrase the parse hangs on the title of the one who met',
      "Chairman of the Corvane Council Tomas Varga on Monday in a meeting with Chile's Foreign Minister Elena Kowal said that the border would open.",
      [
        'leader_of person/tomas-varga -> organization/corvane-council role=Chairman',
        'member_of person/elena-kowal -> place/chile role=Foreign Minister',
        'met_with person/tomas-varga -> person/elena-kowal',
      ],
    ],
    [
      'talks as the occasion of a statement, after a title of the one who spoke',
      "Head of the Corvane League Tomas Varga on Friday in talks with Norway's Prime Minister Elena Kowal said that trade would grow.",
      [
        'leader_of person/elena-kowal -> place/norway role=Prime Minister',
        'leader_of person/tomas-varga -> organization/corvane-league role=Head',
        'met_with person/tomas-varga -> person/elena-kowal',
      ],
    ],
    [
      'aid cut off is a sanction, not support',
      'Norway cut off aid to Chile.',
      ['sanctioned place/norway -> place/chile'],
    ],
    [
      'the victim of an attack someone condemns is not the one accused',
      'Norway condemned the attack on Chile.',
      [],
    ],
    [
      'the author of an attack someone condemns is',
      "Norway condemned Chile's attack on Peru.",
      ['accused place/norway -> place/chile', 'attacked place/chile -> place/peru'],
    ],
    [
      '"it" in what a country says is that country, for a noun trigger too',
      'Norway said it would halt all aid to Chile.',
      ['sanctioned place/norway -> place/chile hedged'],
    ],
    [
      '"it" holding talks in what a country says',
      'Norway said it had held talks with Chile.',
      ['met_with place/norway -> place/chile'],
    ],
    [
      'a sentence whose only verb the parse hangs on its subject as a participle',
      'The United Nations called on Chile to release the prisoners.',
      ['requested organization/united-nations -> place/chile'],
    ],
    [
      'a place inside a where-phrase of the target is no party',
      'The Chilean army attacked rebel positions near the border with Peru.',
      [],
    ],
    ['a question asked is no request', 'Chile asked Norway whether it would send troops.', []],
    [
      'a request asked is one',
      'Chile asked Norway to send troops.',
      ['requested place/chile -> place/norway'],
    ],
    ['a match won by a score is no attack', 'Peru beat Chile 2-1 in Lima on Sunday.', []],
    [
      'an attack denied is an attack, negated, not a rejection',
      'Norway denied attacking Chile.',
      ['attacked place/norway -> place/chile negated'],
    ],
    [
      'a meeting denied in a that-clause is a meeting, negated',
      'Tomas Varga denied that he had met Elena Kowal.',
      ['met_with person/tomas-varga -> person/elena-kowal negated'],
    ],
    ['claims denied are rejected', "Norway denied Chile's claims.", ['rejected place/norway -> place/chile']],
    [
      'an attack condemned in the passive accuses nobody named in it',
      'The attack on the Norwegian embassy in Lima was condemned by Chile.',
      [],
    ],
    [
      'talks between two parties, with no actor before them',
      'Talks between Norway and Chile broke down on Friday.',
      ['met_with place/norway -> place/chile'],
    ],
    [
      'a warning that something could happen is advice, no threat (guidelines)',
      'Norway warned that the situation in Chile was grave.',
      [],
    ],
    ['a warning of unrest names no one warned', 'Norway warned of unrest in Chile.', []],
    [
      'a warning threatens the one it is given to',
      'Norway warned Chile that relations could suffer.',
      ['threatened place/norway -> place/chile'],
    ],
    [
      "a warning of the warner's own attack threatens its target",
      'Norway warned it would attack Chile.',
      ['threatened place/norway -> place/chile'],
    ],
    [
      "a protest over a party's decision is against that party, as the verb's",
      "Chilean farmers held a protest over Norway's import tariffs.",
      ['protested place/chile -> place/norway'],
    ],
    [
      'recognising a government is agreed_with (guidelines)',
      'Norway recognised the new government of Chile.',
      ['agreed_with place/norway -> place/chile'],
    ],
    [
      'overruling is a rejection (guidelines)',
      'Tomas Varga overruled Elena Kowal.',
      ['rejected person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "defying a party's demands rejects them (CAMEO 120)",
      "Norway defied Chile's demands.",
      ['rejected place/norway -> place/chile'],
    ],
    [
      'deploring is an accusation (CAMEO 111)',
      "Norway deplored Chile's decision.",
      ['accused place/norway -> place/chile'],
    ],
    [
      'a deportation is an expulsion (CAMEO 174)',
      'Norway deported two Chilean journalists.',
      ['sanctioned place/norway -> place/chile'],
    ],
    [
      'conferring with someone is consulting (CAMEO 040)',
      "Tomas Varga conferred with Chile's leaders.",
      ['met_with person/tomas-varga -> place/chile'],
    ],
    [
      'a ban on imports is a sanction (guidelines: bans)',
      'Norway imposed a ban on Chilean imports.',
      ['sanctioned place/norway -> place/chile'],
    ],
    [
      'a crackdown on a party is force',
      'Norway launched a crackdown on the Harbour Democrats.',
      ['attacked place/norway -> organization/harbour-democrats'],
    ],
    [
      'a rebuke is an accusation',
      'Norway issued a rebuke to Chile.',
      ['accused place/norway -> place/chile'],
    ],
    [
      'a recognition of a state is agreed_with',
      "Norway's recognition of Chile angered Peru.",
      ['agreed_with place/norway -> place/chile'],
    ],
    [
      'a broker named in a hyphenated participle is no party to the agreement',
      'Norway agreed a U.S.-brokered ceasefire with Chile.',
      ['agreed_with place/norway -> place/chile'],
    ],
    [
      'a named person after a possessor is the party, not the possessor',
      "Tomas Varga criticised Chile's Elena Kowal.",
      ['accused person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'a share of a market captured is won, not seized',
      'Chile captured a share of the Norwegian market.',
      [],
    ],
    [
      'armed with a weapon arms no one',
      'Detective Tomas Varga described the robbery. He said the assailant, who was armed with a pistol, entered the taxi at Pennsylvania Avenue.',
      [],
    ],
    [
      'arming a party supports it',
      'Norway armed the Chilean rebels.',
      ['supports place/norway -> place/chile'],
    ],
    [
      "an appeal to a country's court is litigation too",
      "Tomas Varga appealed to Chile's Supreme Court for help.",
      [],
    ],
    ['a threat recognised is no recognition', 'Norway recognised the threat posed by Chile.', []],
    [
      'expectations defied are no defiance of a party',
      'Norway defied expectations in its match against Chile.',
      [],
    ],
    [
      'a name ending in "-ed" is a name, no participle',
      'Tomas Varga met Ali Al-Ahmed in Lima.',
      ['met_with person/tomas-varga -> person/ali-al-ahmed'],
    ],
    [
      'a force named by its leader ("NATO-led") has that leader as actor',
      'NATO-led forces attacked Serbia.',
      ['attacked organization/nato -> place/serbia'],
    ],
    ['a destination is no party', 'Norway seized Chile-bound ships on Monday.', []],
    ['an appeal to a court is litigation, no request', 'Tomas Varga will appeal to the Supreme Court.', []],
    [
      'an appeal to a party is a request',
      'Norway appealed to Chile for help.',
      ['requested place/norway -> place/chile'],
    ],
    [
      'an address delivered is no aid',
      'Tomas Varga delivers his acceptance address on Thursday to fellow Democrats.',
      [],
    ],
    ['news delivered is no aid', 'Norway is delivering real-time information about Chile.', []],
    [
      'aid delivered is support',
      'Norway delivered food and medicine to Chile.',
      ['supports place/norway -> place/chile'],
    ],
    ['a place of birth is no party', 'Tomas Varga met the Chilean-born envoy on Monday.', []],
    ['a seat is no party', 'Norway accused a Lima-based group of spreading lies.', []],
    [
      'the party named after a seat',
      'Norway met Lima-based officials of Chile.',
      ['met_with place/norway -> place/chile'],
    ],
    [
      'a promise to pull troops out is an intent to yield (CAMEO 0356, PLOVER AGREE)',
      'Chile said it is willing to withdraw its troops from Peru.',
      ['agreed_with place/chile -> place/peru'],
    ],
    [
      'a promise to release a person is an intent to yield (CAMEO 0353)',
      'The Norwegian government will release Tomas Varga.',
      ['agreed_with place/norway -> person/tomas-varga'],
    ],
    [
      'a release refused is a rejection, negated',
      'Norway will not release Tomas Varga.',
      ['rejected place/norway -> person/tomas-varga negated'],
    ],
    [
      'an ambassador withdrawn is a sanction, threatened with "will", no yielding',
      'Norway will withdraw its ambassador from Chile.',
      ['threatened place/norway -> place/chile'],
    ],
    ['details released yield nothing', 'Norway will release details of its agreement with Chile.', []],
    ['funds freed up yield nothing', 'Norway will free up funds for Chile.', []],
    ['a mediation names no meeting of the two sides', 'The mediation between Norway and Chile failed.', []],
    [
      'a mediator consults each side; the sides are not said to meet (CAMEO 045)',
      'Tomas Varga mediated between Norway and Chile.',
      ['met_with person/tomas-varga -> place/chile', 'met_with person/tomas-varga -> place/norway'],
    ],
    [
      "a body's mediation between two sides",
      "Norway's mediation between Chile and Peru failed.",
      ['met_with place/norway -> place/chile', 'met_with place/norway -> place/peru'],
    ],
    [
      'an agreement between two parties',
      'The agreement between Norway and Chile was signed in Lima.',
      ['agreed_with place/norway -> place/chile'],
    ],
    [
      'a noun trigger the parse reads as a verb: "deal with" a problem is no deal',
      'Norwegian officials said they would prefer to deal with a hijacking in Chile.',
      [],
    ],
    [
      'a noun trigger the parse reads as a verb: marching to a city is no protest against it',
      'Students from Norway will march to Lima on Saturday.',
      [],
    ],
    [
      'a deal as a noun stays an agreement',
      'Norway signed a deal with Chile.',
      ['agreed_with place/norway -> place/chile'],
    ],
    [
      "a deal struck is an agreement, no force (the force verb's row with that object)",
      'Norway struck a deal with Chile.',
      ['agreed_with place/norway -> place/chile'],
    ],
    [
      'an agreement struck is an agreement too (our rows beside CAMEO\'s "strike * DEAL")',
      'Norway struck an agreement with Chile.',
      ['agreed_with place/norway -> place/chile'],
    ],
    [
      'a place struck is force',
      'Norwegian jets struck Chile on Monday.',
      ['attacked place/norway -> place/chile'],
    ],
    [
      'in reported speech a name in a relative clause of the subject is no actor of the main verb',
      '"The PUK leadership who pledged to cooperate with the latest Norwegian initiative started a major offensive against Chilean positions," the statement said.',
      ['agreed_with organization/puk -> place/norway'],
    ],
    [
      'the speaker stays the actor of reported speech',
      '"We will attack Chile," Norway said.',
      ['threatened place/norway -> place/chile'],
    ],
    [
      'where talks one agrees to join are held is their setting, no party',
      'Norway has agreed to take part in talks in London on a settlement.',
      [],
    ],
    [
      'where attacks happen is their setting, no target',
      'Tomas Varga took part in several guerrilla attacks in Spain.',
      [],
    ],
    [
      'a party of the talks stays beside their setting',
      'Norway joined talks with Chile in Lima.',
      ['met_with place/norway -> place/chile'],
    ],
    [
      'attacked for a deed is a verbal attack: an accusation',
      'Norway attacked Chile on Wednesday for allowing rebel groups to meet in Lima.',
      ['accused place/norway -> place/chile'],
    ],
    [
      'attacked for a stance is an accusation',
      'Norway attacked Chile for its policies.',
      ['accused place/norway -> place/chile'],
    ],
    [
      'attacked for a while is force',
      'Norwegian jets attacked Chile for two hours.',
      ['attacked place/norway -> place/chile'],
    ],
    [
      'the place a purpose clause hangs on is where its actor went, not its actor',
      'Tomas Varga left Oslo on Thursday for the Chilean town of Arica to hold talks with Elena Kowal.',
      [],
    ],
    [
      '"called for B to" asks B, who is the actor of the clause',
      'The UN called for Chile to hold talks with Peru.',
      ['met_with place/chile -> place/peru hedged', 'requested organization/united-nations -> place/chile'],
    ],
    [
      'object control: the one urged acts',
      'Norway urged Chile to reject Peru.',
      ['rejected place/chile -> place/peru', 'requested place/norway -> place/chile'],
    ],
    [
      'a name in a phrase of time is no party (the guidelines: times are never participants)',
      'Tomas Varga seized power in 1984 after the death of Elena Kowal.',
      [],
    ],
    [
      'the subject after a fronted clause ending in a name (read as its apposition)',
      'After meeting Elena Kowal, Norway attacked Chile.',
      ['attacked place/norway -> place/chile'],
    ],
    [
      'the noun a passive relative clause modifies is its patient, no actor',
      'The murder of Tomas Varga, who had been kidnapped into Chile and executed on order of Elena Kowal, stirred Norway to action.',
      [],
    ],
    [
      'a passive relative clause with its by-agent',
      'Tomas Varga, who was kidnapped by Chilean rebels, spoke on Monday.',
      ['attacked place/chile -> person/tomas-varga'],
    ],
    [
      'an active relative clause: the noun acts',
      'Tomas Varga, who attacked Chile, spoke on Monday.',
      ['attacked person/tomas-varga -> place/chile'],
    ],
    [
      'a vow alone states no threat (CAMEO codes VOW alone as no event)',
      'Norway vowed to retain the islands it had bought from Chile.',
      [],
    ],
    [
      'a vow to attack is a threat',
      'Norway vowed to attack Chile.',
      ['threatened place/norway -> place/chile'],
    ],
    [
      "a purpose clause the parser hangs on the noun of a place phrase is the verb's subject's",
      "Chilean students staged a sit-in in front of the embassy in Lima to protest against Norway's policy.",
      ['protested place/chile -> place/norway'],
    ],
    [
      "an infinitive after a noun with its own by-agent is the agent's, not the verb's subject's",
      'Tomas Varga saw this as an effort by Elena Kowal to help Norway.',
      [],
    ],
    [
      'coordinated parties of talks about a third: they meet each other, the third is the topic',
      'Norway and Chile held talks on the future of Peru.',
      ['met_with place/norway -> place/chile'],
    ],
    [
      'coordinated parties failing to agree about a third: a rejection between them (PLOVER REJECT)',
      'Norway and Chile failed to reach agreement on the fate of Peruvian refugees on Sunday.',
      ['rejected place/chile -> place/norway negated'],
    ],
    [
      'coordinated parties of talks with a third about a fourth: the third is the partner',
      'Norway and Chile held talks with Peru about Bolivia.',
      ['met_with place/chile -> place/peru', 'met_with place/norway -> place/peru'],
    ],
    [
      "a nationality before a post of a named body is the holder's, not the post's",
      'Tomas Varga, the Norwegian head of the Corvane Council, resigned.',
      ['leader_of person/tomas-varga -> organization/corvane-council role=head'],
    ],
    [
      'a nationality before a post of no named body is the body',
      'Tomas Varga, the Chilean minister of defence, resigned.',
      ['member_of person/tomas-varga -> place/chile role=minister'],
    ],
    [
      'a phone call held with someone (a trigger of two words, evidenced by both)',
      'Tomas Varga held a phone call with Elena Kowal on Sunday.',
      ['met_with person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "a relative clause's verb does not act on the main clause's object",
      'The militia, which Norway supports, attacked Chile on Monday.',
      [],
    ],
    [
      "a relative clause's verb does not act on the main clause's object (that-clause)",
      'The rebels that Norway backs have attacked Chile.',
      [],
    ],
    [
      'a clause opened by "after" has the name before the apposition as its subject',
      'Elena Kowal turned herself in to police after Tomas Varga, a visitor from Norway, accused her of theft.',
      ['accused person/tomas-varga -> person/elena-kowal'],
    ],
    [
      'a clause opened by "after" has its subject when the oblique hung on a word of the main clause',
      'Elena Kowal went into hiding after Tomas Varga, a businessman from Norway, accused her of fraud.',
      ['accused person/tomas-varga -> person/elena-kowal'],
    ],
    [
      "a relative clause's verb does not reach into the main clause after it",
      'Tomas Varga, who helped broker an earlier truce in May, was not taking part in the Kowal-Horvat talks.',
      [],
    ],
    [
      'the actor stands before a relative clause set off by commas, not inside it',
      'Norway, which borders Chile, attacked Peru.',
      ['attacked place/norway -> place/peru'],
    ],
    [
      'aid supplied to a party, counted in a measure, is support',
      'Norway supplied 700 tonnes of food to Chile.',
      ['supports place/norway -> place/chile'],
    ],
    [
      'aid handed over to a party is support',
      'Norwegian doctors handed over two tonnes of medicine to the Harbour Relief Agency.',
      ['supports place/norway -> organization/harbour-relief-agency'],
    ],
    ['a person handed over is no aid', 'Norway handed over the suspect to Chile.', []],
    ['what a goal gives a side is no aid', 'A goal from Tomas Varga gave Chile a 2-1 lead.', []],
    ['an award given is no aid', "Tomas Varga had given the swimmer Chile's top award.", []],
    [
      'a loan given is aid',
      'Norway gave Chile a loan of 5 million dollars.',
      ['supports place/norway -> place/chile'],
    ],
    [
      'arms sent to a party are aid (the class names the plural)',
      'Norway sent arms to Chile.',
      ['supports place/norway -> place/chile'],
    ],
    [
      'a game sent into extra innings is no aid',
      'The Harbour Rovers sent the game into extra innings against the Lima Lions.',
      [],
    ],
    [
      'aid halted is a sanction, not support',
      'Norway halted all aid to Chile last year.',
      ['sanctioned place/norway -> place/chile'],
    ],
    [
      'aid frozen is a sanction, not support',
      'Norway froze its aid to Chile.',
      ['sanctioned place/norway -> place/chile'],
    ],
    ['aid increased is support', 'Norway increased aid to Chile.', ['supports place/norway -> place/chile']],
    [
      'a post "at large" held at an organization',
      'Tomas Varga, editor at large at the Corvane Herald, said the paper would close.',
      ['member_of person/tomas-varga -> organization/corvane-herald role=editor'],
    ],
    [
      "a post after a department's name is the person's title",
      'Elena Kowal, the Defense Department Spokeswoman, said no troops were sent.',
      ['member_of person/elena-kowal -> organization/defense-department role=Spokeswoman'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe('reported speech and its speaker', () => {
  const said = (text: string) =>
    extractDocument({ id: 't', text }).relations.map((r) => {
      const e = r.evidence[0]!;
      return [r.relation, e.reported === true, e.speakerSpan ? text.slice(...e.speakerSpan) : null];
    });

  it.each([
    ['a reported clause', 'Tomas Varga said Norway had attacked Chile.', [['attacked', true, 'Tomas Varga']]],
    ['a that-clause', 'Tomas Varga said that Norway attacked Chile.', [['attacked', true, 'Tomas Varga']]],
    [
      'a clause before its attribution',
      'Norway attacked Chile, Tomas Varga said on Monday.',
      [['attacked', true, 'Tomas Varga']],
    ],
    [
      'a quotation with the speaker after an inverted say-verb, not a name inside the quotation',
      '"Norway will attack Chile," said Tomas Varga.',
      [['threatened', true, 'Tomas Varga']],
    ],
    ['a statement of fact', 'Norway attacked Chile on Monday.', [['attacked', false, null]]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('confidence', () => {
  const confidences = (text: string) =>
    extractDocument({ id: 't', text }).relations.flatMap((r) =>
      r.evidence.map((e) => [r.relation, e.confidence]),
    );

  it('gives each evidence the confidence of the way it was read', () => {
    expect(confidences('Norway was sharply condemned by Chile.')).toEqual([
      ['accused', CONFIDENCE['window-near']],
    ]);
    expect(confidences('Tomas Varga of Corvane Systems said sales rose.')).toEqual([
      ['member_of', CONFIDENCE.affiliation],
    ]);
    expect(confidences('Labour Party MP Tomas Varga spoke.')).toEqual([
      ['member_of', CONFIDENCE['title-rule']],
    ]);
    // a member is a tabled post, not a guess from any noun
    expect(
      confidences('Elena Kowal, a member of the Ruritania Liberal Party, voted against the bill.'),
    ).toEqual([['member_of', CONFIDENCE.title]]);
    // the window's trigger with the parse's ends, where the window's ends failed the gate
    expect(confidences('Tomas Varga left Chile on Friday for a week-long visit to Peru.')).toEqual([
      ['met_with', CONFIDENCE['window-tree']],
    ]);
  });

  it('ranks a trigger far from an end below one next to both', () => {
    expect(CONFIDENCE['window-far']).toBeLessThan(CONFIDENCE['window-near']);
    for (const c of Object.values(CONFIDENCE)) expect(c > 0 && c <= 1).toBe(true);
  });
});
