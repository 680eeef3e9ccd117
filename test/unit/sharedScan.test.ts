import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { readHtmlPage } from '../../src/core/web/htmlPage';
import { extractLightArticle } from '../../src/core/web/lightArticle';
import { pageDate } from '../../src/core/web/pageDate';
import { pageScanner, scanPage } from '../../src/core/web/pageScan';
import { NEWS_PAGE } from './newsPage';

// Markup where the DOM builder (htmlparser2's Parser: implied end tags, its own stack) and the
// publication date's scan (htmlEvents.ts: no implied end tags, an end tag looks 32 deep) keep
// different open elements: each must still see the page as it does alone.
const AWKWARD = [
  '<!DOCTYPE html><html lang="de-CH"><head><meta property="article:published_time" content="2021-03-04T10:00:00+01:00">',
  '<title>A <b>title</b> &amp; more</title><link rel="canonical" href="https://example.org/2021/03/04/story">',
  '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04"}</script>',
  '<script>var s = "</div><p>not text</p>";</script><style>p { color: red }</style></head>',
  '<body class="one-sidebar"><p>An open paragraph <div class="byline">Von Anna Muster, 4. März 2021</div>',
  '<ul><li>one<li>two <time datetime="2021-03-04">4.3.2021</time></ul>',
  '<svg><title>icon</title><circle/></svg><noscript><p>3. März 2021</p></noscript>',
  `${'<div class="wrap">'.repeat(40)}<span itemprop="datePublished">2021-03-03</span>${'</div>'.repeat(40)}`,
  '<p data-x="a &quot;b&quot; &eacute;" title=\'5. März 2021\'>Text &ndash; mit <!-- a comment --> Entit&auml;ten',
  '<![CDATA[ raw ]]><textarea>1. Mai 2020</textarea><table><tr><td>cell<td>Aktualisiert am 6. März 2021</table>',
  '</body></html>trailing text after the end 7. März 2021',
].join('\n');

describe('The publication date read from the DOM builder\'s tokenizer pass', () => {
  for (const [name, html] of [['the news page fixture', NEWS_PAGE], ['a page of awkward markup', AWKWARD]] as const) {
    it(`gathers the same facts as its own pass: ${name}`, () => {
      const shared = readHtmlPage(html, { scanDates: true }).facts;
      assert.deepEqual(shared, scanPage(html));
      assert.deepEqual(pageDate(html, { facts: shared }), pageDate(html));
    });
  }

  it('still sees the whole page past the DOM\'s element cap', () => {
    const html = `<html><body>${'<div><p>x</p></div>'.repeat(50)}<p class="date">Published 4 March 2021</p></body></html>`;
    const scanner = pageScanner(html);
    const { article } = extractLightArticle(html, { maxElements: 20, also: scanner.events });
    assert.equal(article.fallback, true, 'past the cap no tree is built, so no article is found');
    const facts = scanner.facts();
    assert.deepEqual(facts, scanPage(html));
    assert.equal(facts.dateElements.at(-1)?.text, 'Published 4 March 2021');
  });

  it('gives analyze() the date pageDate finds alone; readHtmlPage gathers the facts only when asked', () => {
    const today = '2026-11-28';
    const analysis = analyze(AWKWARD, { format: 'html', today });
    assert.equal(analysis.published?.value, pageDate(AWKWARD, { latest: today })?.value);
    assert.equal(analysis.published?.value, '2021-03-04');
    assert.equal(readHtmlPage(AWKWARD).facts, undefined);
  });
});
