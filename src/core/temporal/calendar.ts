// Calendar helpers: TimeML value strings and calendar ranges, all arithmetic through date-fns.
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  endOfISOWeek,
  endOfMonth,
  endOfQuarter,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  getQuarter,
  isValid,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  subDays,
} from 'date-fns';
import type { CalendarRange } from '../types';
import { CalendarDate, calendarDate } from './calendarDate';
import { MONTH_NAMES } from './en/lexicon';

export function pad(n: number, width: number): string {
  const s = String(Math.abs(Math.trunc(n)));
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

/**
 * Stores a computed value in one of the caches below and returns it. The caches are bounded: a long
 * run that names ever new days starts a cache afresh instead of growing it without end.
 */
function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit = 20000): V {
  if (cache.size > limit) cache.clear();
  cache.set(key, value);
  return value;
}

// Articles name the same days over and over: one string per day, made once (bounded cache).
const isoDates = new Map<number, string>();

export function isoDate(date: Date): string {
  const key = dayKey(date);
  // Plain string building rather than date-fns format() (see docs/performance.md).
  return isoDates.get(key) ?? remember(isoDates, key, `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`);
}

// The calendar day of each (year, month, day) named (see calendarDate.ts). Building and checking a
// day costs a few calls, and a dense text names the same few days hundreds of thousands of times.
// Bounded like isoDates.
interface DayTime {
  /** calendarDate(year, month, day).getTime(): rolls over (31 Feb → 3 Mar), NaN out of range. */
  time: number;
  /** Whether that day exists as written (in the calendar, not a year 0–99 read as 19xx). */
  exists: boolean;
  /** Calendar days since 1 January 2000 (NaN out of range). */
  dayNumber: number;
  /** The day's CalendarDate, made on first use and shared: nothing in the tagger changes a Date. */
  date?: CalendarDate;
}
const DAY_ZERO = calendarDate(2000, 1, 1);
const dayTimes = new Map<number, DayTime>();

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether the day exists in the (proleptic Gregorian) calendar, by arithmetic: the answer must not
 * depend on the machine's time zone. A local Date cannot tell: zones that skipped a day have no
 * local midnight on it (31 Dec 1994 in Pacific/Kiritimati, 30 Dec 2011 in Pacific/Apia), and a
 * local-fields check called those days invalid there.
 */
export function calendarDayExists(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function computeDayTime(year: number, month: number, day: number): DayTime {
  const date = calendarDate(year, month, day);
  // Years 0–99 are read as 19xx by Date.UTC: not the day written.
  const exists = calendarDayExists(year, month, day) && isValid(date) && !(year >= 0 && year <= 99);
  return { time: date.getTime(), exists, dayNumber: differenceInCalendarDays(date, DAY_ZERO) };
}

/** See DayTime. */
export function localDayTime(year: number, month: number, day: number): DayTime {
  // One small integer per day keeps the key a fast-hashing small integer; anything else is computed.
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return computeDayTime(year, month, day);
  if (year < -100000 || year > 100000 || month < 0 || month > 13 || day < 0 || day > 31) return computeDayTime(year, month, day);
  const key = ((year + 100000) * 16 + month) * 32 + day;
  return dayTimes.get(key) ?? remember(dayTimes, key, computeDayTime(year, month, day));
}

/** The calendar day (a CalendarDate, the same in every zone); null when it does not exist. */
export function ymd(year: number, month: number, day: number): Date | null {
  // Date.UTC rolls 31 Feb into March; reject instead.
  const entry = localDayTime(year, month, day);
  return entry.exists ? (entry.date ??= new CalendarDate(entry.time)) : null;
}

/** Parses a reference "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" into its calendar day; null when invalid. */
export function parseReference(reference: string | null): Date | null {
  const match = reference ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  return match ? ymd(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** "5 Dec 2020" – how reasoning strings name a date. */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function humanDate(date: Date): string {
  return `${date.getDate()} ${SHORT_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month];
}

// Values and ranges of the years 0–9999 and their months are made once each and shared (nothing
// modifies them): a dense document names the same years hundreds of thousands of times, and each
// fresh string or range object is one more for the garbage collector to copy while the analysis
// holds it.
const yearValues = new Array<string | undefined>(10000);
const yearRanges = new Array<CalendarRange | undefined>(10000);
const monthValues = new Map<number, string>();

function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= 0 && year <= 9999;
}

export function yearValue(year: number): string {
  if (!isCalendarYear(year)) return pad(year, 4);
  return (yearValues[year] ??= pad(year, 4));
}
export function monthValue(year: number, month: number): string {
  if (!isCalendarYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return `${pad(year, 4)}-${pad(month, 2)}`;
  const key = year * 12 + month - 1;
  // At most 120,000 months (years 0–9999): no bound needed, but one home for the pattern.
  return monthValues.get(key) ?? remember(monthValues, key, `${yearValue(year)}-${pad(month, 2)}`, Infinity);
}
export function dayValue(date: Date): string {
  return isoDate(date);
}
// ISO weeks and their ranges by the day they contain (bounded like isoDates): "last week" and "this
// week" in a folder of articles name few distinct weeks, and each date-fns week computation makes
// several dates.
const weekValues = new Map<number, string>();
const weekRanges = new Map<number, CalendarRange>();

function dayKey(date: Date): number {
  return date.getFullYear() * 512 + date.getMonth() * 32 + date.getDate();
}

export function weekValue(date: Date): string {
  const key = dayKey(date);
  return weekValues.get(key) ?? remember(weekValues, key, `${pad(getISOWeekYear(date), 4)}-W${pad(getISOWeek(date), 2)}`);
}
// The ISO weekday (1 Monday … 7 Sunday) by day, bounded like isoDates: weekdays are placed against
// the same reference day over and over, and date-fns' getISODay copies its date every time.
const isoWeekdays = new Map<number, number>();

export function isoWeekday(date: Date): number {
  const key = dayKey(date);
  return isoWeekdays.get(key) ?? remember(isoWeekdays, key, getISODay(date));
}
export function quarterOf(date: Date): number {
  return getQuarter(date);
}

export function yearRange(year: number): CalendarRange {
  if (!isCalendarYear(year)) return computeYearRange(year);
  return (yearRanges[year] ??= computeYearRange(year));
}
function computeYearRange(year: number): CalendarRange {
  // First and last day of a year are fixed strings; no calendar arithmetic involved.
  const y = pad(year, 4);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}
// Month ranges by year and month (bounded). The range objects are shared: nothing modifies a range.
const monthRanges = new Map<number, CalendarRange>();

export function monthRange(year: number, month: number): CalendarRange {
  const key = Number.isInteger(year) && Math.abs(year) < 1e6 && Number.isInteger(month) && month >= 1 && month <= 12 ? (year + 1e6) * 16 + month : null;
  const cached = key === null ? undefined : monthRanges.get(key);
  if (cached !== undefined) return cached;
  const start = calendarDate(year, month, 1);
  const range = { from: isoDate(startOfMonth(start)), to: isoDate(endOfMonth(start)) };
  return key === null ? range : remember(monthRanges, key, range, 5000);
}
// Day ranges by their (shared, cached) ISO day string; bounded like the other caches.
const dayRanges = new Map<string, CalendarRange>();

export function dayRange(date: Date): CalendarRange {
  const day = isoDate(date);
  return dayRanges.get(day) ?? remember(dayRanges, day, { from: day, to: day });
}
export function weekRange(date: Date): CalendarRange {
  const key = dayKey(date);
  return weekRanges.get(key) ?? remember(weekRanges, key, { from: isoDate(startOfISOWeek(date)), to: isoDate(endOfISOWeek(date)) });
}
export function quarterRange(year: number, quarter: number): CalendarRange {
  const start = calendarDate(year, (quarter - 1) * 3 + 1, 1);
  return { from: isoDate(startOfQuarter(start)), to: isoDate(endOfQuarter(start)) };
}
export function halfRange(year: number, half: number): CalendarRange {
  const start = calendarDate(year, (half - 1) * 6 + 1, 1);
  return { from: isoDate(start), to: isoDate(endOfMonth(addMonths(start, 5))) };
}
export function seasonRange(year: number, startMonth: number): CalendarRange {
  // Winter 2020 runs December 2020 – February 2021.
  const start = calendarDate(year, startMonth, 1);
  return { from: isoDate(start), to: isoDate(endOfMonth(addMonths(start, 2))) };
}
const decadeRanges = new Array<CalendarRange | undefined>(10000);

export function decadeRange(firstYear: number): CalendarRange {
  const compute = () => ({ from: yearRange(firstYear).from, to: yearRange(firstYear + 9).to });
  return isCalendarYear(firstYear) ? (decadeRanges[firstYear] ??= compute()) : compute();
}
export function centuryRange(firstYear: number): CalendarRange {
  return { from: yearRange(firstYear).from, to: yearRange(firstYear + 99).to };
}

/** Calendar span covered by a duration that ends (sign -1) or starts (sign +1) at `anchor`. */
export function anchoredSpan(anchor: Date, unit: string, amount: number, sign: -1 | 1): CalendarRange | undefined {
  if (!Number.isFinite(amount) || amount <= 0 || amount !== Math.floor(amount)) return undefined;
  let other: Date;
  switch (unit) {
    case 'Y': other = addYears(anchor, sign * amount); break;
    case 'DE': other = addYears(anchor, sign * amount * 10); break;
    case 'CE': other = addYears(anchor, sign * amount * 100); break;
    case 'Q': other = addMonths(anchor, sign * amount * 3); break;
    case 'M': other = addMonths(anchor, sign * amount); break;
    case 'W': other = addWeeks(anchor, sign * amount); break;
    case 'FN': other = addWeeks(anchor, sign * amount * 2); break;
    case 'D': other = addDays(anchor, sign * amount); break;
    default: return undefined;
  }
  // The past 11 months up to 5 Dec 2020 start on 6 Jan 2020 (the anchor day is included).
  return sign < 0
    ? { from: isoDate(addDays(other, 1)), to: isoDate(anchor) }
    : { from: isoDate(anchor), to: isoDate(subDays(other, 1)) };
}
