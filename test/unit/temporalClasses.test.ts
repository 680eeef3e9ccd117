// The error classes of issue 16, one group each, with sentences written for these tests: a weekday
// or month before (or around) its past-tense verb, short year ranges, measured times, ranges of
// months that share the closing year, earlier years in brackets and ranges, and evening hours.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';
import type { Timex } from '../../src/core/types';

const FRIDAY = '2020-03-13'; // a Friday in March

function tag(text: string, reference: string | null = FRIDAY): Timex[] {
  return tagTemporalExpressions(text, { reference, sentences: sentences(text) });
}

/** [text, expected span, type, value] */
type Case = [string, string, Timex['type'], string];

const classes: Record<string, Case[]> = {
  'weekday or month before its past-tense verb resolves backwards': [
    ['Police on Thursday arrested a man who had threatened the mayor.', 'Thursday', 'DATE', '2020-03-12'],
    ['Investigators Sunday found the wreckage of the plane.', 'Sunday', 'DATE', '2020-03-08'],
    ['A jury in Boston on Wednesday convicted the former mayor.', 'Wednesday', 'DATE', '2020-03-11'],
    ['Voters on Tuesday rejected the measure that would have raised taxes.', 'Tuesday', 'DATE', '2020-03-10'],
    ['The firm agreed in October to sell its paper mills.', 'October', 'DATE', '2019-10'],
    ['The firm in October agreed to sell its paper mills.', 'October', 'DATE', '2019-10'],
    ['The company in November cut 300 jobs.', 'November', 'DATE', '2019-11'],
    ['Prices in April rose 2 percent, the agency said.', 'April', 'DATE', '2019-04'],
    // The same words before a future verb look ahead.
    ['The mayor on Monday will unveil the budget.', 'Monday', 'DATE', '2020-03-16'],
    ['The firm agreed to sell its paper mills in October.', 'October', 'DATE', '2020-10'],
  ],
  'short year ranges give both years': [
    ['The expedition of 1957-58 mapped the coast.', '1957', 'DATE', '1957'],
    ['The expedition of 1957-58 mapped the coast.', '58', 'DATE', '1958'],
    ['In the 1999-00 season he scored 40 goals.', '00', 'DATE', '2000'],
  ],
  'race results and measured times are durations': [
    ['She finished in 3:07:35, a personal best.', '3:07:35', 'DURATION', 'PT3H7M35S'],
    ['He ran the mile in 3:59.4 on a cinder track.', '3:59.4', 'DURATION', 'PT3M59.4S'],
    ['Her winning time was 4:12.5.', '4:12.5', 'DURATION', 'PT4M12.5S'],
    ['The winner came home in 2:03:11.62.', '2:03:11.62', 'DURATION', 'PT2H3M11.62S'],
    // A time of day stays one.
    ['Trading closed at 4:30 p.m.', '4:30 p.m.', 'TIME', '2020-03-13T16:30'],
  ],
  'an hour before "tonight" is in the evening': [
    ['Doors open at 7:30 tonight.', '7:30 tonight', 'TIME', '2020-03-13T19:30'],
    ['The vote is set for 10:30 tonight.', '10:30 tonight', 'TIME', '2020-03-13T22:30'],
    ['The alarm rang at 9:15 yesterday.', '9:15 yesterday', 'TIME', '2020-03-12T09:15'],
  ],
  'the first month of a range takes the closing year': [
    ['The first convoy left between March and April 1918.', 'March', 'DATE', '1918-03'],
    ['Troops were withdrawn from May 15 to August 16, 1988.', 'May 15', 'DATE', '1988-05-15'],
    ['The decrees (February-March 1794) were never applied.', 'February', 'DATE', '1794-02'],
    ['The talks ran from 14 August to 24 August 1914.', '14 August', 'DATE', '1914-08-14'],
    ['The freeze lasted from December to February 1989.', 'December', 'DATE', '1988-12'],
    ['Both armies spent the spring and early summer of 1943 rebuilding.', 'the spring', 'DATE', '1943-SP'],
    // Without a closing year the tense decides as before.
    ['The office was shut between May and June.', 'May', 'DATE', '2019-05'],
  ],
  'earlier years in brackets and ranges of years': [
    ['The Civil Constitution of the Clergy (1790) split the church.', '1790', 'DATE', '1790'],
    ['The National Constituent Assembly (1789-1791) wrote a constitution.', '1789', 'DATE', '1789'],
    ['The National Constituent Assembly (1789-1791) wrote a constitution.', '1791', 'DATE', '1791'],
    ['Eastern Theater 1861-1863 Because of the resistance, the war went on.', '1861', 'DATE', '1861'],
    // A heading the sentence splitter did not end: "In" opens the clause, it names nothing.
    ['Offer of a separate peace\nIn 1917, the emperor wrote to Paris.', '1917', 'DATE', '1917'],
  ],
  'vague durations: bare plural units after a preposition': [
    ['The fortress guarded the pass for centuries.', 'centuries', 'DURATION', 'PXCE'],
    ['The index lost 900 points in just minutes.', 'minutes', 'DURATION', 'PTXM'],
    ['Within only weeks the start-up had run out of cash.', 'weeks', 'DURATION', 'PXW'],
  ],
  'the latest unit of a run ("a third straight day")': [
    ['Trading was halted for a second consecutive day.', 'a second consecutive day', 'DATE', '2020-03-13'],
    ['Stocks gained for the fourth week in a row.', 'the fourth week', 'DATE', '2020-W11'],
    ['Shares rose Tuesday for a third straight day.', 'a third straight day', 'DATE', '2020-03-10'],
  ],
  '"late in", "early on" belong to the expression they modify': [
    ['Late in 1985, the rebels took the valley.', 'Late in 1985', 'DATE', '1985'],
    ['The ferry left early on March 2.', 'early on March 2', 'DATE', '2020-03-02'],
    ['Talks broke down late in the year.', 'late in the year', 'DATE', '2020'],
  ],
  'a month "of that year" takes the year the story named': [
    ['The blockade began in 1940. In August of that year, the raids started.', 'August of that year', 'DATE', '1940-08'],
    ['He was elected in 1955; on January 24 of the same year he had resigned.', 'January 24 of the same year', 'DATE', '1955-01-24'],
  ],
  '"month\'s end" is the month the story tells': [
    ['Troops took the capital on 19 October 1950. At month\'s end, they held the river.', 'month\'s end', 'DATE', '1950-10'],
    ['The deal should close by month-end.', 'month-end', 'DATE', '2020-03'],
  ],
  '"Years later", "months earlier" without a count': [
    ['Years later, the general wrote his memoirs.', 'Years later', 'DATE', 'FUTURE_REF'],
    ['Months earlier, the ministry had drawn up the plan.', 'Months earlier', 'DATE', 'PAST_REF'],
  ],
  'a 24-hour clock with "hr" or "hrs"': [
    ['The assault began at 19:00 hr on the palace.', '19:00 hr', 'TIME', '2020-03-13T19:00'],
    ['At 03:00hrs the guns opened fire.', '03:00hrs', 'TIME', '2020-03-13T03:00'],
  ],
  'days of the month in words': [
    ['The holiday falls this year on Sunday, March eighth.', 'Sunday, March eighth', 'DATE', '2020-03-08'],
    ['Fireworks are planned for July Fourth.', 'July Fourth', 'DATE', '2020-07-04'],
    ['The treaty was signed on the twenty-first of June, 1999.', 'the twenty-first of June, 1999', 'DATE', '1999-06-21'],
    // A compound after the month is not its day.
    ['Results for May first-quarter sales were weak.', 'first-quarter', 'DATE', '2020-Q1'],
  ],
  'a part of the day the story is telling': [
    ['Shares in the carmaker rose 4 percent in morning trading.', 'morning', 'TIME', '2020-03-13TMO'],
    ['On Thursday, the index slid in late afternoon trade.', 'late afternoon', 'TIME', '2020-03-12TAF'],
    ['The merger has been years in the making.', 'years', 'DURATION', 'PXY'],
    ['Shares fell on Thursday. Traders sold heavily in the morning and bought back later.', 'the morning', 'TIME', '2020-03-12TMO'],
    ['The ship sank on May 2, 1915. During the night, boats picked up survivors.', 'the night', 'TIME', '1915-05-02TNI'],
  ],
};

describe('temporal error classes of issue 16', () => {
  for (const [group, rows] of Object.entries(classes)) {
    describe(group, () => {
      for (const [text, span, type, value] of rows) {
        it(`${JSON.stringify(span)} in "${text}" → ${type} ${value}`, () => {
          const timexes = tag(text);
          const found = timexes.find((t) => t.text === span);
          assert.ok(found, `no timex with span ${JSON.stringify(span)}; got ${JSON.stringify(timexes.map((t) => `${t.text} ${t.value}`))}`);
          assert.equal(found.type, type);
          assert.equal(found.value, value);
        });
      }
    });
  }

  it('does not read a name ending in a number as a year, nor a capitalized preposition as a name', () => {
    assert.deepEqual(tag('The Russell 2000 Index fell.').map((t) => t.text), []);
    assert.deepEqual(tag('A venture called Orion 1980, based in Ohio, failed.').map((t) => t.text), []);
  });

  it('does not take a year before 1900 outside brackets, ranges or a preposition', () => {
    assert.deepEqual(tag('The engine turns at 1800 revolutions.').map((t) => t.text), []);
  });
});

describe('days, parts of days and quarters the story last named', () => {
  const cases: [string, string, string, Timex['type'], string][] = [
    ['Stocks fell on Friday, Oct. 27. The index was down 4.5% from the previous Friday.', '1989-10-30', 'the previous Friday', 'DATE', '1989-10-20'],
    ['The deal was signed on Tuesday, and the following Monday the shares rose.', '1989-10-30', 'the following Monday', 'DATE', '1989-10-30'],
    ['On May 10, 2009, the minister resigned. On that same day, the cabinet met.', '2009-12-19', 'that same day', 'DATE', '2009-05-10'],
    ['On May 10, 2009, the fund collapsed. In the same month, the bank failed.', '2009-12-19', 'the same month', 'DATE', '2009-05'],
    ['On April 14, 2009, the mayor was shot. He died early the next morning.', '2009-12-19', 'early the next morning', 'TIME', '2009-04-15TMO'],
    ['On July 14, 2009, the crowd gathered. The gate fell that afternoon.', '2009-12-19', 'that afternoon', 'TIME', '2009-07-14TAF'],
    ['Results for the second quarter fell. Results for that quarter included a charge.', '1989-10-30', 'that quarter', 'DATE', '1989-Q2'],
    ['The father will leave at 4 in the morning, the president said.', '2000-04-05', '4 in the morning', 'TIME', '2000-04-06T04:00'],
    ['The polls close at 8 in the evening.', '2000-04-05', '8 in the evening', 'TIME', '2000-04-05T20:00'],
    ['Costs fell to $118 billion last year, $19 billion less than the year before.', '2009-03-10', 'the year before', 'DATE', '2007'],
    ['The vote was in May 2008. The month after, rain fell.', '2009-03-10', 'The month after', 'DATE', '2008-06'],
    ['He said the process would take between 60 and 90 days.', '2009-03-10', '60', 'DURATION', 'P60D'],
    ['He said the process would take between 60 and 90 days.', '2009-03-10', '90 days', 'DURATION', 'P90D'],
    ['The loan takes 30 or 40 years to pay off.', '2009-03-10', '30', 'DURATION', 'P30Y'],
    ['The talks lasted 12 to 18 months.', '2009-03-10', '12 to 18 months', 'DURATION', 'P12M'],
  ];
  for (const [text, reference, span, type, value] of cases) {
    it(`${JSON.stringify(span)} in "${text}" → ${type} ${value}`, () => {
      const found = tag(text, reference).find((t) => t.text === span);
      assert.ok(found, `no timex ${JSON.stringify(span)}; got ${JSON.stringify(tag(text, reference).map((t) => t.text))}`);
      assert.equal(found.type, type);
      assert.equal(found.value, value);
    });
  }

  it('leaves comparisons with another year to the comparison, and "quarter-to-quarter" alone', () => {
    assert.deepEqual(tag('Sales rose in the same month a year ago.', '2009-12-19').map((t) => t.text), ['the same month a year ago']);
    assert.deepEqual(tag('The quarter-to-quarter comparison was also enhanced.', '1989-10-30').map((t) => t.text), []);
    assert.deepEqual(tag('He scored 3 or 4 goals in the match.', '1989-10-30').map((t) => t.text), []);
  });
});
