// Reference words ("now", "today", …) used for something other than a time: a discourse marker
// opening a sentence, "today's" meaning present-day in general. Sentences written for these tests.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';

const FRIDAY = '2020-03-13';

function spans(text: string): string[] {
  return tagTemporalExpressions(text, { reference: FRIDAY, sentences: sentences(text) }).map((t) => `${t.text} ${t.value}`);
}

describe('reference words that name no time', () => {
  it('does not tag "Now," opening a sentence (a turn in the story, as "well" is)', () => {
    assert.deepEqual(spans('The law passed in 1994. Now, the senator said, it matters again.'), ['1994 1994']);
    assert.deepEqual(spans('"Now, we see the edge eroded," the analyst said.'), []);
    assert.deepEqual(spans('Now, officials say, the talks are over.'), []);
  });

  it('still tags "now" inside a clause and "Now" opening one without a comma', () => {
    assert.deepEqual(spans('The firm now holds 5% of the bank.'), ['now PRESENT_REF']);
    assert.deepEqual(spans('Now officials are investigating the fire.'), ['Now PRESENT_REF']);
    assert.deepEqual(spans('Prices are higher now, the agency said.'), ['now PRESENT_REF']);
  });

  it('does not tag "today\'s" meaning present-day in general', () => {
    assert.deepEqual(spans("The case is for today's youth what the war was for their parents."), []);
    assert.deepEqual(spans("Such barriers have no place in today's world."), []);
    assert.deepEqual(spans("The chip runs many of today's personal computers."), []);
  });

  it('keeps "today\'s" that names the publication day', () => {
    assert.deepEqual(spans("The offer was advertised in today's editions of the paper."), ['today 2020-03-13']);
    assert.deepEqual(spans("Today's vote was delayed."), ['Today 2020-03-13']);
  });
});

describe('decades and centuries as TimeML writes them', () => {
  it('gives a decade its first three digits and a century its first two', () => {
    assert.deepEqual(spans('Prices rose through the 1990s.'), ['the 1990s 199']);
    assert.deepEqual(spans('Cars of the 70s and 80s were boxy.'), ['the 70s 197', '80s 198']);
    assert.deepEqual(spans('Wages lost ground over the last decade.'), ['the last decade 201']);
    assert.deepEqual(spans('It was the worst war of the 20th century.'), ['the 20th century 19']);
  });

  it('reads no century past the 100th, whose value would look like a decade', () => {
    assert.deepEqual(spans('The ruins date from the 119th century.'), []);
  });
});

describe('"soon" with an adverb of degree', () => {
  it('takes "very", "quite" into the expression, as "nearly" is taken into an amount', () => {
    assert.deepEqual(spans('The plan will be presented to the governments very soon.'), ['very soon FUTURE_REF']);
    assert.deepEqual(spans('Talks will resume quite soon, the envoy said.'), ['quite soon FUTURE_REF']);
  });

  it('still leaves "too soon" and "as soon as" alone', () => {
    assert.deepEqual(spans('It is too soon to say whether the plan will work.'), []);
    assert.deepEqual(spans('They will leave as soon as the road opens.'), []);
  });
});
