import * as assert from 'node:assert/strict';
import { readArticle } from '../../src/core/web/article';
import { extractLightArticle } from '../../src/core/web/lightArticle';

// The analysis and the import (which adds the content's HTML) prune alike.
const EXTRACTORS: [string, (html: string) => { text: string; fallback: boolean }][] = [
  ['the import', (html) => readArticle(html)],
  ['the analysis', (html) => extractLightArticle(html).article],
];

// A story long enough for Readability, with `inside` placed among its paragraphs (in the
// article container, where Readability keeps it) and `after` at its end.
const STORY = [
  'The city council voted on Tuesday to extend the tram line to the harbour, ending a debate that has lasted for more than ten years and divided the riverside districts.',
  'Supporters of the plan said the extension would bring thousands of commuters closer to the new offices on the waterfront, while critics pointed to the rising cost of the works.',
  'The works are due to start next spring and should take about three years, according to the transport department, which will publish a detailed timetable in January.',
  'Residents of the old town asked for the trams to run more quietly at night, and the council promised to study new rails that would reduce the noise along the quays.',
];

function page(inside: string, after = ''): string {
  const [first, second, ...rest] = STORY.map((text) => `<p>${text}</p>`);
  return `<!doctype html><html lang="en"><head><title>Tram line to the harbour</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article class="story"><h1>Tram line to reach the harbour</h1>
${first}${inside}${second}${rest.join('')}${after}</article>
<footer>© Example News</footer></body></html>`;
}

function textOf(html: string, read: (html: string) => { text: string; fallback: boolean }): string {
  const article = read(html);
  assert.equal(article.fallback, false);
  for (const paragraph of STORY) assert.ok(article.text.includes(paragraph), `the story stays: ${paragraph.slice(0, 30)}`);
  return article.text;
}

for (const [name, read] of EXTRACTORS) describe(`boilerplate inside the article container: ${name}`, () => {
  it('drops image captions and credits, in a figure or as a captioned paragraph', () => {
    const text = textOf(
      page(
        '<figure><img src="a.jpg"><figcaption>The mayor at the harbour on Monday. Photo: Jane Roe</figcaption></figure>' +
          '<p>Workers on the quay <span class="newsCaption">(Image: GETTY)</span></p><p>Image copyright Getty Images</p>',
      ), read);
    for (const furniture of ['mayor at the harbour', 'GETTY', 'Image copyright']) assert.ok(!text.includes(furniture), furniture);
  });

  it('drops datelines, bylines and "Advertisement" left among the paragraphs', () => {
    const text = textOf(page('<p>Published 10:02 AM EST Nov 19, 2019</p><p>By Justine Coleman - 11/18/19 11:04 PM EST</p><p>Advertisement</p><p>19.11.2019, 08:57</p>'), read);
    for (const furniture of ['Published', 'Coleman', 'Advertisement', '08:57']) assert.ok(!text.includes(furniture), furniture);
  });

  it('drops links to other stories: "Read more" lines, link-only paragraphs, link lists with their heading', () => {
    const text = textOf(
      page(
        '<p>Read more: <a href="/x">Bus fares to rise in March</a></p>',
        '<h3>More from Riverside</h3><ul><li><a href="/a">Bridge closed for repairs</a></li><li><a href="/b">New school opens its doors</a></li></ul>' +
          '<p><a href="/c">Who will run the new tram company?</a></p>',
      ), read);
    for (const furniture of ['Bus fares', 'More from Riverside', 'Bridge closed', 'New school', 'Who will run']) assert.ok(!text.includes(furniture), furniture);
  });

  it('drops newsletter, follow and contact lines and furniture named by its class', () => {
    const text = textOf(
      page(
        '<div class="share-bar"><span>Share</span> <span>Tweet</span></div>',
        '<p>Sign up for our free daily newsletter.</p><p>Follow Riverside News on Twitter and Facebook.</p>' +
          '<p>Jane Doe may be reached at jane@example.org.</p><p>Associated Press writer John Roe contributed to this report.</p>',
      ), read);
    for (const furniture of ['Tweet', 'newsletter', 'Follow', 'reached at', 'contributed']) assert.ok(!text.includes(furniture), furniture);
  });

  it('keeps the story’s own short lines: a sentence starting "By the", "More than", and a list of cited sources', () => {
    const text = textOf(
      page(
        '<p>By the end of the day, the vote was won.</p><p>More than 200 people came.</p>',
        '<ul><li><a href="https://example.org/report">https://example.org/report</a></li><li><a href="https://example.org/vote">https://example.org/vote</a></li></ul>',
      ), read);
    for (const kept of ['By the end of the day', 'More than 200 people came.', 'https://example.org/report']) assert.ok(text.includes(kept), kept);
  });

  it('drops a paragraph of several links (a row of other stories, a page\'s tags) and its heading', () => {
    const text = textOf(page('', '<h4>Tags</h4><p><a href="/t/tram">tram</a>, <a href="/t/harbour">harbour</a>, <a href="/t/policy">transport policy</a></p>'), read);
    for (const furniture of ['Tags', 'transport policy']) assert.ok(!text.includes(furniture), furniture);
  });

  it('keeps a tweet the story quotes, though its box is named "social-media-embed" and it is mostly links', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The trams will run all night on weekends from next year <a href="https://t.co/abc">https://t.co/abc</a></p>' +
      '— Riverside Council (@riverside) <a href="https://twitter.com/riverside/status/1">November 18, 2019</a></blockquote></div>';
    const text = textOf(page(tweet), read);
    assert.ok(text.includes('The trams will run all night on weekends'));
  });

  it('keeps a time alone, which heads an entry of a live report, and a sentence that starts like a dateline', () => {
    const text = textOf(page('<p>4:14 p.m.</p><p>Published in 2019, the report found 5 faults.</p><p>Updated at 1:23 p.m.</p>'), read);
    assert.ok(text.includes('4:14 p.m.'));
    assert.ok(text.includes('Published in 2019, the report found 5 faults.'));
    assert.ok(!text.includes('Updated at'));
  });

  it('keeps a list whose items are only partly linked when no "more stories" heading announces it', () => {
    const text = textOf(page('<ul><li>The first stop is at <a href="/q">the quay</a>, near the market hall and the old customs house.</li><li>The second is at the ferry terminal.</li></ul>'), read);
    assert.ok(text.includes('near the market hall'));
  });

  it('never prunes most of the article away', () => {
    // Every paragraph here is all link: pruning them all would leave nothing, so most stay.
    const links = STORY.map((text, i) => `<p><a href="/s${i}">${text.slice(0, 120)}</a></p>`).join('');
    const html = `<!doctype html><html><head><title>Links</title></head><body><article>${links}${STORY.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const article = read(html);
    assert.ok(article.text.length > STORY.join(' ').length * 0.5);
  });
});
