// A unit told relative to the story: "that year", "the same month", "the following day".
import { addDays, addMonths } from 'date-fns';
import { dayValue, quarterRange, yearRange, yearValue } from '../calendar';
import { ANAPHOR_CHARS, type Candidate, QUARTER_CONTEXT_CHARS, type TagState } from '../context';
import type { Unit } from '../en/lexicon';
import { Parser } from '../tokens';
import { dateResolved, unitName, unitValue } from '../values';
import { calendarDate } from '../calendarDate';

/** "the year before", "the day after": the shift a word after the unit gives. */
const POSTPOSED_SHIFT = new Map<string, number>([['before', -1], ['previous', -1], ['earlier', -1], ['prior', -1], ['after', 1], ['later', 1]]);

/** Words after "the same month" that make it a comparison with another year. */
const SAME_UNIT_COMPLETIONS = new Set(['a', 'an', 'one', 'last', 'of', 'in', 'the', 'previous', 'next', 'this', 'year', 'two']);

/**
 * "that year", "later that year", "the following month", "the next day", "the previous year":
 * told relative to the year, month or day the story last named, not to the publication date.
 * Null when the words do not fit or nothing was named recently.
 */
export function anaphoricUnit(p: Parser, k: number, pi: number, unit: Unit, state: TagState): Candidate | null {
  const word = p.lower(pi);
  let shift: number;
  let first = pi;
  let lastToken = k;
  if (word === 'that' && pi === k - 1) {
    shift = 0;
  } else if (pi === k - 2 && p.lower(k - 1) === 'same' && (word === 'that' || word === 'the') && !SAME_UNIT_COMPLETIONS.has(p.lower(k + 1))) {
    // "that same day", "in the same month" ("same" is skipped as an adjective of the unit); "the
    // same month a year ago", "the same day last year" are read as one comparison elsewhere.
    shift = 0;
  } else if (p.lower(pi - 1) === 'the' && pi === k - 1 && (word === 'following' || word === 'previous' || word === 'preceding' || (word === 'next' && unit === 'D'))) {
    shift = word === 'following' || word === 'next' ? 1 : -1;
    first = pi - 1;
  } else if (word === 'the' && pi === k - 1 && unit !== 'D' && POSTPOSED_SHIFT.has(p.lower(k + 1)) && !p.isWord(k + 2)) {
    // "$19.8 billion less than the year before.", "the month after,": the unit before or after the
    // one the story last named ("the year before the war" names an event, not read here). Days
    // have their own reading in relativeUnits.ts ("The day before, ..." spans "The day").
    shift = POSTPOSED_SHIFT.get(p.lower(k + 1))!;
    lastToken = k + 1;
  } else {
    return null;
  }
  const at = p.start(first);
  if (unit === 'Q') return shift === 0 ? sameQuarter(p, first, k, state) : null;
  const named = unit === 'Y' ? state.lastYear : unit === 'M' ? state.lastMonth : unit === 'D' ? state.lastDay : null;
  // A narrative refers back however far (see TagState.narrative).
  if (!named || named.end < 0 || (!state.narrative && at - named.end > ANAPHOR_CHARS)) return null;
  // Copied: the state's mention is updated in place by later expressions.
  const mention = { year: named.year, month: named.month, day: named.day };
  const mod = p.lower(first - 1);
  if (shift === 0 && (mod === 'earlier' || mod === 'later')) first--;
  const how = shift === 0 ? 'the same' : shift > 0 ? 'the one after the' : 'the one before the';
  const label = unitName(unit, false);
  return {
    first,
    last: lastToken,
    type: 'DATE',
    resolve() {
      if (unit === 'Y') {
        const year = mention.year + shift;
        return { value: yearValue(year), reasoning: `${how} ${label} the story last named`, range: yearRange(year) };
      }
      if (unit === 'M') {
        const date = addMonths(calendarDate(mention.year, mention.month, 1), shift);
        return { ...unitValue(date, 'M'), reasoning: `${how} ${label} the story last named` };
      }
      const date = addDays(calendarDate(mention.year, mention.month, mention.day), shift);
      return { ...dateResolved(date, `${how} ${label} the story last named`), ambiguous: false };
    },
  };
}

/** Prepositions before "the morning" that place an event in a part of the story's day. */
const DAY_PART_PREPOSITIONS = new Set(['in', 'during']);

/**
 * "that afternoon", "the next morning", "in the morning", "early the following morning", "that same night": a part
 * of the day the story last named (or of the day after it). Null when no day was named recently.
 */
export function anaphoricDayPart(p: Parser, k: number, part: string, state: TagState): Candidate | null {
  let first = k - 1;
  let shift = 0;
  const word = p.lower(first);
  if (word === 'same' && (p.lower(first - 1) === 'that' || p.lower(first - 1) === 'the')) first--;
  else if ((word === 'next' || word === 'following') && p.lower(first - 1) === 'the') {
    shift = 1;
    first--;
  } else if (word === 'the' && DAY_PART_PREPOSITIONS.has(p.lower(first - 1)) && p.lower(k + 1) !== 'of') {
    // "Dealers placed orders in the morning": the part of the day the story is telling. ("the
    // morning of May 2" is read with its date.)
  } else if (word !== 'that') return null;
  const named = state.lastDay;
  if (named.end < 0 || (!state.narrative && p.start(first) - named.end > ANAPHOR_CHARS)) return null;
  const mod = p.lower(first - 1);
  if (mod === 'early' || mod === 'late' || mod === 'later' || mod === 'earlier') first--;
  const mention = { year: named.year, month: named.month, day: named.day };
  return {
    first,
    last: k,
    type: 'TIME',
    resolve() {
      const date = addDays(calendarDate(mention.year, mention.month, mention.day), shift);
      return { ...dateResolved(date, `${shift ? 'the day after' : 'the same day as'} the day the story last named`), value: `${dayValue(date)}T${part}`, ambiguous: false };
    },
  };
}

/** "that quarter", "the same quarter": the quarter the story last named, when named recently. */
function sameQuarter(p: Parser, first: number, k: number, state: TagState): Candidate | null {
  const named = state.lastQuarter;
  if (named === null || p.start(first) - named.end > QUARTER_CONTEXT_CHARS) return null;
  const { year, quarter } = named;
  return {
    first,
    last: k,
    type: 'DATE',
    resolve() {
      return { value: `${yearValue(year)}-Q${quarter}`, reasoning: 'the quarter the story last named', range: quarterRange(year, quarter) };
    },
  };
}
