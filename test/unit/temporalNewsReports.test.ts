// Constructions of news reports (issue 16, TimeBank-style news), with sentences written for these
// tests: comparisons in earnings reports, holidays with computed dates, possessive units.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { isoDate } from '../../src/core/temporal/calendar';
import { easterSunday } from '../../src/core/temporal/families/holidays';
import { sentences } from '../../src/core/text';
import type { Timex } from '../../src/core/types';

function tag(text: string, reference: string | null): Timex[] {
  return tagTemporalExpressions(text, { reference, sentences: sentences(text) });
}

/** [text, publication date, expected span, type, value] */
type Case = [string, string, string, Timex['type'], string];

function check(cases: Case[]): void {
  for (const [text, reference, span, type, value] of cases) {
    it(`${JSON.stringify(span)} in "${text}" → ${type} ${value}`, () => {
      const all = tag(text, reference);
      const found = all.find((t) => t.text === span);
      assert.ok(found, `no timex ${JSON.stringify(span)}; got ${JSON.stringify(all.map((t) => `${t.text}=${t.value}`))}`);
      assert.equal(found.type, type);
      assert.equal(found.value, value);
    });
  }
}

describe('earnings reports: what "a year earlier" compares with', () => {
  check([
    // After a quarter, the same quarter a year before ...
    ['Net income in the third quarter rose to $4 million from $3 million a year earlier.', '1989-10-26', 'a year earlier', 'DATE', '1988-Q3'],
    // ... but after a period of several quarters, the year before.
    ['Net income in the third quarter rose 5%. For the nine months, profit fell to $9 million from $12 million a year earlier.', '1989-10-26', 'a year earlier', 'DATE', '1988'],
    ['Revenue rose 8% in the quarter. In the first nine months, sales totaled $2 billion, compared with year-earlier sales of $1.8 billion.', '1989-10-26', 'year-earlier', 'DATE', '1988'],
    ['The fourth quarter was weak. In the six months, the bank earned $40 million, up from $30 million a year ago.', '1989-10-26', 'a year ago', 'DATE', '1988'],
    // The comparison word belongs to the period it compares.
    ['Net income in the third quarter rose 10%. In the comparable year-ago quarter, the firm lost money.', '1989-10-26', 'the comparable year-ago quarter', 'DATE', '1988-Q3'],
  ]);
});

describe('earnings reports: the quarter a comparison is about', () => {
  const filler = ' The company makes pumps and valves for refineries in Texas and Louisiana, and it sells them through dealers in forty states.'.repeat(8);
  const valueOf = (text: string, span: string) => tag(text, '1989-10-26').find((t) => t.text === span)?.value;
  it('"the year-ago period" names the reported quarter even when it was named far back', () => {
    assert.equal(valueOf(`Acme posted a 20% drop in third-quarter profit.${filler} In the year-ago period, Acme earned $9 million.`, 'the year-ago period'), '1988-Q3');
  });
  it('a bare "year-earlier" far from any quarter is the year before', () => {
    assert.equal(valueOf(`Acme posted a 20% drop in third-quarter profit.${filler} Year-earlier results were restated.`, 'Year-earlier'), '1988');
  });
  check([
    // A quarter under way that a forecast looks into is not that quarter.
    ['Acme posted a 20% drop in third-quarter profit. Analysts expect the slump to continue into the fourth quarter. In the year-ago period, Acme earned $9 million.', '1989-10-26', 'the year-ago period', 'DATE', '1988-Q3'],
    // A quarter under way told in the past is still reported on.
    ['Sales slipped in the fourth quarter so far. In the year-ago period, sales rose.', '1989-11-20', 'the year-ago period', 'DATE', '1988-Q4'],
  ]);
});

describe('earnings reports: a quarter named as a backdrop, and a subject kept by comparisons', () => {
  const filler = ' The firm builds cranes for ports along the Gulf coast and leases them to shipping lines.'.repeat(5);
  const valueOf = (text: string, span: string) => tag(text, '2021-10-28').find((t) => t.text === span)?.value;
  check([
    // "After a weak second quarter": the figures that follow are still about the third quarter.
    ['Pike Corp. said third-quarter profit rose 12%. After a weak second quarter tied to high freight costs, Pike credited lower prices. Costs in the year-earlier period included a plant closing.', '2021-10-28', 'the year-earlier period', 'DATE', '2020-Q3'],
    ['Pike Corp. said third-quarter profit rose 12%. Following a weak second quarter, margins were wider than a year ago.', '2021-10-28', 'a year ago', 'DATE', '2020-Q3'],
    ['Pike Corp. said third-quarter profit rose 12%. Since the first quarter, the company has cut 200 jobs. Sales were higher than a year earlier.', '2021-10-28', 'a year earlier', 'DATE', '2020-Q3'],
    // Named as the subject, the second quarter is what the comparison is about.
    ['Pike Corp. said third-quarter profit rose 12%. In the second quarter, Pike lost $2 million, compared with a profit a year earlier.', '2021-10-28', 'a year earlier', 'DATE', '2020-Q2'],
    // The backdrop quarter itself is still resolved.
    ['Pike Corp. said third-quarter profit rose 12%. After a weak second quarter, Pike credited lower prices.', '2021-10-28', 'second quarter', 'DATE', '2021-Q2'],
  ]);
  it('each comparison with the reported quarter keeps it the subject of the next one', () => {
    const text = `Pike Corp. said third-quarter profit rose 12% from a year ago.${filler} Revenue matched the year-earlier period.${filler} Interest costs were lower than a year ago.`;
    assert.equal(valueOf(text, 'the year-earlier period'), '2020-Q3');
    assert.equal(tag(text, '2021-10-28').filter((t) => t.text === 'a year ago').map((t) => t.value).join(' '), '2020-Q3 2020-Q3');
  });
  it('without the comparisons between, a quarter named far back no longer decides "a year ago"', () => {
    const text = `Pike Corp. said third-quarter profit rose 12%.${filler}${filler} Interest costs were lower than a year ago.`;
    assert.equal(valueOf(text, 'a year ago'), '2020');
  });
});

describe('two quarters of a named year are a half-year', () => {
  check([
    ['Analysts expect the slump to last through at least the first two quarters of 2022.', '2021-10-28', 'the first two quarters of 2022', 'DATE', '2022-H1'],
    ['Margins should recover in the last two quarters of 2022.', '2021-10-28', 'the last two quarters of 2022', 'DATE', '2022-H2'],
    // Without a year they are a length of time, as before.
    ['Sales fell in the first two quarters.', '2021-10-28', 'the first two quarters', 'DURATION', 'P2Q'],
    // Other counts of quarters stay lengths.
    ['Sales fell in the first three quarters of 2021.', '2021-10-28', 'the first three quarters', 'DURATION', 'P3Q'],
  ]);
});

describe('year-end', () => {
  check([
    ['The deal should close by year-end.', '1989-10-30', 'year-end', 'DATE', '1989'],
    // Told in the past, a year-end still ahead cannot be meant.
    ['The index has risen 12% since year-end.', '1989-10-30', 'year-end', 'DATE', '1988'],
    ['Inventories were high at year-end, the company said.', '1989-10-30', 'year-end', 'DATE', '1988'],
    // In December the year-end is the publication year's own.
    ['Inventories were high at year-end, the company said.', '1989-12-28', 'year-end', 'DATE', '1989'],
  ]);
});

describe('holidays named "<Name> Day"', () => {
  check([
    ['The senator will campaign hard until Election Day.', '2006-10-20', 'Election Day', 'DATE', '2006-11-07'],
    ['Turnout on Election Day 2004 was high.', '2006-10-20', 'Election Day 2004', 'DATE', '2004-11-02'],
    ['Fireworks are banned on Independence Day this year.', '2006-06-20', 'Independence Day', 'DATE', '2006-07-04'],
    ['Stores will close on New Year\'s Day.', '2006-12-20', 'New Year\'s Day', 'DATE', '2007-01-01'],
    ['The parade was held on Memorial Day.', '2006-06-20', 'Memorial Day', 'DATE', '2006-05-29'],
    ['The strike began after Labor Day.', '2006-10-20', 'Labor Day', 'DATE', '2006-09-04'],
    ['The boy was rescued at sea last Thanksgiving.', '2000-04-10', 'last Thanksgiving', 'DATE', '1999-11-25'],
    ['The mall hopes to reopen by next Christmas.', '2000-04-10', 'next Christmas', 'DATE', '2000-12-25'],
  ]);
  it('leaves other days alone', () => {
    assert.deepEqual(tag('It was a great day for the team, and Game Day tickets sold out.', '2006-10-20').map((t) => t.text), []);
  });
});

describe('Easter: a feast whose day moves from year to year', () => {
  check([
    ['Protesters prayed as Easter week began.', '2000-04-16', 'Easter week', 'DATE', '2000-W16'],
    ['The church will be full on Easter Sunday.', '2024-03-20', 'Easter Sunday', 'DATE', '2024-03-31'],
    ['Markets will be closed on Easter Monday.', '2019-04-10', 'Easter Monday', 'DATE', '2019-04-22'],
    ['The family last met at Easter 2019.', '2021-01-05', 'Easter 2019', 'DATE', '2019-04-21'],
    ['The ceasefire has held since last Easter.', '2000-06-01', 'last Easter', 'DATE', '2000-04-23'],
  ]);
  it('computes Easter Sunday at both ends of its range of dates', () => {
    // Calendar days, read as such (toDateString would read a calendar day in the machine's zone).
    const day = (year: number) => { const date = easterSunday(year); return date && isoDate(date); };
    assert.equal(day(1818), '1818-03-22');
    assert.equal(day(2038), '2038-04-25');
    assert.equal(day(2025), '2025-04-20');
  });
  it('leaves names and things called Easter alone', () => {
    assert.deepEqual(tag('Easter Island lies far west of Chile, and the children hunted Easter eggs.', '2006-10-20').map((t) => t.text), []);
  });
});

describe('a vague stretch of time beside an event told by a clause', () => {
  check([
    ['The rebels landed in 1956. In the years that followed, they won the countryside.', '1999-01-05', 'years', 'DURATION', 'PXY'],
    ['In the months since the flood, the town has rebuilt its bridge.', '1999-01-05', 'months', 'DURATION', 'PXM'],
    ['Prices rose sharply in the weeks which preceded the vote.', '1999-01-05', 'weeks', 'DURATION', 'PXW'],
  ]);
  it('leaves a clause that is not about what came before or after alone', () => {
    assert.deepEqual(tag('He recalled the years that he spent abroad.', '1999-01-05').map((t) => t.text), []);
  });
});

describe('a prefix glued to a year', () => {
  check([
    ['Exiles say the post-1959 politics split their families.', '2000-04-01', 'post-1959', 'DATE', '1959'],
    ['The treaty restored the pre-1914 borders.', '2000-04-01', 'pre-1914', 'DATE', '1914'],
  ]);
});

describe('a hyphenated length that names its whole noun phrase', () => {
  check([
    ['Profits were inflated over a three-year period.', '2000-04-01', 'a three-year period', 'DURATION', 'P3Y'],
    ['Buyers have a 30-day window to return the goods.', '2000-04-01', 'a 30-day window', 'DURATION', 'P30D'],
    // With "the" the length only describes the noun.
    ['The court could waive the seven-day period.', '2000-04-01', 'seven-day', 'DURATION', 'P7D'],
  ]);
});

describe('two amounts of one unit after "between", in words', () => {
  check([
    ['Patients wait between two and six days for an organ.', '2000-04-01', 'two', 'DURATION', 'P2D'],
    ['Patients wait between two and six days for an organ.', '2000-04-01', 'six days', 'DURATION', 'P6D'],
    ['The repairs take between three to five weeks.', '2000-04-01', 'three', 'DURATION', 'P3W'],
    // Without "between" the range stays one expression.
    ['The repairs take three to five weeks.', '2000-04-01', 'three to five weeks', 'DURATION', 'P3W'],
  ]);
});

describe('a day told from a weekday named after it', () => {
  check([
    ['The day before last Tuesday\'s hearing, the lawyers met.', '2000-02-24', 'The day before last Tuesday', 'DATE', '2000-02-21'],
    ['The ship docked the day after Friday.', '2000-02-24', 'the day after Friday', 'DATE', '2000-02-19'],
  ]);
  it('leaves "the day" before an event alone', () => {
    assert.deepEqual(tag('The day after the vote, he left.', '2000-02-24').map((t) => t.text), ['The day']);
  });
});

describe('words around a day that belong to it', () => {
  check([
    ['The festival opens this coming Saturday, June 9.', '2007-06-05', 'this coming Saturday, June 9', 'DATE', '2007-06-09'],
    ['The ship sailed last Friday, June 1.', '2007-06-05', 'last Friday, June 1', 'DATE', '2007-06-01'],
    ['In Tokyo at mid-afternoon yesterday, the yen was weaker.', '2007-06-05', 'mid-afternoon yesterday', 'TIME', '2007-06-04TAF'],
    ['The talks broke down late afternoon Monday.', '2007-06-05', 'late afternoon Monday', 'TIME', '2007-06-04TAF'],
  ]);
});

describe('"the week\'s" and "the month\'s": the week or month the story tells', () => {
  check([
    ['Volume rose on Thursday in the week\'s busiest session.', '2007-06-05', 'the week', 'DATE', '2007-W22'],
    ['Shares fell, erasing the month\'s gains.', '2007-06-05', 'the month', 'DATE', '2007-06'],
  ]);
});

describe('a length written before a noun is not a period of its own', () => {
  it('"the two day rally" spans the length only', () => {
    const found = tag('Crowds gathered for the two day rally in the capital.', '1998-03-03');
    assert.deepEqual(found.map((t) => `${t.text}=${t.value}`), ['two day=P2D']);
  });
});

describe('names and ranges that look like times', () => {
  it('leaves "USA Today" and "VOA Today" alone, not "The CIA today"', () => {
    const found = tag('USA Today reported the poll. This is VOA Today. The CIA today denied it.', '1998-03-31');
    assert.deepEqual(found.map((t) => t.text), ['today']);
  });
  it('reads "between two to six days" as two amounts, like "between 2 and 6 days"', () => {
    const found = tag('Patients wait between two to six days for a bed.', '1998-03-31');
    assert.deepEqual(found.map((t) => `${t.text}=${t.value}`), ['two=P2D', 'six days=P6D']);
  });
});

describe('lengths of time with no amount', () => {
  check([
    ['The town will have to live without power for a while.', '1998-01-11', 'a while', 'DURATION', 'PXX'],
    ['Troops will stay in the region for a fairly lengthy period.', '1990-08-16', 'a fairly lengthy period', 'DURATION', 'PXX'],
  ]);
  it('leaves "once in a while" and "while" the conjunction alone', () => {
    assert.deepEqual(tag('Once in a while it rains, while the sun shines.', '1998-01-11').map((t) => t.text), []);
  });
});

describe('days and weeks counted from "yesterday", "tomorrow" and "last"', () => {
  check([
    ['The talks broke down the day before yesterday.', '1998-03-05', 'the day before yesterday', 'DATE', '1998-03-03'],
    ['The board meets the day after tomorrow.', '1998-03-05', 'the day after tomorrow', 'DATE', '1998-03-07'],
    ['Prices fell the week before last.', '1998-03-05', 'the week before last', 'DATE', '1998-W08'],
    ['The plant closed the year before last.', '1998-03-05', 'the year before last', 'DATE', '1996'],
    ['Five people died this past weekend.', '1998-03-05', 'this past weekend', 'DATE', '1998-W09-WE'],
    ['The hearing opens two weeks from today.', '1998-03-05', 'two weeks from today', 'DATE', '1998-W12'],
  ]);
});

describe('"the past century" is the hundred years up to the publication date', () => {
  check([['It was one of the great events of the past century.', '1989-10-30', 'the past century', 'DURATION', 'P100Y']]);
});
