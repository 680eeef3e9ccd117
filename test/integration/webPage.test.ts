// A saved news page in the editor: only the story is analyzed (not the menu, the ticker, related
// stories, comments or footer), diagnostics land on the page's source, and the hover says what
// part of the page was read; a page with no article says so.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { baselineSettings, closeAll, copyFixture, hoverText, openArticle, ruleOf } from './articles';
import { testWorkspace } from './support';

describe('saved web pages', function () {
  this.timeout(60_000);
  before(baselineSettings);
  afterEach(closeAll);

  it('flags only claims in the story of a saved news page, on its source text', async () => {
    const uri = copyFixture('news-page.html', 'web');
    const { editor, diagnostics } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'quote'));
    const document = editor.document;
    const source = document.getText();
    const storyStart = source.indexOf('<article');
    const storyEnd = source.indexOf('</article>');
    const show = diagnostics.map((d) => `${ruleOf(d)}@${document.getText(d.range)}`).join(', ');
    assert.ok(diagnostics.length >= 4, show);
    for (const diagnostic of diagnostics) {
      const offset = document.offsetAt(diagnostic.range.start);
      assert.ok(offset > storyStart && offset < storyEnd, `outside the story: ${ruleOf(diagnostic)}@${document.getText(diagnostic.range)}`);
    }
    const texts = diagnostics.map((d) => document.getText(d.range));
    assert.ok(texts.includes('2027'), show);
    for (const furniture of ['2025', '2030', '14 May 2026', 'January 2026', 'June 2025', '2019', '1887']) {
      assert.ok(!texts.some((t) => t.includes(furniture)), `page furniture flagged (${furniture}): ${show}`);
    }
    const quote = diagnostics.find((d) => ruleOf(d) === 'quote')!;
    assert.ok(document.getText(quote.range).startsWith('&ldquo;We have waited'), 'the quote range is the entity-encoded source');
    assert.match(quote.message, /Sean O’Brien/);
    const { text } = await hoverText(uri, diagnostics.find((d) => document.getText(d.range) === '2027')!.range.start);
    assert.match(text, /Only the article “Tram line to reach the harbour by 2027” in this page was analyzed/);
  });

  it('says in the hover when a page has no article and its whole text was analyzed', async () => {
    const dir = path.join(testWorkspace(), 'web');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'opening-hours.html');
    fs.writeFileSync(file, '<!doctype html><html><head><title>Opening hours</title></head><body><nav><a href="/">Home</a></nav><div>The library reopens on 3 May 2027.</div></body></html>');
    const uri = vscode.Uri.file(file);
    const { editor, diagnostics } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) !== 'no-publication-date'));
    const date = diagnostics.find((d) => editor.document.getText(d.range).includes('2027'))!;
    const { text } = await hoverText(uri, date.range.start);
    assert.match(text, /No article recognised in this page: its whole visible text was analyzed/);
  });
});
