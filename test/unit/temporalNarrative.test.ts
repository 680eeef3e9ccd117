// Narrative mode (issue 16; HeidelTime's "narratives"): in a history, relative and underspecified
// dates anchor to the time the story last named, not to the publication date. News keeps the
// publication date. Every text here is written for these tests.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';
import type { Timex } from '../../src/core/types';

const PUBLISHED = '2009-12-19';

function tag(text: string, mode: 'news' | 'narrative'): Timex[] {
  return tagTemporalExpressions(text, { reference: PUBLISHED, sentences: sentences(text), mode });
}

function valueOf(timexes: Timex[], span: string, nth = 0): string {
  const found = timexes.filter((t) => t.text === span)[nth];
  assert.ok(found, `no timex ${JSON.stringify(span)}; got ${JSON.stringify(timexes.map((t) => t.text))}`);
  return found.value;
}

describe('narrative mode: dates anchor to the story time', () => {
  const history =
    'On September 1, 1939, the army crossed the border. By early October, the country was divided. ' +
    'The capital held out until late September. Twelve days later the government fled. ' +
    'On June 10, the neighbour declared war. The previous year, the two had signed a treaty.';

  it('places a month without a year in the year the story is in, deadline or not', () => {
    const timexes = tag(history, 'narrative');
    assert.equal(valueOf(timexes, 'early October'), '1939-10');
    assert.equal(valueOf(timexes, 'late September'), '1939-09');
    assert.equal(valueOf(timexes, 'June 10'), '1939-06-10');
  });

  it('counts days and years from the date the story last named', () => {
    const timexes = tag(history, 'narrative');
    // Twelve days after the last day named (1 September 1939).
    assert.equal(valueOf(timexes, 'Twelve days later'), '1939-09-13');
    assert.equal(valueOf(timexes, 'The previous year'), '1938');
  });

  it('keeps the publication date as the reference in news mode', () => {
    const timexes = tag('By early October, the country was divided. The previous year was calm.', 'news');
    assert.equal(valueOf(timexes, 'early October'), '2009-10');
  });

  it('uses the publication date until the story names a year', () => {
    const timexes = tag('In March the offensive stalled. In 1942 the front moved east. In March the offensive resumed.', 'narrative');
    assert.equal(valueOf(timexes, 'March', 0), '2009-03');
    assert.equal(valueOf(timexes, 'March', 1), '1942-03');
  });

  it('moves with the story from one year to the next', () => {
    const timexes = tag('In 1914 the war began; in August the armies met. In 1916 the offensive failed; in July the attack began.', 'narrative');
    assert.equal(valueOf(timexes, 'August'), '1914-08');
    assert.equal(valueOf(timexes, 'July'), '1916-07');
  });

  it("reads a two-digit year in the story's century", () => {
    const timexes = tag("In 1790 some of its founders left to form the Club of '89.", 'narrative');
    assert.equal(valueOf(timexes, "'89"), '1789');
    assert.equal(valueOf(tag("The index is at its lowest level since '82.", 'news'), "'82"), '1982');
  });

  it('does not move the story to a year given in brackets as an aside', () => {
    const timexes = tag('In 1793 the Terror began, as the Civil Constitution of the Clergy (1790) had foreseen. On 17 August, the Convention voted.', 'narrative');
    assert.equal(valueOf(timexes, '1790'), '1790');
    assert.equal(valueOf(timexes, '17 August'), '1793-08-17');
  });

  it('does not move the story to a flashback in the past perfect or to the end point after "until"', () => {
    const flashback = tag('In May 1944, troops that had crossed the river in late 1943 attacked the town. By June, the town had fallen.', 'narrative');
    assert.equal(valueOf(flashback, 'late 1943'), '1943');
    assert.equal(valueOf(flashback, 'June'), '1944-06');
    const until = tag('In October 1944, the army began a siege that lasted until the fall of the city in February 1945. By the start of July, the coast was free.', 'narrative');
    assert.equal(valueOf(until, 'the start of July'), '1944-07');
    // Told with a comma between, the later year is where the story goes.
    const moved = tag('In October 1944, the siege began. It lasted until the spring; in February 1945, the city fell. By the start of July, the coast was free.', 'narrative');
    assert.equal(valueOf(moved, 'the start of July'), '1945-07');
  });

  it('does move the story there when it has named no year before, or the year is the same', () => {
    assert.equal(valueOf(tag('Tension grew until April 1980. In September, the army attacked.', 'narrative'), 'September'), '1980-09');
    assert.equal(valueOf(tag('In 1954 the battle lasted until May 8. The next day, the garrison surrendered.', 'narrative'), 'The next day'), '1954-05-09');
  });

  it('reads "the previous April" and "the following March" from the story time', () => {
    assert.equal(valueOf(tag('In June 1918 the army gave up the ground seized the previous April.', 'narrative'), 'the previous April'), '1918-04');
    assert.equal(valueOf(tag('The treaty was signed in November 1920, and the following March the troops left.', 'narrative'), 'the following March'), '1921-03');
  });

  it('gives the same answer as news mode for fully written dates', () => {
    const text = 'The treaty was signed on 28 June 1919 in Versailles.';
    assert.deepEqual(tag(text, 'narrative').map((t) => t.value), tag(text, 'news').map((t) => t.value));
  });
});
