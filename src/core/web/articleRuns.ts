// The article's text and source ranges from the page's text runs, once the extractor
// (lightArticle.ts) has chosen them.

import type { TextRun } from './lightDom';

/** The runs of an element, as parsed: `runsFrom`/`runsTo` per element index. */
export interface ElementRuns {
  runs: readonly TextRun[];
  runsFrom: readonly number[];
  runsTo: readonly number[];
}

export function runsText(page: ElementRuns, index: number): string {
  let text = '';
  for (let r = page.runsFrom[index]; r < page.runsTo[index]; r++) if (!page.runs[r].hidden) text += page.runs[r].text;
  return text;
}

/**
 * Readability's byline is the byline element's `textContent`, which lacks the white space between
 * blocks left out of the DOM ("Artikel von:hausinfo"): the same text read from the source has it.
 */
export function layoutByline(byline: string | undefined, taken: readonly string[]): string | undefined {
  if (byline === undefined) return undefined;
  const squeezed = byline.replace(/\s+/g, '');
  for (const text of taken) {
    const cleaned = clean(text);
    if (cleaned !== undefined && cleaned.replace(/\s+/g, '') === squeezed) return cleaned;
  }
  return byline;
}

export function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** Consecutive article runs joined into source ranges; a gap of markup alone does not split them. */
export function rangesOf(runs: readonly TextRun[], inArticle: Uint8Array): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | null = null;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (inArticle[r]) {
      if (open === null) {
        open = { start: run.start, end: run.end };
        ranges.push(open);
      } else open.end = run.end;
    } else if (!run.hidden && run.text.trim() !== '') open = null;
  }
  return ranges;
}

/** The runs' text with whitespace collapsed and a blank line wherever a block tag lies between. */
export function plainText(page: { runs: readonly TextRun[]; breaks: readonly number[] }, inArticle: Uint8Array): string {
  const { runs, breaks } = page;
  const paragraphs: string[] = [];
  let paragraph = '';
  let b = 0;
  let lastEnd = -1;
  let lastRun = -1;
  for (let r = 0; r < runs.length; r++) {
    if (!inArticle[r]) continue;
    const run = runs[r];
    while (b < breaks.length && breaks[b] < run.start) {
      if (breaks[b] >= lastEnd && paragraph.trim() !== '') {
        paragraphs.push(paragraph);
        paragraph = '';
      }
      b++;
    }
    // Text left out between two kept runs must not glue their words together.
    paragraph += lastRun >= 0 && lastRun !== r - 1 ? ` ${run.text}` : run.text;
    lastEnd = run.end;
    lastRun = r;
  }
  if (paragraph.trim() !== '') paragraphs.push(paragraph);
  return paragraphs
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join('\n\n');
}
