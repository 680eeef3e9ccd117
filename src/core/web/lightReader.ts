// Readability's article finding (Mozilla Readability 0.6, _grabArticle and _prepArticle) on the
// light tree (lightDom.ts) instead of a DOM: the same walk that drops hidden, unlikely and empty
// boxes and takes the byline out, the same paragraph scores carried up to five ancestors, the same
// choice of the top candidate and of the siblings joined to it, the same conditional cleaning, and
// the same retries with fewer rules when the result is short. Text nodes are moved, never copied,
// so the runs they were made of say where the article is in the source.
// Derived from Mozilla Readability 0.6 (Copyright (c) 2010 Arc90 Inc, Apache License 2.0; its licence
// ships in dist/ThirdPartyNotices.txt), changed to work on the light tree instead of a DOM.

import { appendChild, cloneTree, LightElement, type LightNode, removeNode, replaceNode } from './lightDom';
import {
  ancestors,
  countByTag,
  descendantsByTag,
  elementChildren,
  firstElementChild,
  hasAncestorTag,
  hasDescendant,
  hasText,
  innerText,
  linkDensity,
  nextNode,
  nextSibling,
  textContent,
} from './lightQuery';
import { textSimilarity } from './lightMetadata';

const FLAG_STRIP_UNLIKELYS = 1;
const FLAG_WEIGHT_CLASSES = 2;
const FLAG_CLEAN_CONDITIONALLY = 4;
const CHAR_THRESHOLD = 500;
const TOP_CANDIDATES = 5;

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const VIDEOS = /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
const COMMAS = /\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C/g;
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const ALTER_TO_DIV_EXCEPTIONS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
const PHRASING = new Set(
  'abbr audio b bdo br button cite code data datalist dfn em embed i img input kbd label mark math meter noscript object output progress q ruby samp script select small span strong sub sup textarea time var wbr'.split(
    ' ',
  ),
);
const EMPTY_REMOVABLE = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TEXTISH = new Set(['span', 'li', 'td', ...DIV_TO_P]);
const LISTS = new Set(['ul', 'ol']);
const EMBEDS = new Set(['object', 'embed', 'iframe']);
const DATA_TABLE_PARTS = new Set(['col', 'colgroup', 'tfoot', 'thead', 'th']);
const TABLE = new Set(['table']);

export interface ReaderHooks {
  /** The element Readability took the byline from (its text, white space included, is under 100 characters). */
  byline(element: LightElement): void;
  /** A heading removed because it repeats the title. */
  titleHeader(element: LightElement): void;
}

export interface ReaderResult {
  content: LightElement;
  byline: string | undefined;
}

function isPhrasing(node: LightNode): boolean {
  if (node.kind === 3) return true;
  if (PHRASING.has(node.tag)) return true;
  return (node.tag === 'a' || node.tag === 'del' || node.tag === 'ins') && node.children.every(isPhrasing);
}

function isWhitespace(node: LightNode): boolean {
  return node.kind === 3 ? node.text.trim().length === 0 : node.tag === 'br';
}

function hasChildBlock(element: LightElement): boolean {
  return element.children.some((node) => node.kind === 1 && (DIV_TO_P.has(node.tag) || hasChildBlock(node)));
}

function hasSingleTagInside(element: LightElement, tag: string): boolean {
  const children = elementChildren(element);
  if (children.length !== 1 || children[0].tag !== tag) return false;
  return !element.children.some((node) => node.kind === 3 && /\S$/.test(node.text));
}

function isWithoutContent(element: LightElement): boolean {
  if (hasText(element)) return false;
  const children = elementChildren(element);
  return children.length === 0 || children.length === countByTag(element, 'br') + countByTag(element, 'hr');
}

function isProbablyVisible(element: LightElement): boolean {
  const { style, hidden } = element.attrs;
  if (style && (/(^|;)\s*display\s*:\s*none\s*(!important\s*)?(;|$)/i.test(style) || /(^|;)\s*visibility\s*:\s*hidden\s*(!important\s*)?(;|$)/i.test(style))) return false;
  if (hidden !== undefined) return false;
  return element.attrs['aria-hidden'] !== 'true' || element.className.includes('fallback-image');
}

/** Readability's _setNodeTag: a new element of another tag takes the old one's place, children and attributes. */
function setTag(element: LightElement, tag: string): LightElement {
  const replacement = new LightElement(tag, element.attrs, element.index);
  replacement.score = element.score;
  replacement.dataTable = element.dataTable;
  for (const child of element.children.slice()) appendChild(replacement, child);
  replaceNode(element, replacement);
  return replacement;
}

function nextNonBlank(node: LightNode | null): LightNode | null {
  let next = node;
  while (next && next.kind === 3 && /^\s*$/.test(next.text)) next = nextSibling(next);
  return next;
}

/** Readability's _replaceBrs: two or more `<br>` in a row start a paragraph of what follows. */
function replaceBrs(body: LightElement): void {
  for (const br of descendantsByTag(body, new Set(['br']))) {
    if (!br.parent) continue;
    let next = nextSibling(br);
    let replaced = false;
    while ((next = nextNonBlank(next)) && next.kind === 1 && next.tag === 'br') {
      replaced = true;
      const after = nextSibling(next);
      removeNode(next);
      next = after;
    }
    if (!replaced) continue;
    const p = new LightElement('p', {}, -1);
    replaceNode(br, p);
    next = nextSibling(p);
    while (next) {
      if (next.kind === 1 && next.tag === 'br') {
        const after = nextNonBlank(nextSibling(next));
        if (after && after.kind === 1 && after.tag === 'br') break;
      }
      if (!isPhrasing(next)) break;
      const sibling = nextSibling(next);
      appendChild(p, next);
      next = sibling;
    }
    while (p.children.length > 0 && isWhitespace(p.children[p.children.length - 1])) removeNode(p.children[p.children.length - 1]);
    if (p.parent && p.parent.tag === 'p') setTag(p.parent, 'div');
  }
}

export class LightReader {
  private flags = FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY;
  private byline: string | undefined;

  constructor(
    private readonly title: string,
    /** A byline from the page's metadata: then none is looked for in the page. */
    private readonly metadataByline: string | undefined,
    private readonly hooks: ReaderHooks,
  ) {}

  /** The article (Readability's content before its post-processing), or null. `body` is changed. */
  read(body: LightElement): ReaderResult | null {
    // The first attempt works on the body itself (it is the caller's no more), a retry on a copy.
    for (const font of descendantsByTag(body, new Set(['font']))) setTag(font, 'span');
    replaceBrs(body);
    const pristine = cloneTree(body);
    const attempts: { content: LightElement; length: number }[] = [];
    for (let attempt = 0; ; attempt++) {
      const page = attempt === 0 ? body : cloneTree(pristine);
      if (attempt > 0) {
        // The copy stands where the body stood: the walk looks at its parent.
        page.parent = new LightElement('html', {}, -1);
        page.parent.children.push(page);
      }
      const content = this.grab(page);
      const length = innerText(content).length;
      if (length >= CHAR_THRESHOLD) return { content, byline: this.byline };
      attempts.push({ content, length });
      if (this.flags & FLAG_STRIP_UNLIKELYS) this.flags &= ~FLAG_STRIP_UNLIKELYS;
      else if (this.flags & FLAG_WEIGHT_CLASSES) this.flags &= ~FLAG_WEIGHT_CLASSES;
      else if (this.flags & FLAG_CLEAN_CONDITIONALLY) this.flags &= ~FLAG_CLEAN_CONDITIONALLY;
      else {
        attempts.sort((a, b) => b.length - a.length);
        return attempts[0].length ? { content: attempts[0].content, byline: this.byline } : null;
      }
    }
  }

  private classWeight(element: LightElement): number {
    if (!(this.flags & FLAG_WEIGHT_CLASSES)) return 0;
    let weight = 0;
    const { className, id } = element;
    if (className !== '') {
      if (NEGATIVE.test(className)) weight -= 25;
      if (POSITIVE.test(className)) weight += 25;
    }
    if (id !== '') {
      if (NEGATIVE.test(id)) weight -= 25;
      if (POSITIVE.test(id)) weight += 25;
    }
    return weight;
  }

  private initialize(element: LightElement): void {
    let score = 0;
    switch (element.tag) {
      case 'div':
        score += 5;
        break;
      case 'pre':
      case 'td':
      case 'blockquote':
        score += 3;
        break;
      case 'address':
      case 'ol':
      case 'ul':
      case 'dl':
      case 'dd':
      case 'dt':
      case 'li':
      case 'form':
        score -= 3;
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'th':
        score -= 5;
        break;
    }
    element.score = score + this.classWeight(element);
  }

  private isValidByline(element: LightElement, match: string): boolean {
    const rel = element.attrs.rel;
    const itemprop = element.attrs.itemprop;
    if (!(rel === 'author' || (itemprop !== undefined && itemprop.includes('author')) || BYLINE.test(match))) return false;
    const length = textContent(element).trim().length;
    return length > 0 && length < 100;
  }

  private headerDuplicatesTitle(element: LightElement): boolean {
    if (element.tag !== 'h1' && element.tag !== 'h2') return false;
    return textSimilarity(this.title, innerText(element, false)) > 0.75;
  }

  /** One attempt of _grabArticle on `page` (a copy of the body, changed in place). */
  private grab(page: LightElement): LightElement {
    const strip = (this.flags & FLAG_STRIP_UNLIKELYS) !== 0;
    const toScore: LightElement[] = [];
    let removeTitleHeader = true;
    let node: LightElement | null = page;
    while (node) {
      const match = `${node.className} ${node.id}`;
      if (!isProbablyVisible(node) || (node.attrs['aria-modal'] === 'true' && node.attrs.role === 'dialog')) {
        node = removeAndNext(node);
        continue;
      }
      if (this.byline === undefined && !this.metadataByline && this.isValidByline(node, match)) {
        // A child with itemprop="name" is the more exact author name.
        const end = nextNode(node, true);
        let named: LightElement | null = null;
        for (let next = nextNode(node); next && next !== end; next = nextNode(next)) {
          if (next.attrs.itemprop?.includes('name')) {
            named = next;
            break;
          }
        }
        this.byline = textContent(named ?? node).trim();
        this.hooks.byline(node);
        node = removeAndNext(node);
        continue;
      }
      if (removeTitleHeader && this.headerDuplicatesTitle(node)) {
        removeTitleHeader = false;
        this.hooks.titleHeader(node);
        node = removeAndNext(node);
        continue;
      }
      if (strip) {
        if (UNLIKELY.test(match) && !MAYBE_CANDIDATE.test(match) && !hasAncestorTag(node, 'table') && !hasAncestorTag(node, 'code') && node.tag !== 'body' && node.tag !== 'a') {
          node = removeAndNext(node);
          continue;
        }
        if (node.attrs.role !== undefined && UNLIKELY_ROLES.has(node.attrs.role)) {
          node = removeAndNext(node);
          continue;
        }
      }
      if (EMPTY_REMOVABLE.has(node.tag) && isWithoutContent(node)) {
        node = removeAndNext(node);
        continue;
      }
      if (TAGS_TO_SCORE.has(node.tag)) toScore.push(node);
      if (node.tag === 'div') node = this.divToParagraphs(node, toScore);
      node = nextNode(node);
    }

    const candidates: LightElement[] = [];
    for (const element of toScore) {
      if (!element.parent) continue;
      const text = innerText(element);
      if (text.length < 25) continue;
      const above = ancestors(element, 5);
      if (above.length === 0) continue;
      const score = 1 + text.split(COMMAS).length + Math.min(Math.floor(text.length / 100), 3);
      above.forEach((ancestor, level) => {
        if (!ancestor.parent) return;
        if (ancestor.score === undefined) {
          this.initialize(ancestor);
          candidates.push(ancestor);
        }
        (ancestor as { score: number }).score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      });
    }

    const top: LightElement[] = [];
    for (const candidate of candidates) {
      const score = (candidate.score ?? 0) * (1 - linkDensity(candidate));
      candidate.score = score;
      for (let t = 0; t < TOP_CANDIDATES; t++) {
        if (!top[t] || score > (top[t].score ?? 0)) {
          top.splice(t, 0, candidate);
          if (top.length > TOP_CANDIDATES) top.pop();
          break;
        }
      }
    }

    let topCandidate = top[0] ?? null;
    if (topCandidate === null || topCandidate.tag === 'body') {
      topCandidate = new LightElement('div', {}, -1);
      for (const child of page.children.slice()) appendChild(topCandidate, child);
      appendChild(page, topCandidate);
      this.initialize(topCandidate);
    } else {
      topCandidate = this.betterTop(topCandidate, top);
    }

    const content = new LightElement('div', {}, -1);
    const topScore = topCandidate.score ?? 0;
    const threshold = Math.max(10, topScore * 0.2);
    const parent = topCandidate.parent!;
    for (const sibling of elementChildren(parent)) {
      let append = sibling === topCandidate;
      if (!append) {
        const bonus = sibling.className === topCandidate.className && topCandidate.className !== '' ? topScore * 0.2 : 0;
        if (sibling.score !== undefined && sibling.score + bonus >= threshold) append = true;
        else if (sibling.tag === 'p') {
          const density = linkDensity(sibling);
          const text = innerText(sibling);
          if (text.length > 80 && density < 0.25) append = true;
          else if (text.length < 80 && text.length > 0 && density === 0 && /\.( |$)/.test(text)) append = true;
        }
      }
      if (append) appendChild(content, ALTER_TO_DIV_EXCEPTIONS.has(sibling.tag) ? sibling : setTag(sibling, 'div'));
    }
    this.prepare(content);
    return content;
  }

  /** Readability's div handling: phrasing runs become paragraphs; a div of one paragraph or of no blocks becomes one. */
  private divToParagraphs(div: LightElement, toScore: LightElement[]): LightElement {
    let p: LightElement | null = null;
    for (const child of div.children.slice()) {
      if (isPhrasing(child)) {
        if (p !== null) appendChild(p, child);
        else if (!isWhitespace(child)) {
          p = new LightElement('p', {}, -1);
          replaceNode(child, p);
          appendChild(p, child);
        }
      } else if (p !== null) {
        while (p.children.length > 0 && isWhitespace(p.children[p.children.length - 1])) removeNode(p.children[p.children.length - 1]);
        p = null;
      }
    }
    if (hasSingleTagInside(div, 'p') && linkDensity(div) < 0.25) {
      const only = firstElementChild(div)!;
      replaceNode(div, only);
      toScore.push(only);
      return only;
    }
    if (!hasChildBlock(div)) {
      const paragraph = setTag(div, 'p');
      toScore.push(paragraph);
      return paragraph;
    }
    return div;
  }

  /** Readability's search for a better top candidate: a shared ancestor of close rivals, a parent scoring higher, an only child's parent. */
  private betterTop(first: LightElement, top: LightElement[]): LightElement {
    let topCandidate = first;
    const rivals: LightElement[][] = [];
    for (let i = 1; i < top.length; i++) if ((top[i].score ?? 0) / (topCandidate.score ?? 0) >= 0.75) rivals.push(ancestors(top[i]));
    if (rivals.length >= 3) {
      let parent = topCandidate.parent;
      while (parent && parent.tag !== 'body') {
        let containing = 0;
        for (let i = 0; i < rivals.length && containing < 3; i++) containing += Number(rivals[i].includes(parent));
        if (containing >= 3) {
          topCandidate = parent;
          break;
        }
        parent = parent.parent;
      }
    }
    if (topCandidate.score === undefined) this.initialize(topCandidate);
    let parent = topCandidate.parent;
    let lastScore = topCandidate.score ?? 0;
    const threshold = lastScore / 3;
    while (parent && parent.tag !== 'body') {
      if (parent.score === undefined) {
        parent = parent.parent;
        continue;
      }
      if (parent.score < threshold) break;
      if (parent.score > lastScore) {
        topCandidate = parent;
        break;
      }
      lastScore = parent.score;
      parent = parent.parent;
    }
    parent = topCandidate.parent;
    while (parent && parent.tag !== 'body' && elementChildren(parent).length === 1) {
      topCandidate = parent;
      parent = topCandidate.parent;
    }
    if (topCandidate.score === undefined) this.initialize(topCandidate);
    return topCandidate;
  }

  /** Readability's _prepArticle, as far as it changes the text. */
  private prepare(content: LightElement): void {
    markDataTables(content);
    this.cleanConditionally(content, 'form');
    this.cleanConditionally(content, 'fieldset');
    clean(content, 'object');
    clean(content, 'embed');
    clean(content, 'footer');
    clean(content, 'link');
    clean(content, 'aside');
    for (const child of elementChildren(content)) {
      const end = nextNode(child, true);
      let next = nextNode(child);
      while (next && next !== end) {
        if (SHARE.test(`${next.className} ${next.id}`) && textContent(next).length < CHAR_THRESHOLD) {
          const after = nextNode(next, true);
          removeNode(next);
          next = after;
        } else next = nextNode(next);
      }
    }
    clean(content, 'iframe');
    clean(content, 'input');
    clean(content, 'textarea');
    clean(content, 'select');
    clean(content, 'button');
    for (const heading of descendantsByTag(content, new Set(['h1', 'h2'])).reverse()) if (heading.parent && this.classWeight(heading) < 0) removeNode(heading);
    this.cleanConditionally(content, 'table');
    this.cleanConditionally(content, 'ul');
    this.cleanConditionally(content, 'div');
    for (const p of descendantsByTag(content, new Set(['p'])).reverse()) {
      if (p.parent && !hasDescendant(p, new Set(['img', 'embed', 'object', 'iframe'])) && !innerText(p, false)) removeNode(p);
    }
  }

  private cleanConditionally(content: LightElement, tag: string): void {
    if (!(this.flags & FLAG_CLEAN_CONDITIONALLY)) return;
    const nodes = descendantsByTag(content, new Set([tag]));
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node.parent && this.shouldClean(node, tag)) removeNode(node);
    }
  }

  private shouldClean(node: LightElement, tag: string): boolean {
    const text = innerText(node);
    let isList = tag === 'ul' || tag === 'ol';
    if (!isList) {
      let listLength = 0;
      for (const list of descendantsByTag(node, LISTS)) listLength += innerText(list).length;
      isList = listLength / text.length > 0.9;
    }
    if (tag === 'table' && node.dataTable) return false;
    if (hasAncestorTag(node, 'table', -1, (table) => table.dataTable)) return false;
    if (hasAncestorTag(node, 'code')) return false;
    if (descendantsByTag(node, TABLE).some((table) => table.dataTable)) return false;
    const weight = this.classWeight(node);
    if (weight < 0) return true;
    if (text.split(',').length - 1 >= 10) return false;
    const p = countByTag(node, 'p');
    const img = countByTag(node, 'img');
    const li = countByTag(node, 'li') - 100;
    const input = countByTag(node, 'input');
    const headingDensity = textDensity(node, HEADINGS, text.length);
    let embedCount = 0;
    for (const embed of descendantsByTag(node, EMBEDS)) {
      if (Object.values(embed.attrs).some((value) => VIDEOS.test(value))) return false;
      embedCount++;
    }
    if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
    const contentLength = text.length;
    const density = linkDensity(node);
    const textishDensity = textDensity(node, TEXTISH, text.length);
    const figureChild = hasAncestorTag(node, 'figure');
    const remove =
      (!figureChild && img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      input > Math.floor(p / 3) ||
      (!isList && !figureChild && headingDensity < 0.9 && contentLength < 25 && (img === 0 || img > 2) && density > 0) ||
      (!isList && weight < 25 && density > 0.2) ||
      (weight >= 25 && density > 0.5) ||
      (embedCount === 1 && contentLength < 75) ||
      embedCount > 1 ||
      (img === 0 && textishDensity === 0);
    if (isList && remove) {
      // A list of images alone may stay.
      for (const child of elementChildren(node)) if (elementChildren(child).length > 1) return remove;
      if (img === countByTag(node, 'li')) return false;
    }
    return remove;
  }
}

function textDensity(element: LightElement, tags: ReadonlySet<string>, length: number): number {
  if (length === 0) return 0;
  let inside = 0;
  for (const child of descendantsByTag(element, tags)) inside += innerText(child).length;
  return inside / length;
}

function clean(content: LightElement, tag: string): void {
  const embed = EMBEDS.has(tag);
  const nodes = descendantsByTag(content, new Set([tag]));
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (!node.parent) continue;
    if (embed && Object.values(node.attrs).some((value) => VIDEOS.test(value))) continue;
    removeNode(node);
  }
}

function markDataTables(content: LightElement): void {
  for (const table of descendantsByTag(content, TABLE)) {
    const { role, datatable, summary } = table.attrs;
    if (role === 'presentation' || datatable === '0') {
      table.dataTable = false;
      continue;
    }
    if (summary) {
      table.dataTable = true;
      continue;
    }
    const caption = descendantsByTag(table, new Set(['caption']))[0];
    if ((caption && caption.children.length > 0) || hasDescendant(table, DATA_TABLE_PARTS)) {
      table.dataTable = true;
      continue;
    }
    if (hasDescendant(table, TABLE)) {
      table.dataTable = false;
      continue;
    }
    let rows = 0;
    let columns = 0;
    for (const tr of descendantsByTag(table, new Set(['tr']))) {
      rows += parseInt(tr.attrs.rowspan ?? '', 10) || 1;
      let inRow = 0;
      for (const td of descendantsByTag(tr, new Set(['td']))) inRow += parseInt(td.attrs.colspan ?? '', 10) || 1;
      columns = Math.max(columns, inRow);
    }
    if (columns === 1 || rows === 1) table.dataTable = false;
    else if (rows >= 10 || columns > 4) table.dataTable = true;
    else table.dataTable = rows * columns > 10;
  }
}

/** Removes the element and gives the node after it in document order (a module function: see TreeBuilder in lightDom.ts). */
function removeAndNext(element: LightElement): LightElement | null {
  const next = nextNode(element, true);
  removeNode(element);
  return next;
}
