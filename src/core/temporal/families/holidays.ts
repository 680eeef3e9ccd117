// Holidays named by name ("Christmas", "Thanksgiving 2019"): without a year, the year the passage is
// set in or the one the clause tense points to.
import { addDays, getISODay, lastDayOfMonth, subDays } from 'date-fns';
import { pad, ymd } from '../calendar';
import { type Candidate, storyYear } from '../context';
import { HOLIDAYS } from '../en/lexicon';
import { DIRECTION_WORDS } from '../en/words';
import { refNote, resolveYearForMonth, TENSE_WORD } from '../resolve';
import { isApostrophe, Parser } from '../tokens';
import { dateResolved } from '../values';

export function holiday(p: Parser, first: number, last: number, month: number, dayOf: (year: number) => number, name: string): Candidate {
  let end = last;
  const year = p.yearNumber(last + 1);
  if (year !== null) end = last + 1;
  // "last Thanksgiving", "next Christmas": the one before or after the publication date.
  const direction = year === null ? DIRECTION_WORDS.get(p.lower(first - 1)) : undefined;
  const shift = direction === -1 || direction === 1 ? direction : null;
  if (shift !== null) first--;
  return {
    first,
    last: end,
    type: 'DATE',
    resolve(ctx) {
      if (shift !== null && ctx.ref) {
        const refYear = ctx.ref.getFullYear();
        const thisYear = ymd(refYear, month, dayOf(refYear))!;
        const y = shift < 0 ? (thisYear < ctx.ref ? refYear : refYear - 1) : thisYear > ctx.ref ? refYear : refYear + 1;
        return dateResolved(ymd(y, month, dayOf(y))!, `${name} ${shift < 0 ? 'before' : 'after'} ${refNote(ctx)}`);
      }
      let y = year;
      let reasoning = `${name}, explicit year`;
      const story = y === null && ctx.tense() !== 'future' ? storyYear(ctx) : null;
      if (story !== null) {
        // "the Christmas Offensive" in a passage set in 1935 (see storyYear).
        return dateResolved(ymd(story, month, dayOf(story))!, `${name} of ${story}, the year the passage is set in; ${TENSE_WORD[ctx.tense()]}`, !ctx.ref);
      }
      if (y === null) {
        const r = resolveYearForMonth(month, dayOf(ctx.ref?.getFullYear() ?? 2000), ctx);
        if (!r) return { value: `XXXX-${pad(month, 2)}-${pad(dayOf(2000), 2)}`, reasoning: `${name} of an unknown year`, ambiguous: true };
        y = r.year;
        reasoning = `${name}: ${r.reasoning}`;
      }
      const date = ymd(y, month, dayOf(y))!;
      return dateResolved(date, reasoning);
    },
  };
}

/** Day of the month of the first `isoDay` (1 = Monday) in a month. */
function firstWeekday(year: number, month: number, isoDay: number): number {
  const first = new Date(year, month - 1, 1);
  return addDays(first, (isoDay - getISODay(first) + 7) % 7).getDate();
}

/** Holidays whose day moves with the weekdays: month and the day in a given year. */
const MOVABLE_DAYS: Record<string, [number, (year: number) => number]> = {
  // US general elections: the Tuesday after the first Monday of November.
  election: [11, (year) => firstWeekday(year, 11, 1) + 1],
  // US Labor Day: the first Monday of September; Memorial Day: the last Monday of May.
  labor: [9, (year) => firstWeekday(year, 9, 1)],
  memorial: [5, (year) => {
    const end = lastDayOfMonth(new Date(year, 4, 1));
    return subDays(end, (getISODay(end) + 6) % 7).getDate();
  }],
};

/**
 * A holiday named "<Name> Day" with a capital D ("Election Day", "Independence Day", "New Year's
 * Day"), token k being "Day"; null for any other day ("a great day", "the election day
 * arrangements").
 */
export function namedDay(p: Parser, k: number): Candidate | null {
  if (!p.isCapitalized(k)) return null;
  let first = k - 1;
  let name = p.lower(first);
  // "New Year's Day", "Valentine's Day": the possessive is tokenized apart.
  if (name === 's' && isApostrophe(p.lower(k - 2))) {
    first = k - 3;
    name = `${p.lower(first)}'s`;
    if (name === "year's" && p.lower(first - 1) === 'new') {
      first--;
      name = "new year's";
    }
  }
  if (!p.isCapitalized(first)) return null;
  const label = `${p.text.slice(p.start(first), p.end(k))}`;
  const movable = MOVABLE_DAYS[name];
  if (movable) return holiday(p, first, k, movable[0], movable[1], label);
  const fixed = HOLIDAYS[`${name} day`];
  if (fixed) return holiday(p, first, k, fixed[0], () => fixed[1], label);
  return null;
}
