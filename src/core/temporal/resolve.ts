// Placing a date that the text leaves open against the publication date: the year of a month named
// without one, the week of a weekday, a date shifted by a number of units. The clause tense decides
// where the calendar alone cannot.
import { addDays, addMonths, addWeeks, addYears, nextDay, previousDay } from 'date-fns';
import type { Tense } from '../types';
import { isoWeekday, localDayTime, monthName } from './calendar';
import { Context } from './context';
import { type Unit, WEEKDAY_NAMES } from './en/lexicon';

export const TENSE_WORD: Record<Tense, string> = { past: 'past tense', present: 'present tense', future: 'future tense' };

export function refNote(ctx: Context): string {
  return ctx.refNote;
}

/** Signed distance in calendar days from the reference day (its dayNumber) to the given day, the same in every time zone. */
function daysFrom(refDay: number, year: number, month: number, day: number): number {
  return localDayTime(year, month, day).dayNumber - refDay;
}

/** How far back a date named in a future clause may still be the recent one (see resolveYearForMonth). */
const RECENT_DAYS = 31;

/** Year for a month (and optional day) given without one, read from the tense of the clause. */
export function resolveYearForMonth(month: number, day: number | null, ctx: Context, deadline = false, takesEffect = false, named = false): { year: number; reasoning: string } | null {
  if (!ctx.ref) return null;
  const ref = ctx.ref;
  const refYear = ref.getFullYear();
  const tense = takesEffect ? 'future' : ctx.tense();
  const what = day === null ? `the ${monthName(month)}` : `${day} ${monthName(month)}`;
  // Signed distance in days from the publication date to the candidate in each nearby year, and
  // in months within the publication year.
  const refDay = localDayTime(refYear, ref.getMonth() + 1, ref.getDate()).dayNumber;
  const offsetBefore = daysFrom(refDay, refYear - 1, month, day ?? 15);
  const offsetSame = daysFrom(refDay, refYear, month, day ?? 15);
  const offsetAfter = daysFrom(refDay, refYear + 1, month, day ?? 15);
  const monthOffsetSame = month - 1 - ref.getMonth();
  let nearest = refYear;
  let nearestOffset = offsetSame;
  if (Math.abs(offsetBefore) < Math.abs(nearestOffset)) {
    nearest = refYear - 1;
    nearestOffset = offsetBefore;
  }
  if (Math.abs(offsetAfter) < Math.abs(nearestOffset)) {
    nearest = refYear + 1;
    nearestOffset = offsetAfter;
  }
  if (deadline && tense !== 'future') {
    // "extended to Nov. 20", "through January": deadlines sit close to the publication date.
    return { year: nearest, reasoning: `${what} nearest to ${refNote(ctx)}; a deadline` };
  }
  if (tense === 'future' && day !== null && (deadline || named) && offsetSame < 0 && offsetSame >= -RECENT_DAYS) {
    // "will abide by the Feb. 23 accord", "ordered to return the child by Jan. 14" in a paper of
    // early March or mid-January: an event or deadline a few weeks back, not one almost a year out.
    return { year: refYear, reasoning: `${what} just before ${refNote(ctx)}; ${named ? 'an event named by its date' : 'a deadline'}` };
  }
  if (tense === 'future') {
    // A plan or a deadline: the first such date not before the publication date.
    const year = (day === null ? monthOffsetSame >= 0 : offsetSame >= 0) ? refYear : refYear + 1;
    return { year, reasoning: `${what} on or after ${refNote(ctx)}; ${takesEffect ? 'the date a change takes effect' : TENSE_WORD[tense]}` };
  }
  if (tense === 'past') {
    // A reported event: the latest such month not after the publication date. For a full date a
    // few weeks ahead the nearest reading wins (announcements of dates just ahead are common).
    const latest = (day === null ? monthOffsetSame <= 0 : offsetSame <= 0) ? refYear : refYear - 1;
    const year = day !== null && nearest > latest && nearestOffset <= 60 ? nearest : latest;
    return { year, reasoning: `${what} ${year === latest ? 'on or before' : 'just after'} ${refNote(ctx)}; ${TENSE_WORD[tense]}` };
  }
  return { year: nearest, reasoning: `${what} nearest to ${refNote(ctx)}; ${TENSE_WORD[tense]}` };
}

export function weekdayDate(weekday: number, ctx: Context, direction: -1 | 0 | 1 | null, deadline = false): { date: Date; reasoning: string } | null {
  if (!ctx.ref) return null;
  const ref = ctx.ref;
  const jsDay = (weekday % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  const name = WEEKDAY_NAMES[weekday];
  const refWeekday = isoWeekday(ref);
  if (direction === -1) {
    return { date: previousDay(ref, jsDay), reasoning: `the ${name} before ${refNote(ctx)}` };
  }
  if (direction === 1) {
    // "by Wednesday" in a Wednesday paper is that day; "next Wednesday" is a week on.
    if (deadline && refWeekday === weekday) return { date: ref, reasoning: `${name} is the publication day, ${ctx.refLabel}` };
    return { date: nextDay(ref, jsDay), reasoning: `the ${name} after ${refNote(ctx)}` };
  }
  if (direction === 0) {
    const date = addDays(ref, weekday - refWeekday);
    return { date, reasoning: `the ${name} of the publication week (${ctx.refLabel})` };
  }
  const tense = ctx.tense();
  if (refWeekday === weekday) return { date: ref, reasoning: `${name} is the publication day, ${ctx.refLabel}` };
  if (tense === 'future') {
    return { date: nextDay(ref, jsDay), reasoning: `the ${name} after ${refNote(ctx)}; ${TENSE_WORD[tense]}` };
  }
  if (tense === 'present' && (weekday - refWeekday + 7) % 7 <= 3) {
    return { date: nextDay(ref, jsDay), reasoning: `the nearest ${name}, after ${refNote(ctx)}; ${TENSE_WORD[tense]}` };
  }
  return { date: previousDay(ref, jsDay), reasoning: `the ${name} before ${refNote(ctx)}; ${TENSE_WORD[tense]}` };
}

/**
 * The weekday on or before the publication date. "Wednesday's ruling" names something that has
 * already happened (or happens that day), and "until Thursday, they had not ..." in a past clause
 * looks back: a deadline that has passed.
 */
export function weekdayOnOrBefore(weekday: number, ctx: Context): { date: Date; reasoning: string } | null {
  if (!ctx.ref) return null;
  const name = WEEKDAY_NAMES[weekday];
  if (isoWeekday(ctx.ref) === weekday) return { date: ctx.ref, reasoning: `${name} is the publication day, ${ctx.refLabel}` };
  return { date: previousDay(ctx.ref, (weekday % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6), reasoning: `the ${name} before ${refNote(ctx)}; already past` };
}

export function shiftedDate(ref: Date, unit: Unit, amount: number): Date {
  switch (unit) {
    case 'Y': return addYears(ref, amount);
    case 'DE': return addYears(ref, amount * 10);
    case 'CE': return addYears(ref, amount * 100);
    case 'Q': return addMonths(ref, amount * 3);
    case 'M': return addMonths(ref, amount);
    case 'W': return addWeeks(ref, amount);
    case 'FN': return addWeeks(ref, amount * 2);
    case 'WE': return addWeeks(ref, amount);
    default: return addDays(ref, amount);
  }
}
