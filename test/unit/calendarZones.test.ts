// Calendar validity must not depend on the machine's time zone. Zones that skipped a day have no
// local midnight on it (Pacific/Kiritimati: 31 Dec 1994; Pacific/Apia: 30 Dec 2011), and a
// local-Date check called those days "not a valid calendar day" there. The same article is analyzed
// in child processes under several TZ values and must come out identical.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { calendarDayExists } from '../../src/core/temporal/calendar';

const ARTICLE = [
  'KIRITIMATI, Jan. 5, 2012 (AP) - The atoll changed its date line on Dec. 31, 1994, officials said.',
  'Samoa skipped Dec. 30, 2011, and the leap day Feb. 29, 2000 was a Tuesday.',
  'No one met on Feb. 29, 1900 or on April 31, 2001.',
].join('\n\n');

// Day arithmetic across the day Samoa skipped: adding or counting days must step over calendar days,
// not over local midnights (Pacific/Apia has none on 30 Dec 2011, so a local Date there is the 31st).
const SKIPPED_DAY_ARTICLE = [
  'APIA, Jan. 5, 2012 (AP) - The cabinet met the day after last Friday, officials said.',
  'Six days ago the clocks jumped, and the vote came the day before last Saturday.',
  'On Dec. 29, 2011, the last ferry left. The next day no one was born here. Two days later the markets opened.',
].join('\n\n');

const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Apia', 'America/Sao_Paulo', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];

function analyzeIn(zone: string, article = ARTICLE): { text: string; value: string; reasoning: string; ambiguous: boolean; range?: unknown }[] {
  const script = `const { analyze } = require(${JSON.stringify(join(__dirname, '..', '..', 'src', 'core', 'analyze.ts'))});
    const text = require('node:fs').readFileSync(0, 'utf8');
    process.stdout.write(JSON.stringify(analyze(text, { today: '2026-11-28' }).timexes.map(({ text, value, reasoning, ambiguous, range }) => ({ text, value, reasoning, ambiguous, range }))));`;
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { input: article, encoding: 'utf8', env: { ...process.env, TZ: zone }, timeout: 60_000 });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

/** The JSON of `expression` evaluated in a process under `zone`, with `core` the path of src/core. */
function evaluateIn(zone: string, expression: string): unknown {
  const core = join(__dirname, '..', '..', 'src', 'core');
  const script = `const core = ${JSON.stringify(core)}; process.stdout.write(JSON.stringify(${expression}));`;
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ: zone }, timeout: 60_000 });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

describe('calendar days in every time zone', () => {
  it('tells existing days by arithmetic', () => {
    assert.equal(calendarDayExists(1994, 12, 31), true);
    assert.equal(calendarDayExists(2011, 12, 30), true);
    assert.equal(calendarDayExists(2000, 2, 29), true);
    assert.equal(calendarDayExists(1900, 2, 29), false);
    assert.equal(calendarDayExists(2024, 2, 29), true);
    assert.equal(calendarDayExists(2001, 4, 31), false);
    assert.equal(calendarDayExists(2001, 13, 1), false);
    assert.equal(calendarDayExists(2001, 1, 0), false);
  });

  it('resolves the same dates, with the same validity, under every TZ (skipped days included)', function () {
    this.timeout(120_000);
    const [reference, ...others] = ZONES.map((zone) => analyzeIn(zone));
    const day = (text: string) => reference.find((t) => t.text === text);
    assert.deepEqual(day('Dec. 31, 1994'), { text: 'Dec. 31, 1994', value: '1994-12-31', reasoning: 'explicit date', ambiguous: false, range: { from: '1994-12-31', to: '1994-12-31' } });
    assert.equal(day('Dec. 30, 2011')?.value, '2011-12-30');
    assert.match(day('Feb. 29, 1900')?.reasoning ?? '', /not a valid calendar day/);
    others.forEach((timexes, i) => assert.deepEqual(timexes, reference, `TZ=${ZONES[i + 1]} differs from UTC`));
  });

  it('counts days across a day the zone skipped the same way under every TZ', function () {
    this.timeout(120_000);
    const [reference, ...others] = ZONES.map((zone) => analyzeIn(zone, SKIPPED_DAY_ARTICLE));
    const value = (text: string) => reference.find((t) => t.text === text)?.value;
    assert.equal(value('the day after last Friday'), '2011-12-31');
    assert.equal(value('Six days ago'), '2011-12-30');
    assert.equal(value('the day before last Saturday'), '2011-12-30');
    assert.equal(value('The next day'), '2011-12-30');
    assert.equal(value('Two days later'), '2012-01-01');
    others.forEach((timexes, i) => assert.deepEqual(timexes, reference, `TZ=${ZONES[i + 1]} differs from UTC`));
  });

  it('names the day a zone skipped, and places a yearless dateline around it, the same under every TZ', function () {
    this.timeout(120_000);
    // The label of 30 Dec 2011, and a wire dateline "Dec. 31" read on 30 Dec 2011: the latest such
    // day not after today is 31 Dec 2010 (a local Date in Pacific/Apia made the two days equal).
    const expression = `[require(core + '/messages/catalog').messages('en').day('2011-12-30'), require(core + '/publication').detectPublicationDate('APIA, Dec. 31 (AP) - The council met.', { today: '2011-12-30' })?.value]`;
    const [reference, ...others] = ZONES.map((zone) => evaluateIn(zone, expression));
    assert.match(String((reference as unknown[])[0]), /^30 Dec 2011$/);
    assert.equal((reference as unknown[])[1], '2010-12-31');
    others.forEach((answer, i) => assert.deepEqual(answer, reference, `TZ=${ZONES[i + 1]} differs from UTC`));
  });
});
