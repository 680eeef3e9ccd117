// Numbers: years ("1990", "'82", "nineteen ninety-six"), day-month dates ("18 October"), numeric dates
// ("11/20/2020"), ordinal days ("the 4th"), decades ("the 1990s") and the amounts before a unit.
import { subMonths } from 'date-fns';
import { dayValue, pad, quarterOf, quarterRange, yearRange, yearValue, ymd } from '../calendar';
import { type Candidate, QUARTER_CONTEXT_CHARS, type TagState } from '../context';
import { MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, UNITS } from '../en/lexicon';
import { COUNT_NOUNS, NAME_BEFORE_YEAR_OK, WORDS_BEFORE_BARE_YEAR } from '../en/words';
import { refNote } from '../resolve';
import { isAcronym, Parser } from '../tokens';
import { dateResolved, durationValue } from '../values';
import { parseClock } from './clockTimes';
import { pairedDay } from './dayPairs';
import { twoDigitDecadeContext, withDecadeModifiers } from './decades';
import { parseMonth } from './months';
import { quarterCandidate, writtenQuarter } from './quarters';
import { parseSeason } from './seasons';
import { parseUnit } from './units';

/**
 * A year read aloud in transcripts: "nineteen ninety-six", "nineteen eighty", "two thousand".
 * Returns the year and its last token, or null.
 */
export function spelledYear(p: Parser, i: number): { year: number; last: number } | null {
  const head = p.lower(i);
  if (head === 'nineteen') {
    const tens = NUMBER_WORDS.get(p.lower(i + 1));
    if (tens === undefined || tens < 10 || tens > 90 || (tens > 19 && tens % 10 !== 0)) return null;
    let year = 1900 + tens;
    let last = i + 1;
    if (tens >= 20 && p.lower(i + 2) === '-' && p.glued(i + 1)) {
      const unit = NUMBER_WORDS.get(p.lower(i + 3));
      if (unit === undefined || unit < 1 || unit > 9 || !Number.isInteger(unit) || p.lower(i + 3) === 'a' || p.lower(i + 3) === 'an') return null;
      year += unit;
      last = i + 3;
    }
    // "nineteen twenty people" is a count, not a year.
    if (UNITS.get(p.lower(last + 1)) !== undefined || COUNT_NOUNS.has(p.lower(last + 1))) return null;
    return { year, last };
  }
  if (head === 'two' && p.lower(i + 1) === 'thousand') {
    let last = i + 1;
    let year = 2000;
    let j = i + 2;
    if (p.lower(j) === 'and') j++;
    const unit = NUMBER_WORDS.get(p.lower(j));
    if (unit !== undefined && unit >= 1 && unit <= 19 && Number.isInteger(unit) && p.lower(j) !== 'a' && p.lower(j) !== 'an') {
      year += unit;
      last = j;
    }
    if (UNITS.get(p.lower(last + 1)) !== undefined || COUNT_NOUNS.has(p.lower(last + 1)) || p.lower(last + 1) === 'dollars') return null;
    return { year, last };
  }
  return null;
}

/**
 * The second year of a range written short: the "58" of "1957-58", the "00" of "1999-00" (TimeML
 * tags each year). Not the month of "2020-12" read as a date elsewhere, nor a code ("2012-34-567").
 */
const isApostrophe = (token: string): boolean => token === "'" || token === '’';

function shortRangeYear(p: Parser, k: number): Candidate | null {
  const first = p.yearNumber(k - 2);
  if (first === null || p.len(k - 2) !== 4 || (p.glued(k) && p.isDigits(k + 2) && (p.lower(k + 1) === '-' || p.lower(k + 1) === '–' || p.lower(k + 1) === '/'))) return null;
  const short = p.num(k);
  const ofCentury = first % 100;
  const year = short > ofCentury ? first - ofCentury + short : ofCentury === 99 && short === 0 ? first + 1 : null;
  if (year === null) return null;
  // With a slash only a season or fiscal year ("2009/10"); "2009/12" may be a month.
  if (p.lower(k - 1) === '/' && year !== first + 1) return null;
  const reasoning = `the second year of ${first}–${year}`;
  return { first: k, last: k, type: 'DATE', resolve() { return { value: yearValue(year), reasoning, range: yearRange(year) }; } };
}

/** The year ending in the two digits `n` nearest to `year`. */
function nearestCentury(n: number, year: number): number {
  const base = Math.floor(year / 100) * 100 + n;
  return [base - 100, base, base + 100].reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
}

/**
 * An earlier year written where only a year goes: alone in brackets ("the Civil Constitution of
 * the Clergy (1790)") or at either end of a range of years ("(1789-1791)", "Eastern Theater
 * 1861-1863"), the later year after the earlier.
 */
function yearOfHistory(p: Parser, k: number, year: number): boolean {
  if (p.lower(k - 1) === '(' && p.lower(k + 1) === ')') return true;
  const dash = (i: number) => p.lower(i) === '-' || p.lower(i) === '–';
  if (dash(k + 1) && p.glued(k)) {
    const end = p.yearNumber(k + 2);
    if (end !== null && end > year && end - year < 100) return true;
  }
  if (dash(k - 1) && p.glued(k - 1)) {
    const start = p.yearNumber(k - 2);
    if (start !== null && start < year && year - start < 100) return true;
  }
  return false;
}

export function parseNumber(p: Parser, k: number, state: TagState): Candidate | null {
  const length = p.len(k);
  const gluedBefore = p.glued(k - 1);
  const prev = p.lower(k - 1);
  if (gluedBefore && (prev === '$' || prev === '£' || prev === '€' || prev === '#')) return null;
  // A single letter glued in front ("A380", "F16") makes a name, except T (ISO time) and Q (quarter).
  if (gluedBefore && p.isWord(k - 1) && p.len(k - 1) === 1 && p.raw(k - 1) !== 'T' && p.raw(k - 1) !== 'Q') return null;
  // A quarter written "Q4" or "4Q", with or without its year: "Q4 revenue", "in Q1 2021".
  const wordOrNumber = (i: number) => p.isWord(i) || p.isDigits(i);
  const quarterMark =
    length !== 1 || p.num(k) < 1 || p.num(k) > 4 ? -1
    : gluedBefore && p.raw(k - 1) === 'Q' && !(p.glued(k - 2) && wordOrNumber(k - 2)) && !(p.glued(k) && wordOrNumber(k + 1)) ? k - 1
    : p.glued(k) && p.raw(k + 1) === 'Q' && !(p.glued(k + 1) && wordOrNumber(k + 2)) ? k + 1
    : -1;
  if (quarterMark >= 0) return writtenQuarter(p, Math.min(k, quarterMark), Math.max(k, quarterMark), p.num(k), state);
  // "1957-58", "the 2009/10 season"
  if (length === 2 && gluedBefore && (prev === '-' || prev === '–' || prev === '/') && p.glued(k - 2)) {
    const range = shortRangeYear(p, k);
    if (range) return range;
  }
  // ISO date 2020-12-05
  if (length === 4 && p.lower(k + 1) === '-' && p.glued(k) && p.glued(k + 1) && p.len(k + 2) === 2 && p.lower(k + 3) === '-' && p.glued(k + 2) && p.glued(k + 3) && p.len(k + 4) === 2) {
    const date = ymd(p.num(k), p.num(k + 2), p.num(k + 4));
    if (date) {
      let last = k + 4;
      let time = '';
      if (p.lower(k + 5) === 't' && p.glued(k + 4) && p.isDigits(k + 6) && p.lower(k + 7) === ':' && p.isDigits(k + 8)) {
        time = `T${pad(p.num(k + 6), 2)}:${pad(p.num(k + 8), 2)}`;
        last = k + 8;
      }
      return { first: k, last, type: time ? 'TIME' : 'DATE', resolve() { return { ...dateResolved(date, 'explicit date'), value: dayValue(date) + time }; } };
    }
  }
  // Numeric dates 12/05/2020 (US month first).
  if (length <= 2 && p.lower(k + 1) === '/' && p.glued(k) && p.isDigits(k + 2) && p.lower(k + 3) === '/' && p.glued(k + 2) && p.isDigits(k + 4) && p.glued(k + 3)) {
    let year = p.num(k + 4);
    if (p.len(k + 4) === 2) year += year < 50 ? 2000 : 1900;
    const date = ymd(year, p.num(k), p.num(k + 2));
    if (date) return { first: k, last: k + 4, type: 'DATE', resolve() { return dateResolved(date, 'explicit date, month/day/year'); } };
  }
  // Clock time 07:08 [a.m.] [GMT]
  const time = parseClock(p, k, state);
  if (time) return time;
  const paired = pairedDay(p, k);
  if (paired) return paired;
  // Day before a month name: "18 October" is parsed from the month.
  let m = p.skipOrdinalSuffix(k) + 1;
  if (p.lower(m) === 'of') m++;
  if (MONTHS.get(p.lower(m)) !== undefined && p.isCapitalized(m)) {
    const candidate = parseMonth(p, m, null);
    if (candidate && candidate.first <= k) return candidate;
  }
  // Year before a season: "their 1982 summer offensives" is parsed from the season.
  if (length === 4 && SEASONS.get(p.lower(k + 1)) !== undefined) {
    const candidate = parseSeason(p, k + 1);
    if (candidate && candidate.first <= k) return candidate;
  }
  // "the 1988 period", "the 1989 quarter": a reporting period of that year, the quarter under
  // discussion when one was just named.
  const periodNoun = p.lower(k + 1);
  if (length === 4 && (periodNoun === 'period' || periodNoun === 'quarter') && p.lower(k - 1) === 'the') {
    const year = p.yearNumber(k);
    if (year !== null) {
      return {
        first: k - 1,
        last: k + 1,
        type: 'DATE',
        resolve(ctx) {
          const recent = state.lastQuarter && p.start(k) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS ? state.lastQuarter : null;
          if (recent) return { value: `${yearValue(year)}-Q${recent.quarter}`, reasoning: `the quarter under discussion, in ${year}`, range: quarterRange(year, recent.quarter) };
          if (periodNoun === 'quarter' && ctx.ref) {
            // Business news reports on the most recently completed quarter.
            const quarter = quarterOf(subMonths(ctx.ref, 3));
            return { value: `${yearValue(year)}-Q${quarter}`, reasoning: `the quarter last completed by ${refNote(ctx)}, in ${year}`, range: quarterRange(year, quarter) };
          }
          return { value: yearValue(year), reasoning: `a ${periodNoun} of ${year}`, range: yearRange(year), ambiguous: true };
        },
      };
    }
  }
  // "between 60 and 90 days", "30 or 40 years": two amounts of one unit, each an expression (the
  // second is parsed from its unit); "12 to 18 months" without "between" stays one range.
  const joiner = p.lower(k + 1);
  if ((joiner === 'or' || ((joiner === 'and' || joiner === 'to') && p.lower(k - 1) === 'between')) && p.isDigits(k + 2) && length <= 3) {
    const unit = UNITS.get(p.lower(k + 3));
    if (unit !== undefined && unit !== 'Q' && unit !== 'WE') {
      const value = durationValue(unit, p.num(k));
      return { first: k, last: k, type: 'DURATION', resolve() { return { value, reasoning: `the first amount of a range of ${p.lower(k + 3)}` }; } };
    }
  }
  // Amount followed by a unit: "11 months", "two-year" (digits) – parsed from the unit.
  let u = k + 1;
  if (p.lower(u) === '-' && p.glued(k)) u++;
  if (p.lower(u) === '.' && p.isDigits(u + 1) && p.glued(k)) u += 2;
  if (UNITS.get(p.lower(u)) !== undefined) return parseUnit(p, u, state);
  // Century: "20th century"
  const suffix = p.skipOrdinalSuffix(k);
  if (suffix !== k && UNITS.get(p.lower(suffix + 1)) === 'CE') return parseUnit(p, suffix + 1, state);
  // Decade: 1990s, 1990's, '90s
  if (length === 4 && (p.lower(k + 1) === 's' && p.glued(k) || (p.lower(k + 1) === "'" || p.lower(k + 1) === '’') && p.lower(k + 2) === 's' && p.glued(k) && p.glued(k + 1))) {
    const first = p.num(k);
    // "2010's first quarter" is the year's, not the decade's: written with an apostrophe, a decade
    // follows "the" (or another decade) or ends its phrase ("the 1980's and 1990's", "in the 1990's").
    const possessive = p.lower(k + 1) !== 's' && p.isWord(k + 3) && !twoDigitDecadeContext(p, k);
    if (first % 10 === 0 && first >= 1000 && first < 3000 && !possessive) {
      const last = p.lower(k + 1) === 's' ? k + 1 : k + 2;
      return withDecadeModifiers(p, k, last, first);
    }
  }
  if (length === 2 && (prev === "'" || prev === '’') && gluedBefore && p.lower(k + 1) === 's' && p.glued(k)) {
    const n = p.num(k);
    if (n % 10 === 0) {
      const first = (n >= 30 ? 1900 : 2000) + n;
      return withDecadeModifiers(p, k - 1, k + 1, first);
    }
  }
  // "since '82": a two-digit year after an apostrophe; "the 70s": a decade after "the".
  // ... but not a version glued to a name ("iLife'11").
  if (length === 2 && (prev === "'" || prev === '’') && gluedBefore && !p.isDigits(k + 1) && !(p.glued(k - 2) && p.isWord(k - 2))) {
    const n = p.num(k);
    return {
      first: k - 1,
      last: k,
      type: 'DATE',
      resolve() {
        // In a narrative the century is the story's ("the Club of '89" in a history of 1790).
        const story = state.narrative && state.lastYear.end >= 0 ? state.lastYear.year : null;
        const full = story !== null ? nearestCentury(n, story) : (n >= 30 ? 1900 : 2000) + n;
        const reasoning = story !== null ? `explicit year '${p.raw(k)}, in the century of the story's time (${story})` : `explicit year '${p.raw(k)}`;
        return { value: yearValue(full), reasoning, range: yearRange(full) };
      },
    };
  }
  if (length === 2 && p.lower(k + 1) === 's' && p.glued(k) && p.num(k) % 10 === 0 && twoDigitDecadeContext(p, k)) {
    const n = p.num(k);
    return withDecadeModifiers(p, k, k + 1, (n >= 30 ? 1900 : 2000) + n);
  }
  // Year
  const year = p.yearNumber(k);
  if (year !== null && ORDINALS.get(p.lower(k + 1)) !== undefined && UNITS.get(p.lower(k + 2)) === 'Q') {
    return quarterCandidate(p, k + 2, state);
  }
  // "2010's first quarter"
  if (year !== null && isApostrophe(p.lower(k + 1)) && p.lower(k + 2) === 's' && ORDINALS.get(p.lower(k + 3)) !== undefined && UNITS.get(p.lower(k + 4)) === 'Q') {
    return quarterCandidate(p, k + 4, state);
  }
  // "the Russell 2000 Index", "a venture called Orion 1980,": a number closing a name mid-sentence.
  // An acronym keeps its year ("WWDC 2005" is that year's edition), and so does a year that goes
  // on to qualify a noun ("the Fed 1994 rate hikes").
  // A capitalized preposition ("In 1917, ...") opens a clause after a heading the sentence
  // splitter did not end, and names no product.
  if (year !== null && p.isCapitalized(k - 1) && p.isWord(k - 1) && (p.isLowerWord(k - 2) || p.lower(k - 2) === 'the') && !p.glued(k - 1) && !p.isLowerWord(k + 1) && !NAME_BEFORE_YEAR_OK.has(p.lower(k - 1)) && !WORDS_BEFORE_BARE_YEAR.has(p.lower(k - 1)) && !isAcronym(p.raw(k - 1))) return null;
  if (year !== null) {
    const plausible = year >= 1900 && year <= 2099;
    const prevWord = p.lower(k - 1);
    if (!plausible && !WORDS_BEFORE_BARE_YEAR.has(prevWord) && !yearOfHistory(p, k, year)) return null;
    let first = k;
    let label = 'explicit year';
    const left = p.lower(k - 1);
    if (left === 'fiscal' || left === 'early' || left === 'late' || left === 'mid' || left === 'calendar') {
      first = k - 1;
      label = `explicit year (${left})`;
    } else if (left === '-' && (p.lower(k - 2) === 'mid' || ((p.lower(k - 2) === 'pre' || p.lower(k - 2) === 'post') && p.glued(k - 2) && p.glued(k - 1)))) {
      // "mid-1990", and "post-1959 politics", "pre-1914 borders": the prefix belongs to the year.
      first = k - 2;
    }
    // "1994 or later", "1990 and beyond": an open-ended date is still one expression.
    const open = (p.lower(k + 1) === 'or' && (p.lower(k + 2) === 'later' || p.lower(k + 2) === 'earlier')) || (p.lower(k + 1) === 'and' && p.lower(k + 2) === 'beyond');
    return { first, last: open ? k + 2 : k, type: 'DATE', resolve() { return { value: yearValue(year), reasoning: label, range: yearRange(year) }; } };
  }
  return null;
}
