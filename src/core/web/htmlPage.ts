// What the analyzer reads of an HTML page: the article (or, with no article, the whole visible
// text) as text, a way back to source offsets, and what was found about the article.
// The article is found on a light tree of the page (lightArticle.ts), not a DOM. The extension
// loads this module (the parser and the extractor) only when it meets its first HTML document:
// see esbuild.js.

import { LineIndex } from '../text';
import type { ArticleSummary } from '../types';
import { keepShapesOf } from './keptShapes';
import { extractLightArticle } from './lightArticle';
import { type PageFacts, pageScanner } from './pageScan';
import { pageText } from './pageText';

export interface HtmlPage {
  text: string;
  toSource(offset: number): number;
  fromSource(offset: number): number;
  article: ArticleSummary;
  /** What the publication date is read from (pageDate's `facts`), when asked for with `scanDates`. */
  facts?: PageFacts;
}

/**
 * `wholePage` reads every visible word of the page, article or not (for comparisons); `scanDates`
 * also gathers the publication date's facts, from the same tokenizer pass as the DOM.
 */
export function readHtmlPage(source: string, options: { url?: string; wholePage?: boolean; scanDates?: boolean } = {}): HtmlPage {
  // The analysis maps its findings back to the page's lines with a LineIndex (sourceOffsets.ts): kept too.
  keepShapesOf(() => [readPage(SAMPLE_PAGE, { scanDates: true }), new LineIndex(SAMPLE_PAGE)]);
  return readPage(source, options);
}

function readPage(source: string, options: { url?: string; wholePage?: boolean; scanDates?: boolean }): HtmlPage {
  const scanner = options.scanDates === true ? pageScanner(source) : undefined;
  const { article, runs, breaks, inArticle } = extractLightArticle(source, { url: options.url, also: scanner?.events });
  const { text, toSource, fromSource } = pageText(source, runs, breaks, (_run, index) => options.wholePage === true || inArticle[index] === 1);
  const { title, byline, site, url, ranges, fallback } = article;
  return { text, toSource, fromSource, article: { title, byline, site, url, ranges, fallback }, facts: scanner?.facts() };
}

// A small page with what most pages have (head, JSON-LD, a style, a comment, character references in
// text and attributes, a dated byline, an article of several paragraphs, navigation), read once so
// that the objects of a reading stay alive (keptShapes.ts says why).
const SAMPLE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A sample &amp; page</title>
<meta property="article:published_time" content="2020-06-28T20:16:00-04:00"><link rel="canonical" href="https://example.org/2020/06/28/sample">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-06-28"}</script><style>p{margin:0}</style><script>var x = 1 < 2;</script></head>
<body class='page'><!-- comment --><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href='/news'>News</a></li></ul></nav>
<main><article class="post entry-content"><header><h1>A sample headline</h1><p class="byline">By <span itemprop="author">Ann Example</span>, <time datetime="2020-06-28" class="published">June 28, 2020</time></p></header>
<div id="body"><p>The first paragraph of the story says what happened &ndash; and where, with enough words in it, commas, and a sentence or two.</p>
<p>The second paragraph quotes someone: &ldquo;We&rsquo;ll see,&rdquo; said the mayor on Monday. It goes on for a while, as paragraphs do.</p>
<figure><img src="a.jpg" alt="A picture"><figcaption>A caption</figcaption></figure><p>A third paragraph, with <a href="https://example.org/x">a link</a> and <b>bold</b> words.<br>And a line after a break.</p></div>
</article><aside class="related"><h2>Related stories</h2><ul><li><a href="/y">Another story</a></li></ul></aside></main><footer class="site-footer"><p>&copy; 2020 Example</p></footer></body></html>`;
