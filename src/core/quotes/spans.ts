// Sorted spans and mentions: where an offset falls among sentences or quote pieces, mention order,
// and the blocks (paragraphs split at line breaks) quotes are paired within.
import { partitionPoint } from '../binarySearch';
import type { Sentence, Span } from '../types';
import type { Mention } from './mentions';

/** Index of the sentence containing `offset`, or else the first one after it (may be length). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  return spanAt(sentences, offset);
}

/** In spans sorted and not overlapping: the first one ending after `offset` (may be length). */
export function spanAt(spans: readonly Span[], offset: number): number {
  return partitionPoint(0, spans.length, (i) => spans[i].end <= offset);
}

/** Index of the last sentence ending at or before `offset` (-1 when none). */
export function lastSentenceBefore(sentences: Sentence[], offset: number): number {
  return spanAt(sentences, offset) - 1;
}

export function compareSpans(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end;
}

export function sameSpan(a: Mention, b: Mention): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The numbers in ascending order, each once. */
export function uniqueSorted(values: Int32Array): Int32Array {
  values.sort(); // numeric for a typed array
  let kept = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[i - 1]) values[kept++] = values[i];
  }
  return values.subarray(0, kept);
}

/** Number of values in the sorted array that are below `value`. */
export function lowerBound(sorted: Int32Array, value: number): number {
  return partitionPoint(0, sorted.length, (i) => sorted[i] < value);
}

/** A line ending in one of . ! ? : ; " ” ’ » ) ends a block. */
function endsBlock(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41;
}

/** A line starting with one of “ " « ‘ — ― • * starts a block. */
function startsBlock(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0xab || c === 0x2018 || c === 0x2014 || c === 0x2015 || c === 0x2022 || c === 42;
}

/**
 * Paragraphs split further at line breaks that end a sentence or start a quote. Many sources put
 * one paragraph per line without blank lines; a quote never runs across such a break unless the
 * next line reopens it.
 */
export function splitBlocks(text: string, paragraphs: Span[]): Span[] {
  const blocks: Span[] = [];
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < paragraph.end; nl = text.indexOf('\n', nl + 1)) {
      let before = nl - 1;
      while (before > start && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 13 || text.charCodeAt(before) === 9)) before--;
      let after = nl + 1;
      while (after < paragraph.end && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
      if (endsBlock(text.charCodeAt(before)) || startsBlock(text.charCodeAt(after))) {
        if (before + 1 > start) blocks.push({ start, end: before + 1 });
        start = after;
      }
    }
    if (paragraph.end > start) blocks.push({ start, end: paragraph.end });
  }
  return blocks;
}
