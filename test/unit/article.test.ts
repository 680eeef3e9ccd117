import * as assert from 'node:assert/strict';
import { readArticle } from '../../src/core/web/article';

const story = [
  'The council voted on Tuesday to extend the tram line to the harbour by 2027, after two years of debate.',
  'Mayor Sean O&rsquo;Brien said the extension would cost &pound;40 million and open in stages.',
  '&ldquo;We have waited long enough,&rdquo; O&rsquo;Brien told reporters outside the town hall on Tuesday.',
  'Opponents said the budget, agreed in March, left no room for the promised cycle lanes along the quay.',
  'The first trams are expected to run on the new section in the spring of 2026, the transport office said.',
];

export const NEWS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tram line to reach the harbour by 2027 | Riverside Herald</title>
<script>var tracking = "Elections on 5 May 2030";</script><style>p { color: red }</style>
<body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport in 2025</a></nav>
<article>
<h1>Tram line to reach the harbour by 2027</h1>
<p class="byline">By Jane Doe</p>
${story.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Bus fares to rise in January 2026</a></li><li><a href="/b">Bridge closed until June 2025</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2><div class="comment">I said in 2019 this would happen.</div></section>
<footer class="site-footer">Copyright 2024 Riverside Herald. All rights reserved.</footer>
</body></html>`;

describe('web article extraction', () => {
  it('finds the story, its title and byline, and leaves navigation, related stories, comments and footer out', () => {
    const article = readArticle(NEWS_PAGE, { url: 'https://example.org/tram' });
    assert.equal(article.fallback, false);
    assert.equal(article.title, 'Tram line to reach the harbour by 2027');
    assert.equal(article.byline, 'By Jane Doe');
    assert.equal(article.url, 'https://example.org/tram');
    assert.equal(article.lang, 'en');
    assert.match(article.text, /Mayor Sean O’Brien said the extension would cost £40 million/);
    assert.match(article.text, /“We have waited long enough,” O’Brien told reporters/);
    for (const furniture of ['Sport in 2025', 'Bus fares', 'I said in 2019', 'Copyright 2024', 'tracking', 'color']) {
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
    for (const paragraph of story) assert.ok(covered(paragraph), `paragraph in the article: ${paragraph.slice(0, 30)}`);
    for (const furniture of ['Sport in 2025', 'Bus fares', 'I said in 2019', 'Copyright 2024', 'Related stories']) {
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

  it('reads a page whose optional </head> and </body> are left out', () => {
    const page = `<!doctype html><html><head><title>Tram line | Herald</title>\n${story.map((p) => `<p>${p}`).join('\n')}`;
    const article = readArticle(page);
    assert.match(article.text, /Mayor Sean O’Brien said/);
    assert.match(article.text, /the transport office said\.$/);
  });
});
