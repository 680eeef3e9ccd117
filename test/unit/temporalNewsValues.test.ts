// Values of news constructions (issue 16, MEANTIME): sentences written for these tests, each
// checked for its span, type and value against a fixed publication date.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';
import type { Timex } from '../../src/core/types';

const MONDAY = '2009-11-09'; // a Monday in the fourth quarter

function tag(text: string, reference: string | null = MONDAY): Timex[] {
  return tagTemporalExpressions(text, { reference, sentences: sentences(text) });
}

/** [text, expected span, type, value] */
type Case = [string, string, Timex['type'], string];

const groups: Record<string, Case[]> = {
  '"half a" unit is half of that unit': [
    ['The repairs took half a year.', 'half a year', 'DURATION', 'P6M'],
    ['The feud lasted half a century.', 'half a century', 'DURATION', 'P50Y'],
    ['The hearing was adjourned for half an hour.', 'half an hour', 'DURATION', 'PT30M'],
  ],
  'a year with a possessive is that year, not its decade': [
    ['Sales in 2008\'s fourth quarter fell.', '2008\'s fourth quarter', 'DATE', '2008-Q4'],
    ['In 2010\'s first quarter the mill reopened.', '2010\'s first quarter', 'DATE', '2010-Q1'],
    ['The town shrank in 2000\'s census.', '2000', 'DATE', '2000'],
    // The decade keeps its apostrophe spelling after "the" or another decade.
    ['Rents doubled in the 1990\'s.', 'the 1990\'s', 'DATE', '199'],
    ['Rents rose in the 1980\'s and 1990\'s.', '1990\'s', 'DATE', '199'],
  ],
  'a starting point after "since" lies before the publication date, whatever the tense': [
    ['The index is at its lowest level since March.', 'March', 'DATE', '2009-03'],
    ['Rents are up 4 percent since mid-December.', 'mid-December', 'DATE', '2008-12'],
    ['The shares are down a fifth since Thursday.', 'Thursday', 'DATE', '2009-11-05'],
    // Without "since" a month ahead of the present-tense clause still reads forward.
    ['The new line opens in March.', 'March', 'DATE', '2010-03'],
  ],
  'the part of a market day is the day the story tells': [
    [
      'The carmaker said on Friday that its sales rose sharply in October from a year before. It said its share of the market grew to a fifth, from a sixth a year earlier, helped by new models. Its shares hit a record in morning trading, before slipping later in the day.',
      'morning', 'TIME', '2009-11-06TMO',
    ],
    [
      'The carmaker said on Friday that its sales rose sharply in October from a year before. It said its share of the market grew to a fifth, from a sixth a year earlier, helped by new models. Its shares hit a record in morning trading, before slipping later in the day.',
      'the day', 'DATE', '2009-11-06',
    ],
    // With no day named, the publication day.
    ['Its shares hit a record in morning trading.', 'morning', 'TIME', '2009-11-09TMO'],
  ],
  'a plan told with "due to" or "expect ... to" lies ahead': [
    ['The bank is due to report its results on Friday.', 'Friday', 'DATE', '2009-11-13'],
    ['The suspect is due to appear in court on Friday.', 'Friday', 'DATE', '2009-11-13'],
    ['Analysts expect the bank to report a loss on Thursday.', 'Thursday', 'DATE', '2009-11-12'],
    // "due to" before a noun gives a cause, and the past clause still reads back.
    ['Trains were cancelled due to snow on Thursday.', 'Thursday', 'DATE', '2009-11-05'],
  ],
  'a season or fiscal year written with a slash gives both years': [
    ['The club was relegated in the 2009/10 season.', '2009', 'DATE', '2009'],
    ['The club was relegated in the 2009/10 season.', '10', 'DATE', '2010'],
    ['The 1999/00 budget was the last of the decade.', '00', 'DATE', '2000'],
  ],
  'a result past the hours of a day is minutes and seconds': [
    ['She finished third in 31:12 on a windy course.', '31:12', 'DURATION', 'PT31M12S'],
  ],
  'a unit after a counted noun is a rate': [
    ['The plant builds 400 trucks a day.', 'a day', 'SET', 'P1D'],
    ['The field pumps 20,000 barrels a day.', 'a day', 'SET', 'P1D'],
    ['Nurses work twelve hours a day, six days a week.', 'a week', 'SET', 'P1W'],
    // Without a count before it, "a day" is a length.
    ['The strike cost the mill a day of output.', 'a day', 'DURATION', 'P1D'],
  ],
  'a year-on-year comparison in the sentence of a month is that month a year before': [
    ['Home sales in October rose 9 percent from a year earlier.', 'a year earlier', 'DATE', '2008-10'],
    ['Exports in September were down from a year ago, the ministry said.', 'a year ago', 'DATE', '2008-09'],
    // In the next sentence it is the year again.
    ['Home sales in October rose. A year ago, the market was frozen.', 'A year ago', 'DATE', '2008'],
  ],
};

/** Sentences where "a day", "a year" is an occasion named by its clause: no expression there. */
const occasions: [string, string][] = [
  ['If there ever comes a day when I cannot lead, I will step down.', 'a day'],
  ['It is not a day anybody wants to repeat.', 'a day'],
  ['It was a year we will not forget.', 'a year'],
];
/** The same words as a length, before a clause opener. */
const lengths: [string, string][] = [
  ['For a week they camped outside the plant.', 'a week'],
  ['The repairs took a year when a month was planned.', 'a year'],
];

describe('temporal: numbers with a slash or a colon that are not short years or results', () => {
  for (const [text, wrong] of [
    ['The ratio was 2009/12 in the report.', '12'],
    ['Prices were set on 2009/10/12 by the board.', '10'],
    ['The pastor read Matthew 27:45 aloud.', '27:45'],
  ]) {
    it(`no "${wrong}" in: ${text}`, () => {
      assert.ok(!tag(text).some((t) => text.slice(t.start, t.end) === wrong));
    });
  }
});

describe('temporal: an occasion named by its clause is not a duration', () => {
  for (const [text, words] of occasions) {
    it(`no expression in: ${text}`, () => {
      assert.deepEqual(tag(text).map((t) => text.slice(t.start, t.end)).filter((s) => s.includes(words)), []);
    });
  }
  for (const [text, span] of lengths) {
    it(`${span} is a duration in: ${text}`, () => {
      assert.ok(tag(text).some((t) => text.slice(t.start, t.end) === span && t.type === 'DURATION'));
    });
  }
});

describe('temporal: news values', () => {
  for (const [group, cases] of Object.entries(groups)) {
    describe(group, () => {
      for (const [text, span, type, value] of cases) {
        it(`${text} → ${span} ${value}`, () => {
          const found = tag(text).find((t) => text.slice(t.start, t.end) === span);
          assert.ok(found, `no expression "${span}" in: ${tag(text).map((t) => text.slice(t.start, t.end)).join(' | ')}`);
          assert.equal(found.type, type);
          assert.equal(found.value, value);
        });
      }
    });
  }
});
