import * as assert from 'node:assert/strict';
import { readArticle } from '../../src/core/web/article';
import { extractLightArticle } from '../../src/core/web/lightArticle';
import { FURNITURE, NEWS_PAGE, STORY_PARAGRAPHS } from './newsPage';

// The article extractor on the light tree (lightArticle.ts), which the analysis and the import
// (article.ts) share.
const light = (html: string, options: { url?: string; maxElements?: number } = {}) => extractLightArticle(html, options).article;

const STORY = [
  'The city council voted on Tuesday to extend the tram line to the harbour, ending a debate that has lasted for more than ten years and divided the riverside districts.',
  'Supporters of the plan said the extension would bring thousands of commuters closer to the new offices on the waterfront, while critics pointed to the rising cost of the works.',
  'The works are due to start next spring and should take about three years, according to the transport department, which will publish a detailed timetable in January.',
  'Residents of the old town asked for the trams to run more quietly at night, and the council promised to study new rails that would reduce the noise along the quays.',
];

describe('web article extraction on the light tree', () => {
  it('finds the story, its title and byline, and leaves navigation, related stories, comments and footer out', () => {
    const article = light(NEWS_PAGE, { url: 'https://example.org/tram' });
    assert.equal(article.fallback, false);
    assert.equal(article.title, 'Tram line to reach the harbour by 2027');
    assert.equal(article.byline, 'By Jane Doe, Transport Correspondent');
    assert.equal(article.url, 'https://example.org/tram');
    assert.equal(article.lang, 'en');
    assert.match(article.text, /^RIVERSIDE — The council voted on Tuesday/);
    assert.equal(article.text.split('\n\n').length, STORY_PARAGRAPHS.length, 'one paragraph per paragraph');
    for (const furniture of [...FURNITURE, 'Related stories', 'harbourfan']) assert.ok(!article.text.includes(furniture), `article text must not contain "${furniture}"`);
  });

  it('gives the import the article the analysis reads, with its content as HTML', () => {
    const imported = readArticle(NEWS_PAGE);
    const tree = light(NEWS_PAGE);
    assert.deepEqual({ text: imported.text, title: imported.title, byline: imported.byline, ranges: imported.ranges, fallback: imported.fallback }, { text: tree.text, title: tree.title, byline: tree.byline, ranges: tree.ranges, fallback: tree.fallback });
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
    for (const paragraph of imported.text.split('\n\n')) assert.ok(imported.contentHtml.includes(`<p>${escaped(paragraph)}</p>`), `paragraph in the HTML: ${paragraph.slice(0, 30)}`);
    for (const furniture of [...FURNITURE, 'Related stories']) assert.ok(!imported.contentHtml.includes(furniture), `no "${furniture}" in the HTML`);
  });

  it('falls back to the whole visible text when there is no article, and says so', () => {
    const article = light('<html><head><title>Hours</title></head><body><nav><a href="/">Home</a></nav><div>Opening hours: 9 to 5.</div></body></html>');
    assert.equal(article.fallback, true);
    assert.equal(article.title, 'Hours');
    assert.match(article.text, /Home/);
    assert.match(article.text, /Opening hours: 9 to 5\./);
  });

  it('reads a page with more elements than the tree is built for as its whole visible text', () => {
    const page = `<html><body><p>The bridge reopens in May 2027, the council said.</p>${'<i>x</i>'.repeat(500)}<p>Last paragraph.</p></body></html>`;
    assert.equal(light(page, { maxElements: 1000 }).fallback, false);
    const article = light(page, { maxElements: 500 });
    assert.equal(article.fallback, true);
    assert.match(article.text, /^The bridge reopens in May 2027, the council said\./);
    assert.match(article.text, /Last paragraph\.$/);
  });

  it('leaves a menu, a comment thread and a box of related stories out, and keeps the story', () => {
    const page = `<html><head><title>Tram line | Herald</title></head><body>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul>
<div class="content"><h1>Tram line to the harbour</h1>${STORY.map((text) => `<p>${text}</p>`).join('\n')}</div>
<div class="related"><h3>Related</h3><ul><li><a href="/a">Bridge closed until June 2025</a></li></ul></div>
<section id="comments"><p>harbourfan: I remember the old trams of 2019, they were much louder than this.</p></section>
</body></html>`;
    const article = light(page);
    assert.equal(article.fallback, false);
    for (const text of STORY) assert.ok(article.text.includes(text), text.slice(0, 30));
    for (const furniture of ['Sport', 'Bridge closed', 'harbourfan']) assert.ok(!article.text.includes(furniture), furniture);
  });

  it('takes the byline out of the body text but keeps it in the article', () => {
    const page = `<html><head><title>Tram line to the harbour</title></head><body><div class="story">
<div class="byline">By <a rel="author" href="/jane">Jane Doe</a></div>${STORY.map((text) => `<p>${text}</p>`).join('\n')}</div></body></html>`;
    const article = light(page);
    assert.equal(article.byline, 'By Jane Doe');
    assert.ok(!article.text.includes('Jane Doe'));
    const at = page.indexOf('Jane Doe</a>');
    assert.ok(article.ranges.some((range) => range.start <= at && at < range.end), 'the byline is in the article');
  });

  it('reads paragraphs made of line breaks, and a story in divs without paragraphs', () => {
    const breaks = `<html><body><div class="post">${STORY.join('<br><br>\n')}</div></body></html>`;
    const divs = `<html><body><div class="entry">${STORY.map((text) => `<div>${text}</div>`).join('')}</div><div><a href="/x">Next story</a></div></body></html>`;
    for (const page of [breaks, divs]) {
      const article = light(page);
      assert.equal(article.fallback, false);
      assert.equal(article.text.split('\n\n').length, STORY.length, 'one paragraph per paragraph');
      assert.ok(!article.text.includes('Next story'));
    }
  });

  it('never builds anything from a script: JSON-LD is read as data for the title and byline', () => {
    const page = `<html><head><title>x</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tram line to the harbour","author":{"name":"Jane Doe"}}</script>
<script>document.write('<p>injected</p>')</script></head><body><article>${STORY.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const article = light(page);
    assert.equal(article.title, 'Tram line to the harbour');
    assert.equal(article.byline, 'Jane Doe');
    assert.ok(!article.text.includes('injected'));
  });
});
