// The article of a web page as `claimline import` and Import Article take it: the same article
// the analysis reads (lightArticle.ts: Readability's method on the light tree, with Claimline's
// furniture pruning), plus its content as HTML for the Markdown conversion (markdown.ts).

import { innerHtml } from './lightHtml';
import { extractLightArticle, type PageArticle } from './lightArticle';

export interface WebArticle extends PageArticle {
  /** The article as HTML (the reader's content, reduced to what a reader needs); empty when `fallback`. */
  contentHtml: string;
}

/** `maxElements` lowers the tree's element cap, for tests. */
export function readArticle(html: string, options: { url?: string; maxElements?: number } = {}): WebArticle {
  const { article, content } = extractLightArticle(html, options);
  return { ...article, contentHtml: content && !article.fallback ? innerHtml(content) : '' };
}
