// The temporal tagger's shared run scratch (src/core/temporal/scratch.ts): one run at a time, and
// nothing of a document kept after a run, even one that threw. Sentences written for these tests.
import * as assert from 'node:assert/strict';
import { tagTemporalExpressions } from '../../src/core/temporal';
import { SCRATCH } from '../../src/core/temporal/scratch';
import { sentences } from '../../src/core/text';
import type { Sentence } from '../../src/core/types';

const TEXT = 'The council met on Tuesday. In March 2019 it voted, and three years ago it had lost. By Oct. 20 the plan ends.';
const REF = '2020-11-20';

function tag(text: string) {
  return tagTemporalExpressions(text, { reference: REF, sentences: sentences(text) });
}

/** Sentences whose first read runs `onRead` (a callback inside a run). */
function sentencesCalling(text: string, onRead: () => void): Sentence[] {
  let called = false;
  return new Proxy(sentences(text), {
    get(target, key, receiver) {
      if (!called && key === '0') {
        called = true;
        onRead();
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

describe('temporal tagger run state', () => {
  it('keeps nothing of a document after a run', () => {
    const result = tag(TEXT);
    assert.ok(result.length >= 4);
    assert.ok(SCRATCH.idle);
  });

  it('refuses a call made from inside a run and still finishes the outer run unchanged', () => {
    const expected = tag(TEXT);
    let inner: unknown = null;
    const result = tagTemporalExpressions(TEXT, {
      reference: REF,
      sentences: sentencesCalling(TEXT, () => {
        try {
          tag('Last year.');
        } catch (error) {
          inner = error;
        }
      }),
    });
    assert.match(String(inner), /not re-entrant/);
    assert.deepEqual(result, expected);
    assert.ok(SCRATCH.idle);
  });

  it('resets after a run that threw, so the next run gives the same answer as a fresh one', () => {
    const expected = tag(TEXT);
    assert.throws(
      () => tagTemporalExpressions(TEXT, { reference: REF, sentences: sentencesCalling(TEXT, () => { throw new Error('bad sentence list'); }) }),
      /bad sentence list/,
    );
    assert.ok(SCRATCH.idle);
    assert.deepEqual(tag(TEXT), expected);
  });
});
