/**
 * Function words, honorifics and name particles
 *
 * The word tables both the graph (keys, labels, entity lookup) and the extraction (src/lexicon,
 * src/extract) need, kept once here because graph/ may not import src/. Lower-case, one entry per
 * word or phrase; src/lexicon re-exports them beside its own tables.
 */

/** Articles: dropped before names and nouns ("the Kremlin", "an attack"). */
export const DETERMINERS: readonly string[] = ['the', 'a', 'an'];

/**
 * Function words that join the parts of a name without identifying it ("Bank of England",
 * "Procter & Gamble", "Campaign for Nuclear Disarmament").
 */
export const NAME_CONNECTIVES: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&']);

/** Particles inside Arabic, Dutch, Spanish… names ("al-Nuri", "van der Berg", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'abd',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'le',
  'mac',
  'ul',
  'ud',
]);

/** Words and phrases that precede a name and are not part of it. */
export const HONORIFICS: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'madam',
  'madame',
  'mme',
  'messrs',
  'sheikh',
  'shaikh',
  'sheik',
  'ayatollah',
  'grand ayatollah',
  'seyyed',
  'sayyid',
  'sayed',
  'hojatoleslam',
  'imam',
  'mullah',
  'rabbi',
  'reverend',
  'rev',
  'father',
  'cardinal',
  'archbishop',
  'bishop',
  'pope',
  'saint',
  'st',
  'prof',
  'professor',
  'haji',
  'hajji',
  'gen',
  'general',
  'major general',
  'maj gen',
  'lieutenant general',
  'lt gen',
  'brigadier general',
  'brig gen',
  'brigadier',
  'lt',
  'lieutenant',
  'col',
  'colonel',
  'lt col',
  'lieutenant colonel',
  'maj',
  'major',
  'capt',
  'captain',
  'sgt',
  'sergeant',
  'corporal',
  'cpl',
  'pvt',
  'private',
  'admiral',
  'adm',
  'vice admiral',
  'rear admiral',
  'marshal',
  'field marshal',
  'commander',
  'cmdr',
  'commodore',
];

/** The abbreviated honorifics dropped from the start of a name's key with "the" ("Mr Smith"). */
export const SHORT_HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'dr'];

/**
 * Words of offices that open a title rather than a name ("President …", "Prime Minister …"); with
 * the one-word honorifics, a label starting with one of them is not a name.
 */
export const OFFICE_WORDS: readonly string[] = [
  'grand',
  'president',
  'vice',
  'prime',
  'minister',
  'foreign',
  'defense',
  'defence',
  'secretary',
  'chancellor',
  'supreme',
  'leader',
  'senator',
  'sen',
  'rep',
  'governor',
  'gov',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sultan',
  'judge',
  'justice',
];
