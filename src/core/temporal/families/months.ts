// Month names: "October", "Oct. 20", "20 October 2020", "early March", "the March 2019 vote", with the
// year read from the story or the clause tense when it is not written.
import * as dateFns from 'date-fns';
import type { Tense } from '../../types';
import { monthName, monthRange, monthValue, pad, yearValue, ymd } from '../calendar';
import { ANAPHOR_CHARS, type Candidate, Context, type Resolved, storyYear, type TagState } from '../context';
import { DAY_ORDINALS, MONTH_ABBREVIATIONS, MONTHS, UNITS } from '../en/lexicon';
import { DEADLINE_VERBS, DEADLINE_WORDS, DIRECTION_WORDS, LAST_THIS_NEXT, MARCH_NOUN_FOLLOWERS, MONTH_CONTEXT, ORDINAL_SUFFIXES } from '../en/words';
import { refNote, resolveYearForMonth, TENSE_WORD } from '../resolve';
import { Parser } from '../tokens';
import { dateResolved } from '../values';
import { spelledYear } from './numbers';
import { calendarDate } from '../calendarDate';

export function parseMonth(p: Parser, k: number, weekdayStart: number | null, state?: TagState): Candidate | null {
  const word = p.lower(k);
  const month = MONTHS.get(word)!;
  if (!p.isCapitalized(k)) return null;
  let last = k;
  let afterName = k;
  const abbreviated = MONTH_ABBREVIATIONS.has(word);
  if (abbreviated) {
    afterName = p.skipPeriod(k);
    if (afterName === k && !p.isDigits(k + 1)) return null;
  }
  last = afterName;
  let day: number | null = null;
  let year: number | null = null;
  let first = k;
  // Month Day[, Year]
  const dayAfter = p.dayNumber(afterName + 1);
  const spelledAfter = dayAfter === null && !abbreviated ? spelledDayAfter(p, afterName + 1) : null;
  if (spelledAfter !== null || (dayAfter !== null && p.yearNumber(afterName + 1) === null)) {
    day = spelledAfter ? spelledAfter.day : dayAfter;
    last = spelledAfter ? spelledAfter.last : p.skipOrdinalSuffix(afterName + 1);
    let j = last + 1;
    if (p.lower(j) === ',') j++;
    const y = p.yearNumber(j);
    if (y !== null) {
      year = y;
      last = j;
    }
  } else {
    // Month Year / Month of Year
    let j = afterName + 1;
    if (p.lower(j) === ',' || p.lower(j) === 'of') j++;
    const y = p.yearNumber(j);
    const spelled = y === null ? spelledYear(p, j) : null;
    if (y !== null) {
      year = y;
      last = j;
    } else if (spelled && p.lower(j) === 'nineteen') {
      year = spelled.year;
      last = spelled.last;
    }
  }
  // "from May 15 to August 16, 1988", "between March and April 1918", "(February-March 1794)": the
  // first month of a range takes its year from the end of the range.
  const rangeYear = year === null ? yearAtRangeEnd(p, last, month) : null;
  if (rangeYear !== null) year = rangeYear;
  // "June last year", "January this year"
  let relativeYear: number | null = null;
  const of = p.lower(last + 1) === 'of' ? 1 : 0;
  if (year === null && LAST_THIS_NEXT.has(p.lower(last + 1 + of)) && p.lower(last + 2 + of) === 'year') {
    relativeYear = DIRECTION_WORDS.get(p.lower(last + 1 + of))!;
    last += 2 + of;
  }
  // "August of that year", "January 24 of the same year": the year the story last named.
  if (year === null && relativeYear === null && state && p.lower(last + 1) === 'of') {
    const same = p.lower(last + 2) === 'that' ? 0 : p.lower(last + 2) === 'the' && p.lower(last + 3) === 'same' ? 1 : -1;
    const named = state.lastYear;
    if (same >= 0 && p.lower(last + 3 + same) === 'year' && named.end >= 0 && (state.narrative || p.start(k) - named.end <= ANAPHOR_CHARS)) {
      year = named.year;
      last += 3 + same;
    }
  }
  // Day Month [Year]: "18 October", "18th October 2019"
  if (day === null) {
    let d = k - 1;
    if (p.lower(d) === 'of' && ORDINAL_SUFFIXES.has(p.lower(d - 1))) d--;
    if (ORDINAL_SUFFIXES.has(p.lower(d)) && p.glued(d - 1)) d--;
    const n = p.dayNumber(d);
    if (n !== null && p.lower(d - 1) !== ':' && !(p.lower(d - 1) === '.' && p.isDigits(d - 2))) {
      day = n;
      first = d;
      if (p.lower(d - 1) === 'the') first = d - 1;
    } else if (p.lower(k - 1) === 'of') {
      // "the fifth of May", "the twenty-first of June"
      const spelled = spelledDayBefore(p, k - 2);
      if (spelled) {
        day = spelled.day;
        first = spelled.first - 1;
      }
    }
  }
  // A bare month needs context, since "May" and "March" are also verbs and names.
  if (day === null && year === null) {
    const prev = p.lower(k - 1);
    const isVerbLike = word === 'may' || word === 'march';
    // "the March accession" names the month; "the March on Rome" and "the May government" do not.
    const marchAsModifier = word === 'march' && prev === 'the' && p.isLowerWord(k + 1) && !MARCH_NOUN_FOLLOWERS.has(p.lower(k + 1));
    if (isVerbLike && !MONTH_CONTEXT.has(prev) && !marchAsModifier) return null;
    if (abbreviated && afterName === k) return null;
  }
  // "each July", "every March": the month of every year.
  if (day === null && year === null && (p.lower(k - 1) === 'each' || p.lower(k - 1) === 'every')) {
    const value = `XXXX-${pad(month, 2)}`;
    return { first: k - 1, last, type: 'SET', resolve() { return { value, reasoning: `every ${monthName(month)}` }; } };
  }
  // Left modifiers: early / mid / late / last / next / this.
  let direction: -1 | 0 | 1 | null = null;
  let modifier = '';
  let j = first - 1;
  if (p.lower(j) === '-' && p.lower(j - 1) === 'mid') j--;
  const left = p.lower(j);
  if (day === null && (left === 'early' || left === 'late' || left === 'mid' || left === 'mid-')) {
    modifier = left;
    first = j;
    j--;
  }
  const left2 = p.lower(j);
  if (day === null && year === null && (left2 === 'last' || left2 === 'next' || left2 === 'this' || left2 === 'coming' || left2 === 'past')) {
    direction = DIRECTION_WORDS.get(left2)!;
    first = j;
  } else if (day === null && year === null && (left2 === 'previous' || left2 === 'preceding' || left2 === 'following') && p.lower(j - 1) === 'the') {
    // "the salient seized the previous April", "the following March": told from the story's time
    // (in narrative mode) or the publication date.
    direction = DIRECTION_WORDS.get(left2)!;
    first = j - 1;
  }
  if (weekdayStart !== null && day !== null) first = weekdayStart;
  const deadline = DEADLINE_WORDS.has(p.lower(first - 1)) || (p.lower(first - 1) === 'to' && DEADLINE_VERBS.has(p.lower(first - 2)));
  // "a new pact effective June 1": the date a change takes effect lies ahead.
  const takesEffect = p.lower(first - 1) === 'effective';
  // "the Feb. 23 accord", "the Nov. 3 election": a date naming an event, used as a modifier.
  const named = day !== null && p.lower(first - 1) === 'the' && p.isLowerWord(last + 1);
  const d = day;
  const y = year;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      const label = modifier ? ` (${modifier})` : '';
      if (y !== null && d !== null) {
        const date = ymd(y, month, d);
        if (!date) return { value: `${yearValue(y)}-${pad(month, 2)}-${pad(d, 2)}`, reasoning: 'explicit date (not a valid calendar day)', ambiguous: true };
        return dateResolved(date, 'explicit date');
      }
      if (y !== null) return { value: monthValue(y, month), reasoning: `explicit month${label}`, range: monthRange(y, month) };
      if (relativeYear !== null && ctx.ref) {
        const year = ctx.ref.getFullYear() + relativeYear;
        if (d !== null) {
          const date = ymd(year, month, d);
          if (date) return dateResolved(date, `${monthName(month)} of the year ${relativeYear < 0 ? 'before' : relativeYear > 0 ? 'after' : 'of'} ${refNote(ctx)}`);
        }
        return { value: monthValue(year, month), reasoning: `${monthName(month)} of the year ${relativeYear < 0 ? 'before' : relativeYear > 0 ? 'after' : 'of'} ${refNote(ctx)}`, range: monthRange(year, month) };
      }
      // A month or day in a passage set years back (see storyYear); without a publication date
      // the year is a guess from the passage, flagged for checking.
      const tense = ctx.tense();
      const story = direction === null && (d === null || (d >= 1 && d <= 31)) ? storyYear(ctx) : null;
      if (story !== null) {
        const what = d === null ? `the ${monthName(month)}` : `${d} ${monthName(month)}`;
        // A narrative's "by June" is a deadline in the story's year as well.
        if (tense !== 'future' && (!deadline || ctx.state!.narrative) && !takesEffect) {
          // "The war began in 1914. ... On 12 September, the Allies ...": that year, not the publication's.
          return monthInYear(ctx, { month, day: d, label, takesEffect }, story, `${what} of ${story}, the year the passage is set in; ${TENSE_WORD[tense]}`, !ctx.ref);
        }
        if (tense === 'future' && ctx.wouldBefore()) {
          // "In October 2015, the minister said the bridge would open in March": a plan told from
          // that time lies after it (March 2016), not after publication.
          const scene = ctx.state!.lastMonth;
          if (scene.end >= 0 && scene.year === story) {
            const year = month >= scene.month ? story : story + 1;
            return monthInYear(ctx, { month, day: d, label, takesEffect }, year, `${what} after ${monthName(scene.month)} ${story}, when the passage is set; future in the past`, !ctx.ref);
          }
          return monthInYear(ctx, { month, day: d, label, takesEffect }, story, `${what} of ${story}, the year the passage is set in; future in the past`, true);
        }
      }
      if (!ctx.ref) {
        return {
          value: d !== null ? `XXXX-${pad(month, 2)}-${pad(d, 2)}` : `XXXX-${pad(month, 2)}`,
          reasoning: 'year not given and no publication date to infer it from',
          ambiguous: true,
        };
      }
      // The same month named again in the same kind of clause resolves the same way: one shared
      // answer (a dense list of dates names a few months thousands of times).
      if (d !== null && (d < 1 || d > 31)) return resolveNamedMonth(ctx, { month, day: d, label, takesEffect }, direction, deadline, named);
      const key = ((((month * 33 + (d ?? 32)) * 4 + (direction === null ? 3 : direction + 1)) * 8 + (named ? 4 : 0) + (deadline ? 2 : 0) + (takesEffect ? 1 : 0)) * 5 + MODIFIERS.indexOf(modifier)) * 3 + TENSE_CODE[ctx.tense()];
      let known = ctx.monthAnswers.get(key);
      if (known === undefined) {
        known = resolveNamedMonth(ctx, { month, day: d, label, takesEffect }, direction, deadline, named);
        ctx.monthAnswers.set(key, known);
      }
      return known;
    },
  };
}

/** A named month (and day) to place in a year: what monthInYear and resolveNamedMonth need of it. */
interface NamedMonth {
  month: number;
  day: number | null;
  /** " (early)", " (late)" or '' */
  label: string;
  takesEffect: boolean;
}

/** A month named without its year ("in September", "on 18 October"), placed from the publication date. */
function resolveNamedMonth(ctx: Context, named: NamedMonth, direction: -1 | 0 | 1 | null, deadline: boolean, namesEvent: boolean): Resolved {
  const { month } = named;
  let year: number;
  let reasoning: string;
  if (direction !== null) {
    const ref = ctx.ref!;
    const refYear = ref.getFullYear();
    const refMonth = ref.getMonth() + 1;
    if (direction === 0) year = refYear;
    else if (direction < 0) year = month < refMonth ? refYear : refYear - 1;
    else year = month > refMonth ? refYear : refYear + 1;
    reasoning = `${direction === 0 ? 'this' : direction < 0 ? 'the previous' : 'the next'} ${monthName(month)} relative to ${refNote(ctx)}`;
  } else {
    const r = resolveYearForMonth(month, named.day, ctx, deadline, named.takesEffect, namesEvent)!;
    year = r.year;
    reasoning = r.reasoning;
  }
  return monthInYear(ctx, named, year, reasoning);
}

/** The month (and day) in the given year. */
function monthInYear(ctx: Context, named: NamedMonth, year: number, reasoning: string, ambiguous = false): Resolved {
  const { month, day } = named;
  if (day !== null) {
    if (month === 2 && day === 29 && !dateFns.isLeapYear(calendarDate(year, 1, 1))) {
      // "February 29" names a leap year: the nearest one in the direction the clause reads.
      const step = named.takesEffect || ctx.tense() === 'future' ? 1 : -1;
      while (!dateFns.isLeapYear(calendarDate(year, 1, 1))) year += step;
      reasoning += '; the nearest leap year';
    }
    const date = ymd(year, month, day);
    if (!date) return { value: `${yearValue(year)}-${pad(month, 2)}-${pad(day, 2)}`, reasoning, ambiguous: true };
    return dateResolved(date, reasoning, ambiguous);
  }
  return { value: monthValue(year, month), reasoning: reasoning + named.label, range: monthRange(year, month), ambiguous };
}

const MODIFIERS = ['', 'early', 'late', 'mid', 'mid-'];
const TENSE_CODE: Record<Tense, number> = { past: 0, present: 1, future: 2 };

/** Words joining the two ends of a range of dates. */
const RANGE_JOINERS = new Set(['-', '–', '—', 'to', 'and', 'until', 'till', 'through', 'thru']);

/**
 * The year of a range whose first end, a month (and day) without a year, ends at token `last`:
 * "May 15 to August 16, 1988", "March and April 1918", "5 - 9 March 1918", "March 5-9, 1918". The
 * year of the second end, or the year before when the first month comes later in the calendar
 * ("December to February 1989" starts in December 1988). Null when no year closes the range.
 */
function yearAtRangeEnd(p: Parser, last: number, month: number): number | null {
  let j = last + 1;
  if (!RANGE_JOINERS.has(p.lower(j))) return null;
  j++;
  let endMonth = month;
  // Day of the second end before its month ("14 August-24 August") or alone ("March 5-9, 1918").
  if (p.dayNumber(j) !== null && p.yearNumber(j) === null) j = p.skipOrdinalSuffix(j) + 1;
  const named = MONTHS.get(p.lower(j));
  if (named !== undefined && p.isCapitalized(j)) {
    endMonth = named;
    j = p.skipPeriod(j) + 1;
    if (p.dayNumber(j) !== null && p.yearNumber(j) === null) j = p.skipOrdinalSuffix(j) + 1;
  } else if (j === last + 2) {
    return null;
  }
  if (p.lower(j) === ',' || p.lower(j) === 'of') j++;
  const year = p.yearNumber(j);
  if (year === null) return null;
  return endMonth >= month ? year : year - 1;
}

/** The day of the month spelled at token i ("eighth", "twenty-first", "thirty first"), ending at `last`. */
function spelledDayAt(p: Parser, i: number): { day: number; last: number } | null {
  const tens = p.lower(i) === 'twenty' ? 20 : p.lower(i) === 'thirty' ? 30 : 0;
  if (tens) {
    const unit = p.lower(i + 1) === '-' ? i + 2 : i + 1;
    const ones = DAY_ORDINALS.get(p.lower(unit));
    if (ones === undefined || ones > 9 || tens + ones > 31) return null;
    return { day: tens + ones, last: unit };
  }
  const day = DAY_ORDINALS.get(p.lower(i));
  return day === undefined ? null : { day, last: i };
}

/**
 * "March eighth", "July Fourth": a spelled day after the month name, unless it starts a compound
 * ("May first-quarter results") or counts a unit ("March second week").
 */
function spelledDayAfter(p: Parser, i: number): { day: number; last: number } | null {
  const found = spelledDayAt(p, i);
  if (!found) return null;
  const next = p.lower(found.last + 1);
  if ((next === '-' && p.glued(found.last)) || UNITS.has(next)) return null;
  return found;
}

/** "the fifth of May": a spelled day ending at token end, after "the"; `first` is its first token. */
function spelledDayBefore(p: Parser, end: number): { day: number; first: number } | null {
  const ones = DAY_ORDINALS.get(p.lower(end));
  if (ones === undefined) return null;
  let first = end;
  let day = ones;
  const tensAt = p.lower(end - 1) === '-' ? end - 2 : end - 1;
  const tens = p.lower(tensAt) === 'twenty' ? 20 : p.lower(tensAt) === 'thirty' ? 30 : 0;
  if (tens && ones <= 9 && tens + ones <= 31) {
    day = tens + ones;
    first = tensAt;
  }
  return p.lower(first - 1) === 'the' ? { day, first } : null;
}
