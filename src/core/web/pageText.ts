// The text the analyzer reads from an HTML page, and the way back to source offsets.
// Markup is blanked to spaces as for every other format (line breaks kept, a paragraph break at
// block tags), so the text has the page's layout. Character references are the exception: a
// decoded `&rsquo;` is one character where the source has seven, and padding it with spaces
// would split "O’Brien" into two words. So each reference keeps only its decoded characters and
// the rest is cut; `toSource` adds the cut lengths back to give source offsets.

import { partitionPoint } from '../binarySearch';
import type { TextRun } from './htmlDom';

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
  // Source offsets where a cut starts, the text offset it falls at, and its length.
  const cutAt: number[] = [];
  const cutLength: number[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (run.hidden || !keep(run, r)) continue;
    const { start, end, text } = run;
    const length = Math.min(text.length, end - start);
    for (let i = 0; i < length; i++) codes[start + i] = text.charCodeAt(i);
    if (length < end - start) {
      cutAt.push(start + length);
      cutLength.push(end - start - length);
    }
  }
  // Cuts are in source order because runs are.
  const pieces: string[] = [];
  const textAt: number[] = [];
  const cutBefore: number[] = [];
  let from = 0;
  let cut = 0;
  for (let c = 0; c < cutAt.length; c++) {
    pieces.push(fromCodes(codes, from, cutAt[c]));
    textAt.push(cutAt[c] - cut);
    cut += cutLength[c];
    cutBefore.push(cut);
    from = cutAt[c] + cutLength[c];
  }
  pieces.push(fromCodes(codes, from, n));
  return {
    text: pieces.join(''),
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

function fromCodes(codes: Uint16Array, from: number, to: number): string {
  // fromCharCode keeps lone surrogates as they are; chunks stay within the argument limit.
  const CHUNK = 8192;
  let out = '';
  for (let i = from; i < to; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  return out;
}
