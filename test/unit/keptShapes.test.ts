import * as assert from 'node:assert/strict';
import { readHtmlPage } from '../../src/core/web/htmlPage';
import { keepShapesOf } from '../../src/core/web/keptShapes';

const PAGE = '<html><body><article><h1>Title</h1><p>The mayor said on Monday that the bridge would reopen in June, after two years of work on its piers and deck.</p><p>Work began in 2024 and cost more than planned, the council&rsquo;s report says.</p></article></body></html>';

describe('keptShapes: one small page read and kept for the life of the module', () => {
  it('reads the sample page once: after a page has been read, no further reading runs', () => {
    const first = readHtmlPage(PAGE, { scanDates: true });
    let ran = false;
    keepShapesOf(() => {
      ran = true;
    });
    assert.equal(ran, false);
    // The kept sample changes nothing a page gives.
    assert.deepEqual(readHtmlPage(PAGE, { scanDates: true }).text, first.text);
    assert.deepEqual(readHtmlPage(PAGE, { scanDates: true }).article, first.article);
  });
});
