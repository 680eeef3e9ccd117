// A unit without an amount, told relative to now: "last year", "this month", "the past week", "next
// quarter", "the year before", "each month".
import { addDays, addMonths, addYears, subDays, subMonths } from 'date-fns';
import type { TimexType } from '../../types';
import { anchoredSpan, humanDate, isoWeekday, parseReference, yearRange, yearValue } from '../calendar';
import { ANAPHOR_CHARS, type Candidate, type TagState } from '../context';
import { MONTHS, NUMBER_WORDS, ORDINALS, type Unit, UNITS, VAGUE_QUANTITIES, WEEKDAYS } from '../en/lexicon';
import { BEFORE_VERB_LAST, BOUNDARY_WORDS, DAY_RELATIONS, DIRECTION_WORDS, IN_THE_DAY, LAST_THIS_NEXT, PERIOD_END_WORDS, UNIT_ADJECTIVES } from '../en/words';
import { refNote, shiftedDate, TENSE_WORD } from '../resolve';
import { isApostrophe, Parser } from '../tokens';
import { dateResolved, durationValue, fixedDate, unitName, unitValue, UNKNOWN_FOR_UNIT } from '../values';
import { spelledYear } from './numbers';
import { comparedPeriod, comparedPeriodStart, weekOfMonth } from './periods';
import { quarterCandidate } from './quarters';
import { namesADay } from './relativeWords';
import { anaphoricUnit } from './storyUnits';
import { parseWeekday } from './weekdays';
import { calendarDate } from '../calendarDate';

/** Prepositions before "just minutes", "only weeks": the adverb does not stop the vague duration. */
const VAGUE_DURATION_PREPOSITIONS = new Set(['in', 'for', 'within', 'after']);
/** "the years that followed", "the days which preceded": verbs that make the clause a sequel or a lead-up. */
const SEQUEL_VERBS = new Set(['followed', 'follow', 'preceded', 'came', 'passed']);

/** True when token i is "last" used as a verb, not as "the previous". */
export function isVerbLast(p: Parser, i: number): boolean {
  return p.lower(i) === 'last' && BEFORE_VERB_LAST.has(p.lower(i - 1));
}

export function relativeUnit(p: Parser, k: number, unit: Unit, plural: boolean, state: TagState): Candidate | null {
  const prev = p.lower(k - 1);
  const word = p.lower(k);
  // Vague plurals: "years", "recent years", "the coming weeks", "decades"
  if (plural) {
    // "these days": the present time.
    if (prev === 'these' && unit === 'D') return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', k - 1, k);
    // "the weeks ahead"
    if (prev === 'the' && p.lower(k + 1) === 'ahead') {
      return { first: k - 1, last: k + 1, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word} after the publication date`, ambiguous: true }; } };
    }
    if (unit === 'WE' || unit === 'S') return null;
    // "in the weeks before the shooting", "days after the attack": a vague stretch next to an event.
    const after = p.lower(k + 1);
    // "in the years that followed", "the months since": the same, the event told by a clause.
    const besideEvent = after === 'before' || after === 'after' || after === 'since' || ((after === 'that' || after === 'which') && SEQUEL_VERBS.has(p.lower(k + 2)));
    if (besideEvent && (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y' || unit === 'DE') && prev !== 'of' && prev !== 'first' && !p.isDigits(k - 1)) {
      const relation = after === 'before' || p.lower(k + 2) === 'preceded' ? 'before' : 'after';
      return { first: k, last: k, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word} ${relation} the event told`, ambiguous: true }; } };
    }
    if (prev === 'recent' || (prev === 'past' && p.lower(k - 2) === 'the') || prev === 'coming' || prev === 'next' || (prev === 'last' && !isVerbLast(p, k - 1)) || prev === 'upcoming') {
      let first = k - 1;
      if (p.lower(first - 1) === 'the' || p.lower(first - 1) === 'in') first = p.lower(first - 1) === 'the' ? first - 1 : first;
      const future = prev === 'coming' || prev === 'next' || prev === 'upcoming';
      if (prev === 'recent' && unit === 'Y') {
        return { first, last: k, type: 'DATE', resolve() { return { value: 'PAST_REF', reasoning: 'the recent past, before the publication date' }; } };
      }
      return { first, last: k, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word}, ${future ? 'after' : 'before'} the publication date`, ambiguous: true }; } };
    }
    if (unit === 'Y' || unit === 'M' || unit === 'W' || unit === 'DE' || unit === 'CE' || unit === 'D' || unit === 'H' || unit === 'MIN') {
      // Bare "years" / "for months" / "for centuries": a vague duration; "in just minutes", "for
      // only weeks" the same, the adverb left out of the span.
      const adverb = (prev === 'just' || prev === 'only' || prev === 'mere') && VAGUE_DURATION_PREPOSITIONS.has(p.lower(k - 2));
      // "Years later", "months earlier": an unspecified time after or before the story's.
      const shift = p.lower(k + 1);
      if ((shift === 'later' || shift === 'earlier') && !p.isDigits(k - 1) && NUMBER_WORDS.get(prev) === undefined && !VAGUE_QUANTITIES.has(prev)) {
        const value = shift === 'later' ? 'FUTURE_REF' : 'PAST_REF';
        return { first: k, last: k + 1, type: 'DATE', resolve() { return { value, reasoning: `an unspecified number of ${word} ${shift}`, ambiguous: true }; } };
      }
      if (adverb || prev === 'for' || prev === 'been' || prev === 'over' || prev === 'within' || prev === 'in' || prev === 'take' || prev === 'takes' || prev === 'took' || prev === 'last' || prev === 'lasted' || p.lower(k + 1) === 'ago') {
        let last = k;
        let value = durationValue(unit, null);
        let type: TimexType = 'DURATION';
        if (p.lower(k + 1) === 'ago') {
          last = k + 1;
          value = 'PAST_REF';
          type = 'DATE';
        }
        const v = value;
        return { first: k, last, type, resolve() { return { value: v, reasoning: `an unspecified number of ${word}`, ambiguous: true }; } };
      }
      if (prev === 'the' && p.lower(k - 2) === 'over') {
        return { first: k - 1, last: k, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word}`, ambiguous: true }; } };
      }
    }
    return null;
  }
  // "last year", "this week", "next month", "the past year", "earlier this year", "the year"
  // "the fiscal year", "the full year", "the current fiscal year": skip the adjective.
  let pi = k - 1;
  if (UNIT_ADJECTIVES.has(p.lower(pi))) pi--;
  const prevWord = p.lower(pi);
  let direction: -1 | 0 | 1 | null = null;
  let first = k;
  if (unit === 'W' && p.lower(k + 1) === 'of' && MONTHS.get(p.lower(k + 2)) !== undefined) {
    const week = weekOfMonth(p, k);
    if (week) return week;
  }
  if (prevWord === 'the' && pi === k - 1) {
    const beside = besideDeictic(p, k, unit);
    if (beside) return beside;
  }
  const anaphor = anaphoricUnit(p, k, pi, unit, state);
  if (anaphor) return anaphor;
  if (DIRECTION_WORDS.get(prevWord) !== undefined && prevWord !== 'recent' && prevWord !== 'latest') {
    direction = DIRECTION_WORDS.get(prevWord)!;
    first = pi;
    if ((prevWord === 'past' || prevWord === 'last' || prevWord === 'previous' || prevWord === 'coming' || prevWord === 'next' || prevWord === 'current' || prevWord === 'following') && p.lower(pi - 1) === 'the') first = pi - 1;
    // "this past weekend", "this coming week"
    else if ((prevWord === 'past' || prevWord === 'coming') && p.lower(pi - 1) === 'this') first = pi - 1;
    // "earlier this year", "later this month", "early next year"
    const mod = p.lower(first - 1);
    if (mod === 'earlier' || mod === 'later' || mod === 'early' || mod === 'late' || mod === 'mid') first--;
  } else if (prevWord === 'the' && unit === 'Y' && pi === k - 1 && (p.lower(k + 1) === 'nineteen' || p.lower(k + 1) === 'two')) {
    // "the year two thousand": a year in words.
    const spelled = spelledYear(p, k + 1);
    if (spelled) {
      const year = spelled.year;
      return { first: pi, last: spelled.last, type: 'DATE', resolve() { return { value: yearValue(year), reasoning: 'explicit year, in words', range: yearRange(year) }; } };
    }
    first = pi;
  } else if (prevWord === 'the' && (unit === 'Y' || unit === 'D' || unit === 'WE')) {
    first = pi;
  } else if (prevWord === 'the' && (unit === 'M' || unit === 'W') && p.lower(pi - 1) === 'of' && BOUNDARY_WORDS.has(p.lower(k - 3))) {
    // "the end of the month": the publication month.
    return { first: pi, last: k, type: 'DATE', resolve(ctx) { return (ctx.ref ? { ...unitValue(ctx.ref, unit), reasoning: `the ${unitName(unit, false)} of ${refNote(ctx)}` } : { value: UNKNOWN_FOR_UNIT[unit], reasoning: 'unknown publication date', ambiguous: true }); } };
  } else if (prevWord === 'the' && pi === k - 1 && (unit === 'M' || unit === 'W') && isApostrophe(p.lower(k + 1)) && p.lower(k + 2) === 's' && p.glued(k)) {
    return possessiveUnit(p, k, unit, state);
  } else if (prevWord === 'a' && unit === 'DE' && (p.lower(k + 1) === 'ago')) {
    direction = -1;
  } else {
    return null;
  }
  if (direction === null) {
    // "the year" is most often the reporting year as a span; "the day" is the publication day.
    if (unit === 'Y') {
      const before = p.lower(first - 1);
      // "in the fiscal year ended March 31": a twelve-month reporting period, named by its end.
      const reportingPeriod = PERIOD_END_WORDS.has(p.lower(k + 1));
      // "For the year, volume was flat", "a high for the year": the reporting year, as a date.
      if (!reportingPeriod && (before === 'of' || before === 'in' || before === 'during' || before === 'for' || pi !== k - 1)) {
        if ((p.lower(first - 2) === 'earlier' || p.lower(first - 2) === 'later') && before === 'in') first -= 2;
        return { first, last: k, type: 'DATE', resolve(ctx) { return (ctx.ref ? { ...unitValue(ctx.ref, 'Y'), reasoning: `the year of ${refNote(ctx)}` } : { value: 'XXXX', reasoning: 'the year of an unknown publication date', ambiguous: true }); } };
      }
      return { first, last: k, type: 'DURATION', resolve() { return { value: 'P1Y', reasoning: 'a one-year period' }; } };
    }
    if (unit === 'D') {
      // "At the end of the day, nothing changed": an idiom, not a day.
      if (p.lower(first - 1) === 'of' && p.lower(first - 2) === 'end' && p.lower(first - 3) === 'the' && p.lower(first - 4) === 'at') return null;
      if (!namesADay(p, first, k)) return null;
      // "later in the day before returning" is that same day; "the day after the vote" is not.
      const relation = IN_THE_DAY.has(p.lower(first - 1)) ? 0 : DAY_RELATIONS[p.lower(k + 1)] ?? 0;
      // "the day before last Tuesday", "the day after Friday": one expression, a day from the day named.
      const anchor = relation !== 0 && p.lower(first) === 'the' ? dayAnchor(p, k + 2, state) : null;
      if (anchor) return dayFromAnchor(first, anchor, relation);
      // "Nov. 3, the day before the hearing": the day in apposition is the date just named.
      const apposition = p.lower(first - 1) === ',' && state.lastDay.end >= 0 && p.start(first - 1) - state.lastDay.end <= 1;
      return {
        first,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          // "ending the day at 8,017" after "on Friday": the day the story is telling about.
          const named = state.lastDay.end >= 0 && p.start(first) - state.lastDay.end < ANAPHOR_CHARS ? state.lastDay : null;
          if (named) {
            const shift = apposition ? 0 : relation;
            const date = addDays(calendarDate(named.year, named.month, named.day), shift);
            return dateResolved(date, shift === 0 ? `the day the story last named, ${humanDate(date)}` : `the day ${shift > 0 ? 'after' : 'before'} the day the story last named`);
          }
          // "the day after the vote" with no day named: an unknown day, not the publication day.
          if (relation !== 0) return { value: 'XXXX-XX-XX', reasoning: 'a day told relative to an event the story did not date', ambiguous: true };
          return ctx.ref ? dateResolved(ctx.ref, `the day of ${refNote(ctx)}`) : { value: 'XXXX-XX-XX', reasoning: 'a day not placed (no publication date)', ambiguous: true };
        },
      };
    }
    if (unit === 'WE') {
      return {
        first,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          if (!ctx.ref) return { value: 'XXXX-WXX-WE', reasoning: 'a weekend not placed (no publication date)', ambiguous: true };
          const tense = ctx.tense();
          const weekday = isoWeekday(ctx.ref);
          let date = ctx.ref;
          if (tense === 'future' && weekday < 6) date = ctx.ref;
          else if (weekday < 6) date = subDays(ctx.ref, weekday + 1);
          const r = unitValue(date, 'WE');
          return { ...r, reasoning: `the weekend ${tense === 'future' ? 'after' : 'before'} ${refNote(ctx)}; ${TENSE_WORD[tense]}` };
        },
      };
    }
    return null;
  }
  if (unit === 'H' || unit === 'MIN' || unit === 'S') return null;
  // "this year's third quarter": the quarter is the expression, the year only places it.
  if (unit === 'Y' && pi === k - 1 && isApostrophe(p.lower(k + 1)) && p.lower(k + 2) === 's') {
    let q = k + 3;
    if (ORDINALS.get(p.lower(q)) !== undefined) q++;
    if (p.lower(q) === '-') q++;
    if (UNITS.get(p.lower(q)) === 'Q' && q > k + 3) {
      const quarter = quarterCandidate(p, q, state);
      if (quarter) return quarter;
    }
    // "last year's quarter": the quarter under discussion, in that year.
    if (p.lower(k + 3) === 'quarter' && direction !== null && direction !== 0) {
      const shift = direction;
      return {
        first,
        last: k + 3,
        type: 'DATE',
        resolve(ctx) {
          const period = comparedPeriod(p, first, state, shift, 'quarter');
          if (period) return period;
          if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'a quarter of a year relative to an unknown publication date', ambiguous: true };
          return { ...unitValue(addYears(subMonths(ctx.ref, 3), shift), 'Q'), reasoning: `the last full quarter before ${refNote(ctx)}, ${shift < 0 ? 'a year before' : 'a year after'}`, ambiguous: true };
        },
      };
    }
  }
  if ((unit === 'DE' || unit === 'CE') && direction === -1 && prevWord === 'past') {
    // "the past decade", "the past century": the ten or hundred years up to the publication date.
    const years = unit === 'DE' ? 10 : 100;
    return { first, last: k, type: 'DURATION', resolve(ctx) { return { value: `P${years}Y`, reasoning: `the ${years === 10 ? 'ten' : 'hundred'} years up to ${ctx.ref ? refNote(ctx) : 'the time of writing'}`, ...(ctx.ref ? { anchoredRange: anchoredSpan(ctx.ref, 'Y', years, -1) } : {}) }; } };
  }
  const dir = direction;
  const dirWord = dir === 0 ? 'this' : dir < 0 ? 'the previous' : 'the next';
  // "the same period last year": the span names the period; a quarter just reported places it.
  const compared = unit === 'Y' && dir !== 0 ? comparedPeriodStart(p, first) : first;
  // "He was elected in 1995. The next year, he resigned": told in the past, "the next year" follows
  // the year the story named; in a plan ("will grow in the next year") it follows publication.
  const named = dir === 1 && prevWord === 'next' && pi === k - 1 && p.lower(pi - 1) === 'the' && (unit === 'Y' || unit === 'M') ? unit === 'Y' ? state.lastYear : state.lastMonth : null;
  const storyTime = named && named.end >= 0 && p.start(first) - named.end <= ANAPHOR_CHARS ? { year: named.year, month: named.month } : null;
  return {
    first: compared,
    last: p.lower(k + 1) === 'or' && p.lower(k + 2) === 'so' ? k + 2 : k,
    type: 'DATE',
    resolve(ctx) {
      if (compared < first) {
        const period = comparedPeriod(p, compared, state, dir);
        if (period) return period;
      }
      if (storyTime && ctx.tense() === 'past') {
        if (unit === 'Y') return { value: yearValue(storyTime.year + 1), reasoning: `the one after the ${unitName(unit, false)} the story last named`, range: yearRange(storyTime.year + 1) };
        return { ...unitValue(addMonths(calendarDate(storyTime.year, storyTime.month, 1), 1), 'M'), reasoning: `the one after the ${unitName(unit, false)} the story last named` };
      }
      if (!ctx.ref) return { value: UNKNOWN_FOR_UNIT[unit] ?? 'XXXX', reasoning: `${dirWord} ${unitName(unit, false)}, but there is no publication date`, ambiguous: true };
      const date = shiftedDate(ctx.ref, unit, dir);
      const r = unitValue(date, unit);
      return { ...r, reasoning: `${dirWord} ${unitName(unit, false)} relative to ${refNote(ctx)}` };
    },
  };
}

/**
 * "the week's most active session", "the month's gains": the week or month the story is telling,
 * the one holding the day it last named (the publication date when it named none recently).
 */
function possessiveUnit(p: Parser, k: number, unit: 'M' | 'W', state: TagState): Candidate {
  const named = state.lastDay.end >= 0 && p.start(k - 1) - state.lastDay.end < ANAPHOR_CHARS ? { ...state.lastDay } : null;
  const label = unitName(unit, false);
  return {
    first: k - 1,
    last: k,
    type: 'DATE',
    resolve(ctx) {
      if (named) return { ...unitValue(calendarDate(named.year, named.month, named.day), unit), reasoning: `the ${label} of the day the story last named` };
      if (!ctx.ref) return { value: UNKNOWN_FOR_UNIT[unit], reasoning: `the ${label} of an unknown publication date`, ambiguous: true };
      return { ...unitValue(ctx.ref, unit), reasoning: `the ${label} of ${refNote(ctx)}` };
    },
  };
}

/** Day offsets of "yesterday", "today", "tomorrow" from the publication date. */
const DEICTIC_DAYS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * "the day before yesterday", "the day after tomorrow": one day counted from another named by
 * the publication date; "the week before last", "the year before last": two back from it. Null
 * for other words.
 */
function besideDeictic(p: Parser, k: number, unit: Unit): Candidate | null {
  const relation = p.lower(k + 1);
  if (relation !== 'before' && relation !== 'after') return null;
  const anchor = p.lower(k + 2);
  let shift: number;
  if (unit === 'D' && DEICTIC_DAYS[anchor] !== undefined) shift = DEICTIC_DAYS[anchor] + (relation === 'before' ? -1 : 1);
  else if ((unit === 'W' || unit === 'M' || unit === 'Y' || unit === 'WE') && relation === 'before' && anchor === 'last') shift = -2;
  else return null;
  const label = `the ${unitName(unit, false)} ${relation} ${anchor}`;
  return {
    first: k - 1,
    last: k + 2,
    type: 'DATE',
    resolve(ctx) {
      if (!ctx.ref) return { value: UNKNOWN_FOR_UNIT[unit] ?? 'XXXX-XX-XX', reasoning: `${label}, but there is no publication date`, ambiguous: true };
      if (unit === 'D') return dateResolved(addDays(ctx.ref, shift), `${label}, counted from ${refNote(ctx)}`);
      const date = unit === 'WE' ? addDays(ctx.ref, 7 * shift) : shiftedDate(ctx.ref, unit, shift);
      return { ...unitValue(date, unit), reasoning: `${label}, counted from ${refNote(ctx)}` };
    },
  };
}

/** The weekday expression ("last Tuesday", "Friday") starting at token i, or null. */
function dayAnchor(p: Parser, i: number, state: TagState): Candidate | null {
  const weekdayAt = LAST_THIS_NEXT.has(p.lower(i)) ? i + 1 : i;
  if (WEEKDAYS.get(p.lower(weekdayAt)) === undefined || !p.isCapitalized(weekdayAt)) return null;
  const anchor = parseWeekday(p, weekdayAt, state);
  return anchor && anchor.first === i ? anchor : null;
}

/** "the day before last Tuesday": the anchor's day moved by `shift` days. */
function dayFromAnchor(first: number, anchor: Candidate, shift: number): Candidate {
  return {
    first,
    last: anchor.last,
    type: 'DATE',
    resolve(ctx) {
      const r = anchor.resolve(ctx);
      const day = /^\d{4}-\d\d-\d\d$/.test(r.value) ? parseReference(r.value) : null;
      if (!day) return { value: 'XXXX-XX-XX', reasoning: `the day ${shift > 0 ? 'after' : 'before'} a day not placed`, ambiguous: true };
      const date = addDays(day, shift);
      return dateResolved(date, `the day ${shift > 0 ? 'after' : 'before'} ${r.reasoning}`, r.ambiguous);
    },
  };
}
