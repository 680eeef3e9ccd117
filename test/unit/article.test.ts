import * as assert from 'node:assert/strict';
import { readArticle } from '../../src/core/web/article';
import { FURNITURE, NEWS_PAGE, STORY_PARAGRAPHS } from './newsPage';

describe('web article extraction for the import', () => {
  it('finds the story, its title and byline, and leaves navigation, related stories, comments and footer out', () => {
    const article = readArticle(NEWS_PAGE, { url: 'https://example.org/tram' });
    assert.equal(article.fallback, false);
    assert.equal(article.title, 'Tram line to reach the harbour by 2027');
    assert.equal(article.byline, 'By Jane Doe, Transport Correspondent');
    assert.equal(article.url, 'https://example.org/tram');
    assert.equal(article.lang, 'en');
    assert.match(article.text, /^RIVERSIDE — The council voted on Tuesday/);
    assert.match(article.text, /Mayor Sean O’Brien said the extension would cost £40 million/);
    assert.match(article.text, /of all,” O’Brien told reporters/);
    assert.equal(article.text.split('\n\n').length, STORY_PARAGRAPHS.length, 'one paragraph per paragraph');
    for (const furniture of [...FURNITURE, 'Related stories', 'harbourfan']) {
      assert.ok(!article.text.includes(furniture), `article text must not contain "${furniture}"`);
    }
    assert.match(article.contentHtml, /<p>/);
    assert.ok(!article.contentHtml.includes('data-cl-i'), 'internal markers must not leak into the HTML');
  });

  it('gives source ranges that cover the title, the byline and every paragraph, and nothing around them', () => {
    const article = readArticle(NEWS_PAGE);
    const covered = (needle: string) => {
      const at = NEWS_PAGE.indexOf(needle, NEWS_PAGE.indexOf('<body>'));
      return article.ranges.some((r) => r.start <= at && at + needle.length <= r.end);
    };
    assert.ok(covered('Tram line to reach the harbour by 2027'), 'the headline is in the article');
    assert.ok(covered('By Jane Doe'), 'the byline is in the article');
    for (const paragraph of STORY_PARAGRAPHS) assert.ok(covered(paragraph), `paragraph in the article: ${paragraph.slice(0, 30)}`);
    for (const furniture of [...FURNITURE, 'Related stories']) {
      const at = NEWS_PAGE.indexOf(furniture);
      assert.ok(!article.ranges.some((r) => r.start < at + furniture.length && at < r.end), `"${furniture}" is outside the article`);
    }
    for (let i = 1; i < article.ranges.length; i++) assert.ok(article.ranges[i - 1].end <= article.ranges[i].start, 'ranges are ordered and disjoint');
  });

  it('falls back to the whole visible text when there is no article, and says so', () => {
    const page = '<html><body><nav><a href="/">Home</a></nav><div>Opening hours: 9 to 5.</div></body></html>';
    const article = readArticle(page);
    assert.equal(article.fallback, true);
    assert.match(article.text, /Home/);
    assert.match(article.text, /Opening hours: 9 to 5\./);
    assert.equal(article.contentHtml, '');
  });

  it('reads a page with more elements than the DOM is built for as its whole visible text', () => {
    const page = `<html><body><p>The bridge reopens in May 2027, the council said.</p>${'<i>x</i>'.repeat(500)}<p>Last paragraph.</p></body></html>`;
    assert.equal(readArticle(page, { maxElements: 1000 }).fallback, false);
    const article = readArticle(page, { maxElements: 500 });
    assert.equal(article.fallback, true);
    assert.match(article.text, /^The bridge reopens in May 2027, the council said\./);
    assert.match(article.text, /Last paragraph\.$/);
  });

  it('reads a page whose optional </head> and </body> are left out', () => {
    const page = `<!doctype html><html><head><title>Tram line | Herald</title>\n${STORY_PARAGRAPHS.map((p) => `<p>${p}`).join('\n')}`;
    const article = readArticle(page);
    assert.match(article.text, /Mayor Sean O’Brien said/);
    assert.match(article.text, /the transport office said in a statement after the meeting\.$/);
  });
});
