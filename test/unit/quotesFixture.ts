// Helpers shared by the quote tests: run analyzeQuotes the way the analyzer does (paragraphs, then
// sentences) and pick out what a test looks at.
import * as assert from 'node:assert/strict';
import { analyzeQuotes, type QuoteAnalysis } from '../../src/core/quotes';
import { paragraphs, sentences } from '../../src/core/text';
import type { Quote } from '../../src/core/types';
export function analyze(text: string): QuoteAnalysis & { text: string } {
  const paragraphSpans = paragraphs(text);
  return { ...analyzeQuotes(text, paragraphSpans, sentences(text, paragraphSpans)), text };
}

export function quoteTexts(text: string): string[] {
  return analyze(text).quotes.map((q) => q.text);
}

export function onlyQuote(text: string): Quote {
  const { quotes } = analyze(text);
  assert.equal(quotes.length, 1, `expected one quote in ${JSON.stringify(text)}, got ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quotes[0];
}

/** The attribution of the sentence that contains `needle`. */
export function sentenceAttribution(text: string, needle: string) {
  const paragraphSpans = paragraphs(text);
  const sentenceSpans = sentences(text, paragraphSpans);
  const result = analyzeQuotes(text, paragraphSpans, sentenceSpans);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  const index = sentenceSpans.findIndex((s) => s.start <= at && at < s.end);
  assert.ok(index >= 0, `no sentence holds ${needle}`);
  assert.equal(result.sentences.length, sentenceSpans.length);
  return result.sentences[index];
}
