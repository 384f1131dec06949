/**
 * Sports reports
 *
 * News corpora carry sports results, written in the words of conflict and diplomacy: "the Rovers
 * beat the Lions", "constantly attacking the net", "the Rovers rallied against the Lions", "his
 * goal gave the Rovers the lead", "the Rovers meet the Lions in Lima", "newly signed striker Tomas
 * Varga". None of them is a relation of the guidelines (physical force, protests, support,
 * meetings and agreements between political actors). A sentence that reads as a sports report gives
 * no event relations; titles and affiliations ("Rovers defender Tomas Varga") stay.
 *
 * A sentence reads as one when it holds a word only sports reports use ("innings", "midfielder",
 * "semi-final"), or a score beside a word of winning ("a 2-1 lead"), or when its document is a
 * sports report: one that opens with a sports desk's headline ("SOCCER - …", as agencies file them)
 * or holds two such sentences, a third of its sentences or more.
 */

/**
 * Words that only sports reports use (lower case). Not words news of conflict shares: "strikers"
 * (workers on strike), "volleys" (of gunfire), "extra time" (to comply), "first division" (of an
 * army), "League leaders" (of the Arab League); "striker" only where no "hunger" stands before it.
 */
const SPORTS_WORDS: ReadonlySet<string> = new Set(
  `inning innings homer homers homered homerun wicket wickets batsman batsmen bowler bowlers pitcher
  pitchers midfielder midfielders goalkeeper goalkeepers equaliser equalizer
  touchdown touchdowns quarterback hat-trick half-time halftime semi-final semi-finals semifinal
  semifinals quarter-final quarter-finals quarterfinal quarterfinals unseeded tiebreak tie-break
  tiebreaker bundesliga playoff playoffs play-off play-offs fixture fixtures rbi rbis outfielder
  shortstop infielder reliever bullpen doubles-partner backhand forehand birdie birdies
  bogey bogeys par-five par-four putt putts fullback fullbacks halfback halfbacks tailback tailbacks
  wingback wingbacks linebacker linebackers lineman linemen kickoff knuckleball knuckleballer
  southpaw no-hitter slugger sluggers`.split(/\s+/),
);

/** Two-word phrases that only sports reports use. */
const SPORTS_PHRASES: readonly string[] = [
  'penalty spot',
  'free kick',
  'extra innings',
  'grand slam',
  'world cup',
  'davis cup',
  'cup winners',
  'premier league',
  'serie a',
  'runs batted',
  'stoppage time',
  'home run',
  'home runs',
  'field goal',
  'end zone',
  'home opener',
  'season opener',
];

/** Words of winning and losing that make a score ("2-1") a result. */
const RESULT_WORDS: ReadonlySet<string> = new Set(
  'win wins won victory beat beats beaten lead led draw drew defeat defeated score scored goal goals points lost loss'.split(
    ' ',
  ),
);

/** Words of voting, where a score is a tally ("a 5-4 vote"). */
const VOTE_WORDS: ReadonlySet<string> = new Set(['vote', 'votes', 'voted', 'ruling', 'ruled', 'justices']);

const SCORE = /^\d{1,3}-\d{1,3}$/;

/** A sports desk's headline at the start of a document ("SOCCER - …", "TENNIS - …"). */
const SPORTS_HEADLINE =
  /^\s*(SOCCER|FOOTBALL|BASEBALL|BASKETBALL|TENNIS|CRICKET|GOLF|RUGBY( UNION| LEAGUE)?|ATHLETICS|CYCLING|BOXING|MOTOR RACING|MOTORCYCLING|ICE HOCKEY|HORSE RACING|SWIMMING|SKIING|ROWING|SAILING|BADMINTON|SQUASH|VOLLEYBALL|HANDBALL|NHL|NBA|NFL|OLYMPICS)\b[A-Z ]*\s[-–]\s/;

/** True when the words of one sentence (as written) hold a sports report's marks. */
export function sportsWords(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => SPORTS_WORDS.has(w))) return true;
  if (lower.some((w, i) => w === 'striker' && lower[i - 1] !== 'hunger')) return true;
  for (let i = 0; i + 1 < lower.length; i++)
    if (SPORTS_PHRASES.includes(`${lower[i]} ${lower[i + 1]}`)) return true;
  return (
    lower.some((w) => SCORE.test(w)) &&
    lower.some((w) => RESULT_WORDS.has(w)) &&
    !lower.some((w) => VOTE_WORDS.has(w))
  );
}

/**
 * The sentences of a document that read as sports reports, by index: all of them in a sports
 * report (a sports desk's headline first, or two sentences with its marks making a third of
 * them or more), else those with the marks.
 */
export function sportsSentences(text: string, sentences: readonly (readonly string[])[]): boolean[] {
  const marked = sentences.map(sportsWords);
  const count = marked.filter(Boolean).length;
  const report = SPORTS_HEADLINE.test(text) || (count >= 2 && count * 3 >= sentences.length);
  return report ? sentences.map(() => true) : marked;
}
