// Ranges, calendar extents, offsets and reasoning of the TIMEX3 tagger. Every sentence here is written
// for these tests.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';
import type { Timex } from '../../src/core/types';

const REF = '2020-12-05'; // a Saturday; ISO week 2020-W49

function tag(text: string, reference: string | null = REF): Timex[] {
  return tagTemporalExpressions(text, { reference, sentences: sentences(text) });
}

describe('temporal tagger (TIMEX3)', () => {
  describe('ranges, calendar extents and reasoning', () => {
    it('does not read a count after a date as a second day', () => {
      assert.deepEqual(tag('On March 3 and 22 people were hurt.').map((t) => t.text), ['March 3']);
    });
    it('tags both ends of "from 2017 to 2019"', () => {
      const timexes = tag('Output grew from 2017 to 2019.');
      assert.deepEqual(timexes.map((t) => [t.text, t.value]), [['2017', '2017'], ['2019', '2019']]);
    });
    it('tags both months of "from January to March"', () => {
      const timexes = tag('Exports fell from January to March.');
      assert.deepEqual(timexes.map((t) => t.value), ['2020-01', '2020-03']);
    });
    it('gives a month its calendar range', () => {
      const [september] = tag('In September, Bolivia received an authorisation.');
      assert.deepEqual(september.range, { from: '2020-09-01', to: '2020-09-30' });
      assert.match(september.reasoning, /publication date, 5 Dec 2020; past tense/);
    });
    it('says when a month takes the year of the passage, and gives it that year\'s range', () => {
      const [, december] = tag('The war began in October 1935. On 26 December, the commander asked for more troops.');
      assert.deepEqual(december.range, { from: '1935-12-26', to: '1935-12-26' });
      assert.equal(december.reasoning, '26 December of 1935, the year the passage is set in; past tense');
    });
    it('explains a future month', () => {
      const [september] = tag('The bridge will open in September.');
      assert.equal(september.value, '2021-09');
      assert.match(september.reasoning, /after the publication date, 5 Dec 2020; future tense/);
      assert.equal(september.tense, 'future');
    });
    it('does not anchor a duration after the verb "last" to the publication date', () => {
      const [timex] = tag('The talks will last two weeks.');
      assert.equal(timex.text, 'two weeks');
      assert.equal(timex.anchoredRange, undefined);
      const [past] = tag('Sales fell over the last two weeks.');
      assert.deepEqual(past.anchoredRange, { from: '2020-11-22', to: '2020-12-05' });
    });

    it('anchors "the past 11 months" to the publication date', () => {
      const [duration] = tag('Relations deteriorated in the past 11 months.');
      assert.deepEqual(duration.anchoredRange, { from: '2020-01-06', to: '2020-12-05' });
      assert.match(duration.reasoning, /11 months ending at the publication date/);
      assert.equal(duration.range, undefined);
    });
    it('gives a week, a quarter and a decade their ranges', () => {
      const [week, quarter, decade] = tag('Last week, first-quarter data for the 1990s was revised.');
      assert.deepEqual(week.range, { from: '2020-11-23', to: '2020-11-29' });
      assert.deepEqual(quarter.range, { from: '2020-01-01', to: '2020-03-31' });
      assert.deepEqual(decade.range, { from: '1990-01-01', to: '1999-12-31' });
    });
    it('reads the tense of the clause, not of the sentence', () => {
      const text = 'The ambassador said back in June that the centre is expected to open in 2023 as scheduled.';
      const timexes = tag(text);
      assert.deepEqual(timexes.map((t) => [t.text, t.tense]), [['June', 'past'], ['2023', 'future']]);
    });
    it('returns sorted, non-overlapping expressions with exact offsets', () => {
      const text = 'On Friday, Oct. 23, talks that began in 2019 resumed; they will end next week, officials said today.';
      const timexes = tag(text);
      for (let i = 0; i < timexes.length; i++) {
        assert.equal(text.slice(timexes[i].start, timexes[i].end), timexes[i].text);
        if (i > 0) assert.ok(timexes[i].start >= timexes[i - 1].end);
      }
      assert.deepEqual(timexes.map((t) => t.text), ['Friday, Oct. 23', '2019', 'next week', 'today']);
    });
    it('accepts a reference with a time of day', () => {
      const [today] = tag('The results were published today.', '2020-12-05T07:08');
      assert.equal(today.value, '2020-12-05');
    });
    it('works without sentences (one line at a time)', () => {
      const text = 'Published 18 October.\nIt will reopen in March.';
      const timexes = tagTemporalExpressions(text, { reference: REF, sentences: [] });
      assert.deepEqual(timexes.map((t) => t.value), ['2020-10-18', '2021-03']);
    });
    it('finds every expression of a long run-on sentence full of triggers', () => {
      // How its time grows with its length is measured by `npm run bench -- --only-pathological`.
      const chunk = 'In 2019 and 2020, on Monday 5 May, three years ago, the past 11 months, 12:30 p.m., ';
      const small = tag(chunk.repeat(1000)).length;
      const large = tag(chunk.repeat(4000)).length;
      assert.ok(small > 0);
      assert.equal(large, small * 4);
    });
  });
});
