// Shared by the speaker-class tests: each case names the words of a quote and the speaker mention
// the attribution must give it.
import * as assert from 'node:assert/strict';
import { analyzeQuotes } from '../../src/core/quotes';
import { paragraphs, sentences } from '../../src/core/text';

/** The mention of the speaker of the quote that contains `needle` (null: no speaker). */
export function speakerOf(text: string, needle: string): string | null {
  const paragraphSpans = paragraphs(text);
  const { quotes } = analyzeQuotes(text, paragraphSpans, sentences(text, paragraphSpans));
  const at = text.indexOf(needle);
  const quote = quotes.find((q) => q.start <= at && at < q.end);
  assert.ok(quote, `no quote holds ${JSON.stringify(needle)} in ${JSON.stringify(text)}`);
  return quote.speaker ? text.slice(quote.speaker.start, quote.speaker.end) : null;
}

/** One test per case: [case, text, words of the quote, expected speaker mention]. */
export function checkSpeakers(cases: [string, string, string, string | null][]): void {
  for (const [name, text, needle, expected] of cases) {
    it(name, () => assert.equal(speakerOf(text, needle), expected));
  }
}
