import * as assert from 'node:assert/strict';
import { parseSuppressions } from '../../src/core/suppressions';

describe('disable comments', () => {
  it('disable-next-line switches off the named rule on the next line only', () => {
    const text = ['Line zero.', '<!-- claimline-disable-next-line quote -->', '"Yes," Arce said.', '"No," Arce said.'].join('\n');
    const s = parseSuppressions(text, 'markdown');
    assert.equal(s.isSuppressed('quote', 2), true);
    assert.equal(s.isSuppressed('edited-quote', 2), false);
    assert.equal(s.isSuppressed('quote', 3), false);
    assert.equal(s.isSuppressed('quote', 0), false);
  });

  it('without rule names, disable-next-line switches off every rule', () => {
    const s = parseSuppressions('<!-- claimline-disable-next-line -->\nIn 2019 it rained.', 'html');
    assert.equal(s.isSuppressed('dated-claim', 1), true);
    assert.equal(s.isSuppressed('quote', 1), true);
  });

  it('disable … enable covers the lines in between', () => {
    const text = ['a', '<!-- claimline-disable dated-claim, quote -->', 'b', 'c', '<!-- claimline-enable quote -->', 'd', '<!-- claimline-enable -->', 'e'].join('\n');
    const s = parseSuppressions(text, 'markdown');
    assert.equal(s.isSuppressed('dated-claim', 0), false);
    assert.equal(s.isSuppressed('dated-claim', 2), true);
    assert.equal(s.isSuppressed('quote', 3), true);
    assert.equal(s.isSuppressed('quote', 5), false);
    assert.equal(s.isSuppressed('dated-claim', 5), true);
    assert.equal(s.isSuppressed('dated-claim', 7), false);
  });

  it('enabling one rule inside a disable-all block keeps the others off', () => {
    const text = ['<!-- claimline-disable -->', '<!-- claimline-enable stale-prediction -->', 'x'].join('\n');
    const s = parseSuppressions(text, 'html');
    assert.equal(s.isSuppressed('stale-prediction', 2), false);
    assert.equal(s.isSuppressed('future-claim', 2), true);
  });

  it('disable-line applies to the comment’s own line', () => {
    const s = parseSuppressions('In 2019 it rained. <!-- claimline-disable-line dated-claim -->\nIn 2020 too.', 'markdown');
    assert.equal(s.isSuppressed('dated-claim', 0), true);
    assert.equal(s.isSuppressed('dated-claim', 1), false);
  });

  it('accepts // comments in plain text only', () => {
    const text = '// claimline-disable-next-line quote\n"Yes," Arce said.';
    assert.equal(parseSuppressions(text, 'plaintext').isSuppressed('quote', 1), true);
    assert.equal(parseSuppressions(text, 'markdown').isSuppressed('quote', 1), false);
    // HTML-style comments work in plain text too (the form the quick fix inserts).
    assert.equal(parseSuppressions('<!-- claimline-disable-next-line -->\nx', 'plaintext').isSuppressed('quote', 1), true);
  });

  it('counts lines the way the editor does with CRLF and lone CR', () => {
    const text = 'a\r\n<!-- claimline-disable-next-line -->\r\nb\rc';
    const s = parseSuppressions(text, 'plaintext');
    assert.equal(s.isSuppressed('quote', 2), true);
    assert.equal(s.isSuppressed('quote', 3), false);
  });

  it('a comment spanning lines counts "next line" from its end', () => {
    const s = parseSuppressions('<!-- claimline-disable-next-line\n  quote -->\n"x," he said.', 'html');
    assert.equal(s.isSuppressed('quote', 2), true);
    assert.equal(s.isSuppressed('quote', 1), false);
  });

  it('ignores look-alikes: the publication comment and other tools’ comments', () => {
    const s = parseSuppressions('<!-- claimline: published 2020-12-05 -->\n<!-- markdownlint-disable -->\nx', 'markdown');
    assert.equal(s.count, 0);
    assert.equal(s.isSuppressed('quote', 2), false);
  });
});
