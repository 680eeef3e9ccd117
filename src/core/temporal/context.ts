// What resolving an expression needs besides its words: the publication date, the clause tense (read
// only when asked), and the story memory (TagState) of the year, month, day and quarter named so far,
// which expressions told relative to the story ("that year", "the next day") read.
import type { CalendarRange, Span, Tense, TimexType } from '../types';
import { humanDate, ymd } from './calendar';
import type { Unit } from './en/lexicon';
import { tenseAt } from './tense';
import { equalsFolded } from './vocabulary';
import { digitsAt, isDigitCode, isLetterCode } from './tokens';
import { keepShape } from '../textShapes';

/** What resolution needs: the reference date and the clause tense (computed only when asked). */
export class Context {
  private sentence: Span = { start: 0, end: 0 };
  private offset = 0;
  private cachedTense: Tense | null = null;

  /** "the publication date, 5 Dec 2020": made once, most reasonings name it. */
  refNote: string;
  /** Answers for month names without a year, by month, day, modifiers and clause tense (see parseMonth). */
  readonly monthAnswers = new Map<number, Resolved>();
  /** What the document has named so far in this run (see storyYear). */
  state: TagState | null = null;
  /** The story time ref was last set to (see anchorToStory): year, month, day, 0 when not named. */
  private storyKey = -1;

  constructor(
    private readonly text: string,
    public ref: Date | null,
    public refLabel: string,
  ) {
    keepShape(this);
    this.refNote = `the publication date, ${refLabel}`;
  }

  /**
   * In narrative mode, makes the story's current time the reference: the year last named, with the
   * month and day last named when they lie in that year (a month or day of an earlier year no
   * longer tells where the story is). Before the story names any year, the publication date stays.
   */
  anchorToStory(): void {
    const state = this.state;
    if (state === null || !state.narrative || state.lastYear.end < 0) return;
    const year = state.lastYear.year;
    const month = state.lastMonth.end >= 0 && state.lastMonth.year === year ? state.lastMonth.month : 0;
    const day = month !== 0 && state.lastDay.end >= 0 && state.lastDay.year === year && state.lastDay.month === month ? state.lastDay.day : 0;
    const key = (year * 13 + month) * 32 + day;
    if (key === this.storyKey) return;
    const date = ymd(year, month || 1, day || 1);
    if (date === null) return;
    this.storyKey = key;
    this.ref = date;
    this.refLabel = day ? humanDate(date) : month ? humanDate(date).replace(/^1 /, '') : String(year);
    this.refNote = `the story's time, ${this.refLabel}`;
    // Cached answers were placed against the previous reference.
    this.monthAnswers.clear();
  }

  /** Points the context at the expression starting at `offset` inside `sentence`. */
  at(sentence: Span, offset: number): void {
    this.sentence = sentence;
    this.offset = offset;
    this.cachedTense = null;
  }

  tense(): Tense {
    // "the lowest level since March", "up 20% since Monday": a starting point lies before the time
    // told, whatever the tense of the clause, so it is read as in a past clause.
    return (this.cachedTense ??= afterSince(this.text, this.offset) ? 'past' : tenseAt(this.text, this.sentence, this.offset));
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

/** True when the word right before `offset` (past spaces) is "since". */
function afterSince(text: string, offset: number): boolean {
  let end = offset;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const start = end - 5;
  if (start < 0 || end === offset || (start > 0 && isLetterCode(text.charCodeAt(start - 1)))) return false;
  return equalsFolded('since', text, start, end);
}

/** How far before an expression (in characters) a "would" still governs it (see Context.wouldBefore). */
const WOULD_REACH = 80;

export interface Resolved {
  value: string;
  reasoning: string;
  ambiguous?: boolean;
  range?: CalendarRange;
  anchoredRange?: CalendarRange;
  type?: TimexType;
  /** Only the clause tense could tell that the words are not a time here ("was soon released"). */
  notTemporal?: boolean;
}

export interface Candidate {
  first: number; // token index
  last: number; // token index, inclusive
  type: TimexType;
  resolve: (ctx: Context) => Resolved;
}

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

export function noMention(): Mention {
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
  /**
   * Narrative mode (HeidelTime's "narratives", as opposed to "news"): relative and underspecified
   * expressions anchor to the story's current time, the date the text last named, rather than to
   * the publication date (see Context.anchorToStory). Histories such as Wikipedia's war articles
   * are told this way; news keeps the publication date.
   */
  narrative: boolean;
}

/** How far (in characters) a mentioned quarter stays the subject of year-on-year comparisons. */
export const QUARTER_CONTEXT_CHARS = 800;

/**
 * A comparison with the quarter the report is about ("a year ago", "the year-earlier period") keeps
 * that quarter the subject: the next comparison is measured from here, not from where it was named.
 */
export function keepQuarterTopical(state: TagState, at: number): void {
  if (state.lastQuarter && at > state.lastQuarter.end) state.lastQuarter = { ...state.lastQuarter, end: at };
}

/** How far (in characters) a mentioned year, month or day stays the anchor of "that year", "the next day". */
export const ANAPHOR_CHARS = 1500;

/**
 * The year a past or present passage is set in, for a month or day named without one; null when the
 * publication date should decide. The last year the text named counts when it lies at least two
 * years before the publication year (the story has moved to another time; "In 2019 ... in March" in
 * a 2020 report may be either year, and the tense rules decide), and
 * - in a news text: a dated scene ("In October 1984", "On May 22, 1995") was set within
 *   ANAPHOR_CHARS, in the expression's paragraph or the one before;
 * - in a history (see HISTORY_MIN_YEARS) or a text without a publication date: at any distance.
 */
export function storyYear(ctx: Context): number | null {
  const state = ctx.state;
  if (state === null) return null;
  const latest = state.refYear === null ? Infinity : state.refYear - 2;
  const named = state.lastYear;
  const scene = state.lastScene;
  if (named.end < 0) return null;
  // A narrative is where it last said it was (see Context.narrative).
  if (state.narrative) return named.year;
  if (named.year > latest) return null;
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
export function countWrittenYear(state: TagState, text: string, start: number, end: number): void {
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
 * The time the story last named, precise enough to count `unit`s from (a day for days and weeks, a
 * month for months, a year for longer units), when named within ANAPHOR_CHARS before `at`.
 */
export function storyMention(state: TagState, unit: Unit, at: number): { year: number; month: number; day: number } | null {
  const byDay = unit === 'D' || unit === 'W' || unit === 'FN' || unit === 'WE' || unit === 'H' || unit === 'MIN' || unit === 'S';
  const named = byDay ? state.lastDay : unit === 'M' ? state.lastMonth : state.lastYear;
  if (named.end < 0) return null;
  // A narrative counts from the time it last named, however far back (see Context.narrative).
  if (state.narrative) return { year: named.year, month: named.month, day: named.day };
  if (at - named.end > ANAPHOR_CHARS) return null;
  // "up from $4 million a year earlier" in a report on the current year compares with the year
  // before publication, however the last comparison was dated; years are counted from the story
  // only once it has moved to another time ("In 1930 ... twenty years earlier").
  const refYear = state.refYear;
  if (!byDay && unit !== 'M' && refYear !== null && Math.abs(named.year - refYear) <= 1) return null;
  return { year: named.year, month: named.month, day: named.day };
}

/** Notes the year, month and day a value names ("2019", "2019-05", "2019-05-14T10:00"). */
export function rememberMention(state: TagState, value: string, end: number): void {
  if (value.length < 4 || !isDigitCode(value.charCodeAt(0)) || !isDigitCode(value.charCodeAt(3)) || (value.length > 4 && value.charCodeAt(4) !== 45)) return;
  const year = digitsAt(value, 0, 4);
  setMention(state.lastYear, year, 1, 1, end, false);
  if (value.length < 7 || !isDigitCode(value.charCodeAt(5)) || !isDigitCode(value.charCodeAt(6))) return;
  const month = digitsAt(value, 5, 2);
  setMention(state.lastMonth, year, month, 1, end, value.length === 7);
  if (value.length < 10 || value.charCodeAt(7) !== 45 || !isDigitCode(value.charCodeAt(8)) || !isDigitCode(value.charCodeAt(9))) return;
  setMention(state.lastDay, year, month, digitsAt(value, 8, 2), end, false);
}

export function setMention(mention: Mention, year: number, month: number, day: number, end: number, named: boolean): void {
  mention.year = year;
  mention.month = month;
  mention.day = day;
  mention.end = end;
  mention.named = named;
}
