// Text model: line/column look-up, paragraphs and sentences.
// Sentence splitting is rule-based on purpose: Intl.Segmenter runs at ~0.09 MB/s, far too slow for
// an analyzer that must keep up with typing; one regex pass here runs at hundreds of MB/s.

import type { Sentence, Span } from './types';
import { partitionPoint } from './binarySearch';
import { isAsciiLetter, isAsciiLower, isSpace, isWhitespace } from './chars';
import { keepShape } from './textShapes';

/** Maps UTF-16 offsets to 1-based line and column numbers. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    keepShape(this);
    // indexOf runs natively; a per-character loop over megabytes shows up in profiles.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.lineStarts.push(i + 1);
      } else if (c === 13) {
        // CR LF counts once; a lone CR is a line break too (old Mac files).
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    const line = Math.max(0, partitionPoint(0, starts.length, (i) => starts[i] <= offset) - 1);
    return { line: line + 1, column: offset - starts[line] + 1 };
  }

  /**
   * 0-based line of an offset, walking forward from line `from` (its line or an earlier one): for
   * offsets in ascending order, which otherwise cost one binary search each.
   */
  lineAt(offset: number, from: number): number {
    const starts = this.lineStarts;
    let line = from;
    if (line >= starts.length || starts[line] > offset) return this.position(offset).line - 1;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return line;
  }

  /** Offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[line];
  }
}

/** Paragraph spans: text separated by blank lines, trimmed of surrounding whitespace. */
export function paragraphs(text: string): Span[] {
  // A separator is a line break, spaces or tabs, another line break, then any whitespace. Found with
  // indexOf from line break to line break: a regex for it tries every character of the text and
  // took 25 ms on 5 MB; most lines are long, so indexOf skips them natively.
  const result: Span[] = [];
  const length = text.length;
  const lineBreakAt = text.indexOf('\r') < 0 ? (from: number) => text.indexOf('\n', from) : (from: number) => nextLineBreak(text, from);
  let start = 0;
  let lineBreak = lineBreakAt(0);
  while (lineBreak >= 0) {
    let next = afterLineBreak(text, lineBreak);
    while (next < length && isInlineSpace(text.charCodeAt(next))) next++;
    const code = text.charCodeAt(next);
    if (code !== 10 && code !== 13) {
      lineBreak = lineBreakAt(next);
      continue;
    }
    pushParagraph(text, result, start, lineBreak);
    next = afterLineBreak(text, next);
    while (next < length && isWhitespace(text.charCodeAt(next))) next++;
    start = next;
    lineBreak = lineBreakAt(next);
  }
  pushParagraph(text, result, start, length);
  return result;
}

function pushParagraph(text: string, out: Span[], from: number, to: number): void {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) out.push({ start: from, end: to });
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return -1;
}

/** The offset after the line break at `at` (CR LF is one break). */
function afterLineBreak(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** Spaces a blank line may hold: [ \t\f\v\u00a0]. */
function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 11 || code === 0xa0;
}

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc ltd co corp bros dept univ assn est approx vs etc al fig no nos vol pp ed eds op ' +
    'u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a'
  ).split(' '),
);

// The last terminator of a run, its closing marks, then whitespace; sentences() walks back to the
// start of the run. Each position is tried once and a failed try reads only the closing marks after
// that one terminator, so the search is linear. The tempting /[.!?…]+["'”’»)\]]*(?=\s)/ retries a
// run that is not followed by whitespace from every position inside it and backtracks through it
// each time: quadratic ("......" × 40,000 took 6 s). Starting at the run's first character needs a
// look-behind, which runs at a quarter of this pattern's speed on news text.
export const SENTENCE_END = /[.!?\u2026]["'”’»)\]]*(?=\s)/g;

function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/**
 * Splits text into sentences. Headlines and datelines (lines without final punctuation followed
 * by a blank line) become their own sentences because paragraphs are split first.
 */
export function sentences(text: string, paragraphSpans: Span[] = paragraphs(text)): Sentence[] {
  const result: Sentence[] = [];
  // One forward search over the whole text, shared by all paragraphs. Searching again from each
  // paragraph's start would rescan up to the next sentence end for every paragraph that has none,
  // which is quadratic for a long list of headlines or table cells without final punctuation.
  const ends = new RegExp(SENTENCE_END.source, 'g');
  let match: RegExpExecArray | null = null;
  let searchedFrom = -1; // where the search that produced `match` started (-1: never searched)
  // A plain loop with the search written out, not closures made per document: their optimized code
  // would be lost at each garbage collection between documents (docs/performance.md).
  for (let index = 0; index < paragraphSpans.length; index++) {
    const paragraph = paragraphSpans[index];
    let start = paragraph.start;
    // The pending match is the first sentence end at or after this paragraph's start only if the
    // search began no later than the start and did not stop before it.
    const pendingIsValid = searchedFrom >= 0 && searchedFrom <= paragraph.start && (match === null || match.index >= paragraph.start);
    if (!pendingIsValid) {
      ends.lastIndex = paragraph.start;
      searchedFrom = paragraph.start;
      match = ends.exec(text);
    }
    while (match !== null && match.index < paragraph.end) {
      const end = match.index + match[0].length;
      if (end >= paragraph.end) break;
      let runStart = match.index;
      while (runStart > start && isTerminator(text.charCodeAt(runStart - 1))) runStart--;
      if (endsSentence(text, runStart, end, paragraph.end)) {
        pushTrimmed(text, result, start, end, index);
        start = end;
      }
      ends.lastIndex = end;
      searchedFrom = end;
      match = ends.exec(text);
    }
    pushTrimmed(text, result, start, paragraph.end, index);
  }
  return result;
}

function pushTrimmed(text: string, out: Sentence[], start: number, end: number, paragraph: number) {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph });
}

const isWordOrDot = (code: number) => isAsciiLetter(code) || code === 46;
// Longest entry of ABBREVIATIONS ("approx"); a longer word before a period cannot be one.
const LONGEST_ABBREVIATION = 6;

function endsSentence(text: string, markStart: number, markEnd: number, limit: number): boolean {
  // Next non-space character must plausibly start a sentence.
  let next = markEnd;
  while (next < limit && isSpace(text.charCodeAt(next))) next++;
  if (next >= limit) return true;
  if (isAsciiLower(text.charCodeAt(next))) return false;
  if (text.charCodeAt(markStart) !== 46 /* . */) return true;
  // Period: check the word before it for abbreviations and initials (char codes, not a regex per
  // character: this runs for every period in the document).
  let wordStart = markStart;
  while (wordStart > 0 && markStart - wordStart <= LONGEST_ABBREVIATION && isWordOrDot(text.charCodeAt(wordStart - 1))) wordStart--;
  if (markStart - wordStart > LONGEST_ABBREVIATION) return true;
  const word = text.slice(wordStart, markStart).toLowerCase();
  if (word.length === 1 && isAsciiLower(word.charCodeAt(0))) return false; // initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word)) {
    // "Dec. 5" or "Mr. Smith" continue the sentence; "in the U.S. The ..." is ambiguous: assume
    // an abbreviation followed by a capitalised common word still continues only for titles.
    return false;
  }
  return true;
}
