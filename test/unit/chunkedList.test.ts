import * as assert from 'node:assert/strict';
import { ChunkedList } from '../../src/core/chunkedList';

describe('ChunkedList', () => {
  for (const count of [0, 1, 16383, 16384, 16385, 50000]) {
    it(`keeps ${count} items in order`, () => {
      const list = new ChunkedList<number>();
      for (let i = 0; i < count; i++) list.push(i * 3);
      assert.equal(list.length, count);
      const items = list.toArray();
      assert.equal(items.length, count);
      for (let i = 0; i < count; i++) if (items[i] !== i * 3) assert.fail(`item ${i} is ${items[i]}`);
    });
  }
});
