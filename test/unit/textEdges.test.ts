// Words and numbers at the very start or end of a text: the character scans read around them, and
// must read no further than the text (a read outside it is no character). Texts written for these tests.
import * as assert from 'node:assert/strict';
import { sentenceTense, tagTemporalExpressions } from '../../src/core/temporal';
import { paragraphs, sentences } from '../../src/core/text';

function tag(text: string): [string, string][] {
  return tagTemporalExpressions(text, { reference: '2020-06-01', sentences: sentences(text, paragraphs(text)) }).map((t) => [t.text, t.value]);
}

describe('text edges', () => {
  it('reads a contraction that ends the text', () => {
    for (const [text, tense] of [["In May we'll", 'future'], ['In May they won’t', 'future'], ["In May they didn't", 'past'], ["In May we'", 'past']] as const) {
      assert.equal(sentenceTense(text, { start: 0, end: text.length }), tense, text);
    }
  });

  it('finds a year, a quarter and a clipped year that start or end the text', () => {
    assert.deepEqual(tag('2019 was hard.'), [['2019', '2019']]);
    assert.deepEqual(tag('It was hard in 2019'), [['2019', '2019']]);
    assert.deepEqual(tag('Q4'), [['Q4', '2019-Q4']]);
    assert.deepEqual(tag('Results for 4Q'), [['4Q', '2019-Q4']]);
    assert.deepEqual(tag("'82"), [["'82", '1982']]);
  });

  it('still drops a number glued to a word or an amount', () => {
    assert.deepEqual(tag('A380'), []);
    assert.deepEqual(tag('$2000'), []);
  });
});
