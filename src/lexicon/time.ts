/**
 * Time words
 *
 * Weekdays and months: capitalized in English yet never names, and the words a date adds between a
 * verb and what follows it ("said on Friday that").
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
