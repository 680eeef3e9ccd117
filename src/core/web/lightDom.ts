// A light tree of the page for the article extractor (lightReader.ts): elements as plain records
// (tag, attributes, children, source index) and text nodes that know the source runs they were
// made of, built from the one htmlparser2 pass that also gives the text runs and, through `also`,
// the publication date's scan. It stands in for a full DOM (linkedom, which the analysis and
// the import once used): only what the extractor reads is kept, so a page costs a few small objects per tag instead of a DOM node,
// its attribute nodes and their maps.
// Scripts never run: the tree has no scripts at all (JSON-LD is kept as text, as data).

import { Parser } from 'htmlparser2';
import { type HtmlEvents, sharedTokenizer } from './htmlEvents';
import { keepShape } from './keptShapes';

/** A piece of source text as the tokenizer gave it, decoded. */
export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Index of the element the text sits in directly (-1 at the top level). */
  element: number;
  /** Inside script, style, title, template, noscript, svg…: never shown as page text. */
  hidden: boolean;
  /** White space between layout blocks: not shown (a browser's `textContent` would count it). */
  blank?: boolean;
}

/**
 * Past this many elements the tree is no longer built, the text runs still
 * are: Readability's cost grows faster than the page (a 5 MB page of 40,000 paragraphs took over a
 * minute on a DOM), and real news pages have far fewer (at most 1,596 tags on the 181 pages of the
 * extraction corpus).
 */
export const MAX_DOM_ELEMENTS = 20_000;

export class LightText {
  readonly kind = 3;
  parent: LightElement | null = null;
  /** Position hint in the parent's children (checked before use). */
  at = 0;
  constructor(
    public text: string,
    /** The runs it was made of: runs[from, to). */
    public from: number,
    public to: number,
    /** White space between layout blocks (never shown). */
    public blank: boolean,
  ) {}
}

export class LightElement {
  readonly kind = 1;
  parent: LightElement | null = null;
  at = 0;
  children: LightNode[] = [];
  /** Readability's content score, once the element is a candidate. */
  score: number | undefined = undefined;
  dataTable = false;
  constructor(
    /** Lower-case tag name. */
    public tag: string,
    public attrs: Record<string, string>,
    /** The element's index in the source (in order of start tags); -1 for an element the extractor made. */
    public index: number,
  ) {}
  get className(): string {
    return this.attrs.class ?? '';
  }
  get id(): string {
    return this.attrs.id ?? '';
  }
}

export type LightNode = LightElement | LightText;

export interface LightPage {
  root: LightElement;
  body: LightElement;
  runs: TextRun[];
  breaks: number[];
  runsFrom: number[];
  runsTo: number[];
  /** The first `<title>`'s text. */
  title: string | undefined;
  /** The text of each `<script type="application/ld+json">`, in order. */
  jsonLd: string[];
  /** Every `<meta>`'s attributes, in order. */
  metas: Record<string, string>[];
  /** False when the page had more elements than the tree is built for (MAX_DOM_ELEMENTS). */
  complete: boolean;
}

// Tags a reader sees a paragraph break at (`breaks`), and the layout blocks white space between which is blank.
const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul title caption'.split(' '),
);
const LAYOUT_BLOCKS = new Set(
  'html head body address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p section summary table caption colgroup thead tbody tfoot tr td th ul'.split(' '),
);
const PRE_TAGS = new Set(['pre', 'textarea', 'listing', 'plaintext']);
const BLANK = /^[ \t\n\f\r]*$/;
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'title', 'iframe']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'link']);
const HEAD_TAGS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

export function appendChild(parent: LightElement, node: LightNode): void {
  if (node.parent) removeNode(node);
  node.parent = parent;
  node.at = parent.children.length;
  parent.children.push(node);
}

/** The node's position among its parent's children (-1 when detached). */
export function positionOf(node: LightNode): number {
  const parent = node.parent;
  if (!parent) return -1;
  if (parent.children[node.at] === node) return node.at;
  const at = parent.children.indexOf(node);
  node.at = at;
  return at;
}

export function removeNode(node: LightNode): void {
  const parent = node.parent;
  if (!parent) return;
  const at = positionOf(node);
  if (at >= 0) parent.children.splice(at, 1);
  node.parent = null;
}

export function replaceNode(old: LightNode, replacement: LightNode): void {
  const parent = old.parent;
  if (!parent) return;
  if (replacement.parent) removeNode(replacement);
  const at = positionOf(old);
  parent.children[at] = replacement;
  replacement.parent = parent;
  replacement.at = at;
  old.parent = null;
}

/** `also`: events that see the page through the same tokenizer pass (the publication date's scan). */
export function parseLightPage(source: string, maxElements = MAX_DOM_ELEMENTS, also?: HtmlEvents): LightPage {
  const root = new LightElement('html', {}, -1);
  let body: LightElement | null = null;
  let head: LightElement | null = null;
  let current: LightElement = root;
  const opened: (LightElement | null)[] = [];
  const openIndex: number[] = [];
  const runs: TextRun[] = [];
  const breaks: number[] = [];
  const runsFrom: number[] = [];
  const runsTo: number[] = [];
  const jsonLd: string[] = [];
  const metas: Record<string, string>[] = [];
  let title: string | undefined;
  let titleText: string | null = null;
  let jsonText: string | null = null;
  let elementCount = 0;
  let hiddenDepth = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let pending = '';
  let pendingFrom = 0;
  let complete = true;

  const currentIndex = (): number => (openIndex.length > 0 ? openIndex[openIndex.length - 1] : -1);
  const ensureBody = (): LightElement => {
    if (body === null) {
      body = new LightElement('body', {}, -1);
      appendChild(root, body);
    }
    return body;
  };
  const flush = (nextIsBlock: boolean): void => {
    if (pending === '') return;
    if (!complete) {
      pending = '';
      return;
    }
    let blank = false;
    if ((nextIsBlock || current === head) && preDepth === 0 && BLANK.test(pending)) {
      const children = current.children;
      const previous = children.length > 0 ? children[children.length - 1] : null;
      // A blank text node is kept (flagged) where a DOM built for reading would have none.
      let last = previous;
      for (let i = children.length - 1; last !== null && last.kind === 3 && last.blank; i--) last = i > 0 ? children[i - 1] : null;
      const afterBlock = last === null ? LAYOUT_BLOCKS.has(current.tag) : last.kind === 1 && LAYOUT_BLOCKS.has(last.tag);
      if (afterBlock) {
        for (let r = pendingFrom; r < runs.length; r++) runs[r].blank = true;
        blank = true;
      }
    }
    if (!blank && (current === root || (head !== null && current === head)) && pending.trim() !== '') current = ensureBody();
    // Blank text outside the body is not kept at all (nothing reads it).
    if (!(blank && (current === root || current === head))) appendChild(current, new LightText(pending, pendingFrom, runs.length, blank));
    pending = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flush(LAYOUT_BLOCKS.has(name) || SKIPPED_TAGS.has(name) || (current === head && HEAD_TAGS.has(name)));
        const at = parser.startIndex;
        if (BLOCK_TAGS.has(name) && source.charCodeAt(at) === 60) breaks.push(at);
        const index = elementCount++;
        runsFrom.push(runs.length);
        runsTo.push(runs.length);
        openIndex.push(index);
        if (HIDDEN_TAGS.has(name)) hiddenDepth++;
        if (PRE_TAGS.has(name)) preDepth++;
        if (complete && index >= maxElements) complete = false;
        if (name === 'meta' && complete && skipDepth === 0) metas.push(attributes);
        if (!complete || skipDepth > 0 || SKIPPED_TAGS.has(name)) {
          if (complete) skipDepth++;
          if (complete && skipDepth === 1 && name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json') jsonText = '';
          opened.push(null);
          return;
        }
        let element: LightElement | null;
        if (name === 'html') {
          Object.assign(root.attrs, attributes);
          element = null;
        } else if (name === 'body' && body !== null) {
          Object.assign(body.attrs, attributes);
          element = null;
          current = body;
        } else {
          if (head !== null && current === head && !HEAD_TAGS.has(name)) current = root;
          if (current === root && name !== 'head' && name !== 'body' && !HEAD_TAGS.has(name)) current = ensureBody();
          element = new LightElement(name, attributes, index);
          appendChild(current, element);
          if (name === 'head' && head === null) head = element;
          if (name === 'body' && body === null) body = element;
          if (name === 'title' && title === undefined) titleText = '';
          current = element;
        }
        opened.push(element);
      },
      onclosetag(name) {
        const top = opened.length > 0 ? opened[opened.length - 1] : null;
        flush(top !== null && top === current && LAYOUT_BLOCKS.has(current.tag));
        const at = parser.startIndex;
        if (BLOCK_TAGS.has(name) && source.charCodeAt(at) === 60) breaks.push(at);
        const element = opened.pop();
        const index = openIndex.pop();
        if (index !== undefined) runsTo[index] = runs.length;
        if (HIDDEN_TAGS.has(name)) hiddenDepth--;
        if (PRE_TAGS.has(name)) preDepth--;
        if (skipDepth > 0 && element === null && complete) {
          skipDepth--;
          if (skipDepth === 0 && jsonText !== null) {
            jsonLd.push(jsonText);
            jsonText = null;
          }
        }
        if (element && element.tag === 'title' && titleText !== null) {
          title = titleText;
          titleText = null;
        }
        if (element && element === current) current = element.parent ?? root;
      },
      ontext(text) {
        runs.push({ start: parser.startIndex, end: parser.endIndex + 1, text, element: currentIndex(), hidden: hiddenDepth > 0 || (current === head && text.trim() === '') });
        if (jsonText !== null) jsonText += text;
        if (titleText !== null) titleText += text;
        if (skipDepth > 0) return;
        if (pending === '') pendingFrom = runs.length - 1;
        pending += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false, Tokenizer: also && sharedTokenizer(source, also) },
  );
  parser.end(source);
  flush(true);
  keepShape(parser);
  return { root, body: ensureBody(), runs, breaks, runsFrom, runsTo, title, jsonLd, metas, complete };
}

/** A deep copy of a subtree (for the extractor's retries, which start again from the page as parsed). */
export function cloneTree(element: LightElement): LightElement {
  const copy = new LightElement(element.tag, element.attrs, element.index);
  for (const child of element.children) {
    const node = child.kind === 1 ? cloneTree(child) : new LightText(child.text, child.from, child.to, child.blank);
    node.parent = copy;
    node.at = copy.children.length;
    copy.children.push(node);
  }
  return copy;
}
