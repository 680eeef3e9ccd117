// The construction families in the order they are tried, like a parser configuration: the first
// family that takes the trigger token parses the expression around it, and its answer (an expression
// or none) ends the search. A new construction goes into the family file its trigger word belongs to;
// a new kind of trigger word gets a family file and a line here (and its words in en/).
import type { Candidate, TagState } from './context';
import { FREQUENCY_WORDS, MONTHS, SEASONS, UNITS, WEEKDAYS } from './en/lexicon';
import { DECADE_WORDS } from './en/words';
import { parseDecadeWord } from './families/decades';
import { parseFrequency } from './families/frequencies';
import { parseMonth } from './families/months';
import { parseNumber } from './families/numbers';
import { parseRelativeWord } from './families/relativeWords';
import { parseSeason } from './families/seasons';
import { parseUnit } from './families/units';
import { parseWeekday, parseWeekdaySet } from './families/weekdays';
import type { Parser } from './tokens';

export interface Family {
  /** What the family reads, for a newcomer looking for it. */
  readonly name: string;
  /** Whether trigger token k (`word` in lower case, '' for digits) is this family's. */
  takes(p: Parser, k: number, word: string): boolean;
  parse(p: Parser, k: number, state: TagState): Candidate | null;
}

/** Numbers come first: no word list holds digits, and most triggers in dense text are numbers. */
export const FAMILIES: readonly Family[] = [
  { name: 'numbers: years, dates, clock times, amounts of units', takes: (p, k) => p.isDigits(k), parse: parseNumber },
  { name: 'months', takes: (_p, _k, word) => MONTHS.has(word), parse: (p, k, state) => parseMonth(p, k, null, state) },
  { name: 'weekdays', takes: (_p, _k, word) => WEEKDAYS.has(word), parse: parseWeekday },
  { name: 'weekdays in the plural ("Tuesdays")', takes: (p, k, word) => p.isCapitalized(k) && word.endsWith('s') && WEEKDAYS.has(word.slice(0, -1)), parse: parseWeekdaySet },
  { name: 'time units: durations, relative periods, quarters', takes: (_p, _k, word) => UNITS.has(word), parse: parseUnit },
  { name: 'seasons', takes: (_p, _k, word) => SEASONS.has(word), parse: parseSeason },
  { name: 'decades in words ("the nineties")', takes: (_p, _k, word) => DECADE_WORDS.has(word), parse: parseDecadeWord },
  { name: 'adverbs of frequency ("weekly")', takes: (_p, _k, word) => FREQUENCY_WORDS.has(word), parse: parseFrequency },
  { name: 'relative words: today, now, recently, soon, noon, holidays', takes: () => true, parse: parseRelativeWord },
];

/** Parses the expression around trigger token k. */
export function parseAt(p: Parser, k: number, state: TagState): Candidate | null {
  const word = p.isDigits(k) ? '' : p.lower(k);
  for (const family of FAMILIES) {
    if (family.takes(p, k, word)) return family.parse(p, k, state);
  }
  return null;
}
