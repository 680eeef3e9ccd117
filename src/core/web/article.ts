// The article in a web page: Mozilla's Readability (Firefox Reader View) on a linkedom DOM built
// by our own tokenizer pass (htmlDom.ts), mapped back to source offsets through the element
// indices Readability carries along. Title and byline, which Readability takes out of its
// content, are found again through the nodes it recognised them in.

import { Readability } from '@mozilla/readability';
import { pruneBoilerplate, pruneNamedFurniture } from './articleBoilerplate';
import { type DomElement, type DomNode, ELEMENT_INDEX, parsePage, type ParsedPage } from './htmlDom';
import type { HtmlEvents } from './htmlEvents';
import { clean, layoutByline, plainText, rangesOf, runsText } from './articleRuns';

export interface WebArticle {
  title?: string;
  byline?: string;
  site?: string;
  url?: string;
  lang?: string;
  /** The article as HTML (Readability's content); empty when `fallback`. */
  contentHtml: string;
  /** The article body's plain text: paragraphs separated by blank lines (title and byline apart). */
  text: string;
  /** Source offsets of the article in the raw HTML (title, byline and body), in order. */
  ranges: { start: number; end: number }[];
  /** No article found: the whole visible text stands for it. */
  fallback: boolean;
}

/** The article and, per text run of the parsed page, whether it belongs to the article. */
export interface ArticleExtraction {
  article: WebArticle;
  page: ParsedPage;
  inArticle: Uint8Array;
}

const MIN_ARTICLE_CHARACTERS = 200;

export function readArticle(html: string, options: { url?: string } = {}): WebArticle {
  return extractArticle(html, options).article;
}

/**
 * `maxElements` lowers the DOM's element cap (MAX_DOM_ELEMENTS), for tests; `also` sees the page
 * through the same tokenizer pass (parsePage).
 */
export function extractArticle(html: string, options: { url?: string; maxElements?: number; also?: HtmlEvents } = {}): ArticleExtraction {
  const page = parsePage(html, options.maxElements, options.also);
  const { runs } = page;
  const titleTitle = documentTitle(page);
  const lang = page.document.documentElement.getAttribute('lang') ?? undefined;
  const marked = new Set<number>();
  // Readability's typings name the browser's DOM; linkedom's document is what it gets.
  const reader = new Readability<DomElement>(page.document as never, { keepClasses: true, serializer: (node) => node as unknown as DomElement });
  const bylines = watchRemovedParts(reader, page, marked);
  let result: ReturnType<Readability<DomElement>['parse']> = null;
  try {
    if (page.complete) {
      const body = page.document.querySelector('body');
      if (body) pruneNamedFurniture(body);
      result = reader.parse();
    }
  } catch {
    // Readability's heuristics failing on a strange page means no article, not no analysis.
    result = null;
  }
  const inArticle = new Uint8Array(runs.length);
  const content = result?.content;
  // Readability returns its best block even on a page with no story (a menu, a form, an index):
  // under two sentences' worth of text is not an article. (Firefox's isProbablyReaderable missed
  // 3 of the 83 development pages, all articles, even with its paragraph length lowered to 80.)
  if (!result || !content || (result.textContent ?? '').trim().length < MIN_ARTICLE_CHARACTERS) {
    for (let r = 0; r < runs.length; r++) if (!runs[r].hidden && runs[r].text.trim() !== '') inArticle[r] = 1;
    const article: WebArticle = {
      title: titleTitle,
      url: options.url,
      lang,
      contentHtml: '',
      text: plainText(page, inArticle),
      ranges: rangesOf(runs, inArticle),
      fallback: true,
    };
    return { article, page, inArticle };
  }
  pruneBoilerplate(content);
  markArticleRuns(page, content, inArticle);
  const body = plainText(page, inArticle);
  // Title and byline nodes Readability removed from its content still belong to the article.
  for (const index of marked) {
    for (let r = page.runsFrom[index]; r < page.runsTo[index]; r++) if (!runs[r].hidden) inArticle[r] = 1;
  }
  // Classes were kept for pruning only (Readability drops them by default).
  for (const element of Array.from(content.querySelectorAll(`[${ELEMENT_INDEX}], [class]`))) {
    element.removeAttribute(ELEMENT_INDEX);
    element.removeAttribute('class');
  }
  content.removeAttribute(ELEMENT_INDEX);
  content.removeAttribute('class');
  const article: WebArticle = {
    title: clean(result.title) ?? titleTitle,
    byline: layoutByline(clean(result.byline), bylines),
    site: clean(result.siteName),
    url: options.url,
    lang: clean(result.lang) ?? lang,
    contentHtml: content.innerHTML,
    text: body,
    ranges: rangesOf(runs, inArticle),
    fallback: false,
  };
  return { article, page, inArticle };
}

/**
 * Records the elements Readability recognises as the byline or as a header repeating the title.
 * Readability takes a byline only under 100 characters of `textContent`, white space included;
 * the white space between blocks that parsePage leaves out of the DOM is counted back in, so the
 * choice is the one Readability makes on the whole page (a box of author, place and two dates
 * laid out on several lines is not a byline).
 */
function watchRemovedParts(reader: Readability<DomElement>, page: ParsedPage, marked: Set<number>): string[] {
  // The source text of each byline taken, left-out white space included.
  const bylines: string[] = [];
  const internals = reader as unknown as {
    REGEXPS: { byline: RegExp };
    _isValidByline(node: DomElement, matchString: string): boolean;
    _headerDuplicatesTitle(node: DomElement): boolean;
  };
  const headerDuplicatesTitle = internals._headerDuplicatesTitle.bind(reader);
  const indexOf = (node: DomElement): number | null => {
    const index = Number(node.getAttribute(ELEMENT_INDEX));
    return node.hasAttribute(ELEMENT_INDEX) && Number.isInteger(index) ? index : null;
  };
  const mark = (node: DomElement): void => {
    const index = indexOf(node);
    if (index !== null) marked.add(index);
  };
  internals._isValidByline = (node, matchString) => {
    // As Readability 0.6's _isValidByline, with the left-out white space counted.
    // Readability asks this of every node until it finds a byline: the runs of the node are only
    // counted for a candidate, so a deeply nested page does not cost its size times its depth.
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop !== null && itemprop.includes('author')) || internals.REGEXPS.byline.test(matchString))) return false;
    const shown = (node.textContent ?? '').trim().length;
    if (shown === 0 || shown >= 100) return false;
    const index = indexOf(node);
    const length = shown + (index === null ? 0 : innerBlankLength(page, index));
    const valid = length < 100;
    if (valid) {
      mark(node);
      if (index !== null) bylines.push(runsText(page, index));
    }
    return valid;
  };
  internals._headerDuplicatesTitle = (node) => {
    const duplicate = headerDuplicatesTitle(node);
    if (duplicate) mark(node);
    return duplicate;
  };
  return bylines;
}

/** Length of the blank runs left out of the DOM between the first and last shown text of an element. */
function innerBlankLength(page: ParsedPage, index: number): number {
  const { runs } = page;
  let length = 0;
  let pending = 0;
  let seenText = false;
  for (let r = page.runsFrom[index]; r < page.runsTo[index]; r++) {
    const run = runs[r];
    if (run.blank) {
      if (seenText) pending += run.text.length;
    } else if (!run.hidden && run.text.trim() !== '') {
      seenText = true;
      length += pending;
      pending = 0;
    }
  }
  return length;
}

/**
 * Marks the runs of every text node in the article. A text node built by parsePage knows its runs;
 * one Readability re-made from HTML (when it retries with looser rules) is looked up by its text
 * among the runs of its nearest element that carries a source index, in order.
 */
function markArticleRuns(page: ParsedPage, content: DomElement, inArticle: Uint8Array): void {
  const { runs } = page;
  // Per element index: the visible text of its runs joined, where the search goes on from, and
  // the text offset of each run.
  const searches = new Map<number, { text: string; offsets: number[]; from: number; cursor: number }>();
  const lookUp = (element: number, data: string): void => {
    let search = searches.get(element);
    if (!search) {
      const from = element < 0 ? 0 : page.runsFrom[element];
      const to = element < 0 ? runs.length : page.runsTo[element];
      const offsets: number[] = [];
      let text = '';
      for (let r = from; r < to; r++) {
        offsets.push(text.length);
        if (!runs[r].hidden) text += runs[r].text;
      }
      search = { text, offsets, from, cursor: 0 };
      searches.set(element, search);
    }
    const needle = data.trim();
    if (needle === '') return;
    const at = search.text.indexOf(needle, search.cursor);
    if (at < 0) return;
    search.cursor = at + needle.length;
    // The runs overlapping [at, at + needle.length).
    for (let i = 0; i < search.offsets.length; i++) {
      const start = search.offsets[i];
      const end = i + 1 < search.offsets.length ? search.offsets[i + 1] : search.text.length;
      if (end > at && start < at + needle.length && !runs[search.from + i].hidden) inArticle[search.from + i] = 1;
      if (start >= at + needle.length) break;
    }
  };
  const walk = (node: DomNode, owner: number): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const known = page.textRuns.get(child);
        if (known) {
          for (let r = known[0]; r < known[1]; r++) if (!runs[r].hidden) inArticle[r] = 1;
        } else lookUp(owner, child.textContent ?? '');
      } else if (child.nodeType === 1) {
        const index = (child as DomElement).getAttribute(ELEMENT_INDEX);
        walk(child, index === null ? owner : Number(index));
      }
    }
  };
  const rootIndex = content.getAttribute(ELEMENT_INDEX);
  walk(content, rootIndex === null ? -1 : Number(rootIndex));
}

function documentTitle(page: ParsedPage): string | undefined {
  const title = page.document.querySelector('title');
  return clean(title?.textContent);
}
