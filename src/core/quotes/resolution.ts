// From speaker mentions to Speakers. Two steps:
// - lookBackCues: when only some sentences are attributed, the cues a pronoun or a description
//   may refer back to are computed (nothing else needs them);
// - Resolutions: each mention resolved once, in text order, and turned into a Speaker.
import { partitionPoint } from '../binarySearch';
import type { AttributionMethod, Sentence, Speaker } from '../types';
import type { Link } from './attribution';
import type { CueTable } from './cues';
import type { Mention } from './mentions';
import { createResolver, DESCRIPTION_LOOKBACK, PERSON_CONTEXT, refersBack } from './resolve';
import { compareSpans, lowerBound, sameSpan, sentenceAt, uniqueSorted } from './spans';
import { keepShape } from '../textShapes';

/**
 * Computes the cues the resolver will read for these mentions: a pronoun resolves to the last
 * person named before it, a description to one of the last DESCRIPTION_LOOKBACK (names within
 * PERSON_CONTEXT only). Going back sentence by sentence until that many named speakers are found
 * makes those people known without the other cues. Only which cues get computed matters here, not
 * the order they are looked at in.
 */
export function lookBackCues(text: string, sentences: Sentence[], quoteMentions: Mention[], cues: CueTable, wanted: (s: number) => boolean): void {
  const quoteNames = QuoteNameStarts.of(quoteMentions);
  for (const mention of quoteMentions) lookBack(text, sentences, quoteNames, cues, mention);
  for (let s = 0; s < sentences.length; s++) {
    if (!wanted(s)) continue;
    const cue = cues.get(s);
    if (cue) lookBack(text, sentences, quoteNames, cues, cue);
  }
}

// A module function, not a closure per document (its optimized code would die with the closure).
function lookBack(text: string, sentences: Sentence[], quoteNames: QuoteNameStarts, cues: CueTable, mention: Mention): void {
  if (!refersBack(text, mention)) return;
  const names = mention.kind === 'pronoun' ? 1 : DESCRIPTION_LOOKBACK;
  const horizon = sentenceAt(sentences, mention.start - PERSON_CONTEXT);
  const quoteNamesBefore = quoteNames.countBefore(mention.start);
  let found = 0;
  for (let j = Math.min(sentenceAt(sentences, mention.start), sentences.length - 1); j >= horizon; j--) {
    const cue = cues.get(j);
    if (cue && cue.kind === 'name' && cue.start < mention.start && !quoteNames.has(cue.start)) found++;
    if (found + quoteNamesBefore - quoteNames.countBefore(sentences[j].start) >= names) break;
  }
}

/**
 * Where the named quote speakers start, sorted, each once. Named quote speakers are all known; they
 * count with the named cues found going back (each start once: counting too few only makes the
 * search go further). See docs/performance.md for why this is not a Set.
 */
class QuoteNameStarts {
  private constructor(private readonly starts: Int32Array) { keepShape(this); }

  static of(quoteMentions: Mention[]): QuoteNameStarts {
    let count = 0;
    for (const mention of quoteMentions) if (mention.kind === 'name') count++;
    const starts = new Int32Array(count);
    count = 0;
    for (const mention of quoteMentions) if (mention.kind === 'name') starts[count++] = mention.start;
    return new QuoteNameStarts(uniqueSorted(starts));
  }

  has(start: number): boolean {
    const at = lowerBound(this.starts, start);
    return at < this.starts.length && this.starts[at] === start;
  }

  countBefore(start: number): number {
    return lowerBound(this.starts, start);
  }
}

/**
 * One resolution per distinct mention span, in (start, end) order, found back by binary search:
 * equal spans are one person. A span reached twice (a quote's speaker that is also its sentence's
 * cue) is resolved from its last-found mention: the cue when there is one (cues are found after
 * quote speakers), else the last quote speaker. That is the order of one stable sort of the quote
 * speakers followed by the cues; the cues are in text order already (one per sentence, inside it)
 * and the quote speakers nearly so, so the two lists are merged rather than sorted together.
 */
export class Resolutions {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly names: string[];
  private readonly methods: AttributionMethod[];
  private count = 0;
  /** The last way each person was written, to share equal mention strings. */
  private readonly lastMentionOf = new Map<string, string>();

  /** `quoteMentions` are sorted in place. */
  constructor(
    private readonly text: string,
    sentenceCount: number,
    quoteMentions: Mention[],
    cues: CueTable,
  ) {
    keepShape(this);
    sortBySpan(quoteMentions);
    const resolver = createResolver(text);
    const capacity = quoteMentions.length + cues.foundCount;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.names = new Array<string>(capacity);
    this.methods = new Array<AttributionMethod>(capacity);
    let nextQuote = 0;
    let nextCue = cues.nextKnown(0);
    while (nextQuote < quoteMentions.length || nextCue < sentenceCount) {
      const quoteMention = nextQuote < quoteMentions.length ? quoteMentions[nextQuote] : null;
      const cue = nextCue < sentenceCount ? cues.known(nextCue) : null;
      const first = quoteMention && (!cue || compareSpans(quoteMention, cue) <= 0) ? quoteMention : cue!;
      let last = first;
      while (nextQuote < quoteMentions.length && sameSpan(quoteMentions[nextQuote], first)) last = quoteMentions[nextQuote++];
      if (cue && sameSpan(cue, first)) {
        last = cue;
        nextCue = cues.nextKnown(nextCue + 1);
      }
      const r = resolver.resolve(last);
      this.starts[this.count] = first.start;
      this.ends[this.count] = first.end;
      this.names[this.count] = r.name;
      this.methods[this.count] = r.method;
      this.count++;
    }
  }

  /**
   * The Speaker of a resolved mention. `same`: a speaker already made that this one may equal (the
   * quote of the sentence): reused when it does, so the sentence and its quote share one object.
   */
  speakerOf(mention: Mention, link: Link, same?: Speaker | null): Speaker {
    const r = this.indexOf(mention);
    const name = this.names[r];
    const method: AttributionMethod = link === 'continuation' ? 'continuation' : link === 'according' ? 'according-to' : this.methods[r];
    if (same && same.start === mention.start && same.end === mention.end && same.method === method && same.name === name) return same;
    return { name, start: mention.start, end: mention.end, mention: this.mentionText(mention, name), method };
  }

  private indexOf(mention: Mention): number {
    const { starts, ends } = this;
    return partitionPoint(0, this.count, (i) => starts[i] < mention.start || (starts[i] === mention.start && ends[i] < mention.end));
  }

  /** The words of a mention, shared with the name or the last mention of the same person when they are the same characters. */
  private mentionText(mention: Mention, name: string): string {
    const { text } = this;
    const length = mention.end - mention.start;
    if (name.length === length && text.startsWith(name, mention.start)) return name;
    const last = this.lastMentionOf.get(name);
    if (last !== undefined && last.length === length && text.startsWith(last, mention.start)) return last;
    const written = text.slice(mention.start, mention.end);
    this.lastMentionOf.set(name, written);
    return written;
  }
}

/** Sorts the mentions in (start, end) order, equal spans in their order (a stable sort). */
function sortBySpan(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    if (compareSpans(mentions[i - 1], mentions[i]) > 0) {
      mentions.sort(compareSpans);
      return;
    }
  }
}
