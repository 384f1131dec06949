import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { sportsSentences, sportsWords } from '../../src/relations/sports.ts';

const words = (s: string) => s.split(/\s+/);

describe('sports reports', () => {
  it.each([
    ['a word only sports reports use', 'Tomas Varga struck out four batters in the sixth inning .'],
    ['a two-word phrase', 'Varga scored from the penalty spot after 13 minutes .'],
    ['a football striker', 'The Harbour Rovers striker Tomas Varga was injured .'],
    ['a score beside a word of winning', 'The Harbour Rovers took a 2-1 lead over the Lima Lions .'],
    ['an American football position', 'Fullback Tomas Varga injured a knee in the Lima game .'],
    ['a baseball pitch', 'Varga , the knuckleball specialist , will oppose the Lima Lions .'],
    ["a season's first home game", 'The Rovers meet the Lions in their season home opener .'],
  ])('marks a sentence with %s', (_what, s) => {
    expect(sportsWords(words(s))).toBe(true);
  });

  it.each([
    ['a vote tally', 'The court ruled 5-4 that the law was valid and Varga won .'],
    ['a round of talks', 'Chile and Peru will meet in Lima for the first round of talks .'],
    ['a death penalty', 'Norway condemned the death penalty imposed on Tomas Varga .'],
    ['volleys of gunfire at strikers', 'Chilean police fired volleys of tear gas at the strikers .'],
    ['a hunger striker', 'Tomas Varga , a hunger striker , protested against Chile .'],
    ['the leaders of a league of states', 'Arab League leaders met in Cairo in extra time talks .'],
  ])('does not mark %s', (_what, s) => {
    expect(sportsWords(words(s))).toBe(false);
  });

  it("reads every sentence of a sports desk's report as sports, and no sentence of other news", () => {
    const report = 'SOCCER - ROVERS BEAT LIONS .\nTomas Varga met the coach on Monday .';
    expect(sportsSentences(report, report.split('\n').map(words))).toEqual([true, true]);
    const news = 'Chile attacked Peru .\nTomas Varga met Elena Kowal on Monday .';
    expect(sportsSentences(news, news.split('\n').map(words))).toEqual([false, false]);
  });

  it('needs two marked sentences making a third of a document to read all of it as sports', () => {
    const s = ['Varga scored from the penalty spot .', 'Chile attacked Peru .', 'Peru protested .'];
    expect(sportsSentences(s.join(' '), s.map(words))).toEqual([true, false, false]);
    const t = [...s, 'Kowal hit a homer in the first inning .'];
    expect(sportsSentences(t.join(' '), t.map(words))).toEqual([true, true, true, true]);
  });
});

describe('relations of sports reports', () => {
  const relations = (text: string) =>
    extractDocument({ id: 'd', text }).relations.map((r) => `${r.relation} ${r.source} -> ${r.target}`);

  it.each([
    ['a result in a headline', 'SOCCER - HARBOUR ROVERS BEAT 2-1 LIMA LIONS.'],
    [
      'goals that helped a side',
      'Goals from Tomas Varga and Elena Kowal helped the Harbour Rovers to a 4-2 win.',
    ],
    [
      'a side that rallied',
      'Trailing by a run in the 11th inning, the Harbour Rovers rallied against the Lima Lions.',
    ],
  ])('gives no event for %s', (_what, text) => {
    expect(relations(text)).toEqual([]);
  });

  it('keeps titles and affiliations of a sports report', () => {
    expect(
      relations('SOCCER - Harbour Rovers FC captain Tomas Varga was injured in the first half.'),
    ).toContain('member_of person/tomas-varga -> organization/harbour-rovers-fc');
  });

  it('keeps the events of other news', () => {
    expect(relations('Norway attacked Chile on Monday.')).toEqual(['attacked place/norway -> place/chile']);
  });
});
