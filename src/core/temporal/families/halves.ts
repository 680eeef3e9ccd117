// Halves of a year: "the first half of 2019", "the second half", "first-half".
import { halfRange, yearValue } from '../calendar';
import type { Candidate } from '../context';
import { refNote, TENSE_WORD } from '../resolve';
import { Parser } from '../tokens';

/** "the first half", "the second half of 2019", "first-half" → 2019-H1. */
export function parseHalf(p: Parser, k: number): Candidate | null {
  let j = k - 1;
  if (p.lower(j) === '-' && p.glued(j)) j--;
  const word = p.lower(j);
  const half = word === 'first' ? 1 : word === 'second' || word === 'last' || word === 'final' ? 2 : 0;
  if (!half) return null;
  let first = j;
  let last = k;
  let fixedYear: number | null = null;
  const y = p.yearSlot(k);
  const year = p.yearNumber(y);
  if (year !== null) {
    fixedYear = year;
    last = y;
  } else if (p.lower(k + 1) === 'of' && (p.lower(k + 2) === 'the' || p.lower(k + 2) === 'this' || p.lower(k + 2) === 'last' || p.lower(k + 2) === 'next') && p.lower(k + 3) === 'year') {
    last = k + 3;
  } else if (p.lower(k + 1) === 'of') {
    // "the first half of the match": not a calendar half.
    return null;
  }
  if (p.lower(first - 1) === 'the') first--;
  const fixed = fixedYear;
  const shiftWord = last === k + 3 ? p.lower(k + 2) : '';
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      if (fixed !== null) return { value: `${yearValue(fixed)}-H${half}`, reasoning: 'explicit half-year', range: halfRange(fixed, half) };
      if (!ctx.ref) return { value: `XXXX-H${half}`, reasoning: 'half of an unknown year (no publication date)', ambiguous: true };
      const refYear = ctx.ref.getFullYear();
      const refHalf = ctx.ref.getMonth() < 6 ? 1 : 2;
      let year: number;
      let reasoning: string;
      if (shiftWord === 'last' || shiftWord === 'next') {
        year = refYear + (shiftWord === 'last' ? -1 : 1);
        reasoning = `${shiftWord} year relative to ${refNote(ctx)}`;
      } else if (shiftWord) {
        year = refYear;
        reasoning = `the year of ${refNote(ctx)}`;
      } else if (ctx.tense() === 'future') {
        year = half >= refHalf ? refYear : refYear + 1;
        reasoning = `the next such half-year from ${refNote(ctx)}; future tense`;
      } else {
        year = half <= refHalf ? refYear : refYear - 1;
        reasoning = `the latest such half-year by ${refNote(ctx)}; ${TENSE_WORD[ctx.tense()]}`;
      }
      return { value: `${yearValue(year)}-H${half}`, reasoning, range: halfRange(year, half) };
    },
  };
}
