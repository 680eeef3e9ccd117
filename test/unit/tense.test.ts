// Clause tense: the cue words that decide how a date without a year is resolved and how a claim is
// classified. Sentences written for these tests.
import * as assert from 'node:assert/strict';
import { sentenceTense, tenseAt } from '../../src/core/temporal';
import type { Tense } from '../../src/core/types';

/** [sentence, word whose clause is asked about, expected tense] */
const cases: [string, string, Tense][] = [
  ['Bolivia will restore its relations with Russia in March.', 'March', 'future'],
  ['The plant shall reopen in May.', 'May', 'future'],
  ["We'll finish the road in June.", 'June', 'future'],
  ['The company is going to cut jobs in April.', 'April', 'future'],
  ['The centre is expected to open in 2023.', '2023', 'future'],
  ['The firm plans to list its shares in 2022.', '2022', 'future'],
  ['The vote is scheduled for 12 March.', '12 March', 'future'],
  ['Talks are set to resume on Monday.', 'Monday', 'future'],
  ['The minister said the bridge would open in July.', 'July', 'future'],
  ['Prices may rise in January.', 'January', 'future'],
  ['The runoff will be held on 2 December.', '2 December', 'future'],
  ['In September, Bolivia received an authorisation.', 'September', 'past'],
  ['The contract was signed in 2017.', '2017', 'past'],
  ['The ambassador said back in June that works stopped.', 'June', 'past'],
  ['The plant had closed in October.', 'October', 'past'],
  ['Sales fell sharply in January.', 'January', 'past'],
  ['He did not vote in 2016.', '2016', 'past'],
  ['The company has signed three contracts since May.', 'May', 'past'],
  ['The country is now at peace.', 'now', 'present'],
  ['Bolivia has the right to export meat this year.', 'this year', 'present'],
  ['Unemployment remains high this month.', 'this month', 'present'],
  ["The ambassador said in June that the centre is expected to open in 2023.", 'June', 'past'],
  ["The ambassador said in June that the centre is expected to open in 2023.", '2023', 'future'],
  ['President Bush on Tuesday said the United States may extend the embargo.', 'Tuesday', 'past'],
  ['The delay was due to the pandemic in March.', 'March', 'past'],
  ['The summit, to be held in May, was announced.', 'May', 'future'],
  ['Critics called for a review before construction resumes in January.', 'January', 'future'],
  ['The museum reopens in March.', 'March', 'future'],
  ["The company didn't pay in June.", 'June', 'past'],
  ["They won't sign before March.", 'March', 'future'],
  // A capitalized "May" inside a sentence is the month, not the modal.
  ['The agency disclosed in May that it had been hacked.', 'May', 'past'],
  ['The board met in May to approve the merger.', 'May', 'past'],
  ['May prices rise again next year?', 'May', 'future'],
  // A plan told in the past perfect has been overtaken: its date lies behind.
  ['The offer had been scheduled to expire on Friday.', 'Friday', 'past'],
  ['The vote had been due to take place on Monday.', 'Monday', 'past'],
  ['The offer was scheduled to expire on Friday.', 'Friday', 'future'],
  // What was agreed, decided or promised lies after the commitment, even when that is told in the past.
  ['The two banks agreed to merge in February.', 'February', 'future'],
  ['The club has decided to rebuild its stadium in March.', 'March', 'future'],
  ['The mayor promised to reopen the library in April.', 'April', 'future'],
  ['The firm announced an agreement to sell its printing unit in January.', 'January', 'future'],
  ['The union agreed to the terms in March.', 'March', 'past'],
  ['The board agreed on Tuesday to sell the unit.', 'Tuesday', 'past'],
  // A negated participle is an adjective, not a past verb.
  ['Refunds would go out on an unspecified day in January.', 'January', 'future'],
];

describe('clause tense', () => {
  for (const [sentence, word, expected] of cases) {
    it(`${JSON.stringify(word)} in "${sentence}" → ${expected}`, () => {
      const offset = sentence.indexOf(word);
      assert.ok(offset >= 0);
      assert.equal(tenseAt(sentence, { start: 0, end: sentence.length }, offset), expected);
    });
  }

  it('reads only the given sentence of a longer text', () => {
    const text = 'The bridge opened in May. It will close in June.';
    const second = { start: text.indexOf('It'), end: text.length };
    assert.equal(tenseAt(text, second, text.indexOf('June')), 'future');
    assert.equal(tenseAt(text, { start: 0, end: second.start - 1 }, text.indexOf('May')), 'past');
  });

  it('defaults to the past when a sentence has no verb cue', () => {
    assert.equal(tenseAt('Bolivia, October 24, 2020.', { start: 0, end: 25 }, 9), 'past');
  });

  it('gives the strongest tense of a whole sentence', () => {
    const text = 'The minister said the plant will reopen.';
    assert.equal(sentenceTense(text, { start: 0, end: text.length }), 'future');
    const past = 'The minister said the plant reopened.';
    assert.equal(sentenceTense(past, { start: 0, end: past.length }), 'past');
  });
});
