/**
 * Given names
 *
 * A table of given names from the cultures compromise's own lexicon knows least (Arabic, Persian,
 * Turkish, South Asian, Chinese, African, Slavic, Latin American): a capitalized word from this
 * list starts a person's name. compromise's FirstName tag covers the common Western names.
 */

const GIVEN_NAMES = `
abbas abdel abdul abdullah abdulaziz abdullahi abu ahmad ahmed akbar ali amir amin anwar ashraf ayman
bashar bilal emad essam fahd faisal farouk fatima fawzi gamal ghasem qasem qassem hadi haider haidar
hamid hamad hamza hani hasan hassan hossein hussein husain ibrahim imad ismail jalal jamal javad jawad
kamal karim khaled khalid mahdi mahmoud mahmud majid mansour marwan mehdi mohamed mohammad mohammed
muhammad mustafa mostafa muqtada nabil nasser nouri nuri omar osama qais rafik rashid reza saad saddam
said salah saleh salim sami samir sayed sharif tariq tarek walid yasser yousef youssef yusuf zaid zainab
abolfazl ebrahim eshagh esmaeil hassan javad kazem mahmood masoud mojtaba morteza nasrallah reza
rouhani saeed shahram yahya hadi jawad ammar adel ayad fuad haider
recep ahmet mehmet mustafa kemal erdogan ali yusuf emre cem
narendra rahul sonia manmohan amit arvind raj rajiv sanjay sunil vijay imran nawaz shehbaz benazir
asif bilawal pervez sheikh hasina khaleda
xi li wang zhang liu chen yang zhao huang zhou wu hu jiang deng mao wen
kim park lee moon yoon shinzo fumio yoshihide
vladimir dmitry sergei sergey viktor volodymyr petro yulia alexei aleksandr alexander mikhail boris
nikolai igor oleg yuri andrei ivan ramzan alexander lukashenko
jair luiz inacio nicolas hugo evo cristina mauricio andres manuel gustavo alberto javier enrique
juan carlos jose luis pedro miguel fidel raul
nelson jacob cyril thabo robert emmerson uhuru william yoweri paul abiy goodluck muhammadu bola
olusegun kofi ellen joseph
benjamin naftali yair ehud ariel shimon yitzhak mahmoud ismail yahya
`;

/** Lower-cased given names. */
export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES.split(/\s+/).filter(Boolean));

/** Particles inside Arabic, Dutch, Spanish… names ("al-Kazemi", "van der Berg", "bin Salman"). */
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
