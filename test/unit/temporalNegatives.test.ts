// Text the TIMEX3 tagger must leave alone. Every sentence here is written for these tests.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';
import type { Timex } from '../../src/core/types';

const REF = '2020-12-05'; // a Saturday; ISO week 2020-W49

function tag(text: string, reference: string | null = REF): Timex[] {
  return tagTemporalExpressions(text, { reference, sentences: sentences(text) });
}

describe('temporal tagger (TIMEX3)', () => {
  describe('text that is not temporal', () => {
    const negatives = [
      'The troops may march to the capital.',
      'It was a second attempt to pass the law.',
      'The 5 years old rule does not apply.',
      'A five-year-old boy was found safe.',
      'The COVID-19 vaccine arrived.',
      'The company paid $2000 in fines.',
      'The quarterly dividend was raised.',
      'She is in her 60s.',
      'He was in his fifties and sixties.',
      'Golfers shot scores of 60s and 70s.',
      'Shareholders read the annual report.',
      'More than 1,200 people attended.',
      'Some 2000 troops were deployed.',
      'Unemployment is at 12 percent.',
      'Prices fall when supply rises.',
      'He bought a copy of the Sun newspaper.',
      'Officials will act as soon as possible.',
      'The now-defunct airline owed millions.',
      'Iraq imports about three-quarters of its food.',
      'The carmaker wants to cut about a quarter of its dealers.',
      'He set up a venture called Orion 1980, to build parts.',
      'The Russell 2000 Index fell.',
      'The Audi Q7 and the FQ4 code are not quarters, nor is Q44.',
      'It was a matter of days before the move.',
      'Apple unveiled the iLife\'11 software suite.',
      'Nineteen people were hurt.',
      'The short-term outlook is poor.',
      'At the end of the day, nothing was decided.',
      'Everyone knew the day would come.',
      'The reformers carried the day in the assembly.',
      'The day has come for a change.',
      'The senator spoke on NBC\'s "This Week" program.',
      "The minister told CBS's ''48 Hours'' that talks had failed.",
      'Between 5 and 6 people were hurt, and prices rose 5-7 percent.',
      'The March on Rome was a coup.',
      'The prisoner was soon released.',
      'Protests soon spread to other cities.',
      'Crowds gathered at the soon-to-open terminal.',
    ];
    for (const text of negatives) {
      it(`finds nothing in "${text}"`, () => {
        assert.deepEqual(tag(text).map((t) => t.text), []);
      });
    }
  });
});

describe('numbers after a year that are not the end of a range', () => {
  for (const text of ['The form is numbered 2012-34-567.', 'The vote went 2019-12 against.', 'Call 1957-08-45 now.']) {
    it(`tags no second year in "${text}"`, () => {
      const spans = tag(text).map((t) => t.text);
      assert.ok(spans.every((span) => span.length !== 2), JSON.stringify(spans));
    });
  }
});
