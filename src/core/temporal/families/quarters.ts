// Quarters: "the third quarter", "the fourth quarter of last year", and "Q4 2019", "4Q" as numbers.ts
// finds them.
import { addMonths, subMonths } from 'date-fns';
import { dayValue, quarterOf, quarterRange, yearValue } from '../calendar';
import { type Candidate, Context, QUARTER_CONTEXT_CHARS, type Resolved, type TagState } from '../context';
import { ORDINALS } from '../en/lexicon';
import { DIRECTION_WORDS, LAST_THIS_NEXT } from '../en/words';
import { refNote, TENSE_WORD } from '../resolve';
import { Parser } from '../tokens';
import { unitValue } from '../values';

export function quarterCandidate(p: Parser, k: number, state: TagState): Candidate | null {
  let j = k - 1;
  if (p.lower(j) === '-' && p.glued(j) && p.glued(j - 1)) j--;
  let ordinal = ORDINALS.get(p.lower(j));
  // "the final quarter of 2009" / "the last quarter of last year" is the fourth.
  if (ordinal === -1 && p.lower(k + 1) === 'of') ordinal = 4;
  let first = j;
  let fixedYear: number | null = null;
  let relativeYear: number | null = null;
  let latest = false;
  if (ordinal === undefined || ordinal < 1 || ordinal > 4) {
    // "the latest quarter", "the quarter", "the year-earlier quarter"
    const w = p.lower(j);
    // "the current quarter" is the one the publication date falls in, like "this quarter".
    if (w === 'latest' || (w === 'current' && p.lower(j - 1) === 'most') || w === 'recent' || w === 'most') {
      latest = true;
      first = j;
      if (p.lower(j - 1) === 'most') first = j - 1;
    } else if (w === 'the') {
      latest = true;
      first = j + 1;
    } else if (w === 'this' || w === 'current' || w === 'last' || w === 'next' || w === 'previous' || w === 'past') {
      const direction = DIRECTION_WORDS.get(w)!;
      return {
        first: w === 'current' && p.lower(j - 1) === 'the' ? j - 1 : j,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'quarter relative to an unknown publication date', ambiguous: true };
          const r = unitValue(addMonths(ctx.ref, direction * 3), 'Q');
          return { ...r, reasoning: `${w} quarter relative to ${refNote(ctx)}` };
        },
      };
    } else {
      return null;
    }
    if (p.lower(first - 1) === 'the') first--;
    else if (!latest || w !== 'the') return null;
    // "The quarter-to-quarter comparison": a kind of comparison, not a quarter.
    if (p.lower(k + 1) === '-' && p.lower(k + 2) === 'to' && p.glued(k)) return null;
    return {
      first,
      last: k,
      type: 'DATE',
      resolve(ctx) {
        // "the quarter" right after "the second quarter ended ...": that quarter.
        const recent = w === 'the' && state.lastQuarter && p.start(first) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS ? state.lastQuarter : null;
        if (recent) {
          state.lastQuarter = { year: recent.year, quarter: recent.quarter, end: p.end(k) };
          return { value: `${yearValue(recent.year)}-Q${recent.quarter}`, reasoning: 'the quarter just named', range: quarterRange(recent.year, recent.quarter) };
        }
        if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'the latest quarter; no publication date', ambiguous: true };
        // Business news reports on the most recently completed quarter.
        const date = subMonths(ctx.ref, 3);
        const r = unitValue(date, 'Q');
        state.lastQuarter = { year: date.getFullYear(), quarter: quarterOf(date), end: p.end(k) };
        return { ...r, reasoning: `the last full quarter before ${refNote(ctx)}` };
      },
    };
  }
  const quarter = ordinal;
  let last = k;
  const y = p.yearSlot(k); // "of 2019" / "2019"
  const year = p.yearNumber(y);
  if (year !== null) {
    fixedYear = year;
    last = y;
  } else if (p.lower(k + 1) === 'of' && LAST_THIS_NEXT.has(p.lower(k + 2)) && p.lower(k + 3) === 'year') {
    // "the first quarter of last year"
    relativeYear = DIRECTION_WORDS.get(p.lower(k + 2))!;
    last = k + 3;
  } else if (p.yearNumber(j - 1) !== null) {
    // "1989 third quarter"
    fixedYear = p.yearNumber(j - 1);
    first = j - 1;
  } else if (p.lower(j - 1) === 's' && (p.lower(j - 2) === "'" || p.lower(j - 2) === '’') && p.yearNumber(j - 3) !== null) {
    // "2010's first quarter"
    fixedYear = p.yearNumber(j - 3);
    first = j - 3;
  } else if (p.lower(j - 1) === 's' && p.lower(j - 3) === 'year' && LAST_THIS_NEXT.has(p.lower(j - 4))) {
    // "this year's third quarter"
    relativeYear = DIRECTION_WORDS.get(p.lower(j - 4))!;
    first = j - 4;
  }
  const hyphenated = j !== k - 1;
  if (p.lower(first - 1) === 'fiscal') first--;
  else if (p.lower(first - 1) === '-' && p.lower(first - 2) === 'fiscal') first -= 2; // "the fiscal-first quarter"
  if (!hyphenated && p.lower(first - 1) === 'the') first--;
  if (p.lower(first - 1) === 'fiscal') first--;
  if (hyphenated && p.lower(first - 1) === 'the' && fixedYear !== null) first--;
  const fixed = fixedYear;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      const shift = relativeYear;
      const resolved = shift !== null && ctx.ref ? resolveQuarter(quarter, ctx.ref.getFullYear() + shift, ctx) : resolveQuarter(quarter, fixed, ctx);
      if (resolved.year !== null && reportedQuarter(resolved.result, ctx) && !backdropQuarter(p, first)) state.lastQuarter = { year: resolved.year, quarter, end: p.end(last) };
      return resolved.result;
    },
  };
}

/** Words that make a quarter the time before or after which the reported figures fall. */
const BACKDROP_WORDS = new Set(['after', 'following', 'since']);

/**
 * Whether the quarter is named only as a backdrop ("After a flat second quarter, the company
 * attributed the gain to …", "since the first quarter"): the figures and comparisons that follow
 * ("a year ago", "the year-earlier period") still belong to the quarter the report is about.
 * The preposition may stand a determiner and an adjective before the ordinal.
 */
function backdropQuarter(p: Parser, first: number): boolean {
  for (let i = first - 1; i >= first - 3 && i >= 0; i--) {
    const word = p.lower(i);
    if (BACKDROP_WORDS.has(word)) return true;
    if (!p.isWord(i)) return false;
  }
  return false;
}

/** "Q4" or "4Q" in tokens first..last, and the year written after it if any ("Q1 2021"). */
export function writtenQuarter(p: Parser, first: number, last: number, quarter: number, state: TagState): Candidate {
  const year = p.yearNumber(last + 1);
  const end = year !== null ? last + 1 : last;
  return {
    first,
    last: end,
    type: 'DATE',
    resolve(ctx) {
      const resolved = resolveQuarter(quarter, year, ctx);
      if (resolved.year !== null && reportedQuarter(resolved.result, ctx)) state.lastQuarter = { year: resolved.year, quarter, end: p.end(end) };
      return resolved.result;
    },
  };
}

/**
 * Whether a quarter is one whose results a following "a year ago" or "the year-earlier period"
 * compares with: one already ended or under way. One still ahead ("losses through the third quarter
 * of 1990") is not, nor one under way that a future clause looks into ("analysts expect the trend to
 * continue into the fourth quarter" in October): its results are a forecast, not the report's subject.
 */
function reportedQuarter(result: Resolved, ctx: Context): boolean {
  if (!ctx.ref || !result.range) return true;
  const today = dayValue(ctx.ref);
  if (result.range.from > today) return false;
  return result.range.to < today || ctx.tense() !== 'future';
}

function resolveQuarter(quarter: number, fixedYear: number | null, ctx: Context): { year: number | null; result: Resolved } {
  if (fixedYear !== null) {
    return { year: fixedYear, result: { value: `${yearValue(fixedYear)}-Q${quarter}`, reasoning: 'explicit quarter', range: quarterRange(fixedYear, quarter) } };
  }
  if (!ctx.ref) return { year: null, result: { value: `XXXX-Q${quarter}`, reasoning: 'quarter of an unknown year (no publication date)', ambiguous: true } };
  const refYear = ctx.ref.getFullYear();
  const refQuarter = quarterOf(ctx.ref);
  const tense = ctx.tense();
  let year: number;
  let reasoning: string;
  if (tense === 'future') {
    // Results for the quarter that just ended are still to come ("expects to report third-quarter
    // net" in October): that quarter counts as ahead; older ones belong to the next year.
    const justEnded = quarter === refQuarter - 1 || (refQuarter === 1 && quarter === 4);
    if (justEnded) year = refQuarter === 1 ? refYear - 1 : refYear;
    else year = quarter >= refQuarter ? refYear : refYear + 1;
    reasoning = justEnded
      ? `the quarter just ended by ${refNote(ctx)}, whose results are still to come; ${TENSE_WORD[tense]}`
      : `the next such quarter from ${refNote(ctx)}; ${TENSE_WORD[tense]}`;
  } else {
    year = quarter <= refQuarter ? refYear : refYear - 1;
    reasoning = `the latest such quarter by ${refNote(ctx)}; ${TENSE_WORD[tense]}`;
  }
  return { year, result: { value: `${yearValue(year)}-Q${quarter}`, reasoning, range: quarterRange(year, quarter) } };
}
