import * as assert from 'node:assert/strict';
import { visibleText } from '../../src/core/markup';

describe('visible text of Markdown and plain text', () => {
  it('blanks Markdown front matter, fenced code, inline code and link targets', () => {
    const md = '---\ndate: 2020-12-05\n---\n# Title\n\nSee [the report](https://example.com/2019) from `2018`.\n\n```\ncode 2017\n```\nEnd.';
    const text = visibleText(md, 'markdown');
    assert.equal(text.length, md.length);
    assert.ok(!text.includes('2020-12-05'));
    assert.ok(!text.includes('2019'));
    assert.ok(!text.includes('2018'));
    assert.ok(!text.includes('2017'));
    assert.ok(text.includes('See [the report]'));
    assert.ok(text.includes('End.'));
  });

  it('leaves plaintext untouched', () => {
    const plain = '<p>not markup in a text file</p>';
    assert.equal(visibleText(plain, 'plaintext'), plain);
  });
});

describe('claimline directives in plain text', () => {
  it('blanks disable and publication comments so they never join a sentence', () => {
    const text = '// claimline: published 2020-12-05\nIntro.\n<!-- claimline-disable-next-line dated-claim -->\nSigned in 2017.';
    const visible = visibleText(text, 'plaintext');
    assert.equal(visible.length, text.length);
    assert.ok(!visible.includes('claimline'));
    assert.ok(visible.includes('Intro.') && visible.includes('Signed in 2017.'));
  });

  it('leaves ordinary comments and the word claimline in prose alone', () => {
    const text = 'The claimline tool was tested. // not a directive';
    assert.equal(visibleText(text, 'plaintext'), text);
  });
});
