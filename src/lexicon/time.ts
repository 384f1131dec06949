/**
 * Time words
 *
 * Weekdays, months and time zones: capitalized in English yet never names, and the words a date
 * adds between a verb and what follows it ("said on Friday that").
 */

export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Weekdays and months in one set: words of dates, never a name or a party. */
export const DATE_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** Time-zone abbreviations ("10:00 GMT"), lower case: written in capitals, never organizations. */
export const TIME_ZONES: readonly string[] = [
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'bst',
  'cet',
  'cest',
  'eet',
  'eest',
  'jst',
  'aest',
  'aedt',
];
