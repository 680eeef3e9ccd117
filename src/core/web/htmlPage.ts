// What the analyzer reads of an HTML page: the article (or, with no article, the whole visible
// text) as text, a way back to source offsets, and what was found about the article.
// The article is found on a light tree of the page (lightArticle.ts), not a DOM. The extension
// loads this module (the parser and the extractor) only when it meets its first HTML document:
// see esbuild.js.

import type { ArticleSummary } from '../types';
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
  const scanner = options.scanDates === true ? pageScanner(source) : undefined;
  const { article, runs, breaks, inArticle } = extractLightArticle(source, { url: options.url, also: scanner?.events });
  const { text, toSource, fromSource } = pageText(source, runs, breaks, (_run, index) => options.wholePage === true || inArticle[index] === 1);
  const { title, byline, site, url, ranges, fallback } = article;
  return { text, toSource, fromSource, article: { title, byline, site, url, ranges, fallback }, facts: scanner?.facts() };
}
