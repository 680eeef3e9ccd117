// The article of a web page for the analysis, found on the light tree (lightDom.ts) by
// Readability's method (lightReader.ts) with Claimline's furniture pruning around it
// (lightBoilerplate.ts). The analysis reads its text and source ranges; `claimline import` and
// Import Article also take its content (article.ts). No article found: the whole visible text
// stands for it.

import { clean, layoutByline, plainText, rangesOf, runsText } from './articleRuns';
import type { HtmlEvents } from './htmlEvents';
import { pruneLightBoilerplate, pruneLightFurniture } from './lightBoilerplate';
import { LightElement, type LightPage, parseLightPage, removeNode, replaceNode, type TextRun } from './lightDom';
import { pageMetadata } from './lightMetadata';
import { countByTag, elementChildren, firstElementChild, hasText, nextNode, textContent } from './lightQuery';
import { keepShape } from './keptShapes';
import { LightReader, type ReaderResult } from './lightReader';

export interface PageArticle {
  title?: string;
  byline?: string;
  site?: string;
  url?: string;
  lang?: string;
  /** The article body's plain text: paragraphs separated by blank lines (title and byline apart). */
  text: string;
  /** Source offsets of the article in the raw HTML (title, byline and body), in order. */
  ranges: { start: number; end: number }[];
  /** No article found: the whole visible text stands for it. */
  fallback: boolean;
}

export interface LightExtraction {
  article: PageArticle;
  runs: TextRun[];
  breaks: number[];
  /** Per text run: whether it belongs to the article. */
  inArticle: Uint8Array;
  /** The article's content as the reader left it (null when `fallback`): what the import converts to Markdown. */
  content: LightElement | null;
}

// Under two sentences' worth of text is not an article (article.ts says why).
const MIN_ARTICLE_CHARACTERS = 200;

/** `maxElements` lowers the tree's element cap, for tests; `also` sees the page through the same tokenizer pass. */
export function extractLightArticle(html: string, options: { url?: string; maxElements?: number; also?: HtmlEvents } = {}): LightExtraction {
  const page = parseLightPage(html, options.maxElements, options.also);
  keepShape(page);
  const { runs, breaks } = page;
  const pageTitle = clean(page.title);
  const lang = page.root.attrs.lang;
  const marked = new Set<number>();
  const bylines: string[] = [];
  let result: ReaderResult | null = null;
  let metadata: ReturnType<typeof pageMetadata> = {};
  if (page.complete) {
    pruneLightFurniture(page.body);
    metadata = pageMetadata(page);
    const reader = new LightReader(metadata.title ?? '', metadata.byline, {
      byline(element) {
        if (element.index < 0) return;
        marked.add(element.index);
        bylines.push(runsText(page, element.index));
      },
      titleHeader(element) {
        if (element.index >= 0) marked.add(element.index);
      },
    });
    result = reader.read(page.body);
    keepShape(reader);
  }
  const inArticle = new Uint8Array(runs.length);
  const content = result ? finish(result.content) : null;
  if (!result || !content || textContent(content).trim().length < MIN_ARTICLE_CHARACTERS) {
    for (let r = 0; r < runs.length; r++) if (!runs[r].hidden && runs[r].text.trim() !== '') inArticle[r] = 1;
    const article: PageArticle = { title: pageTitle, url: options.url, lang, text: plainText(page, inArticle), ranges: rangesOf(runs, inArticle), fallback: true };
    return { article, runs, breaks, inArticle, content: null };
  }
  pruneLightBoilerplate(content);
  markRuns(page, content, inArticle);
  const text = plainText(page, inArticle);
  // Title and byline elements taken out of the content still belong to the article.
  for (const index of marked) {
    for (let r = page.runsFrom[index]; r < page.runsTo[index]; r++) if (!runs[r].hidden) inArticle[r] = 1;
  }
  const article: PageArticle = {
    title: clean(metadata.title) ?? pageTitle,
    byline: layoutByline(clean(metadata.byline || result.byline), bylines),
    site: clean(metadata.siteName),
    url: options.url,
    lang: clean(lang),
    text,
    ranges: rangesOf(runs, inArticle),
    fallback: false,
  };
  return { article, runs, breaks, inArticle, content };
}

/** Readability's last steps that shape the content the pruning sees: the page wrapper, nested boxes simplified. */
function finish(content: LightElement): LightElement {
  const wrapper = new LightElement('div', { id: 'readability-page-1', class: 'page' }, -1);
  for (const child of content.children.slice()) {
    removeNode(child);
    wrapper.children.push(child);
    child.parent = wrapper;
    child.at = wrapper.children.length - 1;
  }
  content.children.length = 0;
  wrapper.parent = content;
  wrapper.at = 0;
  content.children.push(wrapper);
  simplifyNested(content);
  return content;
}

/** Readability's _simplifyNestedElements: empty boxes go, a box holding one box gives way to it (its attributes passed on). */
function simplifyNested(content: LightElement): void {
  let node: LightElement | null = content;
  while (node) {
    if (node.parent && (node.tag === 'div' || node.tag === 'section') && !node.id.startsWith('readability')) {
      if (isEmpty(node)) {
        const next = nextNode(node, true);
        removeNode(node);
        node = next;
        continue;
      }
      const children = elementChildren(node);
      if (children.length === 1 && (children[0].tag === 'div' || children[0].tag === 'section') && !node.children.some((child) => child.kind === 3 && /\S$/.test(child.text))) {
        const child = firstElementChild(node)!;
        child.attrs = { ...child.attrs, ...node.attrs };
        replaceNode(node, child);
        node = child;
        continue;
      }
    }
    node = nextNode(node);
  }
}

function isEmpty(element: LightElement): boolean {
  if (hasText(element)) return false;
  const children = elementChildren(element);
  return children.length === 0 || children.length === countByTag(element, 'br') + countByTag(element, 'hr');
}

/** Marks the runs of every text node left in the article (blank text between blocks is not article text). */
function markRuns(page: LightPage, content: LightElement, inArticle: Uint8Array): void {
  const { runs } = page;
  const walk = (element: LightElement): void => {
    for (const child of element.children) {
      if (child.kind === 1) walk(child);
      else if (!child.blank) for (let r = child.from; r < child.to; r++) if (!runs[r].hidden) inArticle[r] = 1;
    }
  };
  walk(content);
}
