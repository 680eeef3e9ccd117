// Day pairs that share one written month: the "6" of "6-7 January", the "25" of "April 24 and 25".
import { pad, ymd } from '../calendar';
import type { Candidate } from '../context';
import { MONTHS, UNITS } from '../en/lexicon';
import { COUNT_NOUNS, DAY_PAIR_LINKS, ORDINAL_SUFFIXES } from '../en/words';
import { Parser } from '../tokens';
import { dateResolved } from '../values';
import { parseMonth } from './months';

/**
 * One day of a pair that shares its month (and year) with the other: the "6" of "6-7 January 1916"
 * and the "25" of "April 24 and 25". TimeML tags each day; the month and year come from the
 * written date next to it, resolved as that date is.
 */
export function pairedDay(p: Parser, k: number): Candidate | null {
  const day = p.dayNumber(k);
  if (day === null || p.glued(k - 1) && p.isWord(k - 1)) return null;
  let written: Candidate | null = null;
  const after = p.skipOrdinalSuffix(k) + 1;
  // Days of a pair come in order; a number before a noun counts things ("on March 3 and 22 people").
  const following = p.lower(after);
  if (COUNT_NOUNS.has(following) || UNITS.get(following) !== undefined || following === 'percent' || following === '%') return null;
  if (DAY_PAIR_LINKS.has(following) && (p.dayNumber(after + 1) ?? 0) > day) {
    // "6-7 January": the written date starts at the second day.
    let m = p.skipOrdinalSuffix(after + 1) + 1;
    if (p.lower(m) === 'of') m++;
    if (MONTHS.get(p.lower(m)) === undefined || !p.isCapitalized(m)) return null;
    written = parseMonth(p, m, null);
    if (!written || written.first !== after + 1) return null;
  } else if (DAY_PAIR_LINKS.has(p.lower(k - 1))) {
    // "April 24 and 25": the written date ends at the first day.
    let d = k - 2;
    if (ORDINAL_SUFFIXES.has(p.lower(d)) && p.glued(d - 1)) d--;
    if ((p.dayNumber(d) ?? 32) >= day) return null;
    let m = d - 1;
    if (p.lower(m) === '.') m--;
    if (MONTHS.get(p.lower(m)) === undefined || !p.isCapitalized(m)) return null;
    written = parseMonth(p, m, null);
    if (!written || written.first !== m || written.last < d) return null;
  }
  if (!written) return null;
  const base = written;
  return {
    first: p.lower(k - 1) === 'the' ? k - 1 : k,
    last: p.skipOrdinalSuffix(k),
    type: 'DATE',
    resolve(ctx) {
      const r = base.resolve(ctx);
      // The partner may resolve to a month only ("29 February last year" in a year without one):
      // this day then gets that month; a value of another shape is the partner's own.
      if (r.value.length === 7 && r.value.charCodeAt(4) === 45) {
        const year = Number(r.value.slice(0, 4));
        const date = Number.isNaN(year) ? null : ymd(year, Number(r.value.slice(5, 7)), day);
        if (date) return dateResolved(date, `the month and year of the date next to it: ${r.reasoning}`, r.ambiguous);
        return { value: `${r.value}-${pad(day, 2)}`, reasoning: r.reasoning, ambiguous: true };
      }
      if (r.value.length !== 10) return { value: r.value, reasoning: r.reasoning, ambiguous: true };
      const year = Number(r.value.slice(0, 4));
      const date = Number.isNaN(year) ? null : ymd(year, Number(r.value.slice(5, 7)), day);
      if (!date) return { value: r.value.slice(0, 8) + pad(day, 2), reasoning: r.reasoning, ambiguous: r.ambiguous };
      return dateResolved(date, `the month and year of the date next to it: ${r.reasoning}`, r.ambiguous);
    },
  };
}
