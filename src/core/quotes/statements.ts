// Which quoted pieces are statements: a quote with an attribution, a whole sentence in quote marks,
// a partial quote woven into the reporter's sentence. Titles ("Morning Joe") and scare quotes are not.
import type { Span } from '../types';
import type { Link } from './attribution';
import { TITLE_SMALL_WORDS } from './en/clauses';
import { SPEECH_VERBS } from './en/lexicon';
import type { QuotePiece } from './marks';

/** `link`: how the piece's attribution was found (null: it has none). */
export function isStatement(text: string, paragraphs: Span[], pieces: QuotePiece[], i: number, link: Link | null): boolean {
  const piece = pieces[i];
  const group = pieces[piece.group];
  if (group !== piece) return true; // later paragraphs of a multi-paragraph quote
  // Thresholds below go up to 8 words.
  const words = wordCount(text, piece.start, piece.end, 8);
  if (piece.single) return (link === 'trailing' || link === 'leading') && words >= 3;
  if (words === 0) return false;
  // Introduced by a speech verb and a comma or colon: Priebus said, “Probably.”
  if (introducedBySpeech(text, piece.start)) return true;
  if (isTitle(text, piece)) return link === 'trailing';
  if (link !== null) {
    if (link === 'continuation') return words >= 4;
    return true;
  }
  const paragraph = paragraphs[piece.paragraph];
  // Unattributed: a whole sentence or more in quote marks is still a statement (flagged as
  // unattributed later); a short phrase is a scare quote.
  // Sentence punctuation closes the inside of the quote (a nested closing mark may follow it).
  const insideEnd = piece.end - piece.closeWidth;
  if (words >= 8 && (piece.start === paragraph.start || /[.!?,]["”»'’]?$/.test(text.slice(insideEnd - 2, insideEnd)))) return true;
  // A partial quote woven into the reporter's sentence: four words or more, opening in lower case
  // right after a word ("gone after him as a “leech who will bleed the country”"). Scare quotes
  // are a word or two; titles and headlines open with a capital.
  return words >= 4 && isPartialQuote(text, piece);
}

/** Words in text[start, end), counting no further than `limit` (callers only compare with small numbers). */
function wordCount(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end && count < limit; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
    if (word && !inWord) count++;
    inWord = word || c === 39 || c === 0x2019 || c === 45;
  }
  return count;
}

/** The quote at `start` follows a speech verb and a comma or colon: "…, saying, “…”", "he said: “…”". */
function introducedBySpeech(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const mark = text.charCodeAt(end - 1);
  if (mark !== 44 && mark !== 58) return false;
  end--;
  let from = end;
  while (from > 0 && end - from <= 12) {
    const c = text.charCodeAt(from - 1);
    if (!(c >= 97 && c <= 122)) break;
    from--;
  }
  const before = text.charCodeAt(from - 1);
  return from < end && (before === 32 || before === 10) && SPEECH_VERBS.has(text.slice(from, end));
}

/** A quote that opens in lower case after a word of the same sentence: "… as a “leech who …”". */
function isPartialQuote(text: string, piece: QuotePiece): boolean {
  const first = text.charCodeAt(piece.start + piece.openWidth);
  if (!(first >= 97 && first <= 122)) return false;
  let before = piece.start;
  while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
  const c = text.charCodeAt(before - 1);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** "Morning Joe", "The Art of the Deal": short, every major word capitalised, no punctuation. */
function isTitle(text: string, piece: QuotePiece): boolean {
  if (piece.end - piece.start > 63) return false; // more than 60 characters inside the marks
  const inner = text.slice(piece.start + piece.openWidth, piece.end - piece.closeWidth).replace(/[.,]$/, '');
  if (inner.length > 60 || /[.,!?;:]/.test(inner)) return false;
  // Word by word without splitting: this runs for every quoted piece.
  let words = 0;
  for (let start = 0; start < inner.length; ) {
    let end = inner.indexOf(' ', start);
    if (end < 0) end = inner.length;
    if (end > start) {
      if (++words > 6) return false;
      const first = inner.charCodeAt(start);
      const capitalOrDigit = (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
      if (!capitalOrDigit && !TITLE_SMALL_WORDS.has(inner.slice(start, end))) return false;
    }
    start = end + 1;
  }
  return words > 0;
}
