import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { shapeKeeper } from '../../src/core/shapeKeeper';

describe('shapeKeeper: a sample read once, its objects kept', () => {
  it('runs the sample once, not again from inside itself, and again only if it failed', () => {
    const keeper = shapeKeeper();
    assert.throws(() => keeper.keepShapesOf(() => { throw new Error('broken sample'); }), /broken sample/);
    let runs = 0;
    keeper.keepShapesOf(() => {
      runs++;
      keeper.keepShapesOf(() => runs++); // the sample's own reading reaches the same call
      keeper.keepShape({});
      return {};
    });
    keeper.keepShapesOf(() => runs++);
    assert.equal(runs, 1);
  });

  it('the text analysis, its sample read, gives the same answer every time (the kept objects hold no state)', () => {
    const text = 'LONDON (Reuters) — "We will reopen the bridge in June," Mayor Ann Rowe said on Monday.\n\nShe said work began in 2024.';
    const first = analyze(text, { today: '2026-12-08' });
    const again = analyze(text, { today: '2026-12-08' });
    assert.deepEqual(again, first);
    assert.equal(first.quotes[0]?.speaker?.name, 'Ann Rowe');
  });
});
