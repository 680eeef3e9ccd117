// Finds quote-mark-delimited pieces of text in one pass over the quote characters.
// Pairing is done per paragraph with a small stack so that nested quotes stay inside their outer
// quote and an unbalanced mark can never run past its paragraph.

import { isAlphanumeric, isSpace } from '../chars';
import type { Span } from '../types';
import { keepShape } from '../textShapes';

export interface QuotePiece {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark, or the paragraph end when the piece is not closed there. */
  end: number;
  /** False when the quote continues into the next paragraph or never closes. */
  closed: boolean;
  /** True when the next paragraph reopens the same quote (multi-paragraph quote). */
  continues: boolean;
  /** Index (into the returned array) of the first piece of its multi-paragraph group. */
  group: number;
  paragraph: number;
  /** Quote family: double (" “ ” „ « » and the doubled apostrophe ''), or single (' ‘ ’). */
  single: boolean;
  /** Length of the opening mark: 2 for a doubled apostrophe, else 1. */
  openWidth: number;
  /** Length of the closing mark: 0 when not closed, 2 for a doubled apostrophe, else 1. */
  closeWidth: number;
}

// Real quotes nest two or three deep; a cap keeps every mark O(1) on pathological input.
const MAX_DEPTH = 4;

const QUOTE_CHARS = /["'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb]/g;
// The quote characters below U+0100: a one-byte text is searched with indexOf per mark, a
// two-byte text with QUOTE_CHARS (docs/performance.md, "Quote marks").
const NARROW_QUOTE_CHARS = ['"', "'", '\u00ab', '\u00bb'];
const WIDE_CHARACTER = /[^\x00-\xff]/;

/** The quote characters of a text in order, for searches that only move forward. */
class QuoteMarks {
  private readonly narrow: boolean;
  /** Per NARROW_QUOTE_CHARS entry: its first position at or after the last search start (-1: none left). */
  private readonly upcoming: number[];

  constructor(private readonly text: string) {
    keepShape(this);
    this.narrow = !WIDE_CHARACTER.test(text);
    this.upcoming = this.narrow ? NARROW_QUOTE_CHARS.map((mark) => text.indexOf(mark)) : [];
  }

  /** The first quote character at or after `from` (-1: none); `from` never decreases between calls. */
  next(from: number): number {
    if (!this.narrow) {
      QUOTE_CHARS.lastIndex = from;
      return QUOTE_CHARS.test(this.text) ? QUOTE_CHARS.lastIndex - 1 : -1;
    }
    let first = -1;
    for (let k = 0; k < NARROW_QUOTE_CHARS.length; k++) {
      let at = this.upcoming[k];
      if (at >= 0 && at < from) at = this.upcoming[k] = this.text.indexOf(NARROW_QUOTE_CHARS[k], from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

const enum Role {
  Open,
  Close,
  /** Straight double quote whose side is decided by the stack. */
  Either,
  Ignore,
}

interface OpenMark {
  pos: number;
  code: number;
  single: boolean;
  width: number;
}

/** A space, or no character at all (before the start or after the end: charCodeAt gives NaN). */
function isSpaceCode(c: number): boolean {
  return Number.isNaN(c) || isSpace(c);
}

// Characters after which a straight quote opens: "(", "[", "—", "-", "/", ":".
function isOpeningContext(c: number): boolean {
  return isSpaceCode(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 58;
}

// Words commonly written with a leading apostrophe: 'em, 'til, 'cause, 'n', 'bout, 'tis, 'twas, 'round.
const LEADING_APOSTROPHE = /^(?:em|til|tis|twas|cause|cuz|n|bout|round|nuff|ere|ya|s)\b/i;

function roleOf(text: string, i: number, code: number, singleOpen: boolean, lowOpen: boolean): Role {
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  // Bounded like `before`: a read past the end (a mark ending the text) deoptimizes this function.
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
  const wordBefore = isAlphanumeric(before);
  const wordAfter = isAlphanumeric(after);
  switch (code) {
    case 0x201c: // “ opens, except as the closer of German „…“ or glued after a word ("word“ ").
      if (lowOpen) return Role.Close;
      if (wordBefore && !wordAfter) return Role.Close;
      // Misused as a closer after punctuation: "…51 percent.“"
      if (!Number.isNaN(before) && !isSpaceCode(before) && !isOpeningContext(before) && (isSpaceCode(after) || Number.isNaN(after))) return Role.Close;
      return Role.Open;
    case 0x201d: // ” closes, except when misused as an opener (" ”Word", or at a line start).
      if (!wordBefore && wordAfter && isOpeningContext(before) && !isSpaceCode(after)) return Role.Open;
      return Role.Close;
    case 0x201e:
      return Role.Open;
    case 0x00ab: // «…» (and German »…«)
      return wordBefore && !wordAfter ? Role.Close : Role.Open;
    case 0x00bb:
      return !wordBefore && wordAfter && isOpeningContext(before) ? Role.Open : Role.Close;
    case 34: {
      const leftFlank = Number.isNaN(before) || isOpeningContext(before) || isQuoteCode(before);
      if (leftFlank && !isSpaceCode(after)) return Role.Open;
      if (!leftFlank && !wordAfter) return Role.Close;
      return Role.Either;
    }
    case 0x2018: // ‘ opens unless it is a leading apostrophe (‘90s, ‘em) or glued to a word.
      if (wordBefore) return Role.Ignore;
      if (isLeadingApostrophe(text, i)) return Role.Ignore;
      return wordAfter || isQuoteCode(after) ? Role.Open : Role.Ignore;
    case 0x2019:
    case 39: {
      if (wordBefore && wordAfter) return Role.Ignore; // don't, Russia's
      if (!wordBefore && wordAfter) {
        // A straight ' in opening position opens; ’ there is a leading apostrophe (’90s).
        if (code === 0x2019 || isLeadingApostrophe(text, i)) return Role.Ignore;
        return isOpeningContext(before) || Number.isNaN(before) || isQuoteCode(before) ? Role.Open : Role.Ignore;
      }
      // Closing position: only a quote when a single quote is open (students' stays an apostrophe).
      return singleOpen && !isSpaceCode(before) ? Role.Close : Role.Ignore;
    }
  }
  return Role.Ignore;
}

/** Role of a doubled apostrophe at text[i, i + 2): the straight double quote's rule, read around the pair. */
function doubledApostropheRole(text: string, i: number): Role {
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  const after = text.charCodeAt(i + 2);
  const leftFlank = Number.isNaN(before) || isOpeningContext(before) || isQuoteCode(before);
  if (leftFlank && !isSpaceCode(after)) return Role.Open;
  if (!leftFlank && !isAlphanumeric(after)) return Role.Close;
  return Role.Either;
}

function isQuoteCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x2018;
}

function isLeadingApostrophe(text: string, i: number): boolean {
  const a = text.charCodeAt(i + 1);
  const b = text.charCodeAt(i + 2);
  if (a >= 48 && a <= 57 && b >= 48 && b <= 57) return !isAlphanumeric(text.charCodeAt(i + 3)) || text[i + 3] === 's';
  return LEADING_APOSTROPHE.test(text.slice(i + 1, i + 7));
}

/** Does the paragraph start with an opening double (or single) quote mark? */
function startsWithOpenQuote(text: string, paragraph: Span, single: boolean): boolean {
  const c = text.charCodeAt(paragraph.start);
  const doubledApostrophe = c === 39 && text.charCodeAt(paragraph.start + 1) === 39;
  if (single) return c === 0x2018 || (c === 39 && !doubledApostrophe);
  return doubledApostrophe || c === 0x201c || c === 34 || c === 0x201e || c === 0xab || (c === 0x201d && isAlphanumeric(text.charCodeAt(paragraph.start + 1)));
}

/**
 * All top-level quote pieces, in text order. Nested quotes are not returned: they belong to the
 * statement that contains them.
 */
export function findQuotePieces(text: string, paragraphs: Span[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let pendingGroup = -1; // group index carried into the next paragraph
  const marks = new QuoteMarks(text);
  let mark = marks.next(0);
  let resume = 0; // where the search for the mark after the current one starts
  // Marks still open, outermost first; one array for all paragraphs (most have no quote at all).
  const stack: OpenMark[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    if (stack.length > 0) stack.length = 0;
    let singleDepth = 0;
    let lowOpen = false;
    const carried = pendingGroup;
    pendingGroup = -1;
    if (mark >= 0 && mark < paragraph.start) mark = marks.next(paragraph.start);
    for (; mark >= 0 && mark < paragraph.end; mark = marks.next(resume)) {
      const i = mark;
      let code = text.charCodeAt(i);
      let width = 1;
      if (code === 39 && i + 1 < text.length && text.charCodeAt(i + 1) === 39) {
        // Two apostrophes are one double quote mark (the ''…'' style of some wire and newspaper
        // archives): read like a straight double quote, with the pair as one mark.
        code = 34;
        width = 2;
      }
      resume = i + width;
      // A paragraph never starts with a closing mark: ”Mr. Trump…” or ” … he said" open there.
      const role = code === 0x201d && i === paragraph.start ? Role.Open : width === 2 ? doubledApostropheRole(text, i) : roleOf(text, i, code, singleDepth > 0, lowOpen);
      if (role === Role.Ignore) continue;
      const single = code === 39 || code === 0x2018 || code === 0x2019;
      let closeAt = -1;
      if (role === Role.Close || role === Role.Either) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].single === single) {
            closeAt = k;
            break;
          }
        }
        if (role === Role.Either && closeAt >= 0 && stack[closeAt].code !== 34) closeAt = -1;
      }
      if (closeAt >= 0) {
        const open = stack[closeAt];
        stack.length = closeAt;
        if (closeAt === 0) {
          const index = pieces.length;
          const group = carried >= 0 && open.pos === paragraph.start && pieces.length > 0 && pieces[pieces.length - 1].continues ? carried : index;
          pieces.push({ start: open.pos, end: i + width, closed: true, continues: false, group, paragraph: p, single: open.single, openWidth: open.width, closeWidth: width });
        }
      } else if (role !== Role.Close && stack.length < MAX_DEPTH) {
        stack.push({ pos: i, code, single, width });
      } else {
        continue; // a closer with nothing to close (stray mark), or nesting too deep to be real
      }
      singleDepth = 0;
      lowOpen = false;
      for (const open of stack) {
        if (open.single) singleDepth++;
        if (open.code === 0x201e) lowOpen = true;
      }
    }
    // The outermost mark left open at paragraph end: a multi-paragraph quote when the next
    // paragraph reopens, otherwise an unbalanced quote capped at the paragraph end.
    if (stack.length > 0) {
      const open = stack[0];
      const continues = p + 1 < paragraphs.length && startsWithOpenQuote(text, paragraphs[p + 1], open.single);
      if (!open.single || continues) {
        const index = pieces.length;
        const group = carried >= 0 && open.pos === paragraph.start && pieces.length > 0 && pieces[pieces.length - 1].continues ? carried : index;
        pieces.push({ start: open.pos, end: paragraph.end, closed: false, continues, group, paragraph: p, single: open.single, openWidth: open.width, closeWidth: 0 });
        if (continues) pendingGroup = group;
      }
    }
  }
  return pieces;
}

const EDIT_MARKS = /\[[^\]\n]{1,80}\]|\.\s?\.\s?\.|\u2026/g;

// Most quotes have no edit: one shared, frozen empty list rather than an array kept per quote.
const NO_EDITS: Span[] = Object.freeze([]) as unknown as Span[];

/** Editorial brackets and ellipses inside a quote. */
export function findEdits(text: string, start: number, end: number): Span[] {
  if (!mayHoldEdit(text, start, end)) return NO_EDITS;
  const edits: Span[] = [];
  const slice = text.slice(start, end);
  EDIT_MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EDIT_MARKS.exec(slice)) !== null) {
    edits.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return edits.length > 0 ? edits : NO_EDITS;
}

/** Whether text[start, end) has a character an edit starts with: '[', '.' or '…'. */
function mayHoldEdit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b || code === 0x2e || code === 0x2026) return true;
  }
  return false;
}
