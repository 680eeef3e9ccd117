// Holidays named by name ("Christmas", "Thanksgiving 2019"): without a year, the year the passage is
// set in or the one the clause tense points to.
import { addDays, getISODay, lastDayOfMonth, subDays } from 'date-fns';
import type { Resolved } from '../context';
import { pad, weekRange, weekValue, ymd } from '../calendar';
import { type Candidate, storyYear } from '../context';
import { HOLIDAYS } from '../en/lexicon';
import { DIRECTION_WORDS } from '../en/words';
import { refNote, resolveYearForMonth, TENSE_WORD } from '../resolve';
import { isApostrophe, Parser } from '../tokens';
import { dateResolved } from '../values';
import { calendarDate } from '../calendarDate';

/** When a holiday falls in a given year; null for a year the calendar cannot hold. */
export type HolidayDate = (year: number) => Date | null;

/**
 * The holiday named by tokens first..last (a year may follow: "Christmas 2019"). `week`: the
 * expression names the week of that day ("Easter week"), an ISO week.
 */
export function holiday(p: Parser, first: number, last: number, dateOf: HolidayDate, name: string, week = false): Candidate {
  let end = last;
  const year = p.yearNumber(last + 1);
  if (year !== null) end = last + 1;
  // "last Thanksgiving", "next Christmas": the one before or after the publication date.
  const direction = year === null ? DIRECTION_WORDS.get(p.lower(first - 1)) : undefined;
  const shift = direction === -1 || direction === 1 ? direction : null;
  if (shift !== null) first--;
  const resolved = (date: Date, reasoning: string, ambiguous = false): Resolved =>
    week ? { value: weekValue(date), reasoning: `the week of ${reasoning}`, range: weekRange(date), ambiguous } : dateResolved(date, reasoning, ambiguous);
  return {
    first,
    last: end,
    type: 'DATE',
    resolve(ctx) {
      if (shift !== null && ctx.ref) {
        const refYear = ctx.ref.getFullYear();
        const thisYear = dateOf(refYear)!;
        const y = shift < 0 ? (thisYear < ctx.ref ? refYear : refYear - 1) : thisYear > ctx.ref ? refYear : refYear + 1;
        return resolved(dateOf(y)!, `${name} ${shift < 0 ? 'before' : 'after'} ${refNote(ctx)}`);
      }
      let y = year;
      let reasoning = `${name}, explicit year`;
      const story = y === null && ctx.tense() !== 'future' ? storyYear(ctx) : null;
      if (story !== null) {
        // "the Christmas Offensive" in a passage set in 1935 (see storyYear).
        return resolved(dateOf(story)!, `${name} of ${story}, the year the passage is set in; ${TENSE_WORD[ctx.tense()]}`, !ctx.ref);
      }
      if (y === null) {
        // The month and day in the publication year decide the year by the clause tense; a holiday
        // that moves (Easter) stays within a few weeks of it in any year.
        const probe = dateOf(ctx.ref?.getFullYear() ?? 2000)!;
        const r = resolveYearForMonth(probe.getMonth() + 1, probe.getDate(), ctx);
        if (!r) return { value: week ? 'XXXX-WXX' : yearlessValue(dateOf), reasoning: `${name} of an unknown year`, ambiguous: true };
        y = r.year;
        reasoning = `${name}: ${r.reasoning}`;
      }
      const date = dateOf(y);
      if (!date) return { value: week ? 'XXXX-WXX' : 'XXXX-XX-XX', reasoning: `${name} of a year beyond the calendar`, ambiguous: true };
      return resolved(date, reasoning);
    },
  };
}

/**
 * A holiday's value when its year is unknown: the day for one on a fixed day ("Christmas":
 * XXXX-12-25), the month for one that moves within its month ("Labor Day": XXXX-09), nothing more
 * for one that moves across months ("Easter": XXXX-XX-XX). Fourteen consecutive years hold every
 * weekday shift and, for Easter, both months.
 */
function yearlessValue(dateOf: HolidayDate): string {
  const days = new Set<string>();
  const months = new Set<number>();
  for (let year = 2000; year < 2014; year++) {
    const date = dateOf(year)!;
    months.add(date.getMonth() + 1);
    days.add(`${date.getMonth() + 1}-${date.getDate()}`);
  }
  if (months.size > 1) return 'XXXX-XX-XX';
  const [month] = months;
  if (days.size > 1) return `XXXX-${pad(month, 2)}`;
  const probe = dateOf(2000)!;
  return `XXXX-${pad(month, 2)}-${pad(probe.getDate(), 2)}`;
}

/** A holiday on a fixed day of the year ("Christmas": 12, 25). */
export function fixedHoliday(month: number, day: number): HolidayDate {
  return (year) => ymd(year, month, day);
}

/**
 * Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus, Jones, Butcher), the
 * church's own table in arithmetic form; date-fns has no rule for it.
 */
export function easterSunday(year: number): Date | null {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** Words after "Easter" that name a day or the week of the feast, and the days from Easter Sunday. */
const EASTER_DAYS: Record<string, number> = { sunday: 0, day: 0, monday: 1, week: 0 };

/**
 * "Easter", "Easter Sunday", "Easter Monday", "Easter week" (the ISO week that ends on Easter
 * Sunday, Holy Week), token k being "Easter"; null for names ("Easter Island", "the Easter Rising").
 */
export function easter(p: Parser, k: number): Candidate | null {
  if (!p.isCapitalized(k)) return null;
  const next = p.lower(k + 1);
  const offset = EASTER_DAYS[next];
  if (offset === undefined && p.isCapitalized(k + 1) && p.isWord(k + 1)) return null;
  if (offset === undefined && EASTER_THINGS.has(next)) return null;
  const last = offset === undefined ? k : k + 1;
  const week = next === 'week';
  const shift = offset ?? 0;
  const name = offset === undefined ? 'Easter' : `Easter ${next}`;
  return holiday(p, k, last, (year) => {
    const sunday = easterSunday(year);
    return sunday && shift ? addDays(sunday, shift) : sunday;
  }, name, week);
}

/** Nouns after a lower-case "Easter" that make it a kind of thing, not the day: "Easter eggs". */
const EASTER_THINGS = new Set(['egg', 'eggs', 'bunny', 'lily', 'lilies', 'island', 'islands', 'rising', 'bonnet', 'basket', 'baskets', 'parade', 'candy']);

/** Day of the month of the first `isoDay` (1 = Monday) in a month. */
function firstWeekday(year: number, month: number, isoDay: number): number {
  const first = calendarDate(year, month, 1);
  return addDays(first, (isoDay - getISODay(first) + 7) % 7).getDate();
}

/** Holidays whose day moves with the weekdays: month and the day in a given year. */
const MOVABLE_DAYS: Record<string, [number, (year: number) => number]> = {
  // US general elections: the Tuesday after the first Monday of November.
  election: [11, (year) => firstWeekday(year, 11, 1) + 1],
  // US Labor Day: the first Monday of September; Memorial Day: the last Monday of May.
  labor: [9, (year) => firstWeekday(year, 9, 1)],
  memorial: [5, (year) => {
    const end = lastDayOfMonth(calendarDate(year, 5, 1));
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
  if (movable) return holiday(p, first, k, (year) => ymd(year, movable[0], movable[1](year)), label);
  const fixed = HOLIDAYS[`${name} day`];
  if (fixed) return holiday(p, first, k, fixedHoliday(fixed[0], fixed[1]), label);
  return null;
}
