// Calendar days as UTC midnights, read and changed through UTC fields.
//
// A local Date cannot hold every calendar day: a zone that skipped a day has no local midnight on it
// (Pacific/Apia skipped 30 Dec 2011, Pacific/Kiritimati 31 Dec 1994), so `new Date(2011, 11, 30)`
// there is 31 December, and adding a day to 29 December lands on the 31st. Day arithmetic on local
// Dates therefore gave different dates in different zones. A CalendarDate answers the local-field
// getters and setters that date-fns calls (getDate, setDate, getDay, setHours, …) with the UTC ones,
// where every day exists and lasts 24 hours, so date-fns' calendar functions work on it unchanged in
// every zone; date-fns builds its results through `constructDateFrom`, so they stay CalendarDates.
const CONSTRUCT_FROM = Symbol.for('constructDateFrom');

type Setter = (this: Date, ...values: number[]) => number;
const utc = Date.prototype;

export class CalendarDate extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  // The optional arguments must be passed on only when given (setUTCFullYear(y, undefined) is NaN).
  override setFullYear(...values: [number, number?, number?]): number { return (utc.setUTCFullYear as Setter).apply(this, values as number[]); }
  override setMonth(...values: [number, number?]): number { return (utc.setUTCMonth as Setter).apply(this, values as number[]); }
  override setDate(value: number): number { return this.setUTCDate(value); }
  override setHours(...values: [number, number?, number?, number?]): number { return (utc.setUTCHours as Setter).apply(this, values as number[]); }
  override setMinutes(...values: [number, number?, number?]): number { return (utc.setUTCMinutes as Setter).apply(this, values as number[]); }
  override setSeconds(...values: [number, number?]): number { return (utc.setUTCSeconds as Setter).apply(this, values as number[]); }
  override setMilliseconds(value: number): number { return this.setUTCMilliseconds(value); }

  [CONSTRUCT_FROM](value: Date | number | string): CalendarDate {
    return new CalendarDate(typeof value === 'string' ? value : +value);
  }
}

/**
 * The calendar day `day` of `month` (1–12) in `year`, rolling over like the Date constructor
 * (day 0 is the last of the month before, day 32 a day of the next; years 0–99 are read as 19xx).
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return new CalendarDate(Date.UTC(year, month - 1, day));
}

/**
 * The calendar day of an ISO "YYYY-MM-DD" ("YYYY-MM" and "YYYY" are their first day, as with
 * date-fns parseISO); Invalid Date when it is none of these or names no day ("2021-02-30").
 */
export function calendarDateOf(iso: string): CalendarDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/.exec(iso);
  if (!match) return new CalendarDate(NaN);
  const month = Number(match[2] ?? 1);
  const day = Number(match[3] ?? 1);
  const date = new CalendarDate(0);
  // setFullYear keeps years 0–99 as written (Date.UTC reads them as 19xx).
  date.setFullYear(Number(match[1]), month - 1, day);
  // "2021-02-30" would roll into March: not a day, as for parseISO.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : new CalendarDate(NaN);
}
