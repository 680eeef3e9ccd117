// Building TimeML values: durations (P3Y, PT2H), calendar units containing a date (2020-W49, 2020-Q4),
// decades, fixed dates, and the checks that a value and its range can be written at all.
import { addDays } from 'date-fns';
import { centuryRange, dayRange, dayValue, decadeRange, isoWeekday, monthRange, monthValue, quarterOf, quarterRange, weekRange, weekValue, yearRange, yearValue } from './calendar';
import type { Candidate, Resolved } from './context';
import type { Unit } from './en/lexicon';
import { digitRun } from './tokens';

const UNIT_NAMES: Record<Unit, string> = {
  Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', S: 'second', DE: 'decade', CE: 'century',
  Q: 'quarter', WE: 'weekend', FN: 'fortnight',
};

export function unitName(unit: Unit, plural: boolean): string {
  const name = UNIT_NAMES[unit];
  if (!plural) return name;
  return unit === 'CE' ? 'centuries' : name + 's';
}

/** TimeML duration value: P11M, PT3H, PXY. */
// A fractional amount is written with the next smaller unit: 2 1/2 years → P2Y6M.
const SMALLER_UNIT: Partial<Record<Unit, [string, number, boolean]>> = {
  Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], MIN: ['S', 60, true],
};

export function durationValue(unit: Unit, amount: number | null): string {
  const smaller = SMALLER_UNIT[unit];
  if (amount !== null && !Number.isInteger(amount) && smaller) {
    const whole = Math.floor(amount);
    const part = Math.round((amount - whole) * smaller[1]);
    const timeUnit = unit === 'H' || unit === 'MIN';
    const head = whole > 0 ? `${whole}${unit === 'MIN' ? 'M' : unit}` : '';
    if (timeUnit) return `PT${head}${part}${smaller[0]}`;
    return smaller[2] ? `P${head}T${part}${smaller[0]}` : `P${head}${part}${smaller[0]}`;
  }
  const n = amount === null ? 'X' : formatAmount(amount);
  switch (unit) {
    case 'H': return `PT${n}H`;
    case 'MIN': return `PT${n}M`;
    case 'S': return `PT${n}S`;
    // Counted in years like "two decades" (P20Y): "decades" is some number of years, PXY.
    case 'DE': return amount === null ? 'PXY' : `P${formatAmount(amount * 10)}Y`;
    case 'CE': return amount === null ? 'PXCE' : `P${formatAmount(amount * 100)}Y`;
    case 'FN': return amount === null ? 'PXW' : `P${formatAmount(amount * 2)}W`;
    case 'WE': return amount === null ? 'PXWE' : `P${formatAmount(amount * 2)}D`;
    default: return `P${n}${unit}`;
  }
}
export function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

export function dateResolved(date: Date, reasoning: string, ambiguous = false): Resolved {
  return { value: dayValue(date), reasoning, range: dayRange(date), ambiguous };
}

/** Value of the calendar unit containing `date` ("2019", "2020-11", "2020-W49", "2020-Q4"). */
export function unitValue(date: Date, unit: Unit): Resolved {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  switch (unit) {
    case 'Y': return { value: yearValue(year), reasoning: '', range: yearRange(year) };
    case 'M': return { value: monthValue(year, month), reasoning: '', range: monthRange(year, month) };
    case 'W': case 'FN': return { value: weekValue(date), reasoning: '', range: weekRange(date) };
    case 'WE': {
      const saturday = addDays(date, 6 - isoWeekday(date));
      return { value: weekValue(saturday) + '-WE', reasoning: '', range: { from: dayValue(saturday), to: dayValue(addDays(saturday, 1)) } };
    }
    case 'Q': {
      const q = quarterOf(date);
      return { value: `${yearValue(year)}-Q${q}`, reasoning: '', range: quarterRange(year, q) };
    }
    case 'DE': {
      const first = Math.floor(year / 10) * 10;
      return { value: decadeValue(first), reasoning: '', range: decadeRange(first) };
    }
    case 'CE': {
      const first = Math.floor(year / 100) * 100;
      return { value: String(first / 100).padStart(2, '0'), reasoning: '', range: centuryRange(first) };
    }
    default: return { value: dayValue(date), reasoning: '', range: dayRange(date) };
  }
}

export const UNKNOWN_FOR_UNIT: Record<string, string> = {
  Y: 'XXXX', M: 'XXXX-XX', W: 'XXXX-WXX', D: 'XXXX-XX-XX', Q: 'XXXX-QX', WE: 'XXXX-WXX-WE', DE: 'XXX', CE: 'XX',
};

/**
 * A decade as TimeML writes it: the year's first three digits, "199" for the 1990s (as "19" is the
 * 20th century). The three corpora's gold writes it so 16 times to 2 for "199X" (development
 * halves), as the TIMEX3 guidelines do.
 */
export function decadeValue(firstYear: number): string {
  return String(Math.floor(firstYear / 10)).padStart(3, '0');
}

/** A DATE whose value needs no calendar ("PRESENT_REF", "FUTURE_REF") over tokens first..last. */
export function fixedDate(value: string, reasoning: string, first: number, last: number): Candidate {
  return { first, last, type: 'DATE', resolve() { return { value, reasoning }; } };
}

/** Whether a value can be written in TimeML. */
// Years 0-9999 (TimeML writes four digits), optional parts; or a duration with a plain number.
// Checked with character codes: a regex with unanchored alternatives read every value in full.
export function representable(value: string): boolean {
  const leadingDigits = digitRun(value, 0);
  if (leadingDigits >= 5) return false;
  if (value.charCodeAt(0) === 80 /* P */ && digitRun(value, value.charCodeAt(1) === 84 /* T */ ? 2 : 1) >= 7) return false;
  // Numbers JavaScript printed in exponent form ("1e+21"), or not numbers at all ("NaN",
  // "Infinity"): values are upper case and digits, so one pass for the three letters that start
  // those rules out nearly every value before any substring search.
  let suspect = false;
  for (let i = 0; i < value.length && !suspect; i++) {
    const code = value.charCodeAt(i);
    suspect = code === 101 /* e */ || code === 73 /* I */ || code === 78 /* N */;
  }
  return !suspect || !(value.includes('e+') || value.includes('e-') || value.includes('Infinity') || value.includes('NaN'));
}

/** A placeable range: two ISO days in years 0000-9999, in order. */
export function calendarRange(range: { from: string; to: string }): boolean {
  return range.from.length === 10 && range.to.length === 10 && range.from <= range.to;
}
