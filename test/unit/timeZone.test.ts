// The same text gives the same analysis in every time zone. Each zone runs in its own child process
// (TZ is read when a process starts; the analyzer's day caches assume one zone per process).
// Sentences and fragments written for these tests.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import fc from 'fast-check';

const CHILD = path.join(__dirname, 'timeZoneChild.ts');
/** UTC; a zone with DST on the other side of UTC; one with a 45-minute offset and southern DST; one with a half-hour offset and no DST. */
const ZONES = ['UTC', 'America/New_York', 'Pacific/Chatham', 'Asia/Kolkata'];

interface Input {
  text: string;
  published: string;
}
interface ChildOutput {
  zone: string;
  offsets: number[];
  analyses: Array<{ timexes: Array<{ text: string; value: string }> }>;
  timelines: unknown[];
}

function analyzeIn(zone: string, inputs: Input[]): ChildOutput {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD], {
    input: JSON.stringify(inputs),
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as ChildOutput;
}

// Fragments of news sentences around dates that the tagger resolves against the publication date:
// deadlines, bare months and weekdays read by tense, offsets, story-relative dates, clock times.
const OPENINGS = ['The council said', 'Officials will decide', 'The firm agreed', 'Police arrested two men', 'The vote is scheduled', 'Prices rose', 'The bank must repay the loan', 'The court ordered the man to return'];
const DATES = [
  'by Oct. 20', 'on March 8', 'in November', 'on Sunday', 'last Tuesday', 'by Friday', 'three weeks ago', 'two months later',
  'on Nov. 1, 2020', 'in the spring of 1883', 'on 14 March 1883', 'the next day', 'that year', 'at 2:30 a.m. on March 28',
  'in the third quarter', 'the past 11 months', 'until Dec. 31', 'since April 1', 'at Christmas', 'the same period last year',
];
const CLOSINGS = ['.', ', the report said.', ' and will return next week.', ' after the meeting on Oct. 31.'];

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const PREPOSITIONS = ['by', 'on', 'until', 'since', 'before', 'after'];
/**
 * Distances in days from a written date to the publication date at which resolution changes its
 * mind (a deadline a month back, a date two months ahead, the nearer of two years half a year away):
 * where a fraction of a day from a daylight-saving change would tip the answer.
 */
const BOUNDARIES = [0, 1, 7, 30, 31, 32, 59, 60, 61, 181, 182, 183, 184];

/** A date written without its year and a publication date at a telling distance from it. */
const anchored = fc
  .record({
    year: fc.integer({ min: 1880, max: 2030 }),
    // Months whose dates lie a month or two from a daylight-saving change in one hemisphere or the other.
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(2, 3, 4, 9, 10, 11)),
    day: fc.integer({ min: 1, max: 28 }),
    shift: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...BOUNDARIES, ...BOUNDARIES.map((d) => -d)) }, { weight: 1, arbitrary: fc.integer({ min: -400, max: 400 }) }),
    opening: fc.constantFrom(...OPENINGS),
    preposition: fc.constantFrom(...PREPOSITIONS),
  })
  .map(({ year, month, day, shift, opening, preposition }) => ({
    sentence: `${opening} ${preposition} ${MONTHS[month - 1]} ${day}.`,
    published: new Date(Date.UTC(year, month - 1, day + shift)).toISOString().slice(0, 10),
  }));
const sentence = fc.tuple(fc.constantFrom(...OPENINGS), fc.constantFrom(...DATES), fc.constantFrom(...CLOSINGS)).map(([a, b, c]) => `${a} ${b}${c}`);
const documents = fc
  .tuple(anchored, fc.array(sentence, { maxLength: 2 }))
  .map(([{ sentence: first, published }, rest]) => ({ text: [first, ...rest].join(' '), published }));

describe('same analysis in every time zone', function () {
  this.timeout(120000);

  it('resolves "by Oct. 20" in a paper of 20 November 2020 to that October under America/New_York', () => {
    const [analysis] = analyzeIn('America/New_York', [{ text: 'The company must repay the loan by Oct. 20.', published: '2020-11-20' }]).analyses;
    assert.deepEqual(analysis.timexes.map((t) => [t.text, t.value]), [['Oct. 20', '2020-10-20']]);
  });

  it('gives identical analyses and timelines for generated documents under UTC, New York, Chatham and Kolkata', () => {
    const inputs = fc.sample(documents, { seed: 20201120, numRuns: 1500 });
    const outputs = ZONES.map((zone) => analyzeIn(zone, inputs));
    // Each child really ran in its zone (New York and Chatham have two offsets, Kolkata one that is not 0).
    // (ICU may name Kolkata by its older name, Calcutta.)
    assert.deepEqual(outputs.map((o) => o.zone.replace('Asia/Calcutta', 'Asia/Kolkata')), ZONES);
    assert.deepEqual(outputs.map((o) => o.offsets), [[0, 0], [300, 240], [-825, -765], [-330, -330]]);
    const [utc] = outputs;
    for (const output of outputs.slice(1)) {
      inputs.forEach((input, i) => {
        assert.deepEqual(output.analyses[i], utc.analyses[i], `analysis, ${output.zone}: ${JSON.stringify(input)}`);
        assert.deepEqual(output.timelines[i], utc.timelines[i], `timeline, ${output.zone}: ${JSON.stringify(input)}`);
      });
    }
  });
});
