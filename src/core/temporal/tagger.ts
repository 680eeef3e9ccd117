// Temporal expression tagger (TimeML TIMEX3). One case-insensitive regex pass finds trigger words
// (month and weekday names, time units, relative words) and digit runs; cheap checks on the raw text
// drop most numbers; each remaining hit is parsed on the tokens of a small window around it, growing
// left over modifiers ("the past", "early", "last") and right over completions ("24, 2020", "ago").
// Windows are bounded and reused while hits stay inside them, so time is linear in the text size.
// Values are resolved against the publication date and, where the calendar alone cannot decide
// ("In September", "on Tuesday"), the tense of the clause (tense.ts). Expressions told relative to
// the story rather than the publication date ("that year", "the next day", "the same period last
// year") read the year, month, day or quarter last named, kept as the pass goes (TagState).
//
// This file is the engine: the trigger scan (triggers.ts), the token windows (tokens.ts), the overlap
// rules and the emission of each TIMEX. The constructions themselves are in families/, tried in the
// order families.ts lists them; their words are data in en/. See docs/architecture.md.
import { ChunkedList } from '../chunkedList';
import type { CalendarRange, Sentence, Span, Timex } from '../types';
import { humanDate, parseReference } from './calendar';
import { type Candidate, Context, countWrittenYear, noMention, rememberMention, setMention, type TagState } from './context';
import { ASIDE_WORDS } from './en/tenseWords';
import { BOUNDARY_WORDS, SCENE_PREPOSITIONS } from './en/words';
import { parseAt } from './families';
import { SCRATCH } from './scratch';
import { digitsAt, isDigitCode, isWordChar, type Parser } from './tokens';
import { plausibleTrigger, TRIGGER, triggerStart } from './triggers';
import { calendarRange, representable } from './values';
import { keepShape } from '../textShapes';

export interface TagOptions {
  reference: string | null;
  sentences: Sentence[];
  /** 'narrative': relative dates anchor to the time the story last named (see TagState.narrative). Default 'news'. */
  mode?: 'news' | 'narrative';
}

/** Finds and normalizes temporal expressions; sorted by start, non-overlapping. */
export function tagTemporalExpressions(text: string, options: TagOptions): Timex[] {
  const p = SCRATCH.begin();
  try {
    return scan(p, text, options);
  } finally {
    SCRATCH.end();
  }
}

function scan(p: Parser, text: string, options: TagOptions): Timex[] {
  const ref = parseReference(options.reference);
  const ctx = new Context(text, ref, ref ? humanDate(ref) : 'unknown');
  const state: TagState = { lastQuarter: null, lastMonth: noMention(), lastYear: noMention(), lastDay: noMention(), lastScene: noMention(), years: { past: 0, recent: 0 }, sceneBreaks: { from: -1, to: -1, breaks: 0 }, refYear: ref ? ref.getFullYear() : null, narrative: options.mode === 'narrative' };
  ctx.state = state;
  const cursor = new Cursor(text, options.sentences);
  const result = new ChunkedList<Timex>();
  // This loop runs for every trigger and stays small: V8 compiles it early and, having few paths
  // to meet for the first time, seldom has to throw the compiled code away and compile it again
  // (docs/performance.md, "The temporal tagger cold").
  // test() rather than exec(): no match array per hit; the hit is found back from where it ended.
  while (TRIGGER.test(text)) {
    const hitEnd = TRIGGER.lastIndex;
    const hitStart = triggerStart(text, hitEnd);
    if (hitStart < cursor.lastEnd || !plausibleTrigger(text, hitStart, hitEnd)) continue;
    const timex = tagAt(p, cursor, ctx, state, hitStart);
    if (timex === null) continue;
    result.push(timex);
    TRIGGER.lastIndex = cursor.lastEnd;
  }
  return result.toArray();
}

/** Where the scan is: the sentence (or line) and the token window around the latest hit. */
class Cursor {
  sentenceIndex = 0;
  segmentStart = 0;
  segmentEnd = -1;
  segment: Span = { start: 0, end: 0 };
  windowStart = 0;
  windowEnd = -1;
  hitsInWindow = 0;
  /** End of the last expression emitted. */
  lastEnd = 0;

  constructor(
    readonly text: string,
    readonly sentences: Sentence[],
  ) { keepShape(this); }

  /** Locates the sentence (or, outside any sentence, the line) around the hit. */
  enterSegment(hitStart: number): void {
    const sentences = this.sentences;
    while (this.sentenceIndex < sentences.length && sentences[this.sentenceIndex].end <= hitStart) this.sentenceIndex++;
    const sentence = sentences[this.sentenceIndex];
    if (sentence && sentence.start <= hitStart) {
      this.segmentStart = sentence.start;
      this.segmentEnd = sentence.end;
    } else {
      const text = this.text;
      this.segmentStart = text.lastIndexOf('\n', hitStart) + 1;
      if (this.segmentStart < this.lastEnd) this.segmentStart = this.lastEnd;
      this.segmentEnd = text.indexOf('\n', hitStart);
      if (this.segmentEnd < 0) this.segmentEnd = text.length;
    }
    this.segment = { start: this.segmentStart, end: this.segmentEnd };
    this.windowEnd = -1;
  }

  /**
   * Tokens of a window around the hit (enough for "the first nine months of" on either side);
   * reused while later hits stay well inside it. Where expressions come thick and fast the next
   * window reaches further ahead, so no stretch of text is tokenized over and over.
   */
  enterWindow(p: Parser, hitStart: number): void {
    const text = this.text;
    const ahead = this.hitsInWindow > 1 ? DENSE_WINDOW_AFTER : WINDOW_AFTER;
    let from = Math.max(this.segmentStart, hitStart - WINDOW_BEFORE);
    while (from > this.segmentStart && isWordChar(text.charCodeAt(from - 1))) from--;
    let to = Math.min(this.segmentEnd, hitStart + ahead);
    while (to < this.segmentEnd && isWordChar(text.charCodeAt(to))) to++;
    this.windowStart = from;
    this.windowEnd = to;
    p.reset(text, from, to);
    this.hitsInWindow = 0;
  }
}

/** The expression at a plausible trigger starting at hitStart, or null. */
function tagAt(p: Parser, cursor: Cursor, ctx: Context, state: TagState, hitStart: number): Timex | null {
  p.floor = 0;
  if (hitStart >= cursor.segmentEnd || hitStart < cursor.segmentStart) cursor.enterSegment(hitStart);
  if (cursor.windowEnd < 0 || hitStart < cursor.windowStart + WINDOW_BEFORE / 2 || hitStart + WINDOW_AFTER / 2 > cursor.windowEnd) cursor.enterWindow(p, hitStart);
  cursor.hitsInWindow++;
  const k = p.indexAt(hitStart);
  if (k < 0) return null;
  const lastEnd = cursor.lastEnd;
  const parsed = parseAt(p, k, state);
  if (!parsed) return null;
  const candidate = clearOfLast(p, k, state, parsed, lastEnd);
  if (!candidate) return null;
  widen(p, candidate, lastEnd);
  let firstToken = candidate.first;
  while (firstToken <= candidate.last && p.start(firstToken) < lastEnd) firstToken++;
  if (firstToken > candidate.last) return null;
  return emit(p, cursor, ctx, state, candidate, firstToken);
}

/**
 * The candidate when it starts after the previous expression's end. When the parse reached back
 * into that expression ("March 31 December 2020" read as "31 December 2020" after "March 31"),
 * dropping those words would keep a value they gave, so parse again with that expression's words
 * out of reach (until the next hit). (A function of its own, called for every candidate: the rare
 * parse again written inside tagAt sent tagAt back to be compiled again when first met.)
 */
function clearOfLast(p: Parser, k: number, state: TagState, candidate: Candidate, lastEnd: number): Candidate | null {
  if (p.start(candidate.first) >= lastEnd) return candidate;
  let floor = candidate.first;
  while (p.start(floor) < lastEnd) floor++;
  p.floor = floor;
  return parseAt(p, k, state);
}

/** Takes into the expression the words around it that belong to it. */
function widen(p: Parser, candidate: Candidate, lastEnd: number): void {
  if (candidate.type === 'DATE' && p.lower(candidate.first - 1) === 'of' && BOUNDARY_WORDS.has(p.lower(candidate.first - 2)) && p.lower(candidate.first - 3) === 'the') {
    // "the end of 1990", "the beginning of the year": the boundary phrase belongs to the expression.
    candidate.first -= 3;
  } else if ((candidate.type === 'DATE' || candidate.type === 'TIME') && (p.lower(candidate.first - 1) === 'in' || p.lower(candidate.first - 1) === 'on') && (p.lower(candidate.first - 2) === 'early' || p.lower(candidate.first - 2) === 'late') && p.start(candidate.first - 2) >= lastEnd) {
    // "Late in 1985", "early in the day", "early on May 2": the modifier of a part of the
    // period belongs to the expression, as "early 1985" does.
    candidate.first -= 2;
  }
}

/** Resolves the candidate over tokens [firstToken, candidate.last] and keeps what the story told. */
function emit(p: Parser, cursor: Cursor, ctx: Context, state: TagState, candidate: Candidate, firstToken: number): Timex | null {
  const text = cursor.text;
  const start = p.start(firstToken);
  const end = p.end(candidate.last);
  ctx.at(cursor.segment, start);
  if (state.narrative) ctx.anchorToStory();
  const resolved = candidate.resolve(ctx);
  // Numbers beyond the calendar (year 199912, a 50-digit count of years) cannot be written as
  // TimeML values; such a match is not a date a reader would check.
  if (!representable(resolved.value) || resolved.notTemporal) return null;
  // Built field by field (no spreads), every field in one literal so that every expression has
  // the same object shape (JSON leaves out the ranges that are undefined): this runs for every
  // expression, and adding properties afterwards moves them out of the object into a second store.
  const timex: Timex = {
    start,
    end,
    text: SCRATCH.sharedText(text, start, end, resolved.value),
    type: resolved.type ?? candidate.type,
    value: resolved.value,
    reasoning: resolved.reasoning,
    ambiguous: resolved.ambiguous ?? false,
    tense: ctx.tense(),
    range: placeable(resolved.range),
    anchoredRange: placeable(resolved.anchoredRange),
  };
  // A narrative does not move to a time it names in passing (see narrativeAside).
  if (!state.narrative || !narrativeAside(state, text, cursor.segment.start, start, end, resolved.value)) rememberMention(state, resolved.value, end);
  countWrittenYear(state, text, start, end);
  if (state.lastYear.end === end && SCENE_PREPOSITIONS.has(p.lower(firstToken - 1)) && (state.lastMonth.end === end || p.isCapitalized(firstToken - 1))) {
    // A month sets the scene after any of these words; a bare year only opening the sentence
    // ("In 1914, ..."): "its launch in 2003" names a time without moving the story there.
    setMention(state.lastScene, state.lastYear.year, 1, 1, end, false);
  }
  cursor.lastEnd = end;
  return timex;
}

/**
 * The range when it can be placed on a calendar, else undefined. One function for both ranges of an
 * expression: an anchored range is rare, and a check written out for it alone would meet its first
 * one after V8 had compiled emit without it, and send emit back to be compiled again.
 */
function placeable(range: CalendarRange | undefined): CalendarRange | undefined {
  return range && calendarRange(range) ? range : undefined;
}

const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 44;
const DENSE_WINDOW_AFTER = 400;

/** Whether text[start, end) sits inside a short pair of round brackets: "(1790)", "(1789-1791)". */
function inBrackets(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - BRACKET_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 40) {
      open = i;
      break;
    }
    if (c === 41 || c === 10) return false;
  }
  if (open < 0) return false;
  for (let i = end; i < Math.min(text.length, end + BRACKET_REACH); i++) {
    const c = text.charCodeAt(i);
    if (c === 41) return true;
    if (c === 40 || c === 10) return false;
  }
  return false;
}

const BRACKET_REACH = 24;

/**
 * A time a narrative names in passing, without moving there: a date in brackets ("the Civil
 * Constitution of the Clergy (1790)"); and another year than the story's after a word of
 * ASIDE_WORDS shortly before it in its clause: told in the past perfect, a flashback ("forces that
 * had invaded Burma in late 1943 besieged ..."), or after "until", the end of something lasting
 * from the story's time ("an assault that lasted until the fall of Budapest in February 1945").
 * Before the story names any year, every year moves it.
 */
function narrativeAside(state: TagState, text: string, sentenceStart: number, start: number, end: number, value: string): boolean {
  if (inBrackets(text, start, end)) return true;
  if (!movesYear(state, value)) return false;
  const window = text.slice(Math.max(sentenceStart, start - ASIDE_REACH), start);
  for (const word of ASIDE_WORDS) if (wordInClause(window, word)) return true;
  return false;
}

/** Whether a value names a year other than the one the story is in (a story not yet in any year is moved). */
function movesYear(state: TagState, value: string): boolean {
  if (state.lastYear.end < 0 || value.length < 4 || !isDigitCode(value.charCodeAt(0)) || !isDigitCode(value.charCodeAt(3))) return false;
  return digitsAt(value, 0, 4) !== state.lastYear.year;
}

/** Whether `word` occurs in `window` with no clause punctuation after it. */
function wordInClause(window: string, word: string): boolean {
  const at = window.lastIndexOf(word + ' ');
  if (at < 0 || (at > 0 && /[A-Za-z]/.test(window[at - 1]))) return false;
  return !/[,;:]/.test(window.slice(at));
}

const ASIDE_REACH = 50;
