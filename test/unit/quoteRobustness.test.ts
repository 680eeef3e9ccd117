// The quote analysis on odd input (empty, random marks, huge paragraphs) and its module state (the
// token pool). Every fixture here is written for these tests (no corpus text).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyzeQuotes } from '../../src/core/quotes';
import { releaseTokens, tokenize } from '../../src/core/quotes/mentions';
import { paragraphs, sentences } from '../../src/core/text';
import { analyze } from './quotesFixture';

describe('quotes: robustness', () => {
  it('returns one attribution per sentence, even with no quotes', () => {
    const text = 'One sentence. Another sentence here.\n\nA third one.';
    const result = analyze(text);
    assert.equal(result.quotes.length, 0);
    assert.equal(result.sentences.length, sentences(text).length);
  });

  it('handles empty text', () => {
    assert.deepEqual(analyzeQuotes('', [], []), { quotes: [], sentences: [] });
  });

  it('keeps its invariants on arbitrary mixes of quote marks, names and verbs', () => {
    const pieces = ['"', "'", '‘', '’', '“', '”', '„', '«', '»', ' ', '\n', '\n\n', 'said', 'Smith', 'he', ',', '.', ':', '(', ')', '―', 'According to', 'the president', '[x]', '...', '…', 'Mr.', 'told', 'REUTERS/Ana Ortega', 'saying'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const paragraphSpans = paragraphs(text);
        const sentenceSpans = sentences(text, paragraphSpans);
        const result = analyzeQuotes(text, paragraphSpans, sentenceSpans);
        assert.equal(result.sentences.length, sentenceSpans.length);
        result.quotes.forEach((quote, index) => {
          assert.ok(quote.start >= 0 && quote.start < quote.end && quote.end <= text.length);
          assert.equal(text.slice(quote.start, quote.end), quote.text);
          assert.ok(quote.group <= index);
          if (quote.speaker) assert.equal(text.slice(quote.speaker.start, quote.speaker.end), quote.speaker.mention);
          for (const edit of quote.edits) assert.ok(edit.start >= quote.start && edit.end <= quote.end);
          if (index > 0) assert.ok(quote.start >= result.quotes[index - 1].end, 'quotes are ordered and disjoint');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a huge paragraph full of unbalanced marks and apostrophes into quotes inside the text', () => {
    // How its time grows with its length is measured by `npm run bench -- --only-pathological`.
    const chunk = '“Smith’s plan won’t work said he, and ‘the students’ council agreed ';
    const text = chunk.repeat(20000);
    const result = analyze(text);
    for (const q of result.quotes) assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length);
  });
});

describe('quotes: module state (the token pool)', () => {
  // The tokenizer recycles token objects between calls (mentions.ts); analyzeQuotes releases them
  // when it returns. An analysis must not see what an earlier one, or a stray tokenize call, left.
  const first = '“We will rebuild the bridge by May,” said Mayor Ann Rowe. She added: “It is a promise.”\n\nCritics disagreed. “It will never open,” Tom Hale told reporters.';
  const second = 'Sen. Luis Arce, an economist at the Pacific Institute, said the plan was “a fantasy dressed up as policy.” “Nobody believes it,” he said.';

  it('gives the same analysis after another analysis and after a tokenize call left tokens behind', () => {
    const alone = analyze(first);
    analyze(second);
    const afterOther = analyze(first);
    tokenize(second, 0, second.length);
    const afterStrayTokens = analyze(first);
    assert.deepEqual(afterOther, alone);
    assert.deepEqual(afterStrayTokens, alone);
    assert.equal(alone.quotes[0].speaker?.name, 'Ann Rowe');
    assert.equal(alone.quotes.at(-1)?.speaker?.name, 'Tom Hale');
  });

  it('hands out a token array that the next call overwrites (why callers keep offsets, not tokens)', () => {
    const tokens = tokenize(second, 0, 10);
    const words = tokens.map((t) => t.lower);
    tokenize(first, 0, 30);
    assert.notDeepEqual(tokens.map((t) => t.lower), words);
    releaseTokens();
  });
});
