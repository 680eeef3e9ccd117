// The text the analyzer reads from an HTML page, and the way back to source offsets.
// Markup is blanked to spaces as for every other format (line breaks kept, a paragraph break at
// block tags), so the text has the page's layout. Character references are the exception: a
// decoded `&rsquo;` is one character where the source has seven, and padding it with spaces
// would split "O’Brien" into two words. So each reference keeps only its decoded characters and
// the rest is cut; `toSource` adds the cut lengths back to give source offsets.

import { partitionPoint } from '../binarySearch';
import type { TextRun } from './lightDom';

export interface PageText {
  /** What is analyzed: the page's visible text, markup as spaces, references decoded. */
  text: string;
  /** Source offset of a text offset; a span's end maps past the whole reference it ends in. */
  toSource(offset: number): number;
  /** Text offset of a source offset (inside a cut reference: just after its decoded characters). */
  fromSource(offset: number): number;
}

/**
 * Builds the analyzed text from the runs `keep` accepts (the article's, or every visible one);
 * everything else becomes spaces.
 */
export function pageText(source: string, runs: readonly TextRun[], breaks: readonly number[], keep: (run: TextRun, index: number) => boolean): PageText {
  // Source offsets where a cut starts, the text offset it falls at, and its length.
  const cutAt: number[] = [];
  const cutLength: number[] = [];
  const kept: number[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (run.hidden || !keep(run, r)) continue;
    kept.push(r);
    const { start, end, text } = run;
    const length = Math.min(text.length, end - start);
    if (length < end - start) {
      cutAt.push(start + length);
      cutLength.push(end - start - length);
    }
  }
  const text = spliced(source, runs, kept, breaks) ?? overwritten(source, runs, kept, breaks, cutAt, cutLength);
  // Cuts are in source order because runs are.
  const textAt: number[] = [];
  const cutBefore: number[] = [];
  let cut = 0;
  for (let c = 0; c < cutAt.length; c++) {
    textAt.push(cutAt[c] - cut);
    cut += cutLength[c];
    cutBefore.push(cut);
  }
  return {
    text,
    toSource(offset: number): number {
      // The cuts at or before `offset`: a span starting there starts after them, and a span
      // ending there ends after the reference they belong to.
      const low = partitionPoint(0, textAt.length, (index) => textAt[index] <= offset);
      return offset + (low > 0 ? cutBefore[low - 1] : 0);
    },
    fromSource(offset: number): number {
      const low = partitionPoint(0, cutAt.length, (index) => cutAt[index] <= offset);
      if (low === 0) return offset;
      const last = low - 1;
      // Inside the cut part of a reference: the offset right after what was kept of it.
      if (offset < cutAt[last] + cutLength[last]) return textAt[last];
      return offset - cutBefore[last];
    },
  };
}

/**
 * The text as slices of the source with its markup blanked, the kept runs' text and the breaks
 * spliced in, in source order: no per-character work in JavaScript. Null when the breaks and runs
 * are not in source order without overlaps (then `overwritten` writes them one by one).
 */
function spliced(source: string, runs: readonly TextRun[], kept: readonly number[], breaks: readonly number[]): string | null {
  const n = source.length;
  const pieces: string[] = [];
  const spaces = ' '.repeat(n);
  const returns = source.includes('\r');
  let at = 0;
  let k = 0;
  let b = 0;
  let lastBreak = -1;
  while (k < kept.length || b < breaks.length) {
    const run = k < kept.length ? runs[kept[k]] : null;
    if (b < breaks.length && (run === null || breaks[b] < run.start)) {
      const from = breaks[b++];
      if (from + 1 >= n || from === lastBreak) continue;
      if (from < at) return null;
      pieces.push(blanked(source, at, from, spaces, returns), '\n\n');
      at = from + 2;
      lastBreak = from;
      continue;
    }
    k++;
    const { start, end, text } = run!;
    if (start < at) return null;
    pieces.push(blanked(source, at, start, spaces, returns), text.length > end - start ? text.slice(0, end - start) : text);
    at = end;
  }
  pieces.push(blanked(source, at, n, spaces, returns));
  return pieces.join('');
}

/** Everything but line breaks as spaces (`spaces`: a string of spaces at least `to - from` long). */
function blanked(source: string, from: number, to: number, spaces: string, returns: boolean): string {
  if (from >= to) return '';
  if (returns) return source.slice(from, to).replace(/[^\n\r]+/g, (line) => spaces.slice(0, line.length));
  let out = '';
  let at = from;
  for (let line = source.indexOf('\n', at); line >= 0 && line < to; line = source.indexOf('\n', at)) {
    out += spaces.slice(0, line - at) + '\n';
    at = line + 1;
  }
  return out + spaces.slice(0, to - at);
}

/** The text written character by character over the blanked source, cuts then left out. */
function overwritten(source: string, runs: readonly TextRun[], kept: readonly number[], breaks: readonly number[], cutAt: readonly number[], cutLength: readonly number[]): string {
  const n = source.length;
  const codes = new Uint16Array(n);
  // Blank everything but line breaks, then write the kept text over it.
  for (let i = 0; i < n; i++) {
    const code = source.charCodeAt(i);
    codes[i] = code === 10 || code === 13 ? code : 32;
  }
  for (const at of breaks) {
    if (at + 1 < n) codes[at] = codes[at + 1] = 10;
  }
  for (const r of kept) {
    const { start, end, text } = runs[r];
    const length = Math.min(text.length, end - start);
    for (let i = 0; i < length; i++) codes[start + i] = text.charCodeAt(i);
  }
  const pieces: string[] = [];
  let from = 0;
  for (let c = 0; c < cutAt.length; c++) {
    pieces.push(fromCodes(codes, from, cutAt[c]));
    from = cutAt[c] + cutLength[c];
  }
  pieces.push(fromCodes(codes, from, n));
  return pieces.join('');
}

function fromCodes(codes: Uint16Array, from: number, to: number): string {
  // fromCharCode keeps lone surrogates as they are; chunks stay within the argument limit.
  const CHUNK = 8192;
  let out = '';
  for (let i = from; i < to; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  return out;
}
