// Tokens of a window of text for the temporal tagger: letter runs, digit runs and single other
// characters, kept as offsets in typed arrays that are reused from window to window.
import { COUNT_NOUNS } from './en/words';

export function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Character kinds for tokens: 0 space, 1 ASCII letter, 2 digit, 3 anything else (one token per character). */
export const CHAR_KIND = new Uint8Array(65536).fill(3);
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
export class Parser {
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

  /** Where a year after token k would be: k + 1, or k + 2 after "of" ("spring of 1990"). */
  yearSlot(k: number): number {
    return this.lower(k + 1) === 'of' ? k + 2 : k + 1;
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

/** Number of consecutive ASCII digits in `text` from `from`. */
export function digitRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i - from;
}

/** The number written by `length` digits of `text` from `start` (checked by the caller). */
export function digitsAt(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

export function isApostrophe(token: string): boolean {
  return token === "'" || token === '’';
}

export function isWordChar(code: number): boolean {
  const kind = CHAR_KIND[code];
  return kind === 1 || kind === 2;
}
