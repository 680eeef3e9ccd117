import * as assert from 'node:assert/strict';
import { disableFileEdit, disableNextLineEdit, isIsoDate, publicationDateEdit, topInsertionOffset, type TextReplacement } from '../../src/core/edits';

function apply(text: string, r: TextReplacement): string {
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}

describe('quick-fix edits', () => {
  it('inserts the publication comment at the top of plain text', () => {
    assert.equal(apply('LA PAZ - Text.\n', publicationDateEdit('LA PAZ - Text.\n', 'plaintext', '2020-12-05')), '<!-- claimline: published 2020-12-05 -->\nLA PAZ - Text.\n');
  });

  it('keeps Markdown front matter first', () => {
    const md = '---\ntitle: Bridge\n---\n# Bridge\n';
    assert.equal(apply(md, publicationDateEdit(md, 'markdown', '2021-01-02')), '---\ntitle: Bridge\n---\n<!-- claimline: published 2021-01-02 -->\n# Bridge\n');
  });

  it('keeps the HTML doctype first and uses the file’s line breaks', () => {
    const html = '<!DOCTYPE html>\r\n<html><body><p>x</p></body></html>';
    assert.equal(apply(html, publicationDateEdit(html, 'html', '2020-12-05')), '<!DOCTYPE html>\r\n<!-- claimline: published 2020-12-05 -->\r\n<html><body><p>x</p></body></html>');
  });

  it('replaces an existing publication comment instead of adding a second', () => {
    const text = '<!-- claimline: published 2019-01-01 -->\nBody.';
    assert.equal(apply(text, publicationDateEdit(text, 'plaintext', '2020-12-05')), '<!-- claimline: published 2020-12-05 -->\nBody.');
  });

  it('keeps a BOM in front', () => {
    assert.equal(topInsertionOffset('\ufeffText', 'plaintext'), 1);
  });

  it('inserts a disable-next-line comment above the finding’s line with its indentation', () => {
    const text = 'Intro.\n    "We will," Arce said.\n';
    const offset = text.indexOf('Arce');
    assert.equal(apply(text, disableNextLineEdit(text, offset, 'quote')), 'Intro.\n    <!-- claimline-disable-next-line quote -->\n    "We will," Arce said.\n');
  });

  it('disables a rule for the whole file after front matter', () => {
    const md = '---\ndate: 2020-12-05\n---\nText';
    assert.equal(apply(md, disableFileEdit(md, 'markdown', 'quote')), '---\ndate: 2020-12-05\n---\n<!-- claimline-disable quote -->\nText');
  });

  it('validates publication dates on the calendar', () => {
    assert.equal(isIsoDate('2020-12-05'), true);
    assert.equal(isIsoDate(' 2024-02-29 '), true);
    assert.equal(isIsoDate('2021-02-29'), false);
    assert.equal(isIsoDate('2020-13-01'), false);
    assert.equal(isIsoDate('05/12/2020'), false);
  });
});
