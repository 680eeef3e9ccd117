// Reading a calendar day out of the strings web pages put dates in: machine values in metadata
// ("2020-06-28T20:16:00-04:00", "Sun, 28 Jun 2020 20:16:00 -0400", "20200628") and dates written
// for readers ("28. Juni 2020", "June 28th, 2020", "28/06/2020"). Only full days are returned; the
// day is the one written, never converted to another time zone: the offset a publisher writes
// is its own, and the day under that offset is the day it says it published.

/** A day found in a string: YYYY-MM-DD and where it lies in that string. */
export interface DayMatch {
  day: string;
  start: number;
  end: number;
  /** The value gave a time in UTC ("…T01:49:09Z", "+00:00"): its day may be a day off the publisher's. */
  utc?: boolean;
}

// English, German (with Austrian "Jänner"), French, Spanish, Italian, Dutch, Portuguese, Swedish,
// Russian, Ukrainian, Polish (the genitive "15 августа", "3 marca" that dates use, and the
// nominative) and Turkish month names; abbreviations only for English, German and French (the
// Romance three-letter ones, such as "ago" or "set", are English words). No name means a different
// month in another language.
const MONTH_WORDS: Array<[number, string]> = [
  [1, 'january jan januar jänner jaenner janvier enero gennaio januari janeiro января январь січня stycznia styczeń ocak'],
  [2, 'february feb februar feber février fevrier fév févr febrero febbraio februari fevereiro февраля февраль лютого lutego luty şubat'],
  [3, 'march mar märz maerz mär mrz mars marzo maart março марта март березня marca marzec mart'],
  [4, 'april apr avril avr abril aprile апреля апрель квітня kwietnia kwiecień nisan'],
  [5, 'may mai mayo maggio mei maio maj мая май травня maja mayıs'],
  [6, 'june jun juni juin junio giugno junho июня июнь червня czerwca czerwiec haziran'],
  [7, 'july jul juli juillet juil julio luglio julho июля июль липня lipca lipiec temmuz'],
  [8, 'august aug août aout agosto augustus augusti августа август серпня sierpnia sierpień ağustos'],
  [9, 'september sep sept septembre septiembre settembre setembro сентября сентябрь вересня września wrzesień eylül'],
  [10, 'october oct oktober okt octobre octubre ottobre outubro октября октябрь жовтня października październik ekim'],
  [11, 'november nov novembre noviembre novembro ноября ноябрь листопада listopada listopad kasım'],
  [12, 'december dec dezember dez décembre decembre déc diciembre dicembre dezembro декабря декабрь грудня grudnia grudzień aralık'],
];

const MONTHS = new Map<string, number>();
for (const [month, words] of MONTH_WORDS) for (const word of words.split(' ')) MONTHS.set(word, month);

// Letters that may not touch a month name: Latin-1, Latin Extended-A (Polish, Turkish) and Cyrillic.
const L = 'a-zà-ÿ\\u0100-\\u017f\\u0400-\\u04ff';
// A word that may be a month name; the MONTHS table decides. Cheaper than an alternation of every
// name, which the engine would try one by one at each position of a long text.
const MONTH_NAME = `([${L}]{3,13})`;

// "28 June 2020", "28. Juni 2020", "28th of June, 2020", "28 de junio de 2020", "1er juin 2020".
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:of\\s+|de\\s+)?${MONTH_NAME}(?![${L}])\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`, 'giu');
// "June 28, 2020", "Jun. 28th 2020", "Juni 28, 2020".
const MONTH_DAY_YEAR = new RegExp(`(?<![${L}])${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?!\\d)`, 'giu');
// 2020-06-28, 2020/06/28, 2020.06.28 (also inside an ISO date-time).
const YEAR_FIRST = /(?<!\d)((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g;
// 28.06.2020, 28.6.2020 (German), 28/06/2020 or 06/28/2020, 28-06-2020.
const DAY_FIRST = /(?<![\d.])(\d{1,2})([./-])\s?(\d{1,2})\2\s?((?:19|20)\d{2})(?!\d)/g;
// 28.06.20, 8.5.12: the German short form bylines and forums write; read only where the element says
// it holds a date (a two-digit year elsewhere is as likely a version or a score).
const DAY_FIRST_SHORT = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d]|\.\d)/g;
// 20200628 as a whole value.
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?$/;

/** "YYYY-MM-DD" when year-month-day exists on the calendar, else null. */
export function makeDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/**
 * The day in a metadata value (a meta content, a JSON-LD property, a datetime attribute): the
 * first date of any known form. A numeric day-first date whose parts could be read either way
 * (03/04/2020) is refused: metadata written that way follows no single convention.
 */
export function dayInValue(value: string): DayMatch | null {
  const compact = COMPACT.exec(value.trim());
  if (compact) {
    const day = makeDay(+compact[1], +compact[2], +compact[3]);
    const start = value.indexOf(compact[1]);
    if (day) return { day, start, end: start + 8 };
  }
  const match = firstDay(value, { ambiguousNumeric: false });
  if (match && UTC_TIME.test(value.slice(match.end))) match.utc = true;
  return match;
}

const UTC_TIME = /^[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)/i;

export interface TextDayOptions {
  /** Read an ambiguous all-numeric date (03/04/2020) day first, as most of the world writes it. */
  ambiguousNumeric: boolean;
  /** Read "28.06.20" as 28 June 2020 (only in elements that say they hold a date). */
  shortYear?: boolean;
  /** Read an ambiguous 03/04/2020 or 03-04-2020 month first, as pages written for the United States do. */
  monthFirst?: boolean;
}

/** Every full date written in a text, in order of position. */
export function daysInText(text: string, options: TextDayOptions = { ambiguousNumeric: true }): DayMatch[] {
  const found: DayMatch[] = [];
  // Characters already inside a date: a later pattern may not claim them (linear, unlike comparing
  // every new match with every earlier one, which took seconds on pages with thousands of dates).
  const taken = new Uint8Array(text.length);
  const add = (day: string | null, start: number, end: number) => {
    if (!day) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    found.push({ day, start, end });
  };
  for (const m of text.matchAll(YEAR_FIRST)) add(makeDay(+m[1], +m[3], +m[4]), m.index, m.index + m[0].length);
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(makeDay(+m[3], monthNumber(m[2]) ?? 0, +m[1]), m.index, m.index + m[0].length);
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(makeDay(+m[3], monthNumber(m[1]) ?? 0, +m[2]), m.index, m.index + m[0].length);
  for (const m of text.matchAll(DAY_FIRST)) {
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    let day: string | null = null;
    // Dots are the German (and wider European) day-month-year; slashes and dashes are read day
    // first too unless the first part cannot be a day's month (06/28/2020 is US month-day) or the
    // page is written for the United States (options.monthFirst).
    if (m[2] === '.' || a > 12) day = makeDay(year, b, a);
    else if (b > 12) day = makeDay(year, a, b);
    else if (a === b || options.ambiguousNumeric) day = options.monthFirst ? makeDay(year, a, b) : makeDay(year, b, a);
    add(day, m.index, m.index + m[0].length);
  }
  if (options.shortYear) {
    for (const m of text.matchAll(DAY_FIRST_SHORT)) {
      const year = +m[3] < 70 ? 2000 + +m[3] : 1900 + +m[3];
      add(makeDay(year, +m[2], +m[1]), m.index, m.index + m[0].length);
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

function firstDay(text: string, options: TextDayOptions): DayMatch | null {
  return daysInText(text, options)[0] ?? null;
}
