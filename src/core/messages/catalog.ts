// The one message catalog of the core: the extension picks the language from VS Code's display
// language, the command line from --locale or the environment, and both get the same wording for
// diagnostics, hovers, dates and exports. Templates are data (en.ts, es.ts); this file fills them.

import { getDate, getMonth, getYear, isValid } from 'date-fns';
import { calendarDateOf } from '../temporal/calendarDate';
import { en, type MessageKey } from './en';
import { es } from './es';
import { spanishReasoning } from './reasoningEs';

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];
export type { MessageKey };

export type MessageValues = Readonly<Record<string, string | number>>;

export interface Catalog {
  readonly locale: Locale;
  /** The template for `key` with its {placeholders} filled. */
  t(key: MessageKey, values?: MessageValues): string;
  /** The `.one` or `.other` form of `key` for `count` (both languages need only these two). */
  plural(key: string, count: number, values?: MessageValues): string;
  /** "5 Dec 2020" / "5 de diciembre de 2020" for a YYYY-MM-DD date (the text itself when not a date). */
  day(isoDay: string): string;
  /** "5 Dec" / "5 de diciembre": the first day of a range that ends in the same year. */
  dayWithoutYear(isoDay: string): string;
  /** "September 2020" / "septiembre de 2020". */
  monthYear(year: number, month: number): string;
  /** A TimeML value in words ("2020-09" → "September 2020"); the value itself when unknown. */
  describeValue(value: string): string;
  /** The analyzer's reasoning for a date (written in English) in this language, when it knows the form. */
  reasoning(text: string): string;
  /** Where a publication date came from, in this language (publication.ts describes it in English). */
  publicationSource(description: string): string;
  /** A count as this language writes it ("1,234"). */
  count(n: number): string;
}

const TEMPLATES: Record<Locale, Readonly<Record<MessageKey, string>>> = { en, es };
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-419' };

/** Fills {name} placeholders; an unknown placeholder stays as written (a test keeps them matched). */
export function format(template: string, values?: MessageValues): string {
  if (!values || template.indexOf('{') < 0) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The catalog's language for a BCP 47 tag ("es-419", "es_MX.UTF-8", "en-GB"); English otherwise. */
export function localeOf(tag: string | undefined | null): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/**
 * The language the command line speaks when --locale is not given: LC_ALL, then LC_MESSAGES, then
 * LANG, as gettext reads them ("C" and "POSIX" mean English).
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return localeOf(tag);
}

const catalogs = new Map<Locale, Catalog>();

/** The catalog for a language (any tag localeOf accepts); made once per language. */
export function messages(locale?: string | null): Catalog {
  const chosen = localeOf(locale);
  let catalog = catalogs.get(chosen);
  if (catalog === undefined) {
    catalog = makeCatalog(chosen);
    catalogs.set(chosen, catalog);
  }
  return catalog;
}

// A document names the same few dates thousands of times (one finding per mention), and parsing
// dates dominates the cost of wording messages: recent answers are remembered.
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

function makeCatalog(locale: Locale): Catalog {
  const templates = TEMPLATES[locale];
  const t = (key: MessageKey, values?: MessageValues): string => format(templates[key], values);
  // Made on first use: the first Intl object of a thread loads ICU's locale data (about 25 ms), and
  // only the editor's hover counts anything.
  let numbers: Intl.NumberFormat | undefined;
  const monthName = (month: number) => templates[`month.${month}` as MessageKey] ?? String(month);
  const dayIn = (key: 'date.day' | 'date.dayNoYear') =>
    memoized((isoDay: string): string => {
      // The calendar day, not a local Date: Pacific/Apia would read 30 Dec 2011 as the 31st.
      const parsed = calendarDateOf(isoDay.slice(0, 10));
      if (!isValid(parsed)) return isoDay;
      const month = getMonth(parsed) + 1;
      return t(key, {
        day: getDate(parsed),
        month: monthName(month),
        monthShort: templates[`monthShort.${month}` as MessageKey],
        year: String(getYear(parsed)).padStart(4, '0'),
      });
    });
  const day = dayIn('date.day');
  const catalog: Catalog = {
    locale,
    t,
    plural: (key, count, values) => format(templates[`${key}.${count === 1 ? 'one' : 'other'}` as MessageKey], { count, ...values }),
    day,
    dayWithoutYear: dayIn('date.dayNoYear'),
    monthYear: (year, month) => t('date.monthYear', { month: monthName(month), year: String(year).padStart(4, '0') }),
    describeValue: memoized((value) => describeValue(value, catalog, monthName)),
    count: (n) => (numbers ??= new Intl.NumberFormat(NUMBER_LOCALE[locale])).format(n),
    publicationSource: (description) => publicationSource(description, catalog),
    reasoning: locale === 'es' ? memoized((text) => spanishReasoning(text) ?? text) : (text) => text,
  };
  return catalog;
}

/**
 * The future-claim message for a value: a duration is counted from publication ("follow up 8 weeks
 * after publication"), a day takes its article in Spanish ("después del 5 de marzo de 2021").
 */
export function followUpKey(value: string): MessageKey {
  if (value.startsWith('P')) return 'finding.futureDuration';
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? 'finding.futureDay' : 'finding.future';
}

const SOURCE_KEYS: readonly MessageKey[] = ['source.caller', 'source.comment', 'source.meta', 'source.jsonLd', 'source.time', 'source.dateline', 'source.wire', 'source.wireNoYear'];
const ENGLISH_SOURCES = new Map(SOURCE_KEYS.map((key) => [en[key] as string, key]));

function publicationSource(description: string, catalog: Catalog): string {
  if (catalog.locale === 'en') return description;
  const key = ENGLISH_SOURCES.get(description);
  if (key !== undefined) return catalog.t(key);
  const frontMatter = /^front matter `([^`]*):`$/.exec(description);
  return frontMatter ? catalog.t('source.frontMatter', { field: frontMatter[1] }) : description;
}

const DAY_PARTS = new Set(['MO', 'AF', 'EV', 'NI']);
/** Values with every digit unknown, by what they would have named. */
const UNKNOWN_VALUES: Record<string, string> = {
  XXXX: 'year', 'XXXX-XX': 'month', 'XXXX-XX-XX': 'day', 'XXXX-WXX': 'week', 'XXXX-WXX-WE': 'weekend', 'XXXX-QX': 'quarter', XXX: 'decade', XX: 'century',
};
const DURATION_UNITS = new Set(['Y', 'M', 'W', 'D', 'H', 'MIN', 'S', 'DE', 'CE', 'Q']);

function describeValue(value: string, catalog: Catalog, monthName: (month: number) => string): string {
  const { t } = catalog;
  // A month that does not exist ("2020-13") is shown by its digits.
  const month = (digits: string) => (+digits >= 1 && +digits <= 12 ? monthName(+digits) : digits);
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) return t('date.dayTime', { date: catalog.day(value), time: clock(match[4], match[5], t) });
  if ((match = /^(\d{4})-(\d{2})-(\d{2})(T(MO|AF|EV|NI))?$/.exec(value))) {
    const part = match[5];
    return part && DAY_PARTS.has(part) ? t('date.dayPart', { date: catalog.day(value), part: t(`dayPart.${part}` as MessageKey) }) : catalog.day(value);
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) return +match[2] >= 1 && +match[2] <= 12 ? catalog.monthYear(+match[1], +match[2]) : t('date.monthYear', { month: match[2], year: match[1] });
  if ((match = /^(\d{4})$/.exec(value))) return match[1];
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return t('value.season', { season: t(`season.${match[2]}` as MessageKey), year: match[1] });
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) return t(`value.quarter.${match[2]}` as MessageKey, { year: match[1] });
  if ((match = /^(\d{4})-H([12])$/.exec(value))) return t(`value.half.${match[2]}` as MessageKey, { year: match[1] });
  if ((match = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value))) return t(value.endsWith('-WE') ? 'value.weekend' : 'value.week', { week: +match[2], year: match[1] });
  if ((match = /^(\d{3})X?$/.exec(value))) return t('value.decade', { decade: match[1] });
  if ((match = /^(\d{2})XX$/.exec(value))) {
    const century = +match[1] + 1;
    return t('value.century', { ordinal: `${century}${ordinalSuffix(century)}`, roman: roman(century) });
  }
  if ((match = /^XXXX-(\d{2})$/.exec(value))) return t('value.monthNoYear', { month: month(match[1]) });
  if ((match = /^XXXX-(\d{2})-(\d{2})$/.exec(value))) return t('value.dayNoYear', { day: +match[2], month: month(match[1]) });
  if ((match = /^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?$/.exec(value))) {
    const weekday = t(`weekday.${match[1]}` as MessageKey);
    const part = match[2];
    return t('value.weekdayNoDate', { weekday: part ? t('value.weekdayPart', { weekday, part: t(`dayPart.${part}` as MessageKey) }) : weekday });
  }
  if ((match = /^XXXX-XX-XXT(\d{2}):(\d{2})$/.exec(value))) return t('value.timeNoDate', { time: clock(match[1], match[2], t) });
  if ((match = /^XXXX-XX-XXT(MO|AF|EV|NI)$/.exec(value))) return t('value.partNoDate', { part: t(`dayPart.${match[1]}` as MessageKey) });
  if ((match = /^XXXX-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value))) {
    return t('date.dayTime', { date: t('value.dayNoYear', { day: +match[2], month: month(match[1]) }), time: clock(match[3], match[4], t) });
  }
  if ((match = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) return t('value.seasonNoYear', { season: t(`season.${match[1]}` as MessageKey) });
  const unknown = UNKNOWN_VALUES[value];
  if (unknown) return t(`value.unknown.${unknown}` as MessageKey);
  if ((match = /^XXXX-Q([1-4])$/.exec(value))) return t(`value.quarterNoYear.${match[1]}` as MessageKey);
  if ((match = /^XXXX-H([12])$/.exec(value))) return t(`value.halfNoYear.${match[1]}` as MessageKey);
  if ((match = /^P(\d+)Y(\d+)M$/.exec(value))) {
    return t('value.and', { first: describeValue(`P${match[1]}Y`, catalog, monthName), second: describeValue(`P${match[2]}M`, catalog, monthName) });
  }
  if ((match = /^PT(\d+)H(\d+)M$/.exec(value))) {
    return t('value.and', { first: describeValue(`PT${match[1]}H`, catalog, monthName), second: describeValue(`PT${match[2]}M`, catalog, monthName) });
  }
  if (value === 'PRESENT_REF') return t('value.present');
  if (value === 'PAST_REF') return t('value.past');
  if (value === 'FUTURE_REF') return t('value.future');
  if ((match = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE|Q)$/.exec(value)) || (match = /^P(T)(\d+|X)(M)$/.exec(value))) {
    const unit = match[1] === 'T' && match[3] === 'M' ? 'MIN' : match[3];
    if (!DURATION_UNITS.has(unit)) return value;
    if (match[2] === 'X') return t(`unit.${unit}.some` as MessageKey);
    const amount = catalog.locale === 'es' ? match[2].replace('.', ',') : match[2];
    return t('value.amount', { amount, unit: t(`unit.${unit}.${match[2] === '1' ? 'one' : 'other'}` as MessageKey) });
  }
  return value;
}

/** A clock time as people write it: TimeML's 24:00, the end of a day, is midnight. */
function clock(hours: string, minutes: string, t: Catalog['t']): string {
  return hours === '24' && minutes === '00' ? t('value.midnight') : `${hours}:${minutes}`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

function roman(n: number): string {
  const numerals: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of numerals) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}
