// Temporal expression tagger (TimeML TIMEX3). One case-insensitive regex pass finds trigger words
// (month and weekday names, time units, relative words) and digit runs; cheap checks on the raw text
// drop most numbers; each remaining hit is parsed on the tokens of a small window around it, growing
// left over modifiers ("the past", "early", "last") and right over completions ("24, 2020", "ago").
// Windows are bounded and reused while hits stay inside them, so time is linear in the text size.
// Values are resolved against the publication date and, where the calendar alone cannot decide
// ("In September", "on Tuesday"), the tense of the clause (tense.ts). Expressions told relative to
// the story rather than the publication date ("that year", "the next day", "the same period last
// year") read the year, month, day or quarter last named, kept as the pass goes (TagState).
import * as dateFns from './dateFns';
import { ChunkedList } from '../chunkedList';
import type { CalendarRange, Sentence, Span, Tense, Timex, TimexType } from '../types';
import * as calendar from './calendar';
import * as lexicon from './lexicon';
import type { Unit } from './lexicon';
import * as tense from './tense';
import { Vocabulary } from './vocabulary';

// Imported bindings are read once here: transpiled to CommonJS (tsx, the tests, the bench), every use
// of a named import becomes a property read through a getter, a measurable cost in this hot code.
const { addDays, addMonths, addWeeks, addYears, getISODay, nextDay, previousDay, subDays, subMonths } = dateFns;
const {
  anchoredSpan, centuryRange, dayRange, dayValue, decadeRange, halfRange, humanDate, localDayTime, monthName, monthRange, monthValue, pad,
  parseReference, quarterOf, quarterRange, seasonRange, weekRange, weekValue, yearRange, yearValue, ymd,
} = calendar;
const {
  DAY_PARTS, FREQUENCY_WORDS, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, ORDINALS, SEASONS, SEASON_NAMES, SEASON_START_MONTH,
  TIME_ZONES, UNITS, VAGUE_QUANTITIES, WEEKDAYS, WEEKDAY_NAMES, words,
} = lexicon;
const { tenseAt } = tense;

/** What resolution needs: the reference date and the clause tense (computed only when asked). */
class Context {
  private sentence: Span = { start: 0, end: 0 };
  private offset = 0;
  private cachedTense: Tense | null = null;

  /** "the publication date, 5 Dec 2020": made once, most reasonings name it. */
  readonly refNote: string;
  /** Answers for month names without a year, by month, day, modifiers and clause tense (see parseMonth). */
  readonly monthAnswers = new Map<number, Resolved>();
  /** What the document has named so far in this run (see storyYear). */
  state: TagState | null = null;

  constructor(
    private readonly text: string,
    readonly ref: Date | null,
    readonly refLabel: string,
  ) {
    this.refNote = `the publication date, ${refLabel}`;
  }

  /** Points the context at the expression starting at `offset` inside `sentence`. */
  at(sentence: Span, offset: number): void {
    this.sentence = sentence;
    this.offset = offset;
    this.cachedTense = null;
  }

  tense(): Tense {
    return (this.cachedTense ??= tenseAt(this.text, this.sentence, this.offset));
  }

  /** The document's text. */
  get source(): string {
    return this.text;
  }

  /** Where the expression being resolved starts. */
  get position(): number {
    return this.offset;
  }

  /** "would" shortly before the expression, in its sentence: a future told from the past. */
  wouldBefore(): boolean {
    const { text, offset } = this;
    const from = Math.max(this.sentence.start, offset - WOULD_REACH);
    // Searched in a slice: lastIndexOf on the whole text would read back to its start when absent.
    const window = text.slice(from, offset);
    for (let at = window.lastIndexOf('would'); at >= 0; at = at > 0 ? window.lastIndexOf('would', at - 1) : -1) {
      const before = from + at > 0 ? text.charCodeAt(from + at - 1) : 32;
      const after = text.charCodeAt(from + at + 5);
      if (!isLetterCode(before) && !isLetterCode(after)) return true;
    }
    return false;
  }
}

/** How far before an expression (in characters) a "would" still governs it (see Context.wouldBefore). */
const WOULD_REACH = 80;

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

interface Resolved {
  value: string;
  reasoning: string;
  ambiguous?: boolean;
  range?: CalendarRange;
  anchoredRange?: CalendarRange;
  type?: TimexType;
  /** Only the clause tense could tell that the words are not a time here ("was soon released"). */
  notTemporal?: boolean;
}

interface Candidate {
  first: number; // token index
  last: number; // token index, inclusive
  type: TimexType;
  resolve: (ctx: Context) => Resolved;
}

// Trigger words, whole; and numbers that can start an expression: a 4-digit year, or a short number
// followed by a unit, a month, a clock or ordinal suffix ("11 months", "18 October", "07:08", "4th").
// One case-insensitive pass finds digit runs and whole trigger words; month and weekday names must
// then be capitalized ("may", "march", "sun" are other words) and short numbers must be followed by
// a unit, a month, a clock or an ordinal suffix (checked on the raw text before any tokenizing).
// "the nineties": decades in words, read as the twentieth century's.
const DECADE_WORDS = new Map([['thirties', 1930], ['forties', 1940], ['fifties', 1950], ['sixties', 1960], ['seventies', 1970], ['eighties', 1980], ['nineties', 1990]]);
const NAME_TRIGGERS = new Set([...[...MONTHS.keys()], ...[...WEEKDAYS.keys()], ...[...WEEKDAYS.keys()].map((d) => d + 's')]);
const NAME_TRIGGER_WORDS = new Vocabulary(NAME_TRIGGERS);
const TRIGGER_WORD_LIST = [
  ...NAME_TRIGGERS, ...[...UNITS.keys()], ...[...SEASONS.keys()], ...[...DAY_PARTS.keys()], ...[...FREQUENCY_WORDS.keys()],
  'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently', 'current', 'recently', 'recent', 'soon', 'future',
  'past', 'lately', 'nowadays', 'noon', 'midnight', 'midday', 'christmas', 'thanksgiving', 'halloween', 'half',
  'nineteen', 'term', 'period', ...DECADE_WORDS.keys(),
].sort((a, b) => b.length - a.length);
const TRIGGER = new RegExp(`\\d+|\\b(?:${TRIGGER_WORD_LIST.join('|')})\\b`, 'gi');
const NUMBER_FOLLOWERS =
  /(?::\d|\/\d|st\b|nd\b|rd\b|th\b|s\b|\s?[ap]\.?m\b|[\s-]+(?:year|yr|month|week|day|hour|minute|second|decade|centur|quarter|weekend|fortnight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|of\s+[A-Z])|\.\d)/iy;
// The first day of a pair told with one month after the second: "6-7 January", "12 to 14 July".
const DAY_PAIR_FOLLOWER = /(?:\s*[-–]\s*|\s+(?:and|or|to)\s+)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iy;
// The second day of a pair told with one month before the first: "April 24 and 25", "Jan. 25-29".
const DAY_PAIR_LEADER = /(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+))/y;

/** Cheap checks on a trigger at text[start, end) before any tokenizing. */
function plausibleTrigger(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const length = end - start;
  if (first >= 48 && first <= 57) {
    const before = text.charCodeAt(start - 1);
    // Inside a longer token ("COVID19", "A380") or an amount of money ("$2000").
    if ((before >= 48 && before <= 57) || before === 36 || before === 0xa3 || before === 0x20ac) return false;
    if (length === 4) return first === 49 || first === 50; // years 1000–2999
    if (length > 3) return false;
    if (length === 2 && (before === 39 || before === 0x2019)) return true; // '82
    // "Q4", "4Q": a quarter.
    if (length === 1 && first >= 49 && first <= 52) {
      if (before === 81 && !isWordChar(text.charCodeAt(start - 2))) return true;
      if (text.charCodeAt(end) === 81 && !isWordChar(text.charCodeAt(end + 1))) return true;
    }
    NUMBER_FOLLOWERS.lastIndex = end;
    if (NUMBER_FOLLOWERS.test(text)) return true;
    DAY_PAIR_FOLLOWER.lastIndex = end;
    if (DAY_PAIR_FOLLOWER.test(text)) return true;
    DAY_PAIR_LEADER.lastIndex = start;
    return DAY_PAIR_LEADER.test(text);
  }
  if (first >= 65 && first <= 90) return true;
  return NAME_TRIGGER_WORDS.find(text, start, end) === '';
}

/** Start of the trigger the regex matched ending at `end`: a digit run or a whole word. */
function triggerStart(text: string, end: number): number {
  let start = end - 1;
  if (CHAR_KIND[text.charCodeAt(start)] === 2) {
    while (start > 0 && CHAR_KIND[text.charCodeAt(start - 1)] === 2) start--;
  } else {
    while (start > 0 && CHAR_KIND[text.charCodeAt(start - 1)] === 1) start--;
  }
  return start;
}

/** Character kinds for tokens: 0 space, 1 ASCII letter, 2 digit, 3 anything else (one token per character). */
const CHAR_KIND = new Uint8Array(65536).fill(3);
for (let c = 97; c <= 122; c++) CHAR_KIND[c] = CHAR_KIND[c - 32] = 1;
for (let c = 48; c <= 57; c++) CHAR_KIND[c] = 2;
for (const c of [32, 9, 10, 11, 12, 13, 0xa0, 0x2028, 0x2029, 0xfeff, 0x202f, 0x2009]) CHAR_KIND[c] = 0;

// Lower-case token strings are interned in a small direct-mapped cache keyed by a hash of the
// characters: news text repeats its words, so after a few paragraphs almost no token allocates.
const INTERN_SIZE = 4096;
const internKeys: string[] = new Array<string>(INTERN_SIZE).fill('');
const CHAR_STRINGS: string[] = [];

/**
 * The tokens of a window of text (letter runs, digit runs, single other characters) kept as offsets
 * in typed arrays, reused from window to window. Strings are made only for tokens the grammar
 * actually reads, and out-of-range indices read as '' so rules can look around freely.
 */
class Parser {
  text = '';
  count = 0;
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private lowers: string[] = [];
  private lowerStamp = new Int32Array(256);
  private stamp = 1;
  /** The token indexAt found last (a starting point for the next question). */
  private lastIndexAt = 0;
  /** Tokens before this one read as out of range (see tagTemporalExpressions). */
  floor = 0;

  /** Tokenizes text[from, to) into this parser, replacing the previous window. */
  reset(text: string, from: number, to: number): void {
    this.text = text;
    this.stamp++;
    this.lastIndexAt = 0;
    this.floor = 0;
    let n = 0;
    let i = from;
    while (i < to) {
      const kind = CHAR_KIND[text.charCodeAt(i)];
      if (kind === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      if (kind !== 3) while (j < to && CHAR_KIND[text.charCodeAt(j)] === kind) j++;
      if (n === this.starts.length) this.grow();
      this.starts[n] = i;
      this.ends[n] = j;
      this.kinds[n] = kind;
      n++;
      i = j;
    }
    this.count = n;
  }

  /** Lets go of the last text and its words (the parser is shared between calls). */
  release(): void {
    this.text = '';
    this.lowers.length = 0;
    this.count = 0;
    this.floor = 0;
    this.stamp++; // no cached lower-case word survives
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.starts = copy(this.starts, new Int32Array(size));
    this.ends = copy(this.ends, new Int32Array(size));
    this.kinds = copy(this.kinds, new Uint8Array(size));
    this.lowerStamp = copy(this.lowerStamp, new Int32Array(size));
  }

  has(i: number): boolean {
    return i >= this.floor && i < this.count;
  }
  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }
  /** Length of token i in characters (0 when out of range). */
  len(i: number): number {
    return this.has(i) ? this.ends[i] - this.starts[i] : 0;
  }
  isDigits(i: number): boolean {
    return this.has(i) && this.kinds[i] === 2;
  }
  isWord(i: number): boolean {
    return this.has(i) && this.kinds[i] === 1;
  }
  isCapitalized(i: number): boolean {
    if (!this.has(i)) return false;
    const c = this.text.charCodeAt(this.starts[i]);
    return c >= 65 && c <= 90;
  }
  /** True when token i is a word starting with a lower-case letter. */
  isLowerWord(i: number): boolean {
    if (!this.has(i)) return false;
    const c = this.text.charCodeAt(this.starts[i]);
    return c >= 97 && c <= 122;
  }
  /** The token as written ('' when out of range). */
  raw(i: number): string {
    return this.has(i) ? this.text.slice(this.starts[i], this.ends[i]) : '';
  }
  /** Value of a digit token (NaN for other tokens). */
  num(i: number): number {
    if (!this.isDigits(i)) return NaN;
    let n = 0;
    for (let c = this.starts[i]; c < this.ends[i]; c++) n = n * 10 + this.text.charCodeAt(c) - 48;
    return n;
  }

  /** The token in lower case ('' when out of range). */
  lower(i: number): string {
    if (i < this.floor || i >= this.count) return '';
    if (this.lowerStamp[i] === this.stamp) return this.lowers[i];
    const value = this.makeLower(i);
    this.lowers[i] = value;
    this.lowerStamp[i] = this.stamp;
    return value;
  }

  private makeLower(i: number): string {
    const text = this.text;
    const start = this.starts[i];
    const end = this.ends[i];
    if (this.kinds[i] === 3) {
      const c = text.charCodeAt(start);
      return (CHAR_STRINGS[c] ??= String.fromCharCode(c));
    }
    let hash = end - start;
    for (let c = start; c < end; c++) hash = (Math.imul(hash, 31) + (text.charCodeAt(c) | 32)) | 0;
    const slot = (hash ^ (hash >>> 13)) & (INTERN_SIZE - 1);
    const cached = internKeys[slot];
    if (cached.length === end - start) {
      let same = true;
      for (let c = start, k = 0; c < end; c++, k++) {
        let code = text.charCodeAt(c);
        if (code >= 65 && code <= 90) code |= 32;
        if (code !== cached.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (same) return cached;
    }
    const value = this.kinds[i] === 1 ? text.slice(start, end).toLowerCase() : text.slice(start, end);
    internKeys[slot] = value;
    return value;
  }

  /** Index of the token containing offset, or -1. */
  indexAt(offset: number): number {
    // The tagger asks in text order within a window: walk on from the last answer when it is close.
    let hint = this.lastIndexAt;
    if (hint < this.count && this.starts[hint] <= offset) {
      for (let steps = 0; steps < 8 && hint < this.count && this.starts[hint] <= offset; steps++, hint++) {
        if (offset < this.ends[hint]) return (this.lastIndexAt = hint);
      }
    }
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.ends[mid] <= offset) low = mid + 1;
      else if (this.starts[mid] > offset) high = mid - 1;
      else return (this.lastIndexAt = mid);
    }
    return -1;
  }

  /** True when token i+1 directly follows token i without space. */
  glued(i: number): boolean {
    return this.has(i) && this.has(i + 1) && this.ends[i] === this.starts[i + 1];
  }

  /** Index after an optional period glued to an abbreviation. */
  skipPeriod(i: number): number {
    return this.lower(i + 1) === '.' && this.glued(i) ? i + 1 : i;
  }

  dayNumber(i: number): number | null {
    if (!this.isDigits(i) || this.len(i) > 2) return null;
    const n = this.num(i);
    if (n < 1 || n > 31) return null;
    // "5:30" or "5.5" or "5%" are not days.
    const next = this.lower(i + 1);
    if (this.glued(i) && (next === ':' || next === '.' || next === '%' || next === ',') && this.isDigits(i + 2) && this.glued(i + 1)) return null;
    if (next === '%' || next === 'percent') return null;
    return n;
  }

  /** Ordinal suffix glued to a number ("18th"): returns the index of the suffix or i. */
  skipOrdinalSuffix(i: number): number {
    const next = this.lower(i + 1);
    return this.glued(i) && (next === 'st' || next === 'nd' || next === 'rd' || next === 'th') ? i + 1 : i;
  }

  yearNumber(i: number): number | null {
    if (!this.isDigits(i) || this.len(i) !== 4) return null;
    const n = this.num(i);
    if (n < 1000 || n > 2999) return null;
    if (this.glued(i - 1)) {
      const prev = this.lower(i - 1);
      if (prev === '$' || prev === '£' || prev === '€' || prev === '#' || prev === ',' || prev === '.') return null;
    }
    if (this.glued(i)) {
      const next = this.lower(i + 1);
      if (next === '%' || ((next === ',' || next === '.') && this.isDigits(i + 2) && this.glued(i + 1))) return null;
    }
    const after = this.lower(i + 1);
    if (after === 'percent' || COUNT_NOUNS.has(after)) return null;
    return n;
  }
}

/**
 * A year read aloud in transcripts: "nineteen ninety-six", "nineteen eighty", "two thousand".
 * Returns the year and its last token, or null.
 */
function spelledYear(p: Parser, i: number): { year: number; last: number } | null {
  const head = p.lower(i);
  if (head === 'nineteen') {
    const tens = NUMBER_WORDS.get(p.lower(i + 1));
    if (tens === undefined || tens < 10 || tens > 90 || (tens > 19 && tens % 10 !== 0)) return null;
    let year = 1900 + tens;
    let last = i + 1;
    if (tens >= 20 && p.lower(i + 2) === '-' && p.glued(i + 1)) {
      const unit = NUMBER_WORDS.get(p.lower(i + 3));
      if (unit === undefined || unit < 1 || unit > 9 || !Number.isInteger(unit) || p.lower(i + 3) === 'a' || p.lower(i + 3) === 'an') return null;
      year += unit;
      last = i + 3;
    }
    // "nineteen twenty people" is a count, not a year.
    if (UNITS.get(p.lower(last + 1)) !== undefined || COUNT_NOUNS.has(p.lower(last + 1))) return null;
    return { year, last };
  }
  if (head === 'two' && p.lower(i + 1) === 'thousand') {
    let last = i + 1;
    let year = 2000;
    let j = i + 2;
    if (p.lower(j) === 'and') j++;
    const unit = NUMBER_WORDS.get(p.lower(j));
    if (unit !== undefined && unit >= 1 && unit <= 19 && Number.isInteger(unit) && p.lower(j) !== 'a' && p.lower(j) !== 'an') {
      year += unit;
      last = j;
    }
    if (UNITS.get(p.lower(last + 1)) !== undefined || COUNT_NOUNS.has(p.lower(last + 1)) || p.lower(last + 1) === 'dollars') return null;
    return { year, last };
  }
  return null;
}

// Word lists checked on every candidate: module constants, not an array literal made per check.
const LAST_THIS_NEXT = new Set(['last', 'this', 'next']);
const ORDINAL_SUFFIXES = new Set(['th', 'st', 'nd', 'rd']);
const WORDS_BEFORE_BARE_YEAR = new Set(['in', 'of', 'since', 'until', 'from', 'to', 'year', 'by', 'during', 'before', 'after', 'early', 'late', 'mid', 'circa', 'c', 'around', 'and']);
const EARLY_LATE_MID = new Set(['early', 'late', 'mid']);
const AGO_EARLIER_LATER = new Set(['ago', 'earlier', 'later']);
const RELATIVE_FOLLOWERS = new Set(['ago', 'earlier', 'later', 'before', 'after']);
const SEASON_CONTEXT = new Set(['in', 'during', 'since', 'until', 'by', 'through', 'this', 'that', 'each', 'every']);
const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'before', 'after', 'since', 'till', 'around']);
const PREPOSITIONS_BEFORE_THE_PAST = new Set(['in', 'than', 'from', 'into', 'of', 'to']);

/** Prepositions that make a bare date a deadline ("extended to Nov. 20", "through January"). */
const DEADLINE_WORDS = new Set(['until', 'till', 'through', 'by', 'before', 'thru']);
/** Verbs that turn a following "to" into a deadline ("extended to Nov. 20"). */
const DEADLINE_VERBS = new Set(['extended', 'postponed', 'delayed', 'moved', 'pushed', 'adjourned', 'deferred', 'extend', 'postpone', 'delay']);

const COUNT_NOUNS = new Set([
  'people', 'troops', 'soldiers', 'shares', 'tons', 'tonnes', 'votes', 'jobs', 'workers', 'members', 'units',
  'cases', 'deaths', 'dollars', 'euros', 'barrels', 'feet', 'miles', 'meters', 'metres', 'km', 'acres',
  'copies', 'vehicles', 'cars', 'homes', 'students', 'employees', 'residents', 'rooms', 'seats', 'points',
  'times', 'hectares', 'kilometers', 'kilometres', 'pounds', 'police', 'officers', 'refugees', 'civilians',
  'delegates', 'yards', 'words', 'calories', 'pages', 'signatures', 'patients', 'passengers', 'children',
  'men', 'women', 'mph', 'kg', 'mm', 'cm', 'lbs', 'ft', 'm', 'x',
]);

// Left modifiers of a duration or a relative expression, and how they change it.
const DIRECTION_WORDS = words<-1 | 0 | 1>({
  last: -1, past: -1, previous: -1, preceding: -1, recent: -1, latest: -1, next: 1, coming: 1, following: 1,
  upcoming: 1, this: 0, current: 0,
});
const APPROXIMATORS = new Set(['nearly', 'almost', 'around', 'approximately', 'roughly']);
const TWO_WORD_APPROXIMATORS: Record<string, Set<string>> = {
  more: new Set(['than']),
  less: new Set(['than']),
  fewer: new Set(['than']),
  at: new Set(['least', 'most']),
  up: new Set(['to']),
};

/** Words after "the March" that make it the noun (a march), not the month. */
const MARCH_NOUN_FOLLOWERS = new Set(['of', 'on', 'for', 'to', 'in', 'and', 'or', 'by', 'from', 'at', 'with', 'against', 'through', 'was', 'is', 'will', 'had', 'has']);

/** Words before a bare month that show it is a date ("in May", "since March"). */
const MONTH_CONTEXT = new Set([
  'in', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'from',
  'to', 'through', 'before', 'after', 'between', 'and', 'or', 'on', 'end', '-', 'that', 'each', 'every', 'for',
  'around', 'late', 'by', 'next', 'since', 'in',
]);

const UNIT_NAMES: Record<Unit, string> = {
  Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', S: 'second', DE: 'decade', CE: 'century',
  Q: 'quarter', WE: 'weekend', FN: 'fortnight',
};

function unitName(unit: Unit, plural: boolean): string {
  const name = UNIT_NAMES[unit];
  if (!plural) return name;
  return unit === 'CE' ? 'centuries' : name + 's';
}

/** TimeML duration value: P11M, PT3H, PXY. */
// A fractional amount is written with the next smaller unit: 2 1/2 years → P2Y6M.
const SMALLER_UNIT: Partial<Record<Unit, [string, number, boolean]>> = {
  Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], MIN: ['S', 60, true],
};

function durationValue(unit: Unit, amount: number | null): string {
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
    case 'DE': return amount === null ? 'PXDE' : `P${formatAmount(amount * 10)}Y`;
    case 'CE': return amount === null ? 'PXCE' : `P${formatAmount(amount * 100)}Y`;
    case 'FN': return amount === null ? 'PXW' : `P${formatAmount(amount * 2)}W`;
    case 'WE': return amount === null ? 'PXWE' : `P${formatAmount(amount * 2)}D`;
    default: return `P${n}${unit}`;
  }
}
function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

const TENSE_WORD: Record<Tense, string> = { past: 'past tense', present: 'present tense', future: 'future tense' };

function refNote(ctx: Context): string {
  return ctx.refNote;
}

/** Signed distance in days from `ref` to the given day (fractional across DST changes). */
function daysFrom(ref: Date, year: number, month: number, day: number): number {
  // localDayTime is new Date(year, month - 1, day).getTime(), remembered per day.
  return (localDayTime(year, month, day).time - ref.getTime()) / 86400000;
}

/** How far back a date named in a future clause may still be the recent one (see resolveYearForMonth). */
const RECENT_DAYS = 31;

/** Year for a month (and optional day) given without one, read from the tense of the clause. */
function resolveYearForMonth(month: number, day: number | null, ctx: Context, deadline = false, takesEffect = false, named = false): { year: number; reasoning: string } | null {
  if (!ctx.ref) return null;
  const ref = ctx.ref;
  const refYear = ref.getFullYear();
  const tense = takesEffect ? 'future' : ctx.tense();
  const what = day === null ? `the ${monthName(month)}` : `${day} ${monthName(month)}`;
  // Signed distance in days from the publication date to the candidate in each nearby year, and
  // in months within the publication year.
  const offsetBefore = daysFrom(ref, refYear - 1, month, day ?? 15);
  const offsetSame = daysFrom(ref, refYear, month, day ?? 15);
  const offsetAfter = daysFrom(ref, refYear + 1, month, day ?? 15);
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

function dateResolved(date: Date, reasoning: string, ambiguous = false): Resolved {
  return { value: dayValue(date), reasoning, range: dayRange(date), ambiguous };
}

function weekdayDate(weekday: number, ctx: Context, direction: -1 | 0 | 1 | null, deadline = false): { date: Date; reasoning: string } | null {
  if (!ctx.ref) return null;
  const ref = ctx.ref;
  const jsDay = (weekday % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  const name = WEEKDAY_NAMES[weekday];
  const refWeekday = getISODay(ref);
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
function weekdayOnOrBefore(weekday: number, ctx: Context): { date: Date; reasoning: string } | null {
  if (!ctx.ref) return null;
  const name = WEEKDAY_NAMES[weekday];
  if (getISODay(ctx.ref) === weekday) return { date: ctx.ref, reasoning: `${name} is the publication day, ${ctx.refLabel}` };
  return { date: previousDay(ctx.ref, (weekday % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6), reasoning: `the ${name} before ${refNote(ctx)}; already past` };
}

const FRONTED_DEADLINE_OPENERS = new Set(['but', 'and', 'up', 'not', 'yet']);

/** Words after which "one day" means "some day": "will one day be", "she one day hopes". */
const SOMEDAY_BEFORE = new Set(['will', 'would', 'shall', 'may', 'might', 'could', 'can', 'should', 'must', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'll', 'd']);

/**
 * "Islam will one day be ...", "One day, the line will reach ...": an unspecified day, future or
 * past by the clause, not a one-day duration. Null for "in one day", "lasted one day".
 */
function somedayCandidate(p: Parser, first: number, last: number): Candidate | null {
  const before = p.lower(first - 1);
  const fronted = p.lower(last + 1) === ',' && (!p.has(first - 1) || !p.isWord(first - 1) || before === 'but' || before === 'and');
  if (!fronted && !SOMEDAY_BEFORE.has(before)) return null;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      return ctx.tense() === 'future' ? { value: 'FUTURE_REF', reasoning: 'some day after the publication date' } : { value: 'PAST_REF', reasoning: 'some day before the publication date' };
    },
  };
}

const PERIOD_END_WORDS = new Set(['ended', 'ending', 'ends', 'through']);

/** "the day after the vote" is one day on from the event; "the day before", one day back. */
const DAY_RELATIONS: Record<string, number> = { after: 1, following: 1, before: -1 };
const IN_THE_DAY = new Set(['in', 'during', 'of', 'for', 'through', 'throughout']);
/** Verbs after "the day" that make it a figure of speech: "the day will come", "the day came when". */
const DAY_IDIOM_VERBS = new Set(['will', 'would', 'shall', 'may', 'might', 'could', 'must', 'came', 'comes', 'come']);
/** Verbs before "the day" in idioms: "carried the day", "saved the day". */
const DAY_IDIOM_OBJECTS = new Set(['carried', 'carry', 'carries', 'won', 'win', 'wins', 'saved', 'save', 'saves', 'seize', 'seized', 'call', 'called']);

/** False when "the day" (tokens first..k) is part of an idiom rather than a calendar day. */
function namesADay(p: Parser, first: number, k: number): boolean {
  if (DAY_IDIOM_OBJECTS.has(p.lower(first - 1))) return false;
  const next = p.lower(k + 1);
  if (next === 'has' || next === 'had') return !DAY_IDIOM_VERBS.has(p.lower(k + 2));
  return !DAY_IDIOM_VERBS.has(next);
}

/** True for "Friday's" (the name followed by a glued 's), not "Fridays" or "Friday 's'". */
function isPossessive(p: Parser, k: number): boolean {
  return p.glued(k) && isApostrophe(p.lower(k + 1)) && p.glued(k + 1) && p.lower(k + 2) === 's' && !p.glued(k + 2);
}

function shiftedDate(ref: Date, unit: Unit, amount: number): Date {
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

/** Value of the calendar unit containing `date` ("2019", "2020-11", "2020-W49", "2020-Q4"). */
function unitValue(date: Date, unit: Unit): Resolved {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  switch (unit) {
    case 'Y': return { value: yearValue(year), reasoning: '', range: yearRange(year) };
    case 'M': return { value: monthValue(year, month), reasoning: '', range: monthRange(year, month) };
    case 'W': case 'FN': return { value: weekValue(date), reasoning: '', range: weekRange(date) };
    case 'WE': {
      const saturday = addDays(date, 6 - getISODay(date));
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

const UNKNOWN_FOR_UNIT: Record<string, string> = {
  Y: 'XXXX', M: 'XXXX-XX', W: 'XXXX-WXX', D: 'XXXX-XX-XX', Q: 'XXXX-QX', WE: 'XXXX-WXX-WE', DE: 'XXX', CE: 'XX',
};

/**
 * A calendar year, month or day the story named, and where that mention ended (-1: none yet).
 * Updated in place for every expression, so no object is made per expression.
 */
interface Mention {
  year: number;
  month: number;
  day: number;
  end: number;
  /** For months: the value was the month itself ("in February"), not a day in it. */
  named: boolean;
}

function noMention(): Mention {
  return { year: 0, month: 1, day: 1, end: -1, named: false };
}

export interface TagState {
  /** The last quarter mentioned ("a year earlier" after "the third quarter" means that quarter a year before). */
  lastQuarter: { year: number; quarter: number; end: number } | null;
  /** The last month mentioned ("in February ... the same period last year" is February a year before). */
  lastMonth: Mention;
  /** The last year and day mentioned, anchors of "that year", "the next day". */
  lastYear: Mention;
  lastDay: Mention;
  /** The last month or day that set a scene ("In October 1984", "On May 22, 1995"; see storyYear). */
  lastScene: Mention;
  /** Years written out so far: well before the publication year, or not (see storyYear). */
  years: { past: number; recent: number };
  /** Line breaks counted after lastScene, from `from` to `to` (see storyYear). */
  sceneBreaks: { from: number; to: number; breaks: number };
  /** The publication year, or null when there is no publication date. */
  refYear: number | null;
}

/** Parses the expression around trigger token k. */
function parseAt(p: Parser, k: number, state: TagState): Candidate | null {
  // Numbers first: no word list holds digits, and most triggers in dense text are numbers.
  if (p.isDigits(k)) return parseNumber(p, k, state);
  const word = p.lower(k);
  if (MONTHS.get(word) !== undefined) return parseMonth(p, k, null);
  if (WEEKDAYS.get(word) !== undefined) return parseWeekday(p, k);
  if (word.endsWith('s') && WEEKDAYS.get(word.slice(0, -1)) !== undefined && p.isCapitalized(k)) {
    const weekday = WEEKDAYS.get(word.slice(0, -1))!;
    return { first: k, last: k, type: 'SET', resolve() { return { value: `XXXX-WXX-${weekday}`, reasoning: `every ${WEEKDAY_NAMES[weekday]}` }; } };
  }
  if (UNITS.get(word) !== undefined) return parseUnit(p, k, state);
  if (SEASONS.get(word) !== undefined) return parseSeason(p, k);
  const decade = DECADE_WORDS.get(word);
  if (decade !== undefined) return decadeWordContext(p, k) ? withDecadeModifiers(p, k, k, decade) : null;
  if (FREQUENCY_WORDS.get(word) !== undefined) {
    const value = FREQUENCY_WORDS.get(word)!;
    // "quarterly dividend", "annual report": used as an adjective it names a kind of thing, not when;
    // "daily" and "weekly" name how often ("weekly unemployment claims").
    if (p.isLowerWord(k + 1) && !ADVERB_FOLLOWERS.has(p.lower(k + 1)) && word !== 'daily' && word !== 'weekly') return null;
    return { first: k, last: k, type: 'SET', resolve() { return { value, reasoning: `recurs ${word.replace(/ly$/, '').replace(/i$/, 'y')}ly` }; } };
  }
  return parseRelativeWord(p, k, state);
}

// --- months -------------------------------------------------------------------------------------

function parseMonth(p: Parser, k: number, weekdayStart: number | null): Candidate | null {
  const word = p.lower(k);
  const month = MONTHS.get(word)!;
  if (!p.isCapitalized(k)) return null;
  let last = k;
  let afterName = k;
  const abbreviated = MONTH_ABBREVIATIONS.has(word);
  if (abbreviated) {
    afterName = p.skipPeriod(k);
    if (afterName === k && !p.isDigits(k + 1)) return null;
  }
  last = afterName;
  let day: number | null = null;
  let year: number | null = null;
  let first = k;
  // Month Day[, Year]
  const dayAfter = p.dayNumber(afterName + 1);
  if (dayAfter !== null && p.yearNumber(afterName + 1) === null) {
    day = dayAfter;
    last = p.skipOrdinalSuffix(afterName + 1);
    let j = last + 1;
    if (p.lower(j) === ',') j++;
    const y = p.yearNumber(j);
    if (y !== null) {
      year = y;
      last = j;
    }
  } else {
    // Month Year / Month of Year
    let j = afterName + 1;
    if (p.lower(j) === ',' || p.lower(j) === 'of') j++;
    const y = p.yearNumber(j);
    const spelled = y === null ? spelledYear(p, j) : null;
    if (y !== null) {
      year = y;
      last = j;
    } else if (spelled && p.lower(j) === 'nineteen') {
      year = spelled.year;
      last = spelled.last;
    }
  }
  // "June last year", "January this year"
  let relativeYear: number | null = null;
  const of = p.lower(last + 1) === 'of' ? 1 : 0;
  if (year === null && LAST_THIS_NEXT.has(p.lower(last + 1 + of)) && p.lower(last + 2 + of) === 'year') {
    relativeYear = DIRECTION_WORDS.get(p.lower(last + 1 + of))!;
    last += 2 + of;
  }
  // Day Month [Year]: "18 October", "18th October 2019"
  if (day === null) {
    let d = k - 1;
    if (p.lower(d) === 'of' && ORDINAL_SUFFIXES.has(p.lower(d - 1))) d--;
    if (ORDINAL_SUFFIXES.has(p.lower(d)) && p.glued(d - 1)) d--;
    const n = p.dayNumber(d);
    if (n !== null && p.lower(d - 1) !== ':' && !(p.lower(d - 1) === '.' && p.isDigits(d - 2))) {
      day = n;
      first = d;
      if (p.lower(d - 1) === 'the') first = d - 1;
    }
  }
  // A bare month needs context, since "May" and "March" are also verbs and names.
  if (day === null && year === null) {
    const prev = p.lower(k - 1);
    const isVerbLike = word === 'may' || word === 'march';
    // "the March accession" names the month; "the March on Rome" and "the May government" do not.
    const marchAsModifier = word === 'march' && prev === 'the' && p.isLowerWord(k + 1) && !MARCH_NOUN_FOLLOWERS.has(p.lower(k + 1));
    if (isVerbLike && !MONTH_CONTEXT.has(prev) && !marchAsModifier) return null;
    if (abbreviated && afterName === k) return null;
  }
  // "each July", "every March": the month of every year.
  if (day === null && year === null && (p.lower(k - 1) === 'each' || p.lower(k - 1) === 'every')) {
    const value = `XXXX-${pad(month, 2)}`;
    return { first: k - 1, last, type: 'SET', resolve() { return { value, reasoning: `every ${monthName(month)}` }; } };
  }
  // Left modifiers: early / mid / late / last / next / this.
  let direction: -1 | 0 | 1 | null = null;
  let modifier = '';
  let j = first - 1;
  if (p.lower(j) === '-' && p.lower(j - 1) === 'mid') j--;
  const left = p.lower(j);
  if (day === null && (left === 'early' || left === 'late' || left === 'mid' || left === 'mid-')) {
    modifier = left;
    first = j;
    j--;
  }
  const left2 = p.lower(j);
  if (day === null && year === null && (left2 === 'last' || left2 === 'next' || left2 === 'this' || left2 === 'coming' || left2 === 'past')) {
    direction = DIRECTION_WORDS.get(left2)!;
    first = j;
  }
  if (weekdayStart !== null && day !== null) first = weekdayStart;
  const deadline = DEADLINE_WORDS.has(p.lower(first - 1)) || (p.lower(first - 1) === 'to' && DEADLINE_VERBS.has(p.lower(first - 2)));
  // "a new pact effective June 1": the date a change takes effect lies ahead.
  const takesEffect = p.lower(first - 1) === 'effective';
  // "the Feb. 23 accord", "the Nov. 3 election": a date naming an event, used as a modifier.
  const named = day !== null && p.lower(first - 1) === 'the' && p.isLowerWord(last + 1);
  const d = day;
  const y = year;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      const label = modifier ? ` (${modifier})` : '';
      if (y !== null && d !== null) {
        const date = ymd(y, month, d);
        if (!date) return { value: `${yearValue(y)}-${pad(month, 2)}-${pad(d, 2)}`, reasoning: 'explicit date (not a valid calendar day)', ambiguous: true };
        return dateResolved(date, 'explicit date');
      }
      if (y !== null) return { value: monthValue(y, month), reasoning: `explicit month${label}`, range: monthRange(y, month) };
      if (relativeYear !== null && ctx.ref) {
        const year = ctx.ref.getFullYear() + relativeYear;
        if (d !== null) {
          const date = ymd(year, month, d);
          if (date) return dateResolved(date, `${monthName(month)} of the year ${relativeYear < 0 ? 'before' : relativeYear > 0 ? 'after' : 'of'} ${refNote(ctx)}`);
        }
        return { value: monthValue(year, month), reasoning: `${monthName(month)} of the year ${relativeYear < 0 ? 'before' : relativeYear > 0 ? 'after' : 'of'} ${refNote(ctx)}`, range: monthRange(year, month) };
      }
      // A month or day in a passage set years back (see storyYear); without a publication date
      // the year is a guess from the passage, flagged for checking.
      const tense = ctx.tense();
      const story = direction === null && (d === null || (d >= 1 && d <= 31)) ? storyYear(ctx) : null;
      if (story !== null) {
        const what = d === null ? `the ${monthName(month)}` : `${d} ${monthName(month)}`;
        if (tense !== 'future' && !deadline && !takesEffect) {
          // "The war began in 1914. ... On 12 September, the Allies ...": that year, not the publication's.
          return monthInYear(ctx, { month, day: d, label, takesEffect }, story, `${what} of ${story}, the year the passage is set in; ${TENSE_WORD[tense]}`, !ctx.ref);
        }
        if (tense === 'future' && ctx.wouldBefore()) {
          // "In October 2015, the minister said the bridge would open in March": a plan told from
          // that time lies after it (March 2016), not after publication.
          const scene = ctx.state!.lastMonth;
          if (scene.end >= 0 && scene.year === story) {
            const year = month >= scene.month ? story : story + 1;
            return monthInYear(ctx, { month, day: d, label, takesEffect }, year, `${what} after ${monthName(scene.month)} ${story}, when the passage is set; future in the past`, !ctx.ref);
          }
          return monthInYear(ctx, { month, day: d, label, takesEffect }, story, `${what} of ${story}, the year the passage is set in; future in the past`, true);
        }
      }
      if (!ctx.ref) {
        return {
          value: d !== null ? `XXXX-${pad(month, 2)}-${pad(d, 2)}` : `XXXX-${pad(month, 2)}`,
          reasoning: 'year not given and no publication date to infer it from',
          ambiguous: true,
        };
      }
      // The same month named again in the same kind of clause resolves the same way: one shared
      // answer (a dense list of dates names a few months thousands of times).
      if (d !== null && (d < 1 || d > 31)) return resolveNamedMonth(ctx, { month, day: d, label, takesEffect }, direction, deadline, named);
      const key = ((((month * 33 + (d ?? 32)) * 4 + (direction === null ? 3 : direction + 1)) * 8 + (named ? 4 : 0) + (deadline ? 2 : 0) + (takesEffect ? 1 : 0)) * 5 + MODIFIERS.indexOf(modifier)) * 3 + TENSE_CODE[ctx.tense()];
      let known = ctx.monthAnswers.get(key);
      if (known === undefined) {
        known = resolveNamedMonth(ctx, { month, day: d, label, takesEffect }, direction, deadline, named);
        ctx.monthAnswers.set(key, known);
      }
      return known;
    },
  };
}

/** A named month (and day) to place in a year: what monthInYear and resolveNamedMonth need of it. */
interface NamedMonth {
  month: number;
  day: number | null;
  /** " (early)", " (late)" or '' */
  label: string;
  takesEffect: boolean;
}

/** A month named without its year ("in September", "on 18 October"), placed from the publication date. */
function resolveNamedMonth(ctx: Context, named: NamedMonth, direction: -1 | 0 | 1 | null, deadline: boolean, namesEvent: boolean): Resolved {
  const { month } = named;
  let year: number;
  let reasoning: string;
  if (direction !== null) {
    const ref = ctx.ref!;
    const refYear = ref.getFullYear();
    const refMonth = ref.getMonth() + 1;
    if (direction === 0) year = refYear;
    else if (direction < 0) year = month < refMonth ? refYear : refYear - 1;
    else year = month > refMonth ? refYear : refYear + 1;
    reasoning = `${direction === 0 ? 'this' : direction < 0 ? 'the previous' : 'the next'} ${monthName(month)} relative to ${refNote(ctx)}`;
  } else {
    const r = resolveYearForMonth(month, named.day, ctx, deadline, named.takesEffect, namesEvent)!;
    year = r.year;
    reasoning = r.reasoning;
  }
  return monthInYear(ctx, named, year, reasoning);
}

/** The month (and day) in the given year. */
function monthInYear(ctx: Context, named: NamedMonth, year: number, reasoning: string, ambiguous = false): Resolved {
  const { month, day } = named;
  if (day !== null) {
    if (month === 2 && day === 29 && !dateFns.isLeapYear(new Date(year, 0, 1))) {
      // "February 29" names a leap year: the nearest one in the direction the clause reads.
      const step = named.takesEffect || ctx.tense() === 'future' ? 1 : -1;
      while (!dateFns.isLeapYear(new Date(year, 0, 1))) year += step;
      reasoning += '; the nearest leap year';
    }
    const date = ymd(year, month, day);
    if (!date) return { value: `${yearValue(year)}-${pad(month, 2)}-${pad(day, 2)}`, reasoning, ambiguous: true };
    return dateResolved(date, reasoning, ambiguous);
  }
  return { value: monthValue(year, month), reasoning: reasoning + named.label, range: monthRange(year, month), ambiguous };
}

const MODIFIERS = ['', 'early', 'late', 'mid', 'mid-'];
const TENSE_CODE: Record<Tense, number> = { past: 0, present: 1, future: 2 };

// --- weekdays -----------------------------------------------------------------------------------

function parseWeekday(p: Parser, k: number): Candidate | null {
  if (!p.isCapitalized(k)) return null;
  const weekday = WEEKDAYS.get(p.lower(k))!;
  // "Friday, Oct. 23" – the explicit date decides.
  let j = k + 1;
  if (p.lower(j) === ',') j++;
  if (MONTHS.get(p.lower(j)) !== undefined) {
    const monthCandidate = parseMonth(p, j, k);
    if (monthCandidate && monthCandidate.first === k) return monthCandidate;
  }
  // "Tuesday nights", "on Monday and Tuesday nights": a part of every such day.
  const partsAt = (p.lower(k + 1) === 'and' || p.lower(k + 1) === 'or') && WEEKDAYS.get(p.lower(k + 2)) !== undefined && p.isCapitalized(k + 2) ? k + 3 : k + 1;
  const parts = p.lower(partsAt);
  const everyPart = parts.length > 1 && parts.endsWith('s') ? DAY_PARTS.get(parts.slice(0, -1)) : undefined;
  if (everyPart) {
    const value = `XXXX-WXX-${weekday}T${everyPart}`;
    return { first: k, last: partsAt === k + 1 ? partsAt : k, type: 'SET', resolve() { return { value, reasoning: `every ${WEEKDAY_NAMES[weekday]} ${parts.slice(0, -1)}` }; } };
  }
  let first = k;
  let last = k;
  let direction: -1 | 0 | 1 | null = null;
  let deadline = false;
  const prev = p.lower(k - 1);
  if (prev === 'last' || prev === 'next' || prev === 'this' || prev === 'coming' || prev === 'past') {
    direction = DIRECTION_WORDS.get(prev)!;
    first = k - 1;
    if (prev === 'coming' && p.lower(k - 2) === 'this') first = k - 2;
  } else if (prev === 'every' || prev === 'each') {
    return { first: k - 1, last: k, type: 'SET', resolve() { return { value: `XXXX-WXX-${weekday}`, reasoning: `every ${WEEKDAY_NAMES[weekday]}` }; } };
  } else if (prev === 'early' || prev === 'late') {
    first = k - 1;
  } else if (prev === 'until' || prev === 'till' || prev === 'by' || prev === 'through') {
    // "closed until Friday": a deadline lies ahead.
    direction = 1;
    deadline = true;
  } else if (prev === 'as' && (p.lower(k - 2) === 'soon' || p.lower(k - 2) === 'early') && p.lower(k - 3) === 'as') {
    // "could leave as soon as Tuesday", "a vote as early as Monday": the earliest of days ahead.
    direction = 1;
  }
  // Day part after: "Monday morning"; or before: "noon Thursday" is handled by the noon trigger.
  const part = DAY_PARTS.get(p.lower(k + 1));
  if (part) last = k + 1;
  const possessive = direction === null && isPossessive(p, k);
  // "Until Thursday, they had not ...": a fronted deadline read in a past clause has passed; after
  // a verb ("stays closed until Friday") the clause tense is too unreliable to say so.
  const frontedDeadline = deadline && (!p.isWord(k - 2) || FRONTED_DEADLINE_OPENERS.has(p.lower(k - 2)));
  // "had filed reports by Wednesday": a deadline told in the past perfect has passed.
  const pastPerfectDeadline = deadline && pastPerfectBefore(p, k - 1);
  return {
    first,
    last,
    type: part ? 'TIME' : 'DATE',
    resolve(ctx) {
      const found = possessive || pastPerfectDeadline || (frontedDeadline && ctx.tense() === 'past') ? weekdayOnOrBefore(weekday, ctx) : weekdayDate(weekday, ctx, direction, deadline);
      if (!found) {
        return { value: `XXXX-WXX-${weekday}${part ? 'T' + part : ''}`, reasoning: 'weekday without a publication date to place it', ambiguous: true };
      }
      return {
        value: dayValue(found.date) + (part ? 'T' + part : ''),
        reasoning: found.reasoning,
        range: dayRange(found.date),
        ambiguous: direction === null && found.date.getTime() !== ctx.ref!.getTime(),
      };
    },
  };
}

/** True when "had" and a participle ("had filed", "had been") come shortly before token `end` in its clause. */
function pastPerfectBefore(p: Parser, end: number): boolean {
  for (let i = end - 1; i >= end - 8 && p.has(i); i--) {
    const word = p.lower(i);
    if (!p.isWord(i)) return false;
    if (word === 'had') {
      const next = p.lower(i + 1);
      return next === 'been' || next.endsWith('ed') || next.endsWith('en');
    }
  }
  return false;
}

// --- numbers: years, times, day-month, amounts -----------------------------------------------------

const DAY_PAIR_LINKS = new Set(['-', '–', 'and', 'or', 'to', 'through']);

/**
 * One day of a pair that shares its month (and year) with the other: the "6" of "6-7 January 1916"
 * and the "25" of "April 24 and 25". TimeML tags each day; the month and year come from the
 * written date next to it, resolved as that date is.
 */
function pairedDay(p: Parser, k: number): Candidate | null {
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

function parseNumber(p: Parser, k: number, state: TagState): Candidate | null {
  const length = p.len(k);
  const gluedBefore = p.glued(k - 1);
  const prev = p.lower(k - 1);
  if (gluedBefore && (prev === '$' || prev === '£' || prev === '€' || prev === '#')) return null;
  // A single letter glued in front ("A380", "F16") makes a name, except T (ISO time) and Q (quarter).
  if (gluedBefore && p.isWord(k - 1) && p.len(k - 1) === 1 && p.raw(k - 1) !== 'T' && p.raw(k - 1) !== 'Q') return null;
  // A quarter written "Q4" or "4Q", with or without its year: "Q4 revenue", "in Q1 2021".
  const wordOrNumber = (i: number) => p.isWord(i) || p.isDigits(i);
  const quarterMark =
    length !== 1 || p.num(k) < 1 || p.num(k) > 4 ? -1
    : gluedBefore && p.raw(k - 1) === 'Q' && !(p.glued(k - 2) && wordOrNumber(k - 2)) && !(p.glued(k) && wordOrNumber(k + 1)) ? k - 1
    : p.glued(k) && p.raw(k + 1) === 'Q' && !(p.glued(k + 1) && wordOrNumber(k + 2)) ? k + 1
    : -1;
  if (quarterMark >= 0) return writtenQuarter(p, Math.min(k, quarterMark), Math.max(k, quarterMark), p.num(k), state);
  // ISO date 2020-12-05
  if (length === 4 && p.lower(k + 1) === '-' && p.glued(k) && p.glued(k + 1) && p.len(k + 2) === 2 && p.lower(k + 3) === '-' && p.glued(k + 2) && p.glued(k + 3) && p.len(k + 4) === 2) {
    const date = ymd(p.num(k), p.num(k + 2), p.num(k + 4));
    if (date) {
      let last = k + 4;
      let time = '';
      if (p.lower(k + 5) === 't' && p.glued(k + 4) && p.isDigits(k + 6) && p.lower(k + 7) === ':' && p.isDigits(k + 8)) {
        time = `T${pad(p.num(k + 6), 2)}:${pad(p.num(k + 8), 2)}`;
        last = k + 8;
      }
      return { first: k, last, type: time ? 'TIME' : 'DATE', resolve() { return { ...dateResolved(date, 'explicit date'), value: dayValue(date) + time }; } };
    }
  }
  // Numeric dates 12/05/2020 (US month first).
  if (length <= 2 && p.lower(k + 1) === '/' && p.glued(k) && p.isDigits(k + 2) && p.lower(k + 3) === '/' && p.glued(k + 2) && p.isDigits(k + 4) && p.glued(k + 3)) {
    let year = p.num(k + 4);
    if (p.len(k + 4) === 2) year += year < 50 ? 2000 : 1900;
    const date = ymd(year, p.num(k), p.num(k + 2));
    if (date) return { first: k, last: k + 4, type: 'DATE', resolve() { return dateResolved(date, 'explicit date, month/day/year'); } };
  }
  // Clock time 07:08 [a.m.] [GMT]
  const time = parseClock(p, k, state);
  if (time) return time;
  const paired = pairedDay(p, k);
  if (paired) return paired;
  // Day before a month name: "18 October" is parsed from the month.
  let m = p.skipOrdinalSuffix(k) + 1;
  if (p.lower(m) === 'of') m++;
  if (MONTHS.get(p.lower(m)) !== undefined && p.isCapitalized(m)) {
    const candidate = parseMonth(p, m, null);
    if (candidate && candidate.first <= k) return candidate;
  }
  // Year before a season: "their 1982 summer offensives" is parsed from the season.
  if (length === 4 && SEASONS.get(p.lower(k + 1)) !== undefined) {
    const candidate = parseSeason(p, k + 1);
    if (candidate && candidate.first <= k) return candidate;
  }
  // "the 1988 period", "the 1989 quarter": a reporting period of that year, the quarter under
  // discussion when one was just named.
  const periodNoun = p.lower(k + 1);
  if (length === 4 && (periodNoun === 'period' || periodNoun === 'quarter') && p.lower(k - 1) === 'the') {
    const year = p.yearNumber(k);
    if (year !== null) {
      return {
        first: k - 1,
        last: k + 1,
        type: 'DATE',
        resolve(ctx) {
          const recent = state.lastQuarter && p.start(k) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS ? state.lastQuarter : null;
          if (recent) return { value: `${yearValue(year)}-Q${recent.quarter}`, reasoning: `the quarter under discussion, in ${year}`, range: quarterRange(year, recent.quarter) };
          if (periodNoun === 'quarter' && ctx.ref) {
            // Business news reports on the most recently completed quarter.
            const quarter = quarterOf(subMonths(ctx.ref, 3));
            return { value: `${yearValue(year)}-Q${quarter}`, reasoning: `the quarter last completed by ${refNote(ctx)}, in ${year}`, range: quarterRange(year, quarter) };
          }
          return { value: yearValue(year), reasoning: `a ${periodNoun} of ${year}`, range: yearRange(year), ambiguous: true };
        },
      };
    }
  }
  // Amount followed by a unit: "11 months", "two-year" (digits) – parsed from the unit.
  let u = k + 1;
  if (p.lower(u) === '-' && p.glued(k)) u++;
  if (p.lower(u) === '.' && p.isDigits(u + 1) && p.glued(k)) u += 2;
  if (UNITS.get(p.lower(u)) !== undefined) return parseUnit(p, u, state);
  // Century: "20th century"
  const suffix = p.skipOrdinalSuffix(k);
  if (suffix !== k && UNITS.get(p.lower(suffix + 1)) === 'CE') return parseUnit(p, suffix + 1, state);
  // Decade: 1990s, 1990's, '90s
  if (length === 4 && (p.lower(k + 1) === 's' && p.glued(k) || (p.lower(k + 1) === "'" || p.lower(k + 1) === '’') && p.lower(k + 2) === 's' && p.glued(k) && p.glued(k + 1))) {
    const first = p.num(k);
    if (first % 10 === 0 && first >= 1000 && first < 3000) {
      const last = p.lower(k + 1) === 's' ? k + 1 : k + 2;
      return withDecadeModifiers(p, k, last, first);
    }
  }
  if (length === 2 && (prev === "'" || prev === '’') && gluedBefore && p.lower(k + 1) === 's' && p.glued(k)) {
    const n = p.num(k);
    if (n % 10 === 0) {
      const first = (n >= 30 ? 1900 : 2000) + n;
      return withDecadeModifiers(p, k - 1, k + 1, first);
    }
  }
  // "since '82": a two-digit year after an apostrophe; "the 70s": a decade after "the".
  // ... but not a version glued to a name ("iLife'11").
  if (length === 2 && (prev === "'" || prev === '’') && gluedBefore && !p.isDigits(k + 1) && !(p.glued(k - 2) && p.isWord(k - 2))) {
    const n = p.num(k);
    const full = (n >= 30 ? 1900 : 2000) + n;
    return { first: k - 1, last: k, type: 'DATE', resolve() { return { value: yearValue(full), reasoning: `explicit year '${p.raw(k)}`, range: yearRange(full) }; } };
  }
  if (length === 2 && p.lower(k + 1) === 's' && p.glued(k) && p.num(k) % 10 === 0 && twoDigitDecadeContext(p, k)) {
    const n = p.num(k);
    return withDecadeModifiers(p, k, k + 1, (n >= 30 ? 1900 : 2000) + n);
  }
  // Year
  const year = p.yearNumber(k);
  if (year !== null && ORDINALS.get(p.lower(k + 1)) !== undefined && UNITS.get(p.lower(k + 2)) === 'Q') {
    return quarterCandidate(p, k + 2, state);
  }
  // "the Russell 2000 Index", "a venture called Orion 1980,": a number closing a name mid-sentence.
  // An acronym keeps its year ("WWDC 2005" is that year's edition), and so does a year that goes
  // on to qualify a noun ("the Fed 1994 rate hikes").
  if (year !== null && p.isCapitalized(k - 1) && p.isWord(k - 1) && (p.isLowerWord(k - 2) || p.lower(k - 2) === 'the') && !p.glued(k - 1) && !p.isLowerWord(k + 1) && !NAME_BEFORE_YEAR_OK.has(p.lower(k - 1)) && !isAcronym(p.raw(k - 1))) return null;
  if (year !== null) {
    const plausible = year >= 1900 && year <= 2099;
    const prevWord = p.lower(k - 1);
    if (!plausible && !WORDS_BEFORE_BARE_YEAR.has(prevWord)) return null;
    let first = k;
    let label = 'explicit year';
    const left = p.lower(k - 1);
    if (left === 'fiscal' || left === 'early' || left === 'late' || left === 'mid' || left === 'calendar') {
      first = k - 1;
      label = `explicit year (${left})`;
    } else if (left === '-' && p.lower(k - 2) === 'mid') {
      first = k - 2;
    }
    // "1994 or later", "1990 and beyond": an open-ended date is still one expression.
    const open = (p.lower(k + 1) === 'or' && (p.lower(k + 2) === 'later' || p.lower(k + 2) === 'earlier')) || (p.lower(k + 1) === 'and' && p.lower(k + 2) === 'beyond');
    return { first, last: open ? k + 2 : k, type: 'DATE', resolve() { return { value: yearValue(year), reasoning: label, range: yearRange(year) }; } };
  }
  return null;
}

/**
 * Whether "70s" at k is a decade: after "the" ("the 70s", "the late 80s"), or after another decade
 * ("the 70s and 80s", "the 50s, 60s and 70s", "the late 80s and early 90s"). Not "in her 60s" (an age).
 */
function twoDigitDecadeContext(p: Parser, k: number): boolean {
  // The decade before a joiner, itself a decade: "1970s", or "70s" read the same way.
  return decadeContext(p, k, (j) => {
    if (p.lower(j) !== 's' || !p.isDigits(j - 1) || !p.glued(j - 1) || p.num(j - 1) % 10 !== 0) return false;
    return p.raw(j - 1).length === 4 || twoDigitDecadeContext(p, j - 1);
  });
}

function decadeWordContext(p: Parser, k: number): boolean {
  return decadeContext(p, k, (j) => DECADE_WORDS.has(p.lower(j)) && decadeWordContext(p, j));
}

/**
 * Whether the decade word at k ("70s", "sixties") is read as a decade: after "the", with or without
 * "early", "late" or "mid"; or after a joiner that follows a decade (`decadeEndsAt(j)`: a decade
 * ends at token j).
 */
function decadeContext(p: Parser, k: number, decadeEndsAt: (j: number) => boolean): boolean {
  let j = k - 1;
  if (p.lower(j) === '-' && p.lower(j - 1) === 'mid') j -= 2;
  else if (p.lower(j) === 'early' || p.lower(j) === 'late' || p.lower(j) === 'mid') j--;
  if (p.lower(j) === 'the') return true;
  const joiner = p.lower(j);
  if (joiner !== 'and' && joiner !== 'or' && joiner !== 'to' && joiner !== ',' && joiner !== '-' && joiner !== '–') return false;
  return decadeEndsAt(j - 1);
}

/**
 * A decade as the project's value contract writes it: "199X" for the 1990s. (The TimeML 1.2 gold
 * often writes the bare "199"; the contract keeps the explicit form every consumer already reads.)
 */
function decadeValue(firstYear: number): string {
  return `${String(firstYear).slice(0, 3)}X`;
}

function withDecadeModifiers(p: Parser, first: number, last: number, firstYear: number): Candidate {
  let start = first;
  let j = first - 1;
  if (p.lower(j) === '-' && p.lower(j - 1) === 'mid') j--;
  if (EARLY_LATE_MID.has(p.lower(j))) {
    start = j;
    j--;
  }
  if (p.lower(j) === 'the') start = j;
  return {
    first: start,
    last,
    type: 'DATE',
    resolve() { return { value: decadeValue(firstYear), reasoning: `the decade ${firstYear}–${firstYear + 9}`, range: decadeRange(firstYear) }; },
  };
}

function parseClock(p: Parser, k: number, state: TagState): Candidate | null {
  const length = p.len(k);
  let hour: number;
  let minute = 0;
  let last = k;
  if (length <= 2 && p.lower(k + 1) === ':' && p.glued(k) && p.glued(k + 1) && p.len(k + 2) === 2) {
    hour = p.num(k);
    minute = p.num(k + 2);
    last = k + 2;
    if (p.lower(k + 3) === ':' && p.glued(k + 2) && p.len(k + 4) === 2) last = k + 4;
  } else if (length <= 2 && /^[ap]$/.test(p.lower(k + 1)) && (p.lower(k + 2) === '.' || p.lower(k + 2) === 'm')) {
    hour = p.num(k);
  } else if (length <= 2 && (p.lower(k + 1) === 'am' || p.lower(k + 1) === 'pm')) {
    hour = p.num(k);
  } else {
    return null;
  }
  if (hour > 24 || minute > 59) return null;
  // a.m. / p.m.
  let meridiem = '';
  const j = last + 1;
  if (p.lower(j) === 'a' || p.lower(j) === 'p') {
    if (p.lower(j + 1) === '.' && p.lower(j + 2) === 'm') {
      meridiem = p.lower(j);
      last = p.lower(j + 3) === '.' && p.glued(j + 2) ? j + 3 : j + 2;
    } else if (p.lower(j + 1) === 'm' && p.glued(j)) {
      meridiem = p.lower(j);
      last = j + 1;
    }
  } else if (p.lower(j) === 'am' || p.lower(j) === 'pm') {
    meridiem = p.lower(j)[0];
    last = j;
  }
  const isClock = last > k + 1 || meridiem !== '';
  if (!isClock) return null;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  // Time zone, possibly glued to a following date ("GMT05 December").
  let zone = '';
  if (TIME_ZONES.has(p.lower(last + 1))) {
    zone = p.raw(last + 1);
    last = last + 1;
  }
  const utc = zone === 'UTC' || zone === 'GMT' || zone === 'utc' || zone === 'gmt';
  const clock = `T${pad(hour, 2)}:${pad(minute, 2)}${utc ? 'Z' : ''}`;
  // Anchoring day words right after: "16:00 UTC today", "10 p.m. Wednesday".
  const next = p.lower(last + 1);
  let anchor: { kind: 'weekday'; weekday: number } | { kind: 'offset'; days: number } | null = null;
  // "5 p.m. EST, Nov. 6": the date completes the time; so does "on Nov. 6".
  const separate = next === ',' || next === 'on';
  const dateAt = separate ? last + 2 : last + 1;
  let dated = MONTHS.get(p.lower(dateAt)) !== undefined && p.isCapitalized(dateAt) ? parseMonth(p, dateAt, null) : null;
  // "9 a.m. on Monday, March 2": the date after the weekday.
  if (!dated && separate && WEEKDAYS.get(p.lower(dateAt)) !== undefined && p.isCapitalized(dateAt)) {
    const monthAt = p.lower(dateAt + 1) === ',' ? dateAt + 2 : dateAt + 1;
    const withWeekday = MONTHS.get(p.lower(monthAt)) !== undefined && p.isCapitalized(monthAt) ? parseMonth(p, monthAt, dateAt) : null;
    if (withWeekday && withWeekday.first === dateAt) dated = withWeekday;
  }
  if (dated && dated.first === dateAt && dated.last > dateAt) {
    // Right after the time the date belongs to it; after a comma or "on" it is a separate
    // expression that still names the day of the time ("at 16:15 UTC, June 1st").
    return {
      first: k,
      last: separate ? last : dated.last,
      type: 'TIME',
      resolve(ctx) {
        const day = dated.resolve(ctx);
        return { ...day, value: day.value.length === 10 ? day.value + clock : day.value, reasoning: `clock time on ${day.reasoning}` };
      },
    };
  }
  // "10:35 a.m. (0735 GMT) Friday": the day word after a bracketed conversion still dates the time,
  // but stays an expression of its own.
  let dayAt = next === 'on' ? last + 2 : last + 1;
  if (next === '(') {
    let close = dayAt + 1;
    while (close < dayAt + 6 && p.has(close) && p.lower(close) !== ')' && p.lower(close) !== '(') close++;
    if (p.lower(close) === ')') dayAt = close + 1;
  }
  const dayWord = p.lower(dayAt);
  if (WEEKDAYS.get(dayWord) !== undefined && p.isCapitalized(dayAt)) anchor = { kind: 'weekday', weekday: WEEKDAYS.get(dayWord)! };
  else if (dayWord === 'today' || dayWord === 'tonight') anchor = { kind: 'offset', days: 0 };
  else if (dayWord === 'yesterday') anchor = { kind: 'offset', days: -1 };
  else if (dayWord === 'tomorrow') anchor = { kind: 'offset', days: 1 };
  if (anchor && dayAt === last + 1) last = last + 1;
  const a = anchor;
  const deadline = DEADLINE_WORDS.has(p.lower(k - 1));
  return {
    first: k,
    last,
    type: 'TIME',
    resolve(ctx) {
      if (!ctx.ref) return { value: `XXXX-XX-XX${clock}`, reasoning: 'clock time; no publication date for the day', ambiguous: true };
      let day = ctx.ref;
      let reasoning = `clock time${zone ? ' ' + zone : ''} on ${refNote(ctx)}`;
      if (a?.kind === 'offset') {
        day = addDays(ctx.ref, a.days);
        reasoning = `clock time${zone ? ' ' + zone : ''}, ${a.days === 0 ? 'on' : a.days < 0 ? 'the day before' : 'the day after'} ${refNote(ctx)}`;
      } else if (a?.kind === 'weekday') {
        // "until 9 a.m. Tuesday": a deadline lies ahead, whatever the tense of the clause.
        const found = deadline ? weekdayDate(a.weekday, ctx, 1, true)! : weekdayDate(a.weekday, ctx, null)!;
        day = found.date;
        reasoning = `clock time on ${found.reasoning}`;
      } else {
        const named = dayJustNamed(state, p.start(k));
        if (named) {
          day = named;
          reasoning = `clock time${zone ? ' ' + zone : ''} on the day just named, ${humanDate(day)}`;
        }
      }
      return { value: dayValue(day) + clock, reasoning, range: dayRange(day), ambiguous: false };
    },
  };
}

/**
 * The day named just before a time that has none of its own ("flew Tuesday in Everett at 18:00
 * UTC", "on March 3, 2020, at noon"), or null.
 */
function dayJustNamed(state: TagState, timeStart: number): Date | null {
  const named = state.lastDay;
  if (named.end < 0 || timeStart - named.end >= CLOCK_DAY_CHARS) return null;
  return new Date(named.year, named.month - 1, named.day);
}

// --- units: durations, relative periods, sets ---------------------------------------------------

interface Amount {
  first: number;
  value: number | null; // null = vague ("several")
}

/** Reads an amount that ends right before token `end` (exclusive); null when there is none. */
function amountBefore(p: Parser, end: number): Amount | null {
  let j = end - 1;
  if (p.lower(j) === '-' && p.glued(j) && p.glued(j - 1)) j--;
  if (p.lower(j) === 'of' && (p.lower(j - 1) === 'couple' || p.lower(j - 1) === 'dozen')) j--;
  if (!p.has(j)) return null;
  if (p.isDigits(j)) {
    // "2 1/2"
    if (p.lower(j - 1) === '/' && p.isDigits(j - 2) && p.glued(j - 2) && p.glued(j - 1) && p.num(j) > 0) {
      const fraction = p.num(j - 2) / p.num(j);
      if (p.isDigits(j - 3) && fraction < 1) return { first: j - 3, value: p.num(j - 3) + fraction };
      return { first: j - 2, value: fraction };
    }
    // "1.5" or "1,000"
    if (p.lower(j - 1) === '.' && p.isDigits(j - 2) && p.glued(j - 2) && p.glued(j - 1)) {
      return { first: j - 2, value: Number(`${p.raw(j - 2)}.${p.raw(j)}`) };
    }
    if (p.lower(j - 1) === ',' && p.isDigits(j - 2)) return null;
    const currency = p.lower(j - 1);
    if (p.glued(j - 1) && (currency === '$' || currency === '£' || currency === '€')) return null;
    return { first: j, value: p.num(j) };
  }
  const word = p.lower(j);
  if (VAGUE_QUANTITIES.has(word) && word !== 'recent' && word !== 'coming') {
    let first = j;
    if (word === 'few' && (p.lower(j - 1) === 'a' || p.lower(j - 1) === 'the')) first = p.lower(j - 1) === 'a' ? j - 1 : j;
    return { first, value: null };
  }
  if (NUMBER_WORDS.get(word) === undefined) return null;
  if (word === 'a' || word === 'an') return { first: j, value: 1 };
  // Collect number words leftwards: "twenty four", "twenty-four", "a hundred", "one and a half".
  let first = j;
  while (first - 1 >= 0) {
    const prev = p.lower(first - 1);
    if (prev === '-' && NUMBER_WORDS.get(p.lower(first - 2)) !== undefined && p.lower(first - 2) !== 'a') first -= 2;
    else if (NUMBER_WORDS.get(prev) !== undefined && prev !== 'a' && prev !== 'an' && prev !== 'half' && prev !== 'single') first--;
    else break;
  }
  const words: string[] = [];
  for (let i = first; i <= j; i++) if (p.lower(i) !== '-') words.push(p.lower(i));
  // "a" / "an" only directly before the unit or before hundred / dozen / couple.
  if ((words[0] === 'hundred' || words[0] === 'thousand' || words[0] === 'dozen' || words[0] === 'couple') && (p.lower(first - 1) === 'a' || p.lower(first - 1) === 'an')) {
    first--;
    words.unshift('a');
  }
  if (words[0] === 'half' && (p.lower(first - 1) === 'a' || p.lower(first - 1) === 'an')) {
    // "a half hour"
    first--;
    words.shift();
    words.unshift('half');
  }
  let total = 0;
  let current = 0;
  for (const w of words) {
    const n = NUMBER_WORDS.get(w)!;
    if (n === 100 || n === 1000) current = (current || 1) * n;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'couple') current = 2;
    else current += n;
    if (n === 1000) {
      total += current;
      current = 0;
    }
  }
  total += current;
  if (total <= 0) return null;
  return { first, value: total };
}

// Words after which "over" means "more than" ("lowest in over a decade"), not "during" ("used over three years").
const OVER_AS_MORE_THAN = new Set(['in', 'for', 'just', 'last', 'lasted', 'lasts', 'lasting']);

function approximatorBefore(p: Parser, first: number): number {
  const prev = p.lower(first - 1);
  if (APPROXIMATORS.has(prev)) return first - 1;
  if (prev === 'over' && OVER_AS_MORE_THAN.has(p.lower(first - 2))) return first - 1;
  const before = p.lower(first - 2);
  if (TWO_WORD_APPROXIMATORS[before]?.has(prev)) return first - 2;
  return first;
}

const OPENING_QUOTES = new Set(['"', "'", '“', '‘', '`']);

function parseUnit(p: Parser, k: number, state: TagState): Candidate | null {
  const word = p.lower(k);
  const unit = UNITS.get(word)!;
  const plural = word.endsWith('s') && word !== 's';
  // "CBS's ''60 Minutes''", "ABC's \"This Week\"": a capitalized unit word opening a quotation, after
  // a number or "this", is the title of a show or a book, not a time.
  const titleLead = p.isDigits(k - 1) || (p.isCapitalized(k - 1) && (p.lower(k - 1) === 'this' || NUMBER_WORDS.get(p.lower(k - 1)) !== undefined));
  if (p.isCapitalized(k) && titleLead && OPENING_QUOTES.has(p.lower(k - 2))) return null;
  // Ages ("five-year-old") and compounds like "year-old" are not temporal expressions.
  if ((p.lower(k + 1) === '-' && p.lower(k + 2) === 'old') || p.lower(k + 1) === 'old') return null;
  // "a decades-long feud", "a day-long meeting": a length used as an adjective.
  if (p.lower(k + 1) === '-' && p.lower(k + 2) === 'long' && p.glued(k) && p.glued(k + 1) && unit !== 'Q' && unit !== 'S' && !p.glued(k - 1)) {
    const value = plural ? durationValue(unit, null) : durationValue(unit, 1);
    return { first: k, last: k + 2, type: 'DURATION', resolve() { return { value, reasoning: plural ? `an unspecified number of ${word}` : `one ${word}`, ambiguous: plural }; } };
  }
  // Century with ordinal: "the 20th century", "the nineteenth century".
  if (unit === 'CE' && !plural) {
    let ordinal: number | null = null;
    let first = k - 1;
    const prev = p.lower(k - 1);
    if (ORDINAL_SUFFIXES.has(prev) && p.isDigits(k - 2)) {
      ordinal = p.num(k - 2);
      first = k - 2;
    } else if (ORDINALS.get(prev) !== undefined && ORDINALS.get(prev)! > 0) {
      ordinal = ORDINALS.get(prev)!;
    } else if (/^(twentieth|nineteenth|eighteenth|twenty-first)$/.test(prev)) {
      ordinal = { twentieth: 20, nineteenth: 19, eighteenth: 18 }[prev] ?? null;
    }
    if (ordinal !== null) {
      if (p.lower(first - 1) === '-' && p.lower(first - 2) === 'mid') first -= 2;
      else if (EARLY_LATE_MID.has(p.lower(first - 1))) first--;
      if (p.lower(first - 1) === 'the') first--;
      const c = ordinal - 1;
      return { first, last: k, type: 'DATE', resolve() { return { value: pad(c, 2), reasoning: `the years ${c * 100 + 1}–${c * 100 + 100}`, range: centuryRange(c * 100) }; } };
    }
  }
  // Quarters and halves with an ordinal: "the third quarter", "third-quarter", "the first half of 2019".
  if (unit === 'Q' && !plural) {
    const q = quarterCandidate(p, k, state);
    if (q) return q;
  }
  // "the past five trading days", "six straight days", "two consecutive quarters"
  const amount = COUNT_ADJECTIVES.has(p.lower(k - 1)) ? amountBefore(p, k - 1) : amountBefore(p, k);
  // "three-quarters of its food", "about a quarter of its dealers": fractions, not quarters of a year.
  if (unit === 'Q' && amount && (plural ? p.lower(k - 1) === '-' : (p.lower(amount.first) === 'a' || p.lower(amount.first) === 'an') && !AGO_EARLIER_LATER.has(p.lower(k + 1)))) return null;
  // "a second betrayal", "the 1988 second quarter": ordinals, not seconds.
  if (unit === 'S' && !plural && (!amount || amount.value === 1)) return null;
  if (amount && amount.value !== null && amount.value >= 1000 && unit !== 'Y') return null;
  // "by year-end", "around year end", "by year's end": the end of the publication year.
  const possessiveEnd = isApostrophe(p.lower(k + 1)) && p.lower(k + 2) === 's' && p.lower(k + 3) === 'end' && p.lower(k - 1) !== 'this' && p.lower(k - 1) !== 'last' && p.lower(k - 1) !== 'next';
  if (unit === 'Y' && !plural && (p.lower(k + 1) === 'end' || (p.lower(k + 1) === '-' && p.lower(k + 2) === 'end') || possessiveEnd)) {
    const last = p.lower(k + 1) === 'end' ? k + 1 : possessiveEnd ? k + 3 : k + 2;
    return { first: k, last, type: 'DATE', resolve(ctx) { return (ctx.ref ? { ...unitValue(ctx.ref, 'Y'), reasoning: `the end of the year of ${refNote(ctx)}` } : { value: 'XXXX', reasoning: 'the end of an unknown year', ambiguous: true }); } };
  }
  // "the year-ago quarter", "year-earlier profit": the same period a year before.
  if (unit === 'Y' && !plural && p.lower(k + 1) === '-' && (p.lower(k + 2) === 'ago' || p.lower(k + 2) === 'earlier') && p.glued(k)) {
    return yearAgoPeriod(p, k, state);
  }
  // "a year" after a count or money means a frequency: "$5 a day", "twice a year".
  const relativeFollower = RELATIVE_FOLLOWERS.has(p.lower(k + 1));
  if (amount && amount.value === 1 && (p.lower(amount.first) === 'a' || p.lower(amount.first) === 'an') && !plural && !relativeFollower) {
    const before = amount.first - 1;
    if (p.isDigits(before) || PER_UNIT_COUNTS.has(p.lower(before))) {
      return { first: amount.first, last: k, type: 'SET', resolve() { return { value: durationValue(unit, 1), reasoning: `once per ${unitName(unit, false)}` }; } };
    }
  }
  if (p.lower(k - 1) === 'per' || p.lower(k - 1) === 'every' || p.lower(k - 1) === 'each') {
    if (!plural) {
      const every = p.lower(k - 1) === 'per' ? 'per' : p.lower(k - 1);
      return { first: k - 1, last: k, type: 'SET', resolve() { return { value: durationValue(unit, 1), reasoning: `${every} ${unitName(unit, false)}` }; } };
    }
  }
  if (amount) return durationOrOffset(p, k, unit, amount, state);
  return relativeUnit(p, k, unit, plural, state);
}

/** How far (in characters) a mentioned quarter stays the subject of year-on-year comparisons. */
const QUARTER_CONTEXT_CHARS = 800;
const COMPARISON_WORDS = new Set(['same', 'corresponding', 'comparable', 'equivalent', 'like']);
const COMPARED_PERIODS = new Set(['period', 'month', 'quarter', 'week', 'day', 'time', 'season', 'half']);

/** Start of "the same period (of)" before token `first` ("the same period last year"), or `first`. */
function comparedPeriodStart(p: Parser, first: number): number {
  let j = first - 1;
  if (p.lower(j) === 'of') j--;
  if (!COMPARED_PERIODS.has(p.lower(j)) || !COMPARISON_WORDS.has(p.lower(j - 1))) return first;
  return p.lower(j - 2) === 'the' ? j - 2 : j - 1;
}

/**
 * "the same period last year" after a quarter or a month was just mentioned: that quarter or month
 * shifted by `years`. Null when nothing recent fits.
 */
function comparedPeriod(p: Parser, start: number, state: TagState, years: number, noun = p.lower(start + 2)): Resolved | null {
  const at = p.start(start);
  const quarter = state.lastQuarter && at - state.lastQuarter.end < QUARTER_CONTEXT_CHARS && noun !== 'month' ? state.lastQuarter : null;
  const month = state.lastMonth.end >= 0 && state.lastMonth.named && at - state.lastMonth.end < QUARTER_CONTEXT_CHARS && noun !== 'quarter' ? state.lastMonth : null;
  const shift = years < 0 ? 'a year before' : 'a year after';
  if (month && (!quarter || month.end > quarter.end)) {
    const year = month.year + years;
    return { value: monthValue(year, month.month), reasoning: `the month just mentioned, ${shift}`, range: monthRange(year, month.month) };
  }
  if (quarter) {
    const year = quarter.year + years;
    return { value: `${yearValue(year)}-Q${quarter.quarter}`, reasoning: `the quarter just mentioned, ${shift}`, range: quarterRange(year, quarter.quarter) };
  }
  return null;
}

/**
 * "the last week of March", "the first week of May 2019": a week placed in a month (the first or
 * last full Monday-to-Sunday week in it); "the week of March 6": the week holding that day.
 */
function weekOfMonth(p: Parser, k: number): Candidate | null {
  const monthCandidate = parseMonth(p, k + 2, null);
  if (!monthCandidate || monthCandidate.first !== k + 2) return null;
  const ordinalWord = p.lower(k - 1);
  const ordinal = ORDINALS.get(ordinalWord);
  const first = ordinal !== undefined ? k - 1 : k;
  if (p.lower(first - 1) !== 'the') return null;
  // Without an ordinal the week is placed by a day: "the week of March 6", not "the week of March".
  if (ordinal === undefined && !p.isDigits(p.skipPeriod(k + 2) + 1)) return null;
  return {
    first: first - 1,
    last: monthCandidate.last,
    type: 'DATE',
    resolve(ctx) {
      const month = monthCandidate.resolve(ctx);
      const [year, monthNumber, day] = month.value.split('-').map(Number);
      if (!Number.isInteger(year) || !Number.isInteger(monthNumber)) return { ...month, value: 'XXXX-WXX', ambiguous: true };
      if (ordinal === undefined) {
        if (!Number.isInteger(day)) return { ...month, ambiguous: true };
        const date = new Date(year, monthNumber - 1, day);
        return { ...unitValue(date, 'W'), reasoning: `the week holding ${humanDate(date)}; ${month.reasoning}` };
      }
      const start = new Date(year, monthNumber - 1, 1);
      let date: Date;
      if (ordinal < 0) {
        const end = subDays(addMonths(start, 1), 1);
        date = subDays(end, getISODay(end) % 7);
      } else {
        date = addWeeks(addDays(start, (8 - getISODay(start)) % 7), ordinal - 1);
      }
      return { ...unitValue(date, 'W'), reasoning: `the ${ordinalWord} full week of ${monthName(monthNumber)} ${year}; ${month.reasoning}` };
    },
  };
}

/** How far (in characters) a mentioned year, month or day stays the anchor of "that year", "the next day". */
const ANAPHOR_CHARS = 1500;

/**
 * The year a past or present passage is set in, for a month or day named without one; null when the
 * publication date should decide. The last year the text named counts when it lies at least two
 * years before the publication year (the story has moved to another time; "In 2019 ... in March" in
 * a 2020 report may be either year, and the tense rules decide), and
 * - in a news text: a dated scene ("In October 1984", "On May 22, 1995") was set within
 *   ANAPHOR_CHARS, in the expression's paragraph or the one before;
 * - in a history (see HISTORY_MIN_YEARS) or a text without a publication date: at any distance.
 */
function storyYear(ctx: Context): number | null {
  const state = ctx.state;
  if (state === null) return null;
  const latest = state.refYear === null ? Infinity : state.refYear - 2;
  const named = state.lastYear;
  const scene = state.lastScene;
  if (named.end < 0 || named.year > latest) return null;
  // A history (most years it writes out lie well before publication) stays in the year it last
  // named; so does a text without a publication date, which has no other year to offer.
  if (state.refYear === null || (state.years.past >= HISTORY_MIN_YEARS && state.years.past >= 2 * state.years.recent)) return named.year;
  if (scene.end < 0 || scene.year > latest || ctx.position - named.end > ANAPHOR_CHARS || ctx.position - scene.end > ANAPHOR_CHARS) return null;
  // The scene's paragraph and the next one: a later paragraph may have returned to the present.
  // Line breaks are counted on from where the last count for this scene stopped, so a dense list
  // of dates is read once.
  const text = ctx.source;
  const count = state.sceneBreaks;
  if (count.from !== scene.end || count.to > ctx.position) {
    count.from = count.to = scene.end;
    count.breaks = 0;
  }
  for (; count.to < ctx.position && count.breaks < 2; count.to++) if (text.charCodeAt(count.to) === 10) count.breaks++;
  return count.breaks < 2 ? named.year : null;
}

/** Written-out years before a text counts as a history (see storyYear). */
const HISTORY_MIN_YEARS = 3;

/** Counts a year written out in text[start, end) as lying well before publication or not. */
function countWrittenYear(state: TagState, text: string, start: number, end: number): void {
  if (state.refYear === null || state.lastYear.end !== end) return;
  const year = state.lastYear.year;
  // The year is written out when the expression holds its four digits ("1935", "3 October 1935").
  let run = 0;
  let value = 0;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32;
    if (code >= 48 && code <= 57) {
      run++;
      value = value * 10 + code - 48;
      continue;
    }
    if (run === 4 && value === year) {
      if (year <= state.refYear - 2) state.years.past++;
      else state.years.recent++;
      return;
    }
    run = value = 0;
  }
}

/**
 * Words before a date that make it the time of the clause ("In October 1984, he flew"), unlike a
 * date that names an event ("the Dec. 21, 1988, bombing") or a starting point ("since June 1998").
 */
const SCENE_PREPOSITIONS = new Set(['in', 'on', 'during', 'by', 'from', 'until']);

/** How far back (in characters) a named day still gives a bare clock time its day. */
const CLOCK_DAY_CHARS = 150;

/**
 * "that year", "later that year", "the following month", "the next day", "the previous year":
 * told relative to the year, month or day the story last named, not to the publication date.
 * Null when the words do not fit or nothing was named recently.
 */
function anaphoricUnit(p: Parser, k: number, pi: number, unit: Unit, state: TagState): Candidate | null {
  const word = p.lower(pi);
  let shift: number;
  let first = pi;
  if (word === 'that' && pi === k - 1) {
    shift = 0;
  } else if (p.lower(pi - 1) === 'the' && pi === k - 1 && (word === 'following' || word === 'previous' || word === 'preceding' || (word === 'next' && unit === 'D'))) {
    shift = word === 'following' || word === 'next' ? 1 : -1;
    first = pi - 1;
  } else {
    return null;
  }
  const at = p.start(first);
  const named = unit === 'Y' ? state.lastYear : unit === 'M' ? state.lastMonth : unit === 'D' ? state.lastDay : null;
  if (!named || named.end < 0 || at - named.end > ANAPHOR_CHARS) return null;
  // Copied: the state's mention is updated in place by later expressions.
  const mention = { year: named.year, month: named.month, day: named.day };
  const mod = p.lower(first - 1);
  if (shift === 0 && (mod === 'earlier' || mod === 'later')) first--;
  const how = shift === 0 ? 'the same' : shift > 0 ? 'the one after the' : 'the one before the';
  const label = unitName(unit, false);
  return {
    first,
    last: k,
    type: 'DATE',
    resolve() {
      if (unit === 'Y') {
        const year = mention.year + shift;
        return { value: yearValue(year), reasoning: `${how} ${label} the story last named`, range: yearRange(year) };
      }
      if (unit === 'M') {
        const date = addMonths(new Date(mention.year, mention.month - 1, 1), shift);
        return { ...unitValue(date, 'M'), reasoning: `${how} ${label} the story last named` };
      }
      const date = addDays(new Date(mention.year, mention.month - 1, mention.day), shift);
      return { ...dateResolved(date, `${how} ${label} the story last named`), ambiguous: false };
    },
  };
}

const PERIOD_WORDS = new Set(['quarter', 'period', 'results', 'quarters', 'months', 'month', 'week', 'level', 'levels']);

function yearAgoPeriod(p: Parser, k: number, state: TagState): Candidate {
  let first = k;
  let last = k + 2;
  // "the year-earlier third quarter"
  let j = last + 1;
  if (ORDINALS.get(p.lower(j)) !== undefined && UNITS.get(p.lower(j + 1)) === 'Q') j++;
  const withPeriod = PERIOD_WORDS.has(p.lower(j)) && (p.lower(j) === 'quarter' || p.lower(j) === 'period' || j > last + 1);
  if (withPeriod) {
    last = j;
    if (p.lower(first - 1) === 'the') first--;
  }
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      if (state.lastQuarter && p.start(first) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS) {
        const year = state.lastQuarter.year - 1;
        const quarter = state.lastQuarter.quarter;
        return { value: `${yearValue(year)}-Q${quarter}`, reasoning: 'the same quarter a year before the quarter just mentioned', range: quarterRange(year, quarter) };
      }
      if (!ctx.ref) return { value: 'XXXX', reasoning: 'a year before an unknown publication date', ambiguous: true };
      const year = ctx.ref.getFullYear() - 1;
      return { value: yearValue(year), reasoning: `the year before ${refNote(ctx)}`, range: yearRange(year), ambiguous: true };
    },
  };
}

function quarterCandidate(p: Parser, k: number, state: TagState): Candidate | null {
  let j = k - 1;
  if (p.lower(j) === '-' && p.glued(j) && p.glued(j - 1)) j--;
  let ordinal = ORDINALS.get(p.lower(j));
  // "the final quarter of 2009" / "the last quarter of last year" is the fourth.
  if (ordinal === -1 && p.lower(k + 1) === 'of') ordinal = 4;
  let first = j;
  let fixedYear: number | null = null;
  let relativeYear: number | null = null;
  let latest = false;
  if (ordinal === undefined || ordinal < 1 || ordinal > 4) {
    // "the latest quarter", "the quarter", "the year-earlier quarter"
    const w = p.lower(j);
    // "the current quarter" is the one the publication date falls in, like "this quarter".
    if (w === 'latest' || (w === 'current' && p.lower(j - 1) === 'most') || w === 'recent' || w === 'most') {
      latest = true;
      first = j;
      if (p.lower(j - 1) === 'most') first = j - 1;
    } else if (w === 'the') {
      latest = true;
      first = j + 1;
    } else if (w === 'this' || w === 'current' || w === 'last' || w === 'next' || w === 'previous' || w === 'past') {
      const direction = DIRECTION_WORDS.get(w)!;
      return {
        first: w === 'current' && p.lower(j - 1) === 'the' ? j - 1 : j,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'quarter relative to an unknown publication date', ambiguous: true };
          const r = unitValue(addMonths(ctx.ref, direction * 3), 'Q');
          return { ...r, reasoning: `${w} quarter relative to ${refNote(ctx)}` };
        },
      };
    } else {
      return null;
    }
    if (p.lower(first - 1) === 'the') first--;
    else if (!latest || w !== 'the') return null;
    return {
      first,
      last: k,
      type: 'DATE',
      resolve(ctx) {
        // "the quarter" right after "the second quarter ended ...": that quarter.
        const recent = w === 'the' && state.lastQuarter && p.start(first) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS ? state.lastQuarter : null;
        if (recent) {
          state.lastQuarter = { year: recent.year, quarter: recent.quarter, end: p.end(k) };
          return { value: `${yearValue(recent.year)}-Q${recent.quarter}`, reasoning: 'the quarter just named', range: quarterRange(recent.year, recent.quarter) };
        }
        if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'the latest quarter; no publication date', ambiguous: true };
        // Business news reports on the most recently completed quarter.
        const date = subMonths(ctx.ref, 3);
        const r = unitValue(date, 'Q');
        state.lastQuarter = { year: date.getFullYear(), quarter: quarterOf(date), end: p.end(k) };
        return { ...r, reasoning: `the last full quarter before ${refNote(ctx)}` };
      },
    };
  }
  const quarter = ordinal;
  let last = k;
  // "of 2019" / "2019"
  let y = k + 1;
  if (p.lower(y) === 'of') y++;
  const year = p.yearNumber(y);
  if (year !== null) {
    fixedYear = year;
    last = y;
  } else if (p.lower(k + 1) === 'of' && LAST_THIS_NEXT.has(p.lower(k + 2)) && p.lower(k + 3) === 'year') {
    // "the first quarter of last year"
    relativeYear = DIRECTION_WORDS.get(p.lower(k + 2))!;
    last = k + 3;
  } else if (p.yearNumber(j - 1) !== null) {
    // "1989 third quarter"
    fixedYear = p.yearNumber(j - 1);
    first = j - 1;
  } else if (p.lower(j - 1) === 's' && p.lower(j - 3) === 'year' && LAST_THIS_NEXT.has(p.lower(j - 4))) {
    // "this year's third quarter"
    relativeYear = DIRECTION_WORDS.get(p.lower(j - 4))!;
    first = j - 4;
  }
  const hyphenated = j !== k - 1;
  if (p.lower(first - 1) === 'fiscal') first--;
  else if (p.lower(first - 1) === '-' && p.lower(first - 2) === 'fiscal') first -= 2; // "the fiscal-first quarter"
  if (!hyphenated && p.lower(first - 1) === 'the') first--;
  if (p.lower(first - 1) === 'fiscal') first--;
  if (hyphenated && p.lower(first - 1) === 'the' && fixedYear !== null) first--;
  const fixed = fixedYear;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      const shift = relativeYear;
      const resolved = shift !== null && ctx.ref ? resolveQuarter(quarter, ctx.ref.getFullYear() + shift, ctx) : resolveQuarter(quarter, fixed, ctx);
      // Year-on-year comparisons are made for quarters under way or reported: one still ahead
      // ("losses through the third quarter of 1990") is not what a following "a year ago" compares with.
      const reported = !ctx.ref || !resolved.result.range || resolved.result.range.from <= dayValue(ctx.ref);
      if (resolved.year !== null && reported) state.lastQuarter = { year: resolved.year, quarter, end: p.end(last) };
      return resolved.result;
    },
  };
}

/** "Q4" or "4Q" in tokens first..last, and the year written after it if any ("Q1 2021"). */
function writtenQuarter(p: Parser, first: number, last: number, quarter: number, state: TagState): Candidate {
  const year = p.yearNumber(last + 1);
  const end = year !== null ? last + 1 : last;
  return {
    first,
    last: end,
    type: 'DATE',
    resolve(ctx) {
      const resolved = resolveQuarter(quarter, year, ctx);
      // As for "the third quarter" (see parseUnit): what a following "a year earlier" compares with.
      const reported = !ctx.ref || !resolved.result.range || resolved.result.range.from <= dayValue(ctx.ref);
      if (resolved.year !== null && reported) state.lastQuarter = { year: resolved.year, quarter, end: p.end(end) };
      return resolved.result;
    },
  };
}

function resolveQuarter(quarter: number, fixedYear: number | null, ctx: Context): { year: number | null; result: Resolved } {
  if (fixedYear !== null) {
    return { year: fixedYear, result: { value: `${yearValue(fixedYear)}-Q${quarter}`, reasoning: 'explicit quarter', range: quarterRange(fixedYear, quarter) } };
  }
  if (!ctx.ref) return { year: null, result: { value: `XXXX-Q${quarter}`, reasoning: 'quarter of an unknown year (no publication date)', ambiguous: true } };
  const refYear = ctx.ref.getFullYear();
  const refQuarter = quarterOf(ctx.ref);
  const tense = ctx.tense();
  let year: number;
  let reasoning: string;
  if (tense === 'future') {
    // Results for the quarter that just ended are still to come ("expects to report third-quarter
    // net" in October): that quarter counts as ahead; older ones belong to the next year.
    const justEnded = quarter === refQuarter - 1 || (refQuarter === 1 && quarter === 4);
    if (justEnded) year = refQuarter === 1 ? refYear - 1 : refYear;
    else year = quarter >= refQuarter ? refYear : refYear + 1;
    reasoning = justEnded
      ? `the quarter just ended by ${refNote(ctx)}, whose results are still to come; ${TENSE_WORD[tense]}`
      : `the next such quarter from ${refNote(ctx)}; ${TENSE_WORD[tense]}`;
  } else {
    year = quarter <= refQuarter ? refYear : refYear - 1;
    reasoning = `the latest such quarter by ${refNote(ctx)}; ${TENSE_WORD[tense]}`;
  }
  return { year, result: { value: `${yearValue(year)}-Q${quarter}`, reasoning, range: quarterRange(year, quarter) } };
}

// Words after which "last" is the verb ("will last two weeks", "expected to last a year").
const BEFORE_VERB_LAST = new Set(['will', 'would', 'to', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'll', 'not', 'did', 'does', 'do', 'which']);

/** True when token i is "last" used as a verb, not as "the previous". */
function isVerbLast(p: Parser, i: number): boolean {
  return p.lower(i) === 'last' && BEFORE_VERB_LAST.has(p.lower(i - 1));
}

/**
 * The time the story last named, precise enough to count `unit`s from (a day for days and weeks, a
 * month for months, a year for longer units), when named within ANAPHOR_CHARS before `at`.
 */
function storyMention(state: TagState, unit: Unit, at: number): { year: number; month: number; day: number } | null {
  const byDay = unit === 'D' || unit === 'W' || unit === 'FN' || unit === 'WE' || unit === 'H' || unit === 'MIN' || unit === 'S';
  const named = byDay ? state.lastDay : unit === 'M' ? state.lastMonth : state.lastYear;
  if (named.end < 0 || at - named.end > ANAPHOR_CHARS) return null;
  // "up from $4 million a year earlier" in a report on the current year compares with the year
  // before publication, however the last comparison was dated; years are counted from the story
  // only once it has moved to another time ("In 1930 ... twenty years earlier").
  const refYear = state.refYear;
  if (!byDay && unit !== 'M' && refYear !== null && Math.abs(named.year - refYear) <= 1) return null;
  return { year: named.year, month: named.month, day: named.day };
}

function durationOrOffset(p: Parser, k: number, unit: Unit, amount: Amount, state: TagState): Candidate | null {
  if (unit === 'D' && k === amount.first + 1 && p.lower(amount.first) === 'one') {
    const someday = somedayCandidate(p, amount.first, k);
    if (someday) return someday;
  }
  let first = amount.first;
  let last = k;
  let n = amount.value;
  // "a minute and a half", "two and a half years"
  if (p.lower(k + 1) === 'and' && p.lower(k + 2) === 'a' && p.lower(k + 3) === 'half' && n !== null) {
    n += 0.5;
    last = k + 3;
  }
  if (p.lower(first - 1) === 'and' && p.lower(first) === 'a' && p.lower(first + 1) === 'half' && n === 0.5) {
    const whole = amountBefore(p, first - 1);
    if (whole && whole.value !== null) {
      n = whole.value + 0.5;
      first = whole.first;
    }
  }
  // "two to three weeks": a range of amounts is one expression; the lower bound is sure.
  if (p.lower(first - 1) === 'to' && n !== null) {
    const low = amountBefore(p, first - 1);
    if (low && low.value !== null && low.value < n && p.lower(low.first) !== 'a' && p.lower(low.first) !== 'an') {
      n = low.value;
      first = low.first;
    }
  }
  // "the next two years or so", "a week or so ago": the hedge belongs to the expression.
  if (p.lower(last + 1) === 'or' && p.lower(last + 2) === 'so') last += 2;
  const next = p.lower(last + 1);
  const unitLabel = unitName(unit, n !== 1);
  const amountLabel = n === null ? `several ${unitLabel}` : `${formatAmount(n)} ${unitLabel}`;
  // "two years ago", "a year earlier", "three days later", "two weeks from now"
  let offsetSign: -1 | 1 | 0 = 0;
  let relativeToRef = true;
  if (next === 'ago') {
    offsetSign = -1;
    last += 1;
  } else if (next === 'earlier' || next === 'later' || next === 'before' || next === 'after') {
    // "a year earlier" compares with the time the story is about; only "earlier/later" are part of the span.
    if (next === 'earlier' || next === 'later') {
      offsetSign = next === 'earlier' ? -1 : 1;
      relativeToRef = false;
      last += 1;
    }
  } else if (next === 'from' && p.lower(last + 2) === 'now') {
    offsetSign = 1;
    last += 2;
  } else if (next === 'hence') {
    offsetSign = 1;
    last += 1;
  }
  if (offsetSign !== 0 && p.lower(first - 1) === 'some') first--;
  if (offsetSign !== 0) {
    const sign = offsetSign;
    const fromRef = relativeToRef;
    const compared = comparedPeriodStart(p, first);
    // "Two days later", "a decade earlier": counted from the time the story last named, not from
    // the publication date (copied now: the state's mentions are updated in place later on).
    const named = fromRef || p.lower(last + 1) === 'than' ? null : storyMention(state, unit, p.start(first));
    return {
      first: compared < first ? compared : approximatorBefore(p, first),
      last,
      type: 'DATE',
      resolve(ctx) {
        if (compared < first && n === 1 && unit === 'Y') {
          const period = comparedPeriod(p, compared, state, sign);
          if (period) return period;
        }
        if (n === null || !Number.isInteger(n)) {
          return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} the time of the story (vague amount)`, ambiguous: true };
        }
        // A year-on-year comparison right after a quarter refers to that quarter a year before.
        if (unit === 'Y' && n === 1 && state.lastQuarter && p.start(first) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS) {
          const year = state.lastQuarter.year + sign * n;
          const quarter = state.lastQuarter.quarter;
          return { value: `${yearValue(year)}-Q${quarter}`, reasoning: `the same quarter ${amountLabel} ${sign < 0 ? 'before' : 'after'} the quarter just mentioned`, range: quarterRange(year, quarter) };
        }
        const granularity: Unit = unit === 'H' || unit === 'MIN' || unit === 'S' ? 'D' : unit === 'DE' || unit === 'CE' ? 'Y' : unit;
        if (named) {
          const date = shiftedDate(new Date(named.year, named.month - 1, named.day), unit, sign * n);
          return { ...unitValue(date, granularity), reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} the time the story last named` };
        }
        if (!ctx.ref) return { value: UNKNOWN_FOR_UNIT[unit] ?? 'XXXX-XX-XX', reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} an unknown publication date`, ambiguous: true };
        const date = shiftedDate(ctx.ref, unit, sign * n);
        const r = unitValue(date, granularity);
        return {
          ...r,
          reasoning: `${amountLabel} ${sign < 0 ? 'before' : 'after'} ${fromRef ? refNote(ctx) : `the story's time, approximated by ${refNote(ctx)}`}`,
          ambiguous: !fromRef,
        };
      },
    };
  }
  // Durations, possibly anchored: "the past 11 months", "the next two years", "the first nine months".
  let anchor: -1 | 1 | 0 = 0;
  const prev = p.lower(first - 1);
  if (DIRECTION_WORDS.get(prev) !== undefined && prev !== 'this' && prev !== 'current' && !isVerbLast(p, first - 1)) {
    anchor = DIRECTION_WORDS.get(prev) as -1 | 1;
    first--;
    if (p.lower(first - 1) === 'the') first--;
  } else if (prev === 'first' || prev === 'final' || prev === 'other' || prev === 'additional' || prev === 'more' || prev === 'same') {
    first--;
    if (p.lower(first - 1) === 'the') first--;
  } else if (prev === 'the' || prev === 'those' || prev === 'these') {
    // "the nine months" is the period itself; "the 14-day strike" only describes a length.
    const adjectival = !p.lower(k).endsWith('s') && p.lower(k - 1) === '-' && n !== 1;
    if (!adjectival) first--;
  } else {
    first = approximatorBefore(p, first);
  }
  if (anchor === 0 && p.lower(first - 1) !== 'the') first = approximatorBefore(p, first);
  // Plural unit with no number after "a" ("a years" is not English) – guard against "a day" mis-reads.
  const value = durationValue(unit, n);
  const a = anchor;
  return {
    first,
    last,
    type: 'DURATION',
    resolve(ctx) {
      if (a !== 0 && ctx.ref && n !== null) {
        const span = anchoredSpan(ctx.ref, unit, n, a);
        return {
          value,
          reasoning: `duration of ${amountLabel} ${a < 0 ? 'ending at' : 'starting at'} ${refNote(ctx)}`,
          anchoredRange: span,
        };
      }
      return { value, reasoning: `duration of ${amountLabel}`, ambiguous: n === null };
    },
  };
}

function relativeUnit(p: Parser, k: number, unit: Unit, plural: boolean, state: TagState): Candidate | null {
  const prev = p.lower(k - 1);
  const word = p.lower(k);
  // Vague plurals: "years", "recent years", "the coming weeks", "decades"
  if (plural) {
    // "these days": the present time.
    if (prev === 'these' && unit === 'D') return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', k - 1, k);
    // "the weeks ahead"
    if (prev === 'the' && p.lower(k + 1) === 'ahead') {
      return { first: k - 1, last: k + 1, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word} after the publication date`, ambiguous: true }; } };
    }
    if (unit === 'WE' || unit === 'S') return null;
    // "in the weeks before the shooting", "days after the attack": a vague stretch next to an event.
    const after = p.lower(k + 1);
    if ((after === 'before' || after === 'after') && (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y' || unit === 'DE') && prev !== 'of' && prev !== 'first' && !p.isDigits(k - 1)) {
      return { first: k, last: k, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word} ${after} the event told`, ambiguous: true }; } };
    }
    if (prev === 'recent' || (prev === 'past' && p.lower(k - 2) === 'the') || prev === 'coming' || prev === 'next' || (prev === 'last' && !isVerbLast(p, k - 1)) || prev === 'upcoming') {
      let first = k - 1;
      if (p.lower(first - 1) === 'the' || p.lower(first - 1) === 'in') first = p.lower(first - 1) === 'the' ? first - 1 : first;
      const future = prev === 'coming' || prev === 'next' || prev === 'upcoming';
      if (prev === 'recent' && unit === 'Y') {
        return { first, last: k, type: 'DATE', resolve() { return { value: 'PAST_REF', reasoning: 'the recent past, before the publication date' }; } };
      }
      return { first, last: k, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word}, ${future ? 'after' : 'before'} the publication date`, ambiguous: true }; } };
    }
    if (unit === 'Y' || unit === 'M' || unit === 'W' || unit === 'DE' || unit === 'D' || unit === 'H' || unit === 'MIN') {
      // Bare "years" / "for months": a vague duration.
      if (prev === 'for' || prev === 'over' || prev === 'within' || prev === 'in' || prev === 'take' || prev === 'takes' || prev === 'took' || prev === 'last' || prev === 'lasted' || p.lower(k + 1) === 'ago') {
        let last = k;
        let value = durationValue(unit, null);
        let type: TimexType = 'DURATION';
        if (p.lower(k + 1) === 'ago') {
          last = k + 1;
          value = 'PAST_REF';
          type = 'DATE';
        }
        const v = value;
        return { first: k, last, type, resolve() { return { value: v, reasoning: `an unspecified number of ${word}`, ambiguous: true }; } };
      }
      if (prev === 'the' && p.lower(k - 2) === 'over') {
        return { first: k - 1, last: k, type: 'DURATION', resolve() { return { value: durationValue(unit, null), reasoning: `an unspecified number of ${word}`, ambiguous: true }; } };
      }
    }
    return null;
  }
  // "last year", "this week", "next month", "the past year", "earlier this year", "the year"
  // "the fiscal year", "the full year", "the current fiscal year": skip the adjective.
  let pi = k - 1;
  if (UNIT_ADJECTIVES.has(p.lower(pi))) pi--;
  const prevWord = p.lower(pi);
  let direction: -1 | 0 | 1 | null = null;
  let first = k;
  if (unit === 'W' && p.lower(k + 1) === 'of' && MONTHS.get(p.lower(k + 2)) !== undefined) {
    const week = weekOfMonth(p, k);
    if (week) return week;
  }
  const anaphor = anaphoricUnit(p, k, pi, unit, state);
  if (anaphor) return anaphor;
  if (DIRECTION_WORDS.get(prevWord) !== undefined && prevWord !== 'recent' && prevWord !== 'latest') {
    direction = DIRECTION_WORDS.get(prevWord)!;
    first = pi;
    if ((prevWord === 'past' || prevWord === 'last' || prevWord === 'previous' || prevWord === 'coming' || prevWord === 'next' || prevWord === 'current' || prevWord === 'following') && p.lower(pi - 1) === 'the') first = pi - 1;
    // "earlier this year", "later this month", "early next year"
    const mod = p.lower(first - 1);
    if (mod === 'earlier' || mod === 'later' || mod === 'early' || mod === 'late' || mod === 'mid') first--;
  } else if (prevWord === 'the' && unit === 'Y' && pi === k - 1 && (p.lower(k + 1) === 'nineteen' || p.lower(k + 1) === 'two')) {
    // "the year two thousand": a year in words.
    const spelled = spelledYear(p, k + 1);
    if (spelled) {
      const year = spelled.year;
      return { first: pi, last: spelled.last, type: 'DATE', resolve() { return { value: yearValue(year), reasoning: 'explicit year, in words', range: yearRange(year) }; } };
    }
    first = pi;
  } else if (prevWord === 'the' && (unit === 'Y' || unit === 'D' || unit === 'WE')) {
    first = pi;
  } else if (prevWord === 'the' && (unit === 'M' || unit === 'W') && p.lower(pi - 1) === 'of' && BOUNDARY_WORDS.has(p.lower(k - 3))) {
    // "the end of the month": the publication month.
    return { first: pi, last: k, type: 'DATE', resolve(ctx) { return (ctx.ref ? { ...unitValue(ctx.ref, unit), reasoning: `the ${unitName(unit, false)} of ${refNote(ctx)}` } : { value: UNKNOWN_FOR_UNIT[unit], reasoning: 'unknown publication date', ambiguous: true }); } };
  } else if (prevWord === 'a' && unit === 'DE' && (p.lower(k + 1) === 'ago')) {
    direction = -1;
  } else {
    return null;
  }
  if (direction === null) {
    // "the year" is most often the reporting year as a span; "the day" is the publication day.
    if (unit === 'Y') {
      const before = p.lower(first - 1);
      // "in the fiscal year ended March 31": a twelve-month reporting period, named by its end.
      const reportingPeriod = PERIOD_END_WORDS.has(p.lower(k + 1));
      // "For the year, volume was flat", "a high for the year": the reporting year, as a date.
      if (!reportingPeriod && (before === 'of' || before === 'in' || before === 'during' || before === 'for' || pi !== k - 1)) {
        if ((p.lower(first - 2) === 'earlier' || p.lower(first - 2) === 'later') && before === 'in') first -= 2;
        return { first, last: k, type: 'DATE', resolve(ctx) { return (ctx.ref ? { ...unitValue(ctx.ref, 'Y'), reasoning: `the year of ${refNote(ctx)}` } : { value: 'XXXX', reasoning: 'the year of an unknown publication date', ambiguous: true }); } };
      }
      return { first, last: k, type: 'DURATION', resolve() { return { value: 'P1Y', reasoning: 'a one-year period' }; } };
    }
    if (unit === 'D') {
      // "At the end of the day, nothing changed": an idiom, not a day.
      if (p.lower(first - 1) === 'of' && p.lower(first - 2) === 'end' && p.lower(first - 3) === 'the' && p.lower(first - 4) === 'at') return null;
      if (!namesADay(p, first, k)) return null;
      // "later in the day before returning" is that same day; "the day after the vote" is not.
      const relation = IN_THE_DAY.has(p.lower(first - 1)) ? 0 : DAY_RELATIONS[p.lower(k + 1)] ?? 0;
      // "Nov. 3, the day before the hearing": the day in apposition is the date just named.
      const apposition = p.lower(first - 1) === ',' && state.lastDay.end >= 0 && p.start(first - 1) - state.lastDay.end <= 1;
      return {
        first,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          // "ending the day at 8,017" after "on Friday": the day the story is telling about.
          const named = state.lastDay.end >= 0 && p.start(first) - state.lastDay.end < ANAPHOR_CHARS ? state.lastDay : null;
          if (named) {
            const shift = apposition ? 0 : relation;
            const date = addDays(new Date(named.year, named.month - 1, named.day), shift);
            return dateResolved(date, shift === 0 ? `the day the story last named, ${humanDate(date)}` : `the day ${shift > 0 ? 'after' : 'before'} the day the story last named`);
          }
          // "the day after the vote" with no day named: an unknown day, not the publication day.
          if (relation !== 0) return { value: 'XXXX-XX-XX', reasoning: 'a day told relative to an event the story did not date', ambiguous: true };
          return ctx.ref ? dateResolved(ctx.ref, `the day of ${refNote(ctx)}`) : { value: 'XXXX-XX-XX', reasoning: 'a day not placed (no publication date)', ambiguous: true };
        },
      };
    }
    if (unit === 'WE') {
      return {
        first,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          if (!ctx.ref) return { value: 'XXXX-WXX-WE', reasoning: 'a weekend not placed (no publication date)', ambiguous: true };
          const tense = ctx.tense();
          const weekday = getISODay(ctx.ref);
          let date = ctx.ref;
          if (tense === 'future' && weekday < 6) date = ctx.ref;
          else if (weekday < 6) date = subDays(ctx.ref, weekday + 1);
          const r = unitValue(date, 'WE');
          return { ...r, reasoning: `the weekend ${tense === 'future' ? 'after' : 'before'} ${refNote(ctx)}; ${TENSE_WORD[tense]}` };
        },
      };
    }
    return null;
  }
  if (unit === 'H' || unit === 'MIN' || unit === 'S') return null;
  // "this year's third quarter": the quarter is the expression, the year only places it.
  if (unit === 'Y' && pi === k - 1 && isApostrophe(p.lower(k + 1)) && p.lower(k + 2) === 's') {
    let q = k + 3;
    if (ORDINALS.get(p.lower(q)) !== undefined) q++;
    if (p.lower(q) === '-') q++;
    if (UNITS.get(p.lower(q)) === 'Q' && q > k + 3) {
      const quarter = quarterCandidate(p, q, state);
      if (quarter) return quarter;
    }
    // "last year's quarter": the quarter under discussion, in that year.
    if (p.lower(k + 3) === 'quarter' && direction !== null && direction !== 0) {
      const shift = direction;
      return {
        first,
        last: k + 3,
        type: 'DATE',
        resolve(ctx) {
          const period = comparedPeriod(p, first, state, shift, 'quarter');
          if (period) return period;
          if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'a quarter of a year relative to an unknown publication date', ambiguous: true };
          return { ...unitValue(addYears(subMonths(ctx.ref, 3), shift), 'Q'), reasoning: `the last full quarter before ${refNote(ctx)}, ${shift < 0 ? 'a year before' : 'a year after'}`, ambiguous: true };
        },
      };
    }
  }
  if (unit === 'DE' && direction === -1 && prevWord === 'past') {
    // "the past decade": the ten years up to the publication date.
    return { first, last: k, type: 'DURATION', resolve(ctx) { return { value: 'P10Y', reasoning: `the ten years up to ${ctx.ref ? refNote(ctx) : 'the time of writing'}`, ...(ctx.ref ? { anchoredRange: anchoredSpan(ctx.ref, 'Y', 10, -1) } : {}) }; } };
  }
  const dir = direction;
  const dirWord = dir === 0 ? 'this' : dir < 0 ? 'the previous' : 'the next';
  // "the same period last year": the span names the period; a quarter just reported places it.
  const compared = unit === 'Y' && dir !== 0 ? comparedPeriodStart(p, first) : first;
  // "He was elected in 1995. The next year, he resigned": told in the past, "the next year" follows
  // the year the story named; in a plan ("will grow in the next year") it follows publication.
  const named = dir === 1 && prevWord === 'next' && pi === k - 1 && p.lower(pi - 1) === 'the' && (unit === 'Y' || unit === 'M') ? unit === 'Y' ? state.lastYear : state.lastMonth : null;
  const storyTime = named && named.end >= 0 && p.start(first) - named.end <= ANAPHOR_CHARS ? { year: named.year, month: named.month } : null;
  return {
    first: compared,
    last: p.lower(k + 1) === 'or' && p.lower(k + 2) === 'so' ? k + 2 : k,
    type: 'DATE',
    resolve(ctx) {
      if (compared < first) {
        const period = comparedPeriod(p, compared, state, dir);
        if (period) return period;
      }
      if (storyTime && ctx.tense() === 'past') {
        if (unit === 'Y') return { value: yearValue(storyTime.year + 1), reasoning: `the one after the ${unitName(unit, false)} the story last named`, range: yearRange(storyTime.year + 1) };
        return { ...unitValue(addMonths(new Date(storyTime.year, storyTime.month - 1, 1), 1), 'M'), reasoning: `the one after the ${unitName(unit, false)} the story last named` };
      }
      if (!ctx.ref) return { value: UNKNOWN_FOR_UNIT[unit] ?? 'XXXX', reasoning: `${dirWord} ${unitName(unit, false)}, but there is no publication date`, ambiguous: true };
      const date = shiftedDate(ctx.ref, unit, dir);
      const r = unitValue(date, unit);
      return { ...r, reasoning: `${dirWord} ${unitName(unit, false)} relative to ${refNote(ctx)}` };
    },
  };
}

// --- seasons ------------------------------------------------------------------------------------

function parseSeason(p: Parser, k: number): Candidate | null {
  const word = p.lower(k);
  const season = SEASONS.get(word)!;
  let first = k;
  let last = k;
  let fixedYear: number | null = null;
  let y = k + 1;
  if (p.lower(y) === 'of') y++;
  const year = p.yearNumber(y);
  const spelled = year === null && p.lower(y) === 'nineteen' ? spelledYear(p, y) : null;
  if (year !== null) {
    fixedYear = year;
    last = y;
  } else if (spelled) {
    fixedYear = spelled.year;
    last = spelled.last;
  } else if (p.yearNumber(k - 1) !== null) {
    fixedYear = p.yearNumber(k - 1);
    first = k - 1;
  }
  let direction: -1 | 0 | 1 | null = null;
  const prev = p.lower(first - 1);
  if (prev === 'last' || prev === 'this' || prev === 'next' || prev === 'coming' || prev === 'past') {
    direction = DIRECTION_WORDS.get(prev)!;
    first--;
  } else if (prev === 'early' || prev === 'late' || prev === 'mid') {
    first--;
    if (LAST_THIS_NEXT.has(p.lower(first - 1))) {
      direction = DIRECTION_WORDS.get(p.lower(first - 1))!;
      first--;
    }
  }
  if (p.lower(first - 1) === 'the') first--;
  // "fall" and "spring" are verbs and nouns too: require a determiner, a year or a time preposition.
  const before = p.lower(first - 1);
  const hasContext = first < k || fixedYear !== null || SEASON_CONTEXT.has(before);
  if (!hasContext) return null;
  const fixed = fixedYear;
  const dir = direction;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      const name = SEASON_NAMES[season];
      const startMonth = SEASON_START_MONTH[season];
      if (fixed !== null) return { value: `${yearValue(fixed)}-${season}`, reasoning: `explicit ${name}`, range: seasonRange(fixed, startMonth) };
      const story = dir === null && ctx.tense() !== 'future' ? storyYear(ctx) : null;
      if (story !== null) {
        // "In 1942 ... the winter": the passage's winter (see storyYear); flagged without a publication date.
        return { value: `${yearValue(story)}-${season}`, reasoning: `the ${name} of ${story}, the year the passage is set in; ${TENSE_WORD[ctx.tense()]}`, range: seasonRange(story, startMonth), ambiguous: !ctx.ref };
      }
      if (!ctx.ref) return { value: `XXXX-${season}`, reasoning: `${name} of an unknown year (no publication date)`, ambiguous: true };
      const refYear = ctx.ref.getFullYear();
      const refMonth = ctx.ref.getMonth() + 1;
      // The season containing or most recently before the publication date.
      const started = refMonth >= startMonth || (season === 'WI' && refMonth <= 2);
      const currentYear = season === 'WI' && refMonth <= 2 ? refYear - 1 : started ? refYear : refYear - 1;
      const inSeason = season === 'WI' ? refMonth === 12 || refMonth <= 2 : refMonth >= startMonth && refMonth < startMonth + 3;
      let year: number;
      let reasoning: string;
      if (dir === 0) {
        year = inSeason ? currentYear : season === 'WI' && refMonth <= 2 ? refYear - 1 : refYear;
        reasoning = `this ${name}, relative to ${refNote(ctx)}`;
      } else if (dir === -1) {
        year = inSeason ? currentYear - 1 : currentYear;
        reasoning = `the previous ${name}, relative to ${refNote(ctx)}`;
      } else if (dir === 1) {
        year = currentYear + 1;
        reasoning = `the next ${name}, relative to ${refNote(ctx)}`;
      } else {
        const tense = ctx.tense();
        year = tense === 'future' && !inSeason ? currentYear + 1 : currentYear;
        reasoning = `the ${name} ${tense === 'future' ? 'after' : 'before'} ${refNote(ctx)}; ${TENSE_WORD[tense]}`;
      }
      return { value: `${yearValue(year)}-${season}`, reasoning, range: seasonRange(year, startMonth) };
    },
  };
}

// --- relative words -----------------------------------------------------------------------------

const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

function parseRelativeWord(p: Parser, k: number, state: TagState): Candidate | null {
  const word = p.lower(k);
  const prev = p.lower(k - 1);
  if (DAY_OFFSETS[word] !== undefined) {
    const offset = DAY_OFFSETS[word];
    let first = k;
    let last = k;
    let part = word === 'tonight' ? 'NI' : '';
    if (prev === 'earlier' || prev === 'later' || prev === 'early' || prev === 'late') first = k - 1;
    const nextPart = DAY_PARTS.get(p.lower(k + 1));
    if (nextPart && word !== 'tonight') {
      part = nextPart;
      last = k + 1;
    }
    const label = offset === 0 ? 'the publication day' : offset < 0 ? 'the day before the publication date' : 'the day after the publication date';
    return {
      first,
      last,
      type: part ? 'TIME' : 'DATE',
      resolve(ctx) {
        if (!ctx.ref) return { value: offset === 0 ? 'PRESENT_REF' : `XXXX-XX-XX${part ? 'T' + part : ''}`, reasoning: `${label}, which is unknown`, ambiguous: true };
        const date = addDays(ctx.ref, offset);
        return { value: dayValue(date) + (part ? 'T' + part : ''), reasoning: `${label}, ${humanDate(date)}`, range: dayRange(date) };
      },
    };
  }
  // Day parts with a deictic: "this morning", "last night", "Friday morning" (weekday handles it).
  if (DAY_PARTS.get(word) !== undefined) {
    const part = DAY_PARTS.get(word);
    if (prev === 'this' || prev === 'last') {
      const offset = prev === 'last' ? -1 : 0;
      return {
        first: k - 1,
        last: k,
        type: 'TIME',
        resolve(ctx) {
          if (!ctx.ref) return { value: `XXXX-XX-XXT${part}`, reasoning: 'part of an unknown day', ambiguous: true };
          const date = addDays(ctx.ref, offset);
          return { value: `${dayValue(date)}T${part}`, reasoning: `${offset < 0 ? 'the night before' : 'the same day as'} ${refNote(ctx)}`, range: dayRange(date) };
        },
      };
    }
    return null;
  }
  if (word === 'noon' || word === 'midnight' || word === 'midday') {
    const clock = word === 'midnight' ? 'T24:00' : 'T12:00';
    let last = k;
    let weekday: number | null = null;
    if (WEEKDAYS.get(p.lower(k + 1)) !== undefined && p.isCapitalized(k + 1)) {
      weekday = WEEKDAYS.get(p.lower(k + 1))!;
      last = k + 1;
    } else if (!CLOCK_PREPOSITIONS.has(prev)) {
      return null;
    }
    const wd = weekday;
    return {
      first: k,
      last,
      type: 'TIME',
      resolve(ctx) {
        const named = wd === null ? dayJustNamed(state, p.start(k)) : null;
        if (named) return { value: dayValue(named) + clock, reasoning: `${word} on the day just named, ${humanDate(named)}`, range: dayRange(named) };
        if (!ctx.ref) return { value: `XXXX-XX-XX${clock}`, reasoning: `${word} of an unknown day`, ambiguous: true };
        const found = wd !== null ? weekdayDate(wd, ctx, null)! : { date: ctx.ref, reasoning: refNote(ctx) };
        return { value: dayValue(found.date) + clock, reasoning: `${word}, ${found.reasoning}`, range: dayRange(found.date) };
      },
    };
  }
  switch (word) {
    case 'now':
      if (p.lower(k + 1) === '-' && p.glued(k)) return null; // "now-defunct"
      return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', prev === 'right' || prev === 'just' ? k - 1 : k, k);
    case 'currently':
    case 'nowadays':
      return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', k, k);
    case 'current':
      // "the current weakness": the state at the time of writing ("then current" is a past state).
      if (p.lower(k + 1) === '-' || p.lower(k + 1) === 'account' || p.lower(k + 1) === 'accounts') return null;
      if (UNITS.get(p.lower(k + 1)) !== undefined) return parseUnit(p, k + 1, state);
      if (p.lower(k + 1) === 'fiscal' && UNITS.get(p.lower(k + 2)) !== undefined) return parseUnit(p, k + 2, state);
      if (prev === 'then') return fixedDate('PAST_REF', 'current at an earlier time of the story', k - 1, k);
      return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', k, k);
    case 'recent':
      if (UNITS.get(p.lower(k + 1)) !== undefined) return parseUnit(p, k + 1, state);
      return fixedDate('PAST_REF', 'shortly before the publication date', k, k);
    case 'recently':
    case 'lately':
      return fixedDate('PAST_REF', 'shortly before the publication date', prev === 'more' || prev === 'most' || prev === 'until' ? (prev === 'until' ? k : k - 1) : k, k);
    case 'soon':
      if (prev === 'as' || p.lower(k + 1) === 'as' || p.lower(k + 1) === 'after' || prev === 'too') return null;
      return soonCandidate(p, k);
    case 'future': {
      if (prev === 'the') {
        return fixedDate('FUTURE_REF', 'after the publication date', k - 1, k);
      }
      if ((prev === 'near' || prev === 'foreseeable' || prev === 'distant' || prev === 'immediate') && p.lower(k - 2) === 'the') {
        return fixedDate('FUTURE_REF', 'after the publication date', k - 2, k);
      }
      return null;
    }
    case 'past': {
      // "the past 11 months" is parsed from the unit; "in the past" alone is PAST_REF.
      let u = k + 1;
      while (u < k + 6 && u < p.count && !UNITS.get(p.lower(u))) {
        const w = p.lower(u);
        if (!(p.isDigits(u) || NUMBER_WORDS.get(w) !== undefined || VAGUE_QUANTITIES.has(w) || COUNT_ADJECTIVES.has(w) || w === '-' || w === 'of')) break;
        u++;
      }
      if (UNITS.get(p.lower(u)) !== undefined) return parseUnit(p, u, state);
      if (SEASONS.get(p.lower(k + 1)) !== undefined || MONTHS.get(p.lower(k + 1)) !== undefined || WEEKDAYS.get(p.lower(k + 1)) !== undefined) return null;
      if (prev === 'the' && (!p.isLowerWord(k + 1) || PREPOSITIONS_BEFORE_THE_PAST.has(p.lower(k - 2)))) return fixedDate('PAST_REF', 'before the publication date', k - 1, k);
      return null;
    }
    case 'half':
      return parseHalf(p, k);
    case 'period': {
      // "the latest period" in an earnings report: the quarter under discussion.
      if (prev !== 'latest' || p.lower(k - 2) !== 'the') return null;
      return {
        first: k - 2,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          const recent = state.lastQuarter && p.start(k) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS ? state.lastQuarter : null;
          if (recent) return { value: `${yearValue(recent.year)}-Q${recent.quarter}`, reasoning: 'the quarter under discussion', range: quarterRange(recent.year, recent.quarter) };
          if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'the latest quarter; no publication date', ambiguous: true };
          const date = subMonths(ctx.ref, 3);
          return { ...unitValue(date, 'Q'), reasoning: `the last full quarter before ${refNote(ctx)}` };
        },
      };
    }
    case 'term':
      // "in the near term", "for the long term": the time ahead of the publication date.
      if ((prev === 'near' || prev === 'short' || prev === 'long' || prev === 'medium') && p.lower(k - 2) === 'the' && p.lower(k + 1) !== '-') {
        return fixedDate('FUTURE_REF', 'after the publication date', k - 2, k);
      }
      return null;
    case 'nineteen': {
      const spelled = spelledYear(p, k);
      if (!spelled) return null;
      const year = spelled.year;
      return { first: k, last: spelled.last, type: 'DATE', resolve() { return { value: yearValue(year), reasoning: 'explicit year, in words', range: yearRange(year) }; } };
    }
    case 'christmas':
    case 'halloween': {
      const [month, day] = word === 'christmas' ? [12, 25] : [10, 31];
      let last = k;
      const isEve = word === 'christmas' && p.lower(k + 1) === 'eve';
      if (isEve || (p.lower(k + 1) === 'day' && word === 'christmas')) last = k + 1;
      const d = isEve ? 24 : day;
      const name = isEve ? 'Christmas Eve' : word === 'christmas' ? 'Christmas' : 'Halloween';
      return holiday(p, k, last, month, () => d, name);
    }
    case 'thanksgiving': {
      const last = p.lower(k + 1) === 'day' ? k + 1 : k;
      // US Thanksgiving: the fourth Thursday of November.
      return holiday(p, k, last, 11, (year) => {
        const firstOfMonth = new Date(year, 10, 1);
        const firstThursday = getISODay(firstOfMonth) <= 4 ? addDays(firstOfMonth, 4 - getISODay(firstOfMonth)) : addDays(firstOfMonth, 11 - getISODay(firstOfMonth));
        return addWeeks(firstThursday, 3).getDate();
      }, 'Thanksgiving');
    }
    default:
      return null;
  }
}

/**
 * "soon" in a future clause ("will soon begin") is shortly after the publication date; in a story
 * told in the past ("was soon released", "soon became a flood") it is shortly after an event of the
 * story, no time a reader could place: not tagged. "the soon-to-open terminal" is an adjective.
 */
function soonCandidate(p: Parser, k: number): Candidate | null {
  if (p.lower(k + 1) === '-' && p.glued(k)) return null;
  return {
    first: k,
    last: k,
    type: 'DATE',
    resolve(ctx) {
      if (ctx.tense() === 'past') return { value: 'PAST_REF', reasoning: 'shortly after an event of the story', notTemporal: true };
      return { value: 'FUTURE_REF', reasoning: 'shortly after the publication date' };
    },
  };
}

/** A DATE whose value needs no calendar ("PRESENT_REF", "FUTURE_REF") over tokens first..last. */
function fixedDate(value: string, reasoning: string, first: number, last: number): Candidate {
  return { first, last, type: 'DATE', resolve() { return { value, reasoning }; } };
}

/** "the first half", "the second half of 2019", "first-half" → 2019-H1. */
function parseHalf(p: Parser, k: number): Candidate | null {
  let j = k - 1;
  if (p.lower(j) === '-' && p.glued(j)) j--;
  const word = p.lower(j);
  const half = word === 'first' ? 1 : word === 'second' || word === 'last' || word === 'final' ? 2 : 0;
  if (!half) return null;
  let first = j;
  let last = k;
  let fixedYear: number | null = null;
  let y = k + 1;
  if (p.lower(y) === 'of') y++;
  const year = p.yearNumber(y);
  if (year !== null) {
    fixedYear = year;
    last = y;
  } else if (p.lower(k + 1) === 'of' && (p.lower(k + 2) === 'the' || p.lower(k + 2) === 'this' || p.lower(k + 2) === 'last' || p.lower(k + 2) === 'next') && p.lower(k + 3) === 'year') {
    last = k + 3;
  } else if (p.lower(k + 1) === 'of') {
    // "the first half of the match": not a calendar half.
    return null;
  }
  if (p.lower(first - 1) === 'the') first--;
  const shiftWord = last === k + 3 ? p.lower(k + 2) : '';
  const fixed = fixedYear;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      if (fixed !== null) return { value: `${yearValue(fixed)}-H${half}`, reasoning: 'explicit half-year', range: halfRange(fixed, half) };
      if (!ctx.ref) return { value: `XXXX-H${half}`, reasoning: 'half of an unknown year (no publication date)', ambiguous: true };
      const refYear = ctx.ref.getFullYear();
      const refHalf = ctx.ref.getMonth() < 6 ? 1 : 2;
      let year: number;
      let reasoning: string;
      if (shiftWord === 'last' || shiftWord === 'next') {
        year = refYear + (shiftWord === 'last' ? -1 : 1);
        reasoning = `${shiftWord} year relative to ${refNote(ctx)}`;
      } else if (shiftWord) {
        year = refYear;
        reasoning = `the year of ${refNote(ctx)}`;
      } else if (ctx.tense() === 'future') {
        year = half >= refHalf ? refYear : refYear + 1;
        reasoning = `the next such half-year from ${refNote(ctx)}; future tense`;
      } else {
        year = half <= refHalf ? refYear : refYear - 1;
        reasoning = `the latest such half-year by ${refNote(ctx)}; ${TENSE_WORD[ctx.tense()]}`;
      }
      return { value: `${yearValue(year)}-H${half}`, reasoning, range: halfRange(year, half) };
    },
  };
}

function holiday(p: Parser, first: number, last: number, month: number, dayOf: (year: number) => number, name: string): Candidate {
  let end = last;
  const year = p.yearNumber(last + 1);
  if (year !== null) end = last + 1;
  return {
    first,
    last: end,
    type: 'DATE',
    resolve(ctx) {
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

// --- driver ---------------------------------------------------------------------------------------

export interface TagOptions {
  reference: string | null;
  sentences: Sentence[];
}

/** Finds and normalizes temporal expressions; sorted by start, non-overlapping. */
// Years 0-9999 (TimeML writes four digits), optional parts; or a duration with a plain number.
// Checked with character codes: a regex with unanchored alternatives read every value in full.
function representable(value: string): boolean {
  const leadingDigits = digitRun(value, 0);
  if (leadingDigits >= 5 || (leadingDigits === 3 && value.length === 3)) return false;
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

/** Number of consecutive ASCII digits in `text` from `from`. */
function digitRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i - from;
}

/** A placeable range: two ISO days in years 0000-9999, in order. */
function calendarRange(range: { from: string; to: string }): boolean {
  return range.from.length === 10 && range.to.length === 10 && range.from <= range.to;
}

export function tagTemporalExpressions(text: string, options: TagOptions): Timex[] {
  const ref = parseReference(options.reference);
  const ctx = new Context(text, ref, ref ? humanDate(ref) : 'unknown');
  const sentences = options.sentences;
  const result = new ChunkedList<Timex>();
  const state: TagState = { lastQuarter: null, lastMonth: noMention(), lastYear: noMention(), lastDay: noMention(), lastScene: noMention(), years: { past: 0, recent: 0 }, sceneBreaks: { from: -1, to: -1, breaks: 0 }, refYear: ref ? ref.getFullYear() : null };
  ctx.state = state;
  const p = PARSER;
  let sentenceIndex = 0;
  let segmentStart = 0;
  let segmentEnd = -1;
  let segment: Span | null = null;
  let windowStart = 0;
  let windowEnd = -1;
  let hitsInWindow = 0;
  let lastEnd = 0;
  TRIGGER.lastIndex = 0;
  // test() rather than exec(): no match array per hit; the hit is found back from where it ended.
  while (TRIGGER.test(text)) {
    p.floor = 0;
    const hitEnd = TRIGGER.lastIndex;
    const hitStart = triggerStart(text, hitEnd);
    if (hitStart < lastEnd) continue;
    if (!plausibleTrigger(text, hitStart, hitEnd)) continue;
    // Locate the sentence (or, outside any sentence, the line) around the hit.
    if (hitStart >= segmentEnd || hitStart < segmentStart) {
      while (sentenceIndex < sentences.length && sentences[sentenceIndex].end <= hitStart) sentenceIndex++;
      const sentence = sentences[sentenceIndex];
      if (sentence && sentence.start <= hitStart) {
        segmentStart = sentence.start;
        segmentEnd = sentence.end;
      } else {
        segmentStart = text.lastIndexOf('\n', hitStart) + 1;
        if (segmentStart < lastEnd) segmentStart = lastEnd;
        segmentEnd = text.indexOf('\n', hitStart);
        if (segmentEnd < 0) segmentEnd = text.length;
      }
      segment = { start: segmentStart, end: segmentEnd };
      windowEnd = -1;
    }
    // Tokens of a window around the hit (enough for "the first nine months of" on either side);
    // reused while later hits stay well inside it. Where expressions come thick and fast the next
    // window reaches further ahead, so no stretch of text is tokenized over and over.
    if (windowEnd < 0 || hitStart < windowStart + WINDOW_BEFORE / 2 || hitStart + WINDOW_AFTER / 2 > windowEnd) {
      const ahead = hitsInWindow > 1 ? DENSE_WINDOW_AFTER : WINDOW_AFTER;
      let from = Math.max(segmentStart, hitStart - WINDOW_BEFORE);
      while (from > segmentStart && isWordChar(text.charCodeAt(from - 1))) from--;
      let to = Math.min(segmentEnd, hitStart + ahead);
      while (to < segmentEnd && isWordChar(text.charCodeAt(to))) to++;
      windowStart = from;
      windowEnd = to;
      p.reset(text, from, to);
      hitsInWindow = 0;
    }
    hitsInWindow++;
    const k = p.indexAt(hitStart);
    if (k < 0) continue;
    let candidate = parseAt(p, k, state);
    if (!candidate) continue;
    if (p.start(candidate.first) < lastEnd) {
      // The parse reached back into the previous expression ("March 31 December 2020" read as
      // "31 December 2020" after "March 31"). Dropping those words would keep a value they gave,
      // so parse again with that expression's words out of reach (until the next hit).
      let floor = candidate.first;
      while (p.start(floor) < lastEnd) floor++;
      p.floor = floor;
      candidate = parseAt(p, k, state);
      if (!candidate) continue;
    }
    // "the end of 1990", "the beginning of the year": the boundary phrase belongs to the expression.
    if (candidate.type === 'DATE' && p.lower(candidate.first - 1) === 'of' && BOUNDARY_WORDS.has(p.lower(candidate.first - 2)) && p.lower(candidate.first - 3) === 'the') {
      candidate.first -= 3;
    }
    let firstToken = candidate.first;
    while (firstToken <= candidate.last && p.start(firstToken) < lastEnd) firstToken++;
    if (firstToken > candidate.last) continue;
    const start = p.start(firstToken);
    const end = p.end(candidate.last);
    ctx.at(segment!, start);
    const resolved = candidate.resolve(ctx);
    // Numbers beyond the calendar (year 199912, a 50-digit count of years) cannot be written as
    // TimeML values; such a match is not a date a reader would check.
    if (!representable(resolved.value) || resolved.notTemporal) continue;
    // Built field by field (no spreads), every field in one literal so that every expression has
    // the same object shape (JSON leaves out the ranges that are undefined): this runs for every
    // expression, and adding properties afterwards moves them out of the object into a second store.
    const timex: Timex = {
      start,
      end,
      text: sharedText(text, start, end, resolved.value),
      type: resolved.type ?? candidate.type,
      value: resolved.value,
      reasoning: resolved.reasoning,
      ambiguous: resolved.ambiguous ?? false,
      tense: ctx.tense(),
      range: resolved.range && calendarRange(resolved.range) ? resolved.range : undefined,
      anchoredRange: resolved.anchoredRange && calendarRange(resolved.anchoredRange) ? resolved.anchoredRange : undefined,
    };
    result.push(timex);
    rememberMention(state, resolved.value, end);
    countWrittenYear(state, text, start, end);
    if (state.lastYear.end === end && SCENE_PREPOSITIONS.has(p.lower(firstToken - 1)) && (state.lastMonth.end === end || p.isCapitalized(firstToken - 1))) {
      // A month sets the scene after any of these words; a bare year only opening the sentence
      // ("In 1914, ..."): "its launch in 2003" names a time without moving the story there.
      setMention(state.lastScene, state.lastYear.year, 1, 1, end, false);
    }
    lastEnd = end;
    TRIGGER.lastIndex = end;
  }
  p.release();
  // The kept texts are slices of this document: dropped so that they do not keep it alive.
  textsByValue.clear();
  return result.toArray();
}

/** Words that may follow an adverb of frequency ("rises annually by 5%"). */
const ADVERB_FOLLOWERS = new Set(['by', 'in', 'at', 'on', 'to', 'for', 'and', 'or', 'since', 'until', 'from', 'through', 'basis', 'until', 'as', 'with', 'over']);
const PER_UNIT_COUNTS = new Set(['times', 'twice', 'once', 'thrice', 'percent', 'million', 'billion', 'dollars', 'cents', 'hundred', 'thousand']);
const COUNT_ADJECTIVES = new Set(['trading', 'straight', 'consecutive', 'business', 'working', 'successive', 'more', 'additional', 'further']);
const UNIT_ADJECTIVES = new Set(['fiscal', 'full', 'entire', 'whole', 'calendar', 'same']);
const BOUNDARY_WORDS = new Set(['end', 'beginning', 'start', 'middle', 'turn']);
// One parser for every call: its token arrays are reused rather than allocated per article.
const PARSER = new Parser();
/** Capitalized words a year may follow mid-sentence ("in September 2019", "since Christmas 2019"). */
const NAME_BEFORE_YEAR_OK = new Set([...[...MONTHS.keys()], ...[...SEASONS.keys()], ...[...WEEKDAYS.keys()], 'christmas', 'easter', 'fiscal', 'fy', 'ad', 'bc', 'ce']);
const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 44;
const DENSE_WINDOW_AFTER = 400;

// The last text seen per value in the current run: a document repeats its expressions ("Tuesday",
// "last year"), and every kept string is one more object for the collector to copy (a dense file
// has 900,000). Emptied after each run (see tagTemporalExpressions).
const textsByValue = new Map<string, string>();

/** text[start, end), reusing the string kept for the same value when the characters are equal. */
function sharedText(text: string, start: number, end: number, value: string): string {
  const known = textsByValue.get(value);
  if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
  const fresh = text.slice(start, end);
  textsByValue.set(value, fresh);
  return fresh;
}

/** Notes the year, month and day a value names ("2019", "2019-05", "2019-05-14T10:00"). */
function rememberMention(state: TagState, value: string, end: number): void {
  if (value.length < 4 || !isDigitCode(value.charCodeAt(0)) || !isDigitCode(value.charCodeAt(3)) || (value.length > 4 && value.charCodeAt(4) !== 45)) return;
  const year = digitsAt(value, 0, 4);
  setMention(state.lastYear, year, 1, 1, end, false);
  if (value.length < 7 || !isDigitCode(value.charCodeAt(5)) || !isDigitCode(value.charCodeAt(6))) return;
  const month = digitsAt(value, 5, 2);
  setMention(state.lastMonth, year, month, 1, end, value.length === 7);
  if (value.length < 10 || value.charCodeAt(7) !== 45 || !isDigitCode(value.charCodeAt(8)) || !isDigitCode(value.charCodeAt(9))) return;
  setMention(state.lastDay, year, month, digitsAt(value, 8, 2), end, false);
}

function setMention(mention: Mention, year: number, month: number, day: number, end: number, named: boolean): void {
  mention.year = year;
  mention.month = month;
  mention.day = day;
  mention.end = end;
  mention.named = named;
}

/** The number written by `length` digits of `text` from `start` (checked by the caller). */
function digitsAt(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

function isApostrophe(token: string): boolean {
  return token === "'" || token === '’';
}

function isWordChar(code: number): boolean {
  const kind = CHAR_KIND[code];
  return kind === 1 || kind === 2;
}
