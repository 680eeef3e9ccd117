// Table-driven tests for the TIMEX3 tagger. Every sentence here is written for these tests.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';
import type { Timex } from '../../src/core/types';

const REF = '2020-12-05'; // a Saturday; ISO week 2020-W49

function tag(text: string, reference: string | null = REF): Timex[] {
  return tagTemporalExpressions(text, { reference, sentences: sentences(text) });
}

/** [text, reference, expected span text, type, value, ambiguous?] */
type Case = [string, string | null, string, Timex['type'], string, boolean?];

const cases: Record<string, Case[]> = {
  'seed article expectations': [
    ['In September, Bolivia received an authorisation to deliver beef to Russia.', REF, 'September', 'DATE', '2020-09'],
    ['In 2019, then-Bolivian President Evo Morales said the country was interested.', REF, '2019', 'DATE', '2019'],
    ['The two agencies signed in 2017 a contract for building a research centre.', REF, '2017', 'DATE', '2017'],
    ['The research centre is expected to open in 2023 as scheduled.', REF, '2023', 'DATE', '2023'],
    ['The ambassador said back in June that the works had stopped.', REF, 'June', 'DATE', '2020-06'],
    ['Arce secured victory in the presidential election held on 18 October.', REF, '18 October', 'DATE', '2020-10-18'],
    ['The results of the election held on 20 October 2019 were annulled.', REF, '20 October 2019', 'DATE', '2019-10-20'],
    ['The president-elect waves in El Alto, Bolivia, October 24, 2020.', REF, 'October 24, 2020', 'DATE', '2020-10-24'],
    ['Relations deteriorated in the past 11 months because of the interim government.', REF, 'the past 11 months', 'DURATION', 'P11M'],
    ['After three weeks of nationwide protests, the leader stepped down.', REF, 'three weeks', 'DURATION', 'P3W'],
  ],
  '"last" as a verb, and scheduled events told in the present': [
    ['The talks will last two weeks.', REF, 'two weeks', 'DURATION', 'P2W'],
    ['The strike is expected to last a year.', REF, 'a year', 'DURATION', 'P1Y'],
    ['The inquiry could last several months.', REF, 'several months', 'DURATION', 'PXM', true],
    ['Sales fell over the last two weeks.', REF, 'the last two weeks', 'DURATION', 'P2W'],
    ['Prices rose in the last three months.', REF, 'the last three months', 'DURATION', 'P3M'],
    ['The group called for an independent review before construction resumes in January.', REF, 'January', 'DATE', '2021-01'],
    ['Construction resumes in January.', REF, 'January', 'DATE', '2021-01'],
    ['The museum reopens in March.', REF, 'March', 'DATE', '2021-03'],
    // Events that take effect or go on sale are scheduled: the next such day.
    ['Tickets go on sale Friday.', REF, 'Friday', 'DATE', '2020-12-11'],
    ['Workers go on strike Monday.', REF, 'Monday', 'DATE', '2020-12-07'],
    // The base form after a plural subject is scheduled too; after "the" it is a noun.
    ['Deliveries start in the third quarter.', '2021-03-14', 'the third quarter', 'DATE', '2021-Q3'],
    ['The talks resume Tuesday.', REF, 'Tuesday', 'DATE', '2020-12-08'],
    ['At the start of March, sales fell.', '2021-03-14', 'the start of March', 'DATE', '2021-03'],
    ['The law, passed in 2018, takes effect next spring.', REF, 'next spring', 'DATE', '2021-SP'],
    ['Officials said the school reopens in August.', REF, 'August', 'DATE', '2021-08'],
    ['The ban stays until parliament convenes in February.', REF, 'February', 'DATE', '2021-02'],
    ['He resigned before the vote in January.', REF, 'January', 'DATE', '2020-01'],
    ['The season starts in April.', '2020-02-10', 'April', 'DATE', '2020-04'],
    ['The shop stays closed until Saturday.', REF, 'Saturday', 'DATE', '2020-12-05'],
    ['The shop stays closed until Monday.', REF, 'Monday', 'DATE', '2020-12-07'],
  ],
  'months resolved by tense': [
    ['The new bridge will open in September.', REF, 'September', 'DATE', '2021-09'],
    ['The old bridge opened in September.', REF, 'September', 'DATE', '2020-09'],
    ['The minister will visit the region in December.', REF, 'December', 'DATE', '2020-12'],
    ['Sales fell sharply in January.', REF, 'January', 'DATE', '2020-01'],
    ['Elections are scheduled for March.', REF, 'March', 'DATE', '2021-03'],
    ['The company plans to launch the phone in February.', REF, 'February', 'DATE', '2021-02'],
    ['Prices rose in November.', REF, 'November', 'DATE', '2020-11'],
    ['The talks are going to resume in May.', REF, 'May', 'DATE', '2021-05'],
    ['The law was passed in March.', REF, 'March', 'DATE', '2020-03'],
    ['The envoy is expected to arrive on 10 January.', REF, '10 January', 'DATE', '2021-01-10'],
    ['The council met on 3 November.', REF, '3 November', 'DATE', '2020-11-03'],
    ['The runoff will be held on 2 December.', REF, '2 December', 'DATE', '2021-12-02'],
    ['The offer was extended to Jan. 15 by the board.', REF, 'Jan. 15', 'DATE', '2021-01-15'],
    ['Exports collapsed in April, the ministry said.', REF, 'April', 'DATE', '2020-04'],
    ['The festival will return in July.', REF, 'July', 'DATE', '2021-07'],
    ['The dam burst in August after heavy rains.', REF, 'August', 'DATE', '2020-08'],
    ['The plant had closed in October.', REF, 'October', 'DATE', '2020-10'],
    ['A report released in early March showed losses.', REF, 'early March', 'DATE', '2020-03'],
    ['Talks resumed in late June.', REF, 'late June', 'DATE', '2020-06'],
    ['The rally took place last October.', REF, 'last October', 'DATE', '2020-10'],
    ['The rally took place last October.', '1999-05-05', 'last October', 'DATE', '1998-10'],
    ['The summit will be held next June.', REF, 'next June', 'DATE', '2021-06'],
    ['The same thing happened in June 2015.', REF, 'June 2015', 'DATE', '2015-06'],
  ],
  'explicit dates': [
    ['The accord was signed on December 5, 2020.', REF, 'December 5, 2020', 'DATE', '2020-12-05'],
    ['The report was released Dec. 5.', REF, 'Dec. 5', 'DATE', '2020-12-05'],
    ['The fiscal year ended Sept. 30, 1989.', REF, 'Sept. 30, 1989', 'DATE', '1989-09-30'],
    ['The museum reopened on 1 May 2015.', REF, '1 May 2015', 'DATE', '2015-05-01'],
    ['The parade took place on the 4th of July.', REF, 'the 4th of July', 'DATE', '2020-07-04'],
    ['Output peaked in July 2019.', REF, 'July 2019', 'DATE', '2019-07'],
    ['Output peaked in June last year.', REF, 'June last year', 'DATE', '2019-06'],
    ['Franchises end after October of next year.', REF, 'October of next year', 'DATE', '2021-10'],
    ['The accord was signed on 3 March this year.', REF, '3 March this year', 'DATE', '2020-03-03'],
    ['The strike began in March 1998.', REF, 'March 1998', 'DATE', '1998-03'],
    ['Published 2020-12-05 by the agency.', REF, '2020-12-05', 'DATE', '2020-12-05'],
    ['The form was dated 12/05/2020 by the clerk.', REF, '12/05/2020', 'DATE', '2020-12-05'],
    ['The meeting happened on March 3rd.', REF, 'March 3rd', 'DATE', '2020-03-03'],
    ['The company was founded in September of 2019.', REF, 'September of 2019', 'DATE', '2019-09'],
    ['Shares closed lower on Friday, Oct. 23.', REF, 'Friday, Oct. 23', 'DATE', '2020-10-23'],
    ['The treaty of 14 February 1990 still applies.', REF, '14 February 1990', 'DATE', '1990-02-14'],
    ['A storm hit on Aug. 7, 1998.', REF, 'Aug. 7, 1998', 'DATE', '1998-08-07'],
    ['The deadline is 31 December 2021.', REF, '31 December 2021', 'DATE', '2021-12-31'],
  ],
  'years, decades and centuries': [
    ['The dam was built in 1998.', REF, '1998', 'DATE', '1998'],
    ['Inflation was high in the 1990s.', REF, 'the 1990s', 'DATE', '199'],
    ['The region boomed in the early 1980s.', REF, 'the early 1980s', 'DATE', '198'],
    ['Music from the \'90s is back.', REF, 'the \'90s', 'DATE', '199'],
    ['It was the bloodiest war of the 20th century.', REF, 'the 20th century', 'DATE', '19'],
    ['The company earned $17 million in fiscal 1989.', REF, 'fiscal 1989', 'DATE', '1989'],
    ['Crime rose in the mid-1990s.', REF, 'the mid-1990s', 'DATE', '199'],
    ['The first bridge dates from 1867.', REF, '1867', 'DATE', '1867'],
    ['Trade has grown since 2001.', REF, '2001', 'DATE', '2001'],
    ['The index is at its lowest level since \'82.', REF, '\'82', 'DATE', '1982'],
    ['Cars of the 70s were boxy.', REF, 'the 70s', 'DATE', '197'],
    ['Their contract runs until 2030.', REF, '2030', 'DATE', '2030'],
  ],
  // REF is Saturday 5 December 2020; '2020-12-09' is a Wednesday.
  'weekdays that have passed, "one day" and "the day"': [
    ['Critics attacked Tuesday\'s decision by the board.', REF, 'Tuesday', 'DATE', '2020-12-01'],
    ['Fans hope to overturn Thursday\'s ruling on appeal.', REF, 'Thursday', 'DATE', '2020-12-03'],
    ['Saturday\'s edition carried the full text.', REF, 'Saturday', 'DATE', '2020-12-05'],
    ['Lawyers will study Monday\'s filing.', '2020-12-09', 'Monday', 'DATE', '2020-12-07'],
    ['Until Thursday, the police had not named a suspect.', REF, 'Thursday', 'DATE', '2020-12-03'],
    ['It was not until Friday that the mayor spoke.', REF, 'Friday', 'DATE', '2020-12-04'],
    ['The shop will stay shut until Thursday.', REF, 'Thursday', 'DATE', '2020-12-10'],
    ['The agency disclosed in May that it had been hacked.', REF, 'May', 'DATE', '2020-05'],
    ['One day, the railway will reach the coast.', REF, 'One day', 'DATE', 'FUTURE_REF'],
    ['She believes the town will one day host the games.', REF, 'one day', 'DATE', 'FUTURE_REF'],
    ['One day, a stranger knocked on the door.', REF, 'One day', 'DATE', 'PAST_REF'],
    ['The strike lasted one day.', REF, 'one day', 'DURATION', 'P1D'],
    ['The fair opened on Nov. 12. Crowds returned the day after the opening.', REF, 'the day', 'DATE', '2020-11-13'],
    ['The fair opened on Nov. 12. The day before, the gates were painted.', REF, 'The day', 'DATE', '2020-11-11'],
    ['She was last seen on Nov. 12, the day before the storm hit.', REF, 'the day', 'DATE', '2020-11-12'],
    ['The fair opened on Nov. 12 and sold out later in the day before closing.', REF, 'the day', 'DATE', '2020-11-12'],
    ['The day after the vote, protesters gathered downtown.', REF, 'The day', 'DATE', 'XXXX-XX-XX', true],
    ['The tender offer had been scheduled to expire at midnight Friday.', REF, 'midnight Friday', 'TIME', '2020-12-04T24:00'],
    ['The ministry will soon publish the figures.', REF, 'soon', 'DATE', 'FUTURE_REF'],
  ],
  'reporting periods': [
    ['Profit doubled in the fiscal year ended June 30.', REF, 'the fiscal year', 'DURATION', 'P1Y'],
    ['The chain lost money in the year ending March 31.', REF, 'the year', 'DURATION', 'P1Y'],
    ['Sales grew during the fiscal year.', REF, 'the fiscal year', 'DATE', '2020'],
    ['Orders in the current quarter started strongly.', '1989-10-26', 'the current quarter', 'DATE', '1989-Q4'],
  ],
  'relative dates': [
    ['Exports doubled last year.', REF, 'last year', 'DATE', '2019'],
    ['Exports doubled this year.', REF, 'this year', 'DATE', '2020'],
    ['Exports will double next year.', REF, 'next year', 'DATE', '2021'],
    ['Prices fell last month.', REF, 'last month', 'DATE', '2020-11'],
    ['Prices fell this month.', REF, 'this month', 'DATE', '2020-12'],
    ['Prices will fall next month.', REF, 'next month', 'DATE', '2021-01'],
    ['The minister resigned last week.', REF, 'last week', 'DATE', '2020-W48'],
    ['The minister resigned this week.', REF, 'this week', 'DATE', '2020-W49'],
    ['The minister will resign next week.', REF, 'next week', 'DATE', '2020-W50'],
    ['The mine closed two years ago.', REF, 'two years ago', 'DATE', '2018'],
    ['The mine closed three months ago.', REF, 'three months ago', 'DATE', '2020-09'],
    ['The mine closed a week ago.', REF, 'a week ago', 'DATE', '2020-W48'],
    ['The mine closed five days ago.', REF, 'five days ago', 'DATE', '2020-11-30'],
    ['The mine closed a decade ago.', REF, 'a decade ago', 'DATE', '2010'],
    ['The mine reopens two weeks from now.', REF, 'two weeks from now', 'DATE', '2020-W51'],
    ['The plan was announced earlier this year.', REF, 'earlier this year', 'DATE', '2020'],
    ['The plan will be announced later this month.', REF, 'later this month', 'DATE', '2020-12'],
    ['The plan takes effect early next year.', REF, 'early next year', 'DATE', '2021'],
    ['Costs rose in the past year.', REF, 'the past year', 'DATE', '2019'],
    ['Costs are rising in the current year.', REF, 'the current year', 'DATE', '2020'],
    ['Several firms closed in recent years.', REF, 'recent years', 'DATE', 'PAST_REF'],
    ['Costs jumped by year-end.', REF, 'year-end', 'DATE', '2020'],
    ['The index dropped again last Friday.', REF, 'last Friday', 'DATE', '2020-12-04'],
    ['The index may recover next Friday.', REF, 'next Friday', 'DATE', '2020-12-11'],
    ['Three days later, the army withdrew.', REF, 'Three days later', 'DATE', '2020-12-08', true],
    ['A year earlier, the firm lost money.', REF, 'A year earlier', 'DATE', '2019', true],
    ['The goal is 40,000 troops by the end of the month.', REF, 'the end of the month', 'DATE', '2020-12'],
    ['The unit will be sold by the end of 2021.', REF, 'the end of 2021', 'DATE', '2021'],
  ],
  durations: [
    ['Growth will be slow in the next two years.', REF, 'the next two years', 'DURATION', 'P2Y'],
    ['Temperatures rose over the past decade.', REF, 'the past decade', 'DURATION', 'P10Y'],
    ['The index lost 12% in the last twenty four hours.', REF, 'the last twenty four hours', 'DURATION', 'PT24H'],
    ['Profit rose in the first nine months.', REF, 'the first nine months', 'DURATION', 'P9M'],
    ['The company struggled for several years.', REF, 'several years', 'DURATION', 'PXY'],
    ['The repairs took a few days.', REF, 'a few days', 'DURATION', 'PXD'],
    ['The meeting lasted more than four hours.', REF, 'more than four hours', 'DURATION', 'PT4H'],
    ['The siege lasted nearly two years.', REF, 'nearly two years', 'DURATION', 'P2Y'],
    ['He signed a two-year contract.', REF, 'two-year', 'DURATION', 'P2Y'],
    ['The vote took 30 minutes.', REF, '30 minutes', 'DURATION', 'PT30M'],
    ['The feud has lasted for decades.', REF, 'decades', 'DURATION', 'PXY'],
    ['The two families had not spoken for several decades.', REF, 'several decades', 'DURATION', 'PXY'],
    ['The loan runs for 1.5 years.', REF, '1.5 years', 'DURATION', 'P1Y6M'],
    ['The refugees lived in camps for 2 1/2 years.', REF, '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['The flight took a minute and a half.', REF, 'a minute and a half', 'DURATION', 'PT1M30S'],
    ['The work took two and a half years.', REF, 'two and a half years', 'DURATION', 'P2Y6M'],
    ['Workers began the 14-day strike.', REF, '14-day', 'DURATION', 'P14D'],
    ['The trial took 11 months.', REF, '11 months', 'DURATION', 'P11M'],
    ['The course lasts twelve weeks.', REF, 'twelve weeks', 'DURATION', 'P12W'],
    ['The flight takes one hour.', REF, 'one hour', 'DURATION', 'PT1H'],
    ['The strike lasted 24 hours.', REF, '24 hours', 'DURATION', 'PT24H'],
    ['The board approved a six-month delay.', REF, 'six-month', 'DURATION', 'P6M'],
    ['The government has 100 days to act.', REF, '100 days', 'DURATION', 'P100D'],
    ['The visit lasted a fortnight.', REF, 'a fortnight', 'DURATION', 'P2W'],
    ['The talks will continue in the coming weeks.', REF, 'the coming weeks', 'DURATION', 'PXW'],
    ['Prices will stay high for the weeks ahead.', REF, 'the weeks ahead', 'DURATION', 'PXW'],
    ['Sales rose in the past two months.', REF, 'the past two months', 'DURATION', 'P2M'],
    ['Stocks fell in the past five trading days.', REF, 'the past five trading days', 'DURATION', 'P5D'],
    ['The strike cost the firm a day of output.', REF, 'a day', 'DURATION', 'P1D'],
    ['Workers were idle for almost a week.', REF, 'almost a week', 'DURATION', 'P1W'],
    ['The project took twenty-five years.', REF, 'twenty-five years', 'DURATION', 'P25Y'],
  ],
  'days and parts of days': [
    ['The results were published today.', REF, 'today', 'DATE', '2020-12-05'],
    ['The results were published yesterday.', REF, 'yesterday', 'DATE', '2020-12-04'],
    ['The results will be published tomorrow.', REF, 'tomorrow', 'DATE', '2020-12-06'],
    ['The results will be published tonight.', REF, 'tonight', 'TIME', '2020-12-05TNI'],
    ['The polls closed yesterday morning.', REF, 'yesterday morning', 'TIME', '2020-12-04TMO'],
    ['The storm hit last night.', REF, 'last night', 'TIME', '2020-12-04TNI'],
    ['The storm hit this morning.', REF, 'this morning', 'TIME', '2020-12-05TMO'],
    ['The storm hit the coast earlier today.', REF, 'earlier today', 'DATE', '2020-12-05'],
  ],
  weekdays: [
    ['The minister resigned on Tuesday.', REF, 'Tuesday', 'DATE', '2020-12-01', true],
    ['The minister will resign on Tuesday.', REF, 'Tuesday', 'DATE', '2020-12-08', true],
    ['Talks are set to resume Monday in Geneva.', REF, 'Monday', 'DATE', '2020-12-07', true],
    ['The protest took place on Saturday.', REF, 'Saturday', 'DATE', '2020-12-05'],
    ['Voting began Monday morning.', REF, 'Monday morning', 'TIME', '2020-11-30TMO'],
    ['The bomb exploded Wednesday night.', REF, 'Wednesday night', 'TIME', '2020-12-02TNI'],
    ['The market is closed on Sundays.', REF, 'Sundays', 'SET', 'XXXX-WXX-7'],
    ['The council meets every Monday.', REF, 'every Monday', 'SET', 'XXXX-WXX-1'],
    ['Police arrested him on Thursday.', REF, 'Thursday', 'DATE', '2020-12-03', true],
    ['The verdict is expected on Wednesday.', REF, 'Wednesday', 'DATE', '2020-12-09', true],
    ['He spoke to reporters on Friday.', REF, 'Friday', 'DATE', '2020-12-04', true],
    ['The exchange stays closed until Friday.', REF, 'Friday', 'DATE', '2020-12-11', false],
  ],
  'quarters, halves and seasons': [
    ['Profit rose in the first quarter.', REF, 'the first quarter', 'DATE', '2020-Q1'],
    ['Third-quarter profit rose 5%.', REF, 'Third-quarter', 'DATE', '2020-Q3'],
    ['Sales fell in the fourth quarter of 2019.', REF, 'the fourth quarter of 2019', 'DATE', '2019-Q4'],
    // Quarters written the financial-news way.
    ['Revenue rose in Q4 2019.', REF, 'Q4 2019', 'DATE', '2019-Q4'],
    ['Q4 revenue rose 12%.', '2021-03-14', 'Q4', 'DATE', '2020-Q4'],
    ['Earnings will be reported in Q2.', '2021-03-14', 'Q2', 'DATE', '2021-Q2'],
    ['In 4Q, sales fell.', '2021-03-14', '4Q', 'DATE', '2020-Q4'],
    ['The company will return to profit in the first quarter.', REF, 'the first quarter', 'DATE', '2021-Q1'],
    ['Deliveries resume in the first half of 2021.', REF, 'the first half of 2021', 'DATE', '2021-H1'],
    ['Sales recovered in the second half.', REF, 'the second half', 'DATE', '2020-H2'],
    ['The strike began last spring.', REF, 'last spring', 'DATE', '2020-SP'],
    ['Crowds returned this summer.', REF, 'this summer', 'DATE', '2020-SU'],
    ['The mission is planned for next winter.', REF, 'next winter', 'DATE', '2021-WI'],
    ['The mine flooded in the spring of 2019.', REF, 'the spring of 2019', 'DATE', '2019-SP'],
    ['The bridge will be completed in spring.', REF, 'spring', 'DATE', '2021-SP'],
    ['Enrolment dropped in the fall.', REF, 'the fall', 'DATE', '2020-FA'],
    ['Revenue rose in the latest quarter.', REF, 'the latest quarter', 'DATE', '2020-Q3'],
    ['Net income fell in the 2019 second quarter.', REF, 'the 2019 second quarter', 'DATE', '2019-Q2'],
    ['Losses narrowed in the first quarter of last year.', REF, 'the first quarter of last year', 'DATE', '2019-Q1'],
  ],
  'clock times': [
    ['07:08 GMT05 December 2020', REF, '07:08 GMT', 'TIME', '2020-12-05T07:08Z'],
    ['The blast happened at 10:35 a.m. local time.', REF, '10:35 a.m.', 'TIME', '2020-12-05T10:35'],
    ['Polls close at 6 p.m. in the capital.', REF, '6 p.m.', 'TIME', '2020-12-05T18:00'],
    ['Trading resumed at 16:00 UTC today.', REF, '16:00 UTC today', 'TIME', '2020-12-05T16:00Z'],
    ['The deadline expired at noon Thursday.', REF, 'noon Thursday', 'TIME', '2020-12-03T12:00'],
    ['The curfew starts at midnight.', REF, 'midnight', 'TIME', '2020-12-05T24:00'],
    ['The rally ended at 10 p.m. Wednesday.', REF, '10 p.m. Wednesday', 'TIME', '2020-12-02T22:00'],
    ['Logged at 2020-12-05T14:30 by the server.', REF, '2020-12-05T14:30', 'TIME', '2020-12-05T14:30'],
    ['The train left at 9:15 am sharp.', REF, '9:15 am', 'TIME', '2020-12-05T09:15'],
  ],
  'vague references': [
    ['The country is now at peace.', REF, 'now', 'DATE', 'PRESENT_REF'],
    ['The plant currently employs 200 people.', REF, 'currently', 'DATE', 'PRESENT_REF'],
    ['The firm recently hired 50 engineers.', REF, 'recently', 'DATE', 'PAST_REF'],
    ['Such deals failed in the past.', REF, 'the past', 'DATE', 'PAST_REF'],
    ['Such deals may succeed in the future.', REF, 'the future', 'DATE', 'FUTURE_REF'],
    ['Rates will stay low in the near future.', REF, 'the near future', 'DATE', 'FUTURE_REF'],
    ['The law will soon take effect.', REF, 'soon', 'DATE', 'FUTURE_REF'],
    ['The current crisis hit exporters hardest.', REF, 'current', 'DATE', 'PRESENT_REF'],
    ['Few people use cheques nowadays.', REF, 'nowadays', 'DATE', 'PRESENT_REF'],
    ['Recent floods destroyed the harvest.', REF, 'Recent', 'DATE', 'PAST_REF'],
  ],
  'recurring sets': [
    ['The paper is printed daily.', REF, 'daily', 'SET', 'P1D'],
    ['Claims for weekly unemployment benefits rose.', REF, 'weekly', 'SET', 'P1W'],
    ['The magazine appears weekly.', REF, 'weekly', 'SET', 'P1W'],
    ['The prize is awarded annually.', REF, 'annually', 'SET', 'P1Y'],
    ['The board meets twice a year.', REF, 'a year', 'SET', 'P1Y'],
    ['Workers earn $5 a day.', REF, 'a day', 'SET', 'P1D'],
    ['Trains run every day.', REF, 'every day', 'SET', 'P1D'],
    ['The fee rises each year.', REF, 'each year', 'SET', 'P1Y'],
    ['Drivers are paid per hour.', REF, 'per hour', 'SET', 'PT1H'],
  ],
  holidays: [
    ['We will meet on Christmas Eve.', REF, 'Christmas Eve', 'DATE', '2020-12-24'],
    ['The family gathered at Thanksgiving.', REF, 'Thanksgiving', 'DATE', '2020-11-26'],
    ['Parties were banned on Halloween.', REF, 'Halloween', 'DATE', '2020-10-31'],
    ['Shops opened on Christmas 2019.', REF, 'Christmas 2019', 'DATE', '2019-12-25'],
  ],
  'no publication date': [
    ['In September, the plant opened.', null, 'September', 'DATE', 'XXXX-09', true],
    ['Exports doubled last year.', null, 'last year', 'DATE', 'XXXX', true],
    ['The minister resigned on Tuesday.', null, 'Tuesday', 'DATE', 'XXXX-WXX-2', true],
    ['The election held on 18 October was annulled.', null, '18 October', 'DATE', 'XXXX-10-18', true],
    ['The election held on 20 October 2019 was annulled.', null, '20 October 2019', 'DATE', '2019-10-20', false],
    ['After three weeks of protests he resigned.', null, 'three weeks', 'DURATION', 'P3W', false],
    ['The report was published today.', null, 'today', 'DATE', 'PRESENT_REF', true],
    ['Profit rose in the first quarter.', null, 'the first quarter', 'DATE', 'XXXX-Q1', true],
    ['The accord was signed in 2017.', null, '2017', 'DATE', '2017', false],
    ['The results will come tomorrow.', null, 'tomorrow', 'DATE', 'XXXX-XX-XX', true],
    ['The mine closed two years ago.', null, 'two years ago', 'DATE', 'XXXX', true],
    ['The strike began last spring.', null, 'last spring', 'DATE', 'XXXX-SP', true],
    ['The blast happened at 10:35 a.m.', null, '10:35 a.m.', 'TIME', 'XXXX-XX-XXT10:35', true],
    ['The country is now at peace.', null, 'now', 'DATE', 'PRESENT_REF', false],
  ],
  'other publication dates': [
    ['The dam burst in August.', '1999-03-10', 'August', 'DATE', '1998-08'],
    ['The dam will be repaired by August.', '1999-03-10', 'August', 'DATE', '1999-08'],
    ['The minister resigned on Monday.', '1999-03-10', 'Monday', 'DATE', '1999-03-08', true],
    ['Prices rose last week.', '2021-01-03', 'last week', 'DATE', '2020-W52'],
    ['The rule changed last year.', '2021-01-03', 'last year', 'DATE', '2020'],
    ['The year ends next month.', '2021-12-20', 'next month', 'DATE', '2022-01'],
    ['Profit rose in the third quarter.', '1989-10-26', 'the third quarter', 'DATE', '1989-Q3'],
    ['The firm lost money in the fourth quarter.', '1990-02-14', 'the fourth quarter', 'DATE', '1989-Q4'],
    ['It happened on February 29.', '2024-03-10', 'February 29', 'DATE', '2024-02-29'],
    ['Revenue fell in the latest quarter.', '1990-02-14', 'the latest quarter', 'DATE', '1989-Q4'],
  ],
  'quarters in earnings reports': [
    // Results for the quarter just ended are still to come in October.
    ['The firm expects to report third-quarter net income of $2 million.', '1989-10-26', 'third-quarter', 'DATE', '1989-Q3'],
    ['The firm will report results for the third quarter next week.', '1989-10-26', 'the third quarter', 'DATE', '1989-Q3'],
    ['The firm will return to profit in the second quarter.', '1989-10-26', 'the second quarter', 'DATE', '1990-Q2'],
    ['The firm will report fourth-quarter results soon.', '1990-02-14', 'fourth-quarter', 'DATE', '1989-Q4'],
    ["Net sales for this year's third quarter fell 8%.", '1989-10-26', "this year's third quarter", 'DATE', '1989-Q3'],
    ["The split could take effect in next year's first quarter.", '1989-10-26', "next year's first quarter", 'DATE', '1990-Q1'],
    ['Sales rose in the third quarter. In the 1988 period, the firm earned less.', '1989-10-26', 'the 1988 period', 'DATE', '1988-Q3'],
    ['The firm earned $2 million in the 1988 quarter.', '1989-10-26', 'the 1988 quarter', 'DATE', '1988-Q3'],
    ['Sales fell in the second quarter. The latest period included a gain.', '1989-10-26', 'The latest period', 'DATE', '1989-Q2'],
    ['Revenue surged 40% in the latest period.', '1989-10-26', 'the latest period', 'DATE', '1989-Q3'],
    ['Sales rose in the third quarter, up from the corresponding period last year.', '1989-10-26', 'the corresponding period last year', 'DATE', '1988-Q3'],
    ['Car sales rose 20% in March compared to the same period last year.', '2009-04-02', 'the same period last year', 'DATE', '2008-03'],
    ['Shipments fell in January, compared to the same month a year ago.', '2009-02-20', 'the same month a year ago', 'DATE', '2008-01'],
    ['Sales were flat a quarter earlier.', '1989-10-26', 'a quarter earlier', 'DATE', '1989-Q3', true],
    ['Sales rose in the third quarter. Sales for last year\'s quarter were flat.', '1989-10-26', 'last year\'s quarter', 'DATE', '1988-Q3'],
    ['The firm lost money in the fiscal-first quarter.', '1989-10-26', 'the fiscal-first quarter', 'DATE', '1989-Q1'],
    ['Profit rose in the second quarter of 1989. During the quarter, the firm sold a unit.', '1989-10-26', 'the quarter', 'DATE', '1989-Q2'],
    ['Profit fell in the third quarter. Analysts see losses through the second quarter of 1990. Sales were higher a year ago.', '1989-10-26', 'a year ago', 'DATE', '1988-Q3'],
  ],
  'years in words, open ranges and hedges': [
    ['In nineteen ninety-one the banker was convicted.', REF, 'nineteen ninety-one', 'DATE', '1991'],
    ['January nineteen ninety-seven. A second blast hit the city.', REF, 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['Oil fell to the level seen in the winter of nineteen ninety-four.', REF, 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
    ['The pledge to halve poverty by the year two thousand was dropped.', REF, 'the year two thousand', 'DATE', '2000'],
    ['The plant will not make money until 1994 or later.', '1989-10-26', '1994 or later', 'DATE', '1994'],
    ['The firm is confident about earnings for 1990 and beyond.', '1989-10-26', '1990 and beyond', 'DATE', '1990'],
    ['Shipments resume within two to three weeks.', REF, 'two to three weeks', 'DURATION', 'P2W'],
    ['The share may grow over the next two years or so.', REF, 'the next two years or so', 'DURATION', 'P2Y'],
    ['The plants will close over the next year or so.', REF, 'the next year or so', 'DATE', '2021'],
    ['A week or so ago, the general chose the date.', REF, 'A week or so ago', 'DATE', '2020-W48'],
    ['Share prices hit their lowest level in over a decade.', REF, 'over a decade', 'DURATION', 'P10Y'],
    ['The inspection tour will last over a week.', REF, 'over a week', 'DURATION', 'P1W'],
    ['Growth should return in the near term.', REF, 'the near term', 'DATE', 'FUTURE_REF'],
    ['The plant secures jobs for the long term.', REF, 'the long term', 'DATE', 'FUTURE_REF'],
    ['Few people write letters these days.', REF, 'these days', 'DATE', 'PRESENT_REF'],
    ['The decades-long dispute over the name was settled.', REF, 'decades-long', 'DURATION', 'PXY'],
    ['Lawyers emerged from a day-long meeting.', REF, 'day-long', 'DURATION', 'P1D'],
    ['Insurance has been a tough business in recent quarters.', REF, 'recent quarters', 'DURATION', 'PXQ', true],
    ['The rules should be in place by year\'s end.', REF, 'year\'s end', 'DATE', '2020'],
    ['His car was seen near the house in the weeks before the attack.', REF, 'weeks', 'DURATION', 'PXW', true],
    ['Analysts recall the Fed 1994 rate hikes.', REF, '1994', 'DATE', '1994'],
    ['Jobs opened WWDC 2005 with a keynote.', REF, '2005', 'DATE', '2005'],
  ],
  'told relative to the time the story names': [
    ['He was promoted on May 22, 1995, and the following year he moved to Paris.', REF, 'the following year', 'DATE', '1996'],
    ['She fled in June 1998 and returned later that year.', REF, 'later that year', 'DATE', '1998'],
    ['Imports peaked in 1988, and prices fell that year.', REF, 'that year', 'DATE', '1988'],
    ['The shop was sold in March 2019. The following month, it closed.', REF, 'The following month', 'DATE', '2019-04'],
    ['He appeared in court on March 3, 2019 and was released the next day.', REF, 'the next day', 'DATE', '2019-03-04'],
    ['Stocks rose on Friday. The index gained 2%, ending the day at 8,017.', REF, 'the day', 'DATE', '2020-12-04'],
    ['The jet made its first flight on Tuesday in Seattle at 18:00 UTC.', REF, '18:00 UTC', 'TIME', '2020-12-01T18:00Z'],
    // Noon and midnight too: the day just named, not the publication day.
    ['The deal was signed on Dec. 31, 2019, at midnight.', REF, 'midnight', 'TIME', '2019-12-31T24:00'],
    ['On March 3, 2020, at noon, the ban began.', REF, 'noon', 'TIME', '2020-03-03T12:00'],
    ['On March 3, 2020, at noon, the ban began.', null, 'noon', 'TIME', '2020-03-03T12:00'],
    // A time followed by "on" and its day: that day, not the publication day.
    ['At precisely 5:00 am on October 3, 1935, the army crossed the river.', REF, '5:00 am', 'TIME', '1935-10-03T05:00'],
    ['The polls closed at 10 p.m. on Tuesday.', REF, '10 p.m.', 'TIME', '2020-12-01T22:00'],
    ['At 9 a.m. on Monday, March 2, markets opened.', REF, '9 a.m.', 'TIME', '2020-03-02T09:00'],
    ['The agency extended the deadline until 9 a.m. Tuesday.', REF, '9 a.m. Tuesday', 'TIME', '2020-12-08T09:00'],
    ['The offer was extended until 5 p.m. EST Nov. 9.', REF, '5 p.m. EST Nov. 9', 'TIME', '2020-11-09T17:00'],
    ['The press conference began at 16:15 UTC, June 1, and lasted an hour.', '2020-06-04', '16:15 UTC', 'TIME', '2020-06-01T16:15Z'],
    ['The union signed a new pact effective June 1.', '1989-10-26', 'June 1', 'DATE', '1990-06-01'],
    ['Car sales rebounded in the last week of March.', '2009-04-02', 'the last week of March', 'DATE', '2009-W13'],
    ['Talks resume in the first week of May 2010.', REF, 'the first week of May 2010', 'DATE', '2010-W18'],
    ['A court hearing is set for the week of March 6, 2000.', REF, 'the week of March 6, 2000', 'DATE', '2000-W10'],
    ['The ceasefire was signed on 3 May 1945. Two days later, the last units surrendered.', REF, 'Two days later', 'DATE', '1945-05-05'],
    ['The vote was held on Tuesday. Three days later, the results were certified.', REF, 'Three days later', 'DATE', '2020-12-04'],
    ['The town was founded in 1930; twenty years earlier it had been a village.', REF, 'twenty years earlier', 'DATE', '1910'],
    ['The dam opened in March 1988. Four months earlier, the valley was flooded.', REF, 'Four months earlier', 'DATE', '1987-11'],
    // A year-on-year comparison in a report on the current year counts from the publication year.
    ['Sales were $9 million in 1989, up from $7 million a year earlier.', '1989-10-26', 'a year earlier', 'DATE', '1988'],
  ],
  'the first day of a pair whose second day does not exist': [
    // No 29 February in 1969: the pair keeps its month, and its first day a valid date.
    ['The fair ran 02-29 February last year.', '1970-01-01', '02', 'DATE', '1969-02-02'],
    ['The fair ran 28-29 February last year.', '2022-06-01', '28', 'DATE', '2021-02-28'],
  ],
  'expressions written next to each other': [
    // "31" belongs to "March 31": the next expression is "December 2020", a month, not 31 December.
    ['Deadlines: March 31 December 2020 and later.', REF, 'December 2020', 'DATE', '2020-12'],
    ['Deadlines: March 31 December 2020 and later.', REF, 'March 31', 'DATE', '2020-03-31'],
    // A year before a season is one expression, not a year and then a season.
    ['After the failure of their 1982 summer offensives, Iran regrouped.', REF, '1982 summer', 'DATE', '1982-SU'],
  ],
  'decades written with two digits or in words': [
    ['Detroit built boxy cars in the 70s and 80s.', REF, '80s', 'DATE', '198'],
    ['The band toured in the late 80s and early 90s.', REF, 'early 90s', 'DATE', '199'],
    ['Fashion of the 50s, 60s and 70s returned.', REF, '70s', 'DATE', '197'],
    ['Prices rose from the 1960s to 70s.', REF, '70s', 'DATE', '197'],
    ['In the nineties, the firm grew fast.', REF, 'the nineties', 'DATE', '199'],
    ['The style was born in the mid-sixties.', REF, 'the mid-sixties', 'DATE', '196'],
    ['Records from the fifties, sixties and seventies were sold.', REF, 'seventies', 'DATE', '197'],
  ],
  'months and days in a passage set in another year': [
    ['The war began in October 1935. On 26 December, the commander asked for more troops.', REF, '26 December', 'DATE', '1935-12-26'],
    ['On 3 May 1945, the garrison surrendered. In June, the first ships returned home.', REF, 'June', 'DATE', '1945-06'],
    // The year named last is the year of the passage, once a dated scene has set it in the past.
    ['In March 1936 the army advanced. By 1937 the front was quiet, and in May the troops left.', REF, 'May', 'DATE', '1937-05'],
    // The scene's paragraph and the next; two paragraphs on, the article may be back in the present.
    ['In October 1984 he flew on the shuttle.\nIn April he visited Budapest.', REF, 'April', 'DATE', '1984-04'],
    ['In October 1984 he flew on the shuttle.\nHe now works at the embassy.\nIn April he visited Budapest.', REF, 'April', 'DATE', '2020-04'],
    // A date that names an event or a starting point does not set the scene.
    ['Libya handed over two suspects in the Dec. 21, 1988, bombing. They were removed from the list in April.', REF, 'April', 'DATE', '2020-04'],
    ['The firm has doubled its profits since June 1980. In September, it announced a takeover.', REF, 'September', 'DATE', '2020-09'],
    // A bare year sets the scene when it opens the sentence, not when it names a time in passing.
    ['In 1914, the army crossed the river. On 12 August, the first battle began.', REF, '12 August', 'DATE', '1914-08-12'],
    ['Sales have grown since its launch in 2003, and as of February, the store led the market.', REF, 'February', 'DATE', '2020-02'],
    // A year near publication is left to the tense rules; so is a plan.
    ['In March 2019 the plant closed. In September, workers protested.', REF, 'September', 'DATE', '2020-09'],
    ['In October 1984 he flew on the shuttle. He will return to space in April.', REF, 'April', 'DATE', '2021-04'],
    ['In March 1942 the siege began. By the winter, the city was starving.', REF, 'the winter', 'DATE', '1942-WI'],
    ['On 3 October 1935 the army crossed the river. By Christmas, it had stalled.', REF, 'Christmas', 'DATE', '1935-12-25'],
    // "the next year" told in the past follows the story's year; in a plan it follows publication.
    ['He was elected in 1995. The next year, he resigned.', REF, 'The next year', 'DATE', '1996'],
    ['In May 2019 the plant closed. The next month, workers protested.', REF, 'The next month', 'DATE', '2019-06'],
    ['He was elected in 1995. He will step down in the next year.', REF, 'the next year', 'DATE', '2021'],
    // A plan told from a passage set years back ("would") lies after that passage's time.
    ['In October 2015, the minister said the bridge would open in March.', REF, 'March', 'DATE', '2016-03', false],
    ['In October 2015, the minister said the bridge would open in November.', REF, 'November', 'DATE', '2015-11', false],
    ['The minister said the bridge would open in March.', REF, 'March', 'DATE', '2021-03'],
    ['In October 2015, the minister said the bridge will open in March.', REF, 'March', 'DATE', '2021-03'],
    // A history, whose written-out years lie well before publication, stays in the year it last
    // named, paragraphs later and without a scene-setting preposition.
    ['The war began in 1914 and spread by 1915.\nThe treaty of 1916 failed.\nLosses mounted.\nOn 7 August, troops landed.', REF, '7 August', 'DATE', '1916-08-07'],
    ['The firm was founded in 1950. It was sold in 1990.\nSales fell.\nProfits fell.\nIn August, it cut jobs.', REF, 'August', 'DATE', '2020-08'],
    // Without a publication date, the passage's year is the only one there is: used, and flagged.
    ['On 1 September 1939 the invasion began. On 17 September, a second army crossed the border.', null, '17 September', 'DATE', '1939-09-17', true],
    ['The plant opened in 1987.\nIt grew.\nIt hired.\nIn March, it closed.', null, 'March', 'DATE', '1987-03', true],
    // "February 29" is in a leap year: the one before a past clause, the one after a plan.
    ['The clinic opened on February 29.', '2021-03-10', 'February 29', 'DATE', '2020-02-29'],
    ['The clinic will open its new wing on February 29.', '2021-03-10', 'February 29', 'DATE', '2024-02-29'],
  ],
  'dates read forward or back from a future clause': [
    // What was agreed or decided lies after the agreement.
    ['The mill owner agreed to sell the plant in February.', REF, 'February', 'DATE', '2021-02'],
    ['The league has decided to expand the cup to 40 clubs in early March.', '2021-02-10', 'early March', 'DATE', '2021-03'],
    ['The union agreed to the new terms in February.', REF, 'February', 'DATE', '2020-02'],
    ['Refunds would go out on an unspecified day in January.', REF, 'January', 'DATE', '2021-01'],
    // A date a few weeks back, named as an event or a deadline, is not the one almost a year ahead.
    ['Monitors will check compliance with the Nov. 20 truce signed by both sides.', REF, 'Nov. 20', 'DATE', '2020-11-20'],
    ['The court said the ministry would have to release the files by Dec. 1.', REF, 'Dec. 1', 'DATE', '2020-12-01'],
    ['The court said the ministry would have to release the files by Dec. 12.', REF, 'Dec. 12', 'DATE', '2020-12-12'],
    ['Monitors will check compliance with the Oct. 20 truce signed by both sides.', REF, 'Oct. 20', 'DATE', '2021-10-20'],
  ],
  'weekdays read forward, and recurring days and months': [
    ['The bridge could reopen as soon as Tuesday, the council said.', REF, 'Tuesday', 'DATE', '2020-12-08'],
    ['A vote may come as early as Monday.', REF, 'Monday', 'DATE', '2020-12-07'],
    ['Farmers planned a march on the capital on Thursday.', '2020-12-02', 'Thursday', 'DATE', '2020-12-03'],
    ['The quake struck at 6:20 a.m. (0420 GMT) Friday, the agency said.', REF, '6:20 a.m.', 'TIME', '2020-12-04T06:20'],
    ['The quake struck at 6:20 a.m. (0420 GMT) Friday, the agency said.', REF, 'Friday', 'DATE', '2020-12-04'],
    ['The ferry sails on Friday nights in summer.', REF, 'Friday nights', 'SET', 'XXXX-WXX-5TNI'],
    ['New flights leave on Monday and Wednesday mornings.', REF, 'Monday', 'SET', 'XXXX-WXX-1TMO'],
    ['New flights leave on Monday and Wednesday mornings.', REF, 'Wednesday mornings', 'SET', 'XXXX-WXX-3TMO'],
    ['The fair returns to the town each July.', REF, 'each July', 'SET', 'XXXX-07'],
    ['Pilgrims walk the route every May.', REF, 'every May', 'SET', 'XXXX-05'],
    ['Nine of the twelve schools had submitted budgets by Wednesday.', REF, 'Wednesday', 'DATE', '2020-12-02'],
    ['The schools had until Wednesday to submit budgets.', REF, 'Wednesday', 'DATE', '2020-12-09'],
    ['The March launch of the satellite will depend on the weather.', '2021-02-10', 'March', 'DATE', '2021-03'],
  ],
  'two days sharing one month': [
    ['Talks were held on March 3 and 4.', REF, '4', 'DATE', '2020-03-04'],
    ['Talks were held on March 3 and 4.', REF, 'March 3', 'DATE', '2020-03-03'],
    ['The siege was lifted on 9-10 October 1683.', REF, '9', 'DATE', '1683-10-09'],
    ['Shelling eased between 12 and 14 July 1950.', REF, '12', 'DATE', '1950-07-12'],
    ['The fair ran on May 6 and 7th.', REF, '7th', 'DATE', '2020-05-07'],
    ['Storms hit the coast on the 11 and 12 June 1902.', REF, 'the 11', 'DATE', '1902-06-11'],
  ],
  '"for the year" in results': [
    ['For the year, shipments of tractors slipped 3%.', '1989-11-02', 'the year', 'DATE', '1989'],
    ['Shares of the brewer are near their low for the year.', '1989-10-30', 'the year', 'DATE', '1989'],
    ['The bakery chain lost money in the year ending June 30.', '1989-11-02', 'the year', 'DURATION', 'P1Y'],
  ],
  'a date before a commitment told in the past dates the commitment (issue 16)': [
    // REF is Saturday 5 December 2020.
    ['The council on Monday voted to close the school.', REF, 'Monday', 'DATE', '2020-11-30', true],
    ['The firm in October agreed to sell its stake.', '2021-03-10', 'October', 'DATE', '2020-10'],
    ['In October the firm agreed to sell its stake.', '2021-03-10', 'October', 'DATE', '2020-10'],
    ['Police on Thursday arrested two men.', REF, 'Thursday', 'DATE', '2020-12-03', true],
    // After the commitment the date is what was agreed: ahead.
    ['The council voted to close the school on Monday.', REF, 'Monday', 'DATE', '2020-12-07', true],
    ['The firm agreed to sell its stake in October.', '2021-03-10', 'October', 'DATE', '2021-10'],
  ],
  'years of a range written short (issue 16)': [
    ['The expedition of 1957-58 reached the pole.', REF, '58', 'DATE', '1958'],
    ['The expedition of 1957-58 reached the pole.', REF, '1957', 'DATE', '1957'],
    ['Sales fell in the 1999–00 season.', REF, '00', 'DATE', '2000'],
    ['Throughout 1915-17, the empire suffered.', REF, '17', 'DATE', '1917'],
  ],
  'race results written h:mm:ss are durations (issue 16)': [
    ['She finished in 3:07:35 and won.', REF, '3:07:35', 'DURATION', 'PT3H7M35S'],
    ['He won the marathon in a time of 2:05:00.', REF, '2:05:00', 'DURATION', 'PT2H5M'],
    ['The alarm rang at 10:30:15 on Friday.', REF, '10:30:15', 'TIME', '2020-12-04T10:30'],
  ],
};

describe('temporal tagger (TIMEX3)', () => {
  for (const [group, rows] of Object.entries(cases)) {
    describe(group, () => {
      for (const [text, reference, span, type, value, ambiguous] of rows) {
        it(`${JSON.stringify(span)} in "${text}" (ref ${reference ?? 'none'}) → ${type} ${value}`, () => {
          const timexes = tag(text, reference);
          const found = timexes.find((t) => t.text === span);
          assert.ok(found, `no timex with span ${JSON.stringify(span)}; got ${JSON.stringify(timexes.map((t) => t.text))}`);
          assert.equal(found.type, type);
          assert.equal(found.value, value);
          assert.equal(text.slice(found.start, found.end), span);
          if (ambiguous !== undefined) assert.equal(found.ambiguous, ambiguous);
          assert.ok(found.reasoning.length > 0, 'reasoning is filled');
        });
      }
    });
  }

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
    it('stays linear on long inputs full of triggers (one run-on sentence)', () => {
      const chunk = 'In 2019 and 2020, on Monday 5 May, three years ago, the past 11 months, 12:30 p.m., ';
      const time = (copies: number) => {
        const text = chunk.repeat(copies);
        const started = performance.now();
        const count = tag(text).length;
        return { ms: performance.now() - started, count };
      };
      time(200); // warm up
      const small = time(1000);
      const large = time(4000);
      assert.equal(large.count, small.count * 4);
      // Four times the text must not take much more than four times as long.
      assert.ok(large.ms < small.ms * 10 + 50, `${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms`);
    });
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
