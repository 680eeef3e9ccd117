// Periods compared or counted inside a year: "the same period last year", "a year earlier" after a
// quarter, "the first week of March".
import { addDays, addMonths, addWeeks, getISODay, subDays } from 'date-fns';
import { humanDate, monthName, monthRange, monthValue, quarterRange, yearRange, yearValue } from '../calendar';
import { type Candidate, keepQuarterTopical, QUARTER_CONTEXT_CHARS, type Resolved, type TagState } from '../context';
import { ORDINALS, UNITS } from '../en/lexicon';
import { COMPARED_PERIODS, COMPARISON_WORDS, PERIOD_WORDS } from '../en/words';
import { refNote } from '../resolve';
import { Parser } from '../tokens';
import { unitValue } from '../values';
import { parseMonth } from './months';
import { calendarDate } from '../calendarDate';

/** Start of "the same period (of)" before token `first` ("the same period last year"), or `first`. */
export function comparedPeriodStart(p: Parser, first: number): number {
  let j = first - 1;
  if (p.lower(j) === 'of') j--;
  if (!COMPARED_PERIODS.has(p.lower(j)) || !COMPARISON_WORDS.has(p.lower(j - 1))) return first;
  return p.lower(j - 2) === 'the' ? j - 2 : j - 1;
}

/**
 * "the same period last year" after a quarter or a month was just mentioned: that quarter or month
 * shifted by `years`. Null when nothing recent fits.
 */
export function comparedPeriod(p: Parser, start: number, state: TagState, years: number, noun = p.lower(start + 2)): Resolved | null {
  const at = p.start(start);
  const quarter = state.lastQuarter && at - state.lastQuarter.end < QUARTER_CONTEXT_CHARS && noun !== 'month' ? state.lastQuarter : null;
  const month = state.lastMonth.end >= 0 && state.lastMonth.named && at - state.lastMonth.end < QUARTER_CONTEXT_CHARS && noun !== 'quarter' ? state.lastMonth : null;
  const shift = years < 0 ? 'a year before' : 'a year after';
  if (month && (!quarter || month.end > quarter.end)) {
    const year = month.year + years;
    return { value: monthValue(year, month.month), reasoning: `the month just mentioned, ${shift}`, range: monthRange(year, month.month) };
  }
  if (quarter) {
    const year = quarter.year + years;
    keepQuarterTopical(state, at);
    return { value: `${yearValue(year)}-Q${quarter.quarter}`, reasoning: `the quarter just mentioned, ${shift}`, range: quarterRange(year, quarter.quarter) };
  }
  return null;
}

/**
 * "the last week of March", "the first week of May 2019": a week placed in a month (the first or
 * last full Monday-to-Sunday week in it); "the week of March 6": the week holding that day.
 */
export function weekOfMonth(p: Parser, k: number): Candidate | null {
  const monthCandidate = parseMonth(p, k + 2, null);
  if (!monthCandidate || monthCandidate.first !== k + 2) return null;
  const ordinalWord = p.lower(k - 1);
  const ordinal = ORDINALS.get(ordinalWord);
  const first = ordinal !== undefined ? k - 1 : k;
  if (p.lower(first - 1) !== 'the') return null;
  // Without an ordinal the week is placed by a day: "the week of March 6", not "the week of March".
  if (ordinal === undefined && !p.isDigits(p.skipPeriod(k + 2) + 1)) return null;
  return {
    first: first - 1,
    last: monthCandidate.last,
    type: 'DATE',
    resolve(ctx) {
      const month = monthCandidate.resolve(ctx);
      const [year, monthNumber, day] = month.value.split('-').map(Number);
      if (!Number.isInteger(year) || !Number.isInteger(monthNumber)) return { ...month, value: 'XXXX-WXX', ambiguous: true };
      if (ordinal === undefined) {
        if (!Number.isInteger(day)) return { ...month, ambiguous: true };
        const date = calendarDate(year, monthNumber, day);
        return { ...unitValue(date, 'W'), reasoning: `the week holding ${humanDate(date)}; ${month.reasoning}` };
      }
      const start = calendarDate(year, monthNumber, 1);
      let date: Date;
      if (ordinal < 0) {
        const end = subDays(addMonths(start, 1), 1);
        date = subDays(end, getISODay(end) % 7);
      } else {
        date = addWeeks(addDays(start, (8 - getISODay(start)) % 7), ordinal - 1);
      }
      return { ...unitValue(date, 'W'), reasoning: `the ${ordinalWord} full week of ${monthName(monthNumber)} ${year}; ${month.reasoning}` };
    },
  };
}

export function yearAgoPeriod(p: Parser, k: number, state: TagState): Candidate {
  let first = k;
  let last = k + 2;
  // "the year-earlier third quarter"
  let j = last + 1;
  if (ORDINALS.get(p.lower(j)) !== undefined && UNITS.get(p.lower(j + 1)) === 'Q') j++;
  const withPeriod = PERIOD_WORDS.has(p.lower(j)) && (p.lower(j) === 'quarter' || p.lower(j) === 'period' || j > last + 1);
  if (withPeriod) {
    last = j;
    // "the comparable year-ago quarter": the comparison word is part of the noun phrase.
    if (COMPARISON_WORDS.has(p.lower(first - 1)) && p.lower(first - 2) === 'the') first -= 2;
    else if (p.lower(first - 1) === 'the') first--;
  }
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      // "the year-ago period" names a period: the quarter the report is about, however far back
      // it was named; a bare "year-ago" or "year-earlier" reads it only when it was just named.
      if (state.lastQuarter && (withPeriod || p.start(first) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS)) {
        const year = state.lastQuarter.year - 1;
        const quarter = state.lastQuarter.quarter;
        keepQuarterTopical(state, p.end(last));
        return { value: `${yearValue(year)}-Q${quarter}`, reasoning: 'the same quarter a year before the quarter just mentioned', range: quarterRange(year, quarter) };
      }
      if (!ctx.ref) return { value: 'XXXX', reasoning: 'a year before an unknown publication date', ambiguous: true };
      const year = ctx.ref.getFullYear() - 1;
      return { value: yearValue(year), reasoning: `the year before ${refNote(ctx)}`, range: yearRange(year), ambiguous: true };
    },
  };
}
