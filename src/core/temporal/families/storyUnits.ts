// A unit told relative to the story: "that year", "the same month", "the following day".
import { addDays, addMonths } from 'date-fns';
import { yearRange, yearValue } from '../calendar';
import { ANAPHOR_CHARS, type Candidate, type TagState } from '../context';
import type { Unit } from '../en/lexicon';
import { Parser } from '../tokens';
import { dateResolved, unitName, unitValue } from '../values';

/**
 * "that year", "later that year", "the following month", "the next day", "the previous year":
 * told relative to the year, month or day the story last named, not to the publication date.
 * Null when the words do not fit or nothing was named recently.
 */
export function anaphoricUnit(p: Parser, k: number, pi: number, unit: Unit, state: TagState): Candidate | null {
  const word = p.lower(pi);
  let shift: number;
  let first = pi;
  if (word === 'that' && pi === k - 1) {
    shift = 0;
  } else if (p.lower(pi - 1) === 'the' && pi === k - 1 && (word === 'following' || word === 'previous' || word === 'preceding' || (word === 'next' && unit === 'D'))) {
    shift = word === 'following' || word === 'next' ? 1 : -1;
    first = pi - 1;
  } else {
    return null;
  }
  const at = p.start(first);
  const named = unit === 'Y' ? state.lastYear : unit === 'M' ? state.lastMonth : unit === 'D' ? state.lastDay : null;
  if (!named || named.end < 0 || at - named.end > ANAPHOR_CHARS) return null;
  // Copied: the state's mention is updated in place by later expressions.
  const mention = { year: named.year, month: named.month, day: named.day };
  const mod = p.lower(first - 1);
  if (shift === 0 && (mod === 'earlier' || mod === 'later')) first--;
  const how = shift === 0 ? 'the same' : shift > 0 ? 'the one after the' : 'the one before the';
  const label = unitName(unit, false);
  return {
    first,
    last: k,
    type: 'DATE',
    resolve() {
      if (unit === 'Y') {
        const year = mention.year + shift;
        return { value: yearValue(year), reasoning: `${how} ${label} the story last named`, range: yearRange(year) };
      }
      if (unit === 'M') {
        const date = addMonths(new Date(mention.year, mention.month - 1, 1), shift);
        return { ...unitValue(date, 'M'), reasoning: `${how} ${label} the story last named` };
      }
      const date = addDays(new Date(mention.year, mention.month - 1, mention.day), shift);
      return { ...dateResolved(date, `${how} ${label} the story last named`), ambiguous: false };
    },
  };
}
