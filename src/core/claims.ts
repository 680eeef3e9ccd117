// Dated claims: sentences whose event is anchored by a temporal expression, classified as past,
// ongoing or future relative to the publication date, with stale predictions marked.

import type { QuoteAnalysis } from './quotes';
import type { Claim, ClaimKind, PublicationDate, Quote, Sentence, Span, Tense, Timex } from './types';

export interface ClaimContext {
  text: string;
  sentences: Sentence[];
  timexes: Timex[];
  quotes: QuoteAnalysis;
  published: PublicationDate | null;
  /** YYYY-MM-DD. */
  today: string;
  /** claimAnchors() when the caller already computed it. */
  anchors?: number[][];
}

/**
 * Does this expression place the claim in time? Vague references ("now", "recently") and sets
 * ("every year") describe, they do not date; they never make a sentence a claim on their own.
 */
export function anchorsClaim(timex: Timex): boolean {
  if (timex.type === 'SET') return false;
  // "the past 11 months" or "three weeks of protests" date an event; "ten minutes from a stop"
  // measures distance: clock-scale durations only count when anchored to the calendar.
  // "40,000 people a day" is a rate, not a period of the story.
  if (timex.type === 'DURATION') {
    if (timex.anchoredRange !== undefined) return true;
    return hasDigit(timex.value) && !timex.value.startsWith('PT') && !/^(?:a|an|per)\s/i.test(timex.text);
  }
  return hasDigit(timex.value);
}

function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** `publishedDay`: the publication day, YYYY-MM-DD, or null. */
function classify(tense: Tense, timex: Timex, publishedDay: string | null): ClaimKind {
  const range = timex.range ?? timex.anchoredRange;
  if (tense === 'future') {
    // "would" in reported speech about a date already past is a past event, not a prediction.
    if (publishedDay && range && range.to < publishedDay) return 'past';
    return 'future';
  }
  if (tense === 'present') {
    if (publishedDay && range && range.from > publishedDay) return 'future';
    return 'ongoing';
  }
  return 'past';
}

/** Index of the quote the sentence starts in, or -1; `from` skips quotes already passed. */
function quoteContaining(quotes: Quote[], start: number, from: number): number {
  for (let i = from; i < quotes.length && quotes[i].start <= start; i++) {
    if (start < quotes[i].end) return i;
  }
  return -1;
}

/**
 * The dateline, when the publication date was read from the article's text: the date and what
 * closes it before the story starts, an optional time ("at 07:08 GMT"), the agency ("(Reuters)")
 * and the dash ("LA PAZ, Dec. 5 (Reuters) - Bolivia's president…"). Its end is where the story
 * starts, in the same sentence in wire copy. Null when the date came from elsewhere.
 */
export function datelineOf(text: string, published: PublicationDate | null): Span | null {
  if (published?.start === undefined) return null;
  const end = published.end ?? published.start;
  DATELINE_TAIL.lastIndex = end;
  return { start: published.start, end: DATELINE_TAIL.test(text) ? DATELINE_TAIL.lastIndex : end };
}

// Every part optional and bounded, anchored at the date's end (sticky): one short match, no scan.
const DATELINE_TAIL = /(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5}\b)?)?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*(?:--|[-–—_])(?=\s))?\s*/y;

/** Whether the sentence holds the dateline (then only what follows the dateline can be a claim). */
function holdsDateline(sentence: Span, dateline: Span | null): dateline is Span {
  return dateline !== null && sentence.start <= dateline.start && dateline.start < sentence.end;
}

/**
 * For each sentence, the indices of the expressions that make it a dated claim (empty when it is
 * not one). Computed before quote attribution so speakers are only looked up where claims are.
 */
export function claimAnchors(text: string, sentences: Sentence[], timexes: Timex[], published: PublicationDate | null): number[][] {
  const dateline = datelineOf(text, published);
  // Before this offset in the current sentence, expressions belong to the dateline.
  let storyStart = -1;
  const anchors: number[][] = [];
  const scratch: number[] = [];
  let timexIndex = 0;
  for (const sentence of sentences) {
    while (timexIndex < timexes.length && timexes[timexIndex].start < sentence.start) timexIndex++;
    // The dateline states when the article appeared; it is the reference, not a claim. What
    // follows it in the same sentence (the lede of wire copy) is the story.
    storyStart = holdsDateline(sentence, dateline) ? dateline.end : -1;
    let end = timexIndex;
    while (end < timexes.length && timexes[end].start < sentence.end) end++;
    let count = 0;
    for (let i = timexIndex; i < end; i++) if (anchoring(timexes, i, storyStart)) count++;
    if (count === 0) anchors.push(NO_ANCHORS);
    else if (count <= SMALL_LIST) {
      let k = 0;
      for (let i = timexIndex; k < count; i++) if (anchoring(timexes, i, storyStart)) scratch[k++] = i;
      anchors.push(scratch.slice(0, count));
    } else {
      // One sentence of a dense file anchors hundreds of thousands of expressions: made at its
      // final size in one go (grown by push, or copied from a growing scratch list, it took three
      // times the memory, all of it fresh pages, which are slow to hand out on the benchmark VM).
      let i = timexIndex - 1;
      anchors.push(Array.from({ length: count }, () => {
        do i++;
        while (!anchoring(timexes, i, storyStart));
        return i;
      }));
    }
  }
  return anchors;
}

// A module function rather than a closure made per document (its optimized code would die with it).
function anchoring(timexes: Timex[], index: number, storyStart: number): boolean {
  const timex = timexes[index];
  return timex.start >= storyStart && anchorsClaim(timex);
}

/** Lists up to this long (those of news) are copied from a short scratch list, as they always were. */
const SMALL_LIST = 64;

// Most sentences anchor nothing: they share one empty list, frozen so that a push fails loudly.
const NO_ANCHORS = Object.freeze([]) as unknown as number[];

// Most claims have one or two expressions, and their kinds repeat: those lists are shared, frozen
// (read-only like NO_ANCHORS), rather than one more array kept per claim.
const CLAIM_KINDS: ClaimKind[] = ['past', 'ongoing', 'future'];
const ONE_KIND = CLAIM_KINDS.map((kind) => Object.freeze([kind]) as ClaimKind[]);
const TWO_KINDS = CLAIM_KINDS.flatMap((first) => CLAIM_KINDS.map((second) => Object.freeze([first, second]) as ClaimKind[]));

function sharedKinds(kinds: ClaimKind[]): ClaimKind[] {
  if (kinds.length === 1) return ONE_KIND[CLAIM_KINDS.indexOf(kinds[0])];
  if (kinds.length === 2) return TWO_KINDS[CLAIM_KINDS.indexOf(kinds[0]) * 3 + CLAIM_KINDS.indexOf(kinds[1])];
  return kinds;
}

export function buildClaims(context: ClaimContext): Claim[] {
  const { text, sentences, timexes, quotes, published, today } = context;
  const anchors = context.anchors ?? claimAnchors(text, sentences, timexes, published);
  const dateline = datelineOf(text, published);
  let claimCount = 0;
  for (const anchoring of anchors) if (anchoring.length > 0) claimCount++;
  // Made at its final size (see claimAnchors).
  const claims = new Array<Claim>(claimCount);
  claimCount = 0;
  const publishedDay = published ? published.value.slice(0, 10) : null;
  let quoteCursor = 0;
  // Plain loops: this runs for every claim, 145,000 times in a dense 10 MB file.
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const anchoring = anchors[sentenceIndex];
    if (anchoring.length === 0) continue;
    const sentence = sentences[sentenceIndex];
    // Each expression carries the tense of its clause, read by the tagger in this same sentence.
    let timexKinds: ClaimKind[] = new Array(anchoring.length);
    let predicts = false;
    let ongoing = false;
    // Stale once every date the prediction names has passed.
    let predictedDates = 0;
    let passedDates = 0;
    for (let k = 0; k < anchoring.length; k++) {
      const timex = timexes[anchoring[k]];
      const timexKind = classify(timex.tense, timex, publishedDay);
      timexKinds[k] = timexKind;
      if (timexKind === 'ongoing') ongoing = true;
      if (timexKind !== 'future') continue;
      predicts = true;
      const to = (timex.range ?? timex.anchoredRange)?.to;
      if (to === undefined) continue;
      predictedDates++;
      if (to < today) passedDates++;
    }
    timexKinds = sharedKinds(timexKinds);
    // A sentence that predicts anything is a prediction, even if it also reports a past statement.
    const kind: ClaimKind = predicts ? 'future' : ongoing ? 'ongoing' : 'past';
    const stale = predicts && predictedDates > 0 && passedDates === predictedDates;
    while (quoteCursor < quotes.quotes.length && quotes.quotes[quoteCursor].end <= sentence.start) quoteCursor++;
    const quoteIndex = quoteContaining(quotes.quotes, sentence.start, quoteCursor);
    const attribution = quotes.sentences[sentenceIndex];
    const speaker = attribution?.speaker ?? (quoteIndex >= 0 ? quotes.quotes[quoteIndex].speaker : null);
    // A lede after its dateline starts where the story does: "LA PAZ, Dec. 5 (Reuters) - " is not
    // part of what the claim says.
    const start = holdsDateline(sentence, dateline) ? Math.max(sentence.start, dateline.end) : sentence.start;
    claims[claimCount++] = {
      start,
      end: sentence.end,
      text: text.slice(start, sentence.end),
      kind,
      timexes: anchoring,
      timexKinds,
      speaker,
      source: attribution?.source ?? null,
      stale,
      quote: quoteIndex >= 0 ? quoteIndex : null,
    };
  }
  return claims;
}
