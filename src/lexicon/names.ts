/**
 * Given names
 *
 * A table of given names from the cultures compromise's own lexicon knows least (Arabic, Persian,
 * Turkish, South Asian, Chinese, African, Slavic, Latin American): a capitalized word from this
 * list starts a person's name. compromise's FirstName tag covers the common Western names.
 * Given names only (no surnames), in their common spellings; a rarer transliteration needs no row
 * of its own where the name tagger or an apposed title ("X, Chile's First Vice President") says
 * whose name it is.
 */

const GIVEN_NAMES_TEXT = `
abbas abdel abdul abdullah abdulaziz abdullahi abu ahmad ahmed akbar ali amir amin anwar ashraf ayman
bashar bilal emad essam fahd faisal farouk fatima fawzi gamal qasem qassem hadi haider haidar
hamid hamad hamza hani hasan hassan hossein hussein husain ibrahim imad ismail jalal jamal javad jawad
kamal karim khaled khalid mahdi mahmoud mahmud majid mansour marwan mehdi mohamed mohammad mohammed
muhammad mustafa mostafa muqtada nabil nasser nouri nuri omar osama qais rafik rashid reza saad saddam
said salah saleh salim sami samir sayed sharif tariq tarek walid yasser yousef youssef yusuf zaid zainab
abolfazl ebrahim esmaeil kazem mahmood masoud mojtaba morteza nasrallah
saeed shahram yahya ammar adel ayad fuad
recep ahmet mehmet kemal emre cem
narendra rahul sonia manmohan amit arvind raj rajiv sanjay sunil vijay imran nawaz shehbaz benazir
asif bilawal pervez sheikh hasina khaleda
xi li wang zhang liu chen yang zhao huang zhou wu hu jiang deng mao wen
kim park lee moon yoon shinzo fumio yoshihide
vladimir dmitry sergei sergey viktor volodymyr petro yulia alexei aleksandr alexander mikhail boris
nikolai igor oleg yuri andrei ivan ramzan
jair luiz inacio nicolas hugo evo cristina mauricio andres manuel gustavo alberto javier enrique
juan carlos jose luis pedro miguel fidel raul
nelson jacob cyril thabo robert emmerson uhuru william yoweri paul abiy goodluck muhammadu bola
olusegun kofi ellen joseph
benjamin naftali yair ehud ariel shimon yitzhak
`;

/** Lower-cased given names, as listed (the lexicon lint checks it has no duplicates). */
export const GIVEN_NAMES: readonly string[] = GIVEN_NAMES_TEXT.split(/\s+/).filter(Boolean);

/** Lower-cased given names. */
export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES);

/** Particles inside Arabic, Dutch, Spanish… names (graph/words.ts owns the table). */
export { NAME_PARTICLES } from '../../graph/words.ts';
