// An amount and a unit: a duration ("for 11 months", "a two-year term") or an offset from the
// publication date or the story ("three years ago", "two weeks later", "in five days").
import { anchoredSpan, halfRange, monthRange, monthValue, quarterRange, yearValue } from '../calendar';
import { type Candidate, keepQuarterTopical, QUARTER_CONTEXT_CHARS, storyMention, type TagState } from '../context';
import type { Unit } from '../en/lexicon';
import { DIRECTION_WORDS, LENGTH_PREPOSITIONS, OCCASION_CLAUSE_OPENERS } from '../en/words';
import { refNote, shiftedDate } from '../resolve';
import { Parser } from '../tokens';
import { durationValue, formatAmount, unitName, unitValue, UNKNOWN_FOR_UNIT } from '../values';
import { type Amount, amountBefore, approximatorBefore } from './amounts';
import { comparedPeriod, comparedPeriodStart } from './periods';
import { isVerbLast } from './relativeUnits';
import { somedayCandidate } from './relativeWords';
import { calendarDate } from '../calendarDate';

export function durationOrOffset(p: Parser, k: number, unit: Unit, amount: Amount, state: TagState): Candidate | null {
  if (unit === 'D' && k === amount.first + 1 && p.lower(amount.first) === 'one') {
    const someday = somedayCandidate(p, amount.first, k);
    if (someday) return someday;
  }
  let first = amount.first;
  let last = k;
  let n = amount.value;
  // "a minute and a half", "two and a half years"
  if (p.lower(k + 1) === 'and' && p.lower(k + 2) === 'a' && p.lower(k + 3) === 'half' && n !== null) {
    n += 0.5;
    last = k + 3;
  }
  if (p.lower(first - 1) === 'and' && p.lower(first) === 'a' && p.lower(first + 1) === 'half' && n === 0.5) {
    const whole = amountBefore(p, first - 1);
    if (whole && whole.value !== null) {
      n = whole.value + 0.5;
      first = whole.first;
    }
  }
  // "there came a day when ...": an occasion told by its clause, not a length of time.
  const article = p.lower(first);
  if ((article === 'a' || article === 'an') && last === k && OCCASION_CLAUSE_OPENERS.has(p.lower(k + 1)) && !LENGTH_PREPOSITIONS.has(p.lower(first - 1))) return null;
  // "between two and six days": two amounts, each an expression, as with digits (numbers.ts). A
  // number word is no trigger, so the first amount is given here and the scan comes back to the
  // unit for the second (the first then lies out of reach).
  if ((p.lower(first - 1) === 'to' || p.lower(first - 1) === 'and') && n !== null && p.isWord(first)) {
    const low = amountBefore(p, first - 1);
    if (low && low.value !== null && p.isWord(low.first) && p.lower(low.first - 1) === 'between' && unit !== 'Q' && unit !== 'WE') {
      const value = durationValue(unit, low.value);
      return { first: low.first, last: first - 2, type: 'DURATION', resolve() { return { value, reasoning: `the first amount of a range of ${unitName(unit, true)}` }; } };
    }
  }
  // "two to three weeks": a range of amounts is one expression; the lower bound is sure.
  if (p.lower(first - 1) === 'to' && n !== null) {
    const low = amountBefore(p, first - 1);
    // "between two to six days" is two amounts, as "between two and six days" is (numbers.ts).
    if (low && low.value !== null && low.value < n && p.lower(low.first) !== 'a' && p.lower(low.first) !== 'an' && p.lower(low.first - 1) !== 'between') {
      n = low.value;
      first = low.first;
    }
  }
  // "the next two years or so", "a week or so ago": the hedge belongs to the expression.
  if (p.lower(last + 1) === 'or' && p.lower(last + 2) === 'so') last += 2;
  const next = p.lower(last + 1);
  const unitLabel = unitName(unit, n !== 1);
  const amountLabel = n === null ? `several ${unitLabel}` : `${formatAmount(n)} ${unitLabel}`;
  // "two years ago", "a year earlier", "three days later", "two weeks from now"
  let offsetSign: -1 | 1 | 0 = 0;
  let relativeToRef = true;
  if (next === 'ago') {
    offsetSign = -1;
    last += 1;
  } else if (next === 'earlier' || next === 'later' || next === 'before' || next === 'after') {
    // "a year earlier" compares with the time the story is about; only "earlier/later" are part of the span.
    if (next === 'earlier' || next === 'later') {
      offsetSign = next === 'earlier' ? -1 : 1;
      relativeToRef = false;
      last += 1;
    }
  } else if (next === 'from' && (p.lower(last + 2) === 'now' || p.lower(last + 2) === 'today')) {
    offsetSign = 1;
    last += 2;
  } else if (next === 'hence') {
    offsetSign = 1;
    last += 1;
  }
  if (offsetSign !== 0 && p.lower(first - 1) === 'some') first--;
  if (offsetSign !== 0) {
    const sign = offsetSign;
    const fromRef = relativeToRef;
    const compared = comparedPeriodStart(p, first);
    // "Two days later", "a decade earlier": counted from the time the story last named, not from
    // the publication date (copied now: the state's mentions are updated in place later on).
    const named = fromRef || p.lower(last + 1) === 'than' ? null : storyMention(state, unit, p.start(first));
    return {
      first: compared < first ? compared : approximatorBefore(p, first),
      last,
      type: 'DATE',
      resolve(ctx) {
        if (compared < first && n === 1 && unit === 'Y') {
          const period = comparedPeriod(p, compared, state, sign);
          if (period) return period;
        }
        if (n === null || !Number.isInteger(n)) {
          return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} the time of the story (vague amount)`, ambiguous: true };
        }
        // A year-on-year comparison right after a quarter refers to that quarter a year before.
        if (unit === 'Y' && n === 1 && state.lastQuarter && p.start(first) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS) {
          const year = state.lastQuarter.year + sign * n;
          const quarter = state.lastQuarter.quarter;
          keepQuarterTopical(state, p.start(first));
          return { value: `${yearValue(year)}-Q${quarter}`, reasoning: `the same quarter ${amountLabel} ${sign < 0 ? 'before' : 'after'} the quarter just mentioned`, range: quarterRange(year, quarter) };
        }
        // "Sales in February rose 43% from a year earlier": the same month a year before.
        const month = sameSentenceMonth(p, state, first);
        if (unit === 'Y' && n === 1 && month) {
          const year = month.year + sign;
          return { value: monthValue(year, month.month), reasoning: `the same month ${amountLabel} ${sign < 0 ? 'before' : 'after'} the month just named`, range: monthRange(year, month.month) };
        }
        const granularity: Unit = unit === 'H' || unit === 'MIN' || unit === 'S' ? 'D' : unit === 'DE' || unit === 'CE' ? 'Y' : unit;
        if (named) {
          const date = shiftedDate(calendarDate(named.year, named.month, named.day), unit, sign * n);
          return { ...unitValue(date, granularity), reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} the time the story last named` };
        }
        if (!ctx.ref) return { value: UNKNOWN_FOR_UNIT[unit] ?? 'XXXX-XX-XX', reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} an unknown publication date`, ambiguous: true };
        const date = shiftedDate(ctx.ref, unit, sign * n);
        const r = unitValue(date, granularity);
        return {
          ...r,
          reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} ${fromRef ? refNote(ctx) : `the story's time, approximated by ${refNote(ctx)}`}`,
          ambiguous: !fromRef,
        };
      },
    };
  }
  // "the first two quarters of 1990" is that year's first half, a date (as "the first half" is).
  const halfYear = twoQuartersOfYear(p, first, k, unit, n);
  if (halfYear) return halfYear;
  // Durations, possibly anchored: "the past 11 months", "the next two years", "the first nine months".
  let anchor: -1 | 1 | 0 = 0;
  const prev = p.lower(first - 1);
  if (DIRECTION_WORDS.get(prev) !== undefined && prev !== 'this' && prev !== 'current' && !isVerbLast(p, first - 1)) {
    anchor = DIRECTION_WORDS.get(prev) as -1 | 1;
    first--;
    if (p.lower(first - 1) === 'the') first--;
  } else if (prev === 'first' || prev === 'final' || prev === 'other' || prev === 'additional' || prev === 'more' || prev === 'same') {
    first--;
    if (p.lower(first - 1) === 'the') first--;
  } else if (prev === 'the' || prev === 'those' || prev === 'these') {
    // "the nine months" is the period itself; "the 14-day strike" only describes a length.
    // "the two day rally" is that length too, written without the hyphen.
    const adjectival = !p.lower(k).endsWith('s') && n !== 1 && (p.lower(k - 1) === '-' || p.isLowerWord(k + 1));
    if (!adjectival) first--;
  } else {
    first = approximatorBefore(p, first);
  }
  if (anchor === 0 && p.lower(first - 1) !== 'the') first = approximatorBefore(p, first);
  // Plural unit with no number after "a" ("a years" is not English) – guard against "a day" mis-reads.
  // "over a three-year period", "a 90-day window": the length names the whole noun phrase, which
  // is the duration itself ("the 14-day strike" only describes a strike).
  const determiner = p.lower(first - 1);
  if (p.lower(k - 1) === '-' && last === k && LENGTH_NOUNS.has(p.lower(k + 1)) && (determiner === 'a' || determiner === 'an')) {
    first--;
    last = k + 1;
  }
  const value = durationValue(unit, n);
  const a = anchor;
  const spansQuarters = p.lower(first) === 'the' && unit === 'M' && (n === 6 || n === 9);
  return {
    first,
    last,
    type: 'DURATION',
    resolve(ctx) {
      // "the first nine months", "the six months": results now told for a period of several
      // quarters, so a following "a year earlier" compares with that period, not a quarter.
      if (spansQuarters) state.lastQuarter = null;
      if (a !== 0 && ctx.ref && n !== null) {
        const span = anchoredSpan(ctx.ref, unit, n, a);
        return {
          value,
          reasoning: `duration of ${amountLabel} ${a < 0 ? 'ending at' : 'starting at'} ${refNote(ctx)}`,
          anchoredRange: span,
        };
      }
      return { value, reasoning: `duration of ${amountLabel}`, ambiguous: n === null };
    },
  };
}

/**
 * The month named on its own ("in February", not a day in it) earlier in the sentence of token
 * `first`, which a year-on-year comparison there compares with; null when there is none.
 */
function sameSentenceMonth(p: Parser, state: TagState, first: number): { year: number; month: number } | null {
  const named = state.lastMonth;
  const start = p.start(first);
  if (named.end < 0 || !named.named || named.end > start || start - named.end > SAME_SENTENCE_CHARS) return null;
  if (/[.!?]["'”’]?\s+["'“‘]?[A-Z]/.test(p.text.slice(named.end, start + 1))) return null;
  return { year: named.year, month: named.month };
}

/** Nouns a hyphenated length may name as a whole: "a three-year period". */
const LENGTH_NOUNS = new Set(['period', 'span', 'stretch', 'spell', 'interval', 'window', 'timeframe']);

/** How far (in characters) after a month a comparison "a year earlier" is still read in its sentence. */
const SAME_SENTENCE_CHARS = 150;

/** "the first two quarters of 1990" → 1990-H1, "the last two quarters of 1990" → 1990-H2. */
function twoQuartersOfYear(p: Parser, first: number, k: number, unit: Unit, n: number | null): Candidate | null {
  if (unit !== 'Q' || n !== 2 || p.lower(k + 1) !== 'of') return null;
  const which = p.lower(first - 1);
  const half = which === 'first' ? 1 : which === 'last' || which === 'final' ? 2 : 0;
  const year = p.yearNumber(k + 2);
  if (!half || year === null) return null;
  const start = p.lower(first - 2) === 'the' ? first - 2 : first - 1;
  const value = `${yearValue(year)}-H${half}`;
  return { first: start, last: k + 2, type: 'DATE', resolve: () => ({ value, reasoning: `the ${half === 1 ? 'first' : 'second'} half of ${year}, as two quarters`, range: halfRange(year, half) }) };
}
