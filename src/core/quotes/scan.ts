// The words of a sentence that attribution cares about, found with one alternation regex over
// the sentence: speech verbs ("said", "told", "according") and openers of a stated medium ("in an
// interview"); docs/performance.md ("Sentence words") says why a regex. Framing verbs ("called",
// "described") are left out because they only matter next to a quote, where the token windows
// check them.
import type { Span } from '../types';
import { SPEECH_VERBS } from './en/lexicon';
import { isAsciiWordChar } from '../chars';
import { keepShape } from '../textShapes';

const ALTERNATION = [...SPEECH_VERBS, 'according', 'According'].sort((a, b) => b.length - a.length).join('|');
// A match ending in a space is a medium opener ("in " before "a", "the", "his"…), else a verb.
const WORD_PATTERN = new RegExp(`\\b(?:(?:${ALTERNATION})\\b|in (?=(?:an?|the|his|her|their) ))`, 'g');

// test() allocates no match object; a verb is a whole word (\b on both sides), so its start is
// found by walking back from the match end over word characters.
function wordStartBefore(text: string, end: number): number {
  let start = end - 1;
  while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Speech verbs and medium openers of each sentence, read on demand and remembered: a caller that
 * needs a few sentences reads only those. A word counts only when it lies wholly inside its
 * sentence (text on either side of the sentence may not continue it).
 *
 * Storage is flat: offsets of all sentences in two arrays, four integers per sentence.
 */
export class SentenceWords {
  private readonly verbs: number[] = [];
  private readonly openers: number[] = [];
  /** Where sentence s's verbs start in `verbs` (-1: not read yet). */
  private readonly firstVerb: Int32Array;
  private readonly verbCounts: Int32Array;
  private readonly firstOpener: Int32Array;
  private readonly openerCounts: Int32Array;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Span[],
  ) {
    keepShape(this);
    this.firstVerb = new Int32Array(sentences.length).fill(-1);
    this.verbCounts = new Int32Array(sentences.length);
    this.firstOpener = new Int32Array(sentences.length);
    this.openerCounts = new Int32Array(sentences.length);
  }

  /** Number of speech verbs in sentence s. */
  verbCount(s: number): number {
    this.read(s);
    return this.verbCounts[s];
  }

  /** Start of the k-th speech verb of sentence s (k < verbCount(s)), in text order. */
  verbAt(s: number, k: number): number {
    return this.verbs[this.firstVerb[s] + k];
  }

  /** Number of "in " medium openers in sentence s. */
  openerCount(s: number): number {
    this.read(s);
    return this.openerCounts[s];
  }

  /** Start of the k-th medium opener of sentence s (k < openerCount(s)), in text order. */
  openerAt(s: number, k: number): number {
    return this.openers[this.firstOpener[s] + k];
  }

  private read(s: number): void {
    if (this.firstVerb[s] >= 0) return;
    const { text, verbs, openers } = this;
    const { start, end } = this.sentences[s];
    this.firstVerb[s] = verbs.length;
    this.firstOpener[s] = openers.length;
    // Each sentence is searched on its own copy: a search of the whole text from the sentence
    // start would run on past a sentence without any match, up to the end of a long document.
    const slice = text.slice(start, end);
    WORD_PATTERN.lastIndex = 0;
    while (WORD_PATTERN.test(slice)) {
      const matchEnd = WORD_PATTERN.lastIndex;
      if (slice.charCodeAt(matchEnd - 1) === 32) {
        const at = start + matchEnd - 3;
        if (!(at === start && at > 0 && isAsciiWordChar(text.charCodeAt(at - 1)))) openers.push(at);
        continue;
      }
      const at = start + wordStartBefore(slice, matchEnd);
      // The slice edges count as word boundaries; in the whole text they may not be.
      if (at === start && at > 0 && isAsciiWordChar(text.charCodeAt(at - 1))) continue;
      if (matchEnd === slice.length && isAsciiWordChar(text.charCodeAt(end))) continue;
      verbs.push(at);
    }
    this.verbCounts[s] = verbs.length - this.firstVerb[s];
    this.openerCounts[s] = openers.length - this.firstOpener[s];
  }
}
