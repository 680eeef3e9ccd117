// Human wording of TimeML values, for messages a fact-checker reads ("2020-09" → "September 2020").

import { format as formatDate, parseISO, isValid } from 'date-fns';
import { MONTH_NAMES, SEASON_NAMES } from './temporal/en/lexicon';

/** "September" for "09"; the digits themselves for a month that does not exist. */
function monthWord(digits: string): string {
  return MONTH_NAMES[+digits] || digits;
}
const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], MIN: ['minute', 'minutes'], S: ['second', 'seconds'],
  DE: ['decade', 'decades'], CE: ['century', 'centuries'], Q: ['quarter', 'quarters'],
};

// A document names the same few dates thousands of times (one finding per mention), and date-fns
// parsing and formatting dominate the cost of building messages: remember recent answers.
function memoized(compute: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let result = cache.get(key);
    if (result === undefined) {
      if (cache.size >= 1000) cache.clear();
      result = compute(key);
      cache.set(key, result);
    }
    return result;
  };
}

/** "5 Dec 2020" for a YYYY-MM-DD date. */
export const shortDate = memoized((isoDay: string): string => {
  const parsed = parseISO(isoDay.slice(0, 10));
  return isValid(parsed) ? formatDate(parsed, 'd MMM yyyy') : isoDay;
});

/** Describes a TimeML value in words; falls back to the value itself. */
export const describeValue = memoized(describeUncached);

function describeUncached(value: string): string {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) return `${shortDate(value)}, ${match[4]}:${match[5]}`;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})(T(MO|AF|EV|NI))?$/.exec(value))) {
    const parts: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
    return match[5] ? `${shortDate(value)} (${parts[match[5]]})` : shortDate(value);
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) return `${monthWord(match[2])} ${match[1]}`;
  if ((match = /^(\d{4})$/.exec(value))) return match[1];
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASON_NAMES[match[2]]} ${match[1]}`;
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${match[2]} ${match[1]}`;
  if ((match = /^(\d{4})-H([12])$/.exec(value))) return `${match[2] === '1' ? 'first' : 'second'} half of ${match[1]}`;
  if ((match = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value))) return `${value.endsWith('-WE') ? 'weekend of ' : ''}week ${+match[2]} of ${match[1]}`;
  if ((match = /^(\d{3})X$/.exec(value))) return `the ${match[1]}0s`;
  if ((match = /^(\d{2})XX$/.exec(value))) return `the ${+match[1] + 1}${ordinalSuffix(+match[1] + 1)} century`;
  if ((match = /^XXXX-(\d{2})$/.exec(value))) return `${monthWord(match[1])} (year unknown)`;
  if ((match = /^XXXX-(\d{2})-(\d{2})$/.exec(value))) return `${+match[2]} ${monthWord(match[1])} (year unknown)`;
  if (value === 'PRESENT_REF') return 'the present';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  if ((match = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE|Q)$/.exec(value)) || (match = /^P(T)(\d+|X)(M)$/.exec(value))) {
    const unit = match[1] === 'T' && match[3] === 'M' ? 'MIN' : match[3];
    const [singular, plural] = DURATION_UNITS[unit] ?? [unit, unit];
    if (match[2] === 'X') return `some ${plural}`;
    return `${match[2]} ${match[2] === '1' ? singular : plural}`;
  }
  return value;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}
