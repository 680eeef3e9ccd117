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
  const builder = new TreeBuilder(source, maxElements);
  const parser = new Parser(builder, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false, Tokenizer: also && sharedTokenizer(source, also) });
  builder.parser = parser;
  parser.end(source);
  builder.flush(true);
  keepShape(parser);
  const { root, runs, breaks, runsFrom, runsTo, title, jsonLd, metas, complete } = builder;
  return { root, body: builder.ensureBody(), runs, breaks, runsFrom, runsTo, title, jsonLd, metas, complete };
}

/**
 * The Parser's handler that builds the tree. A class, not closures made per page: optimized code
 * that only closures of a finished page hold is dropped by the next garbage collection
 * (docs/performance.md, "HTML pages").
 */
class TreeBuilder {
  parser: Parser | null = null;
  readonly root = new LightElement('html', {}, -1);
  body: LightElement | null = null;
  head: LightElement | null = null;
  current: LightElement;
  readonly opened: (LightElement | null)[] = [];
  readonly openIndex: number[] = [];
  readonly runs: TextRun[] = [];
  readonly breaks: number[] = [];
  readonly runsFrom: number[] = [];
  readonly runsTo: number[] = [];
  readonly jsonLd: string[] = [];
  readonly metas: Record<string, string>[] = [];
  title: string | undefined = undefined;
  titleText: string | null = null;
  jsonText: string | null = null;
  elementCount = 0;
  hiddenDepth = 0;
  skipDepth = 0;
  preDepth = 0;
  pending = '';
  pendingFrom = 0;
  complete = true;

  constructor(
    private readonly source: string,
    private readonly maxElements: number,
  ) {
    this.current = this.root;
  }

  private currentIndex(): number {
    const openIndex = this.openIndex;
    return openIndex.length > 0 ? openIndex[openIndex.length - 1] : -1;
  }

  ensureBody(): LightElement {
    if (this.body === null) {
      this.body = new LightElement('body', {}, -1);
      appendChild(this.root, this.body);
    }
    return this.body;
  }

  flush(nextIsBlock: boolean): void {
    const pending = this.pending;
    if (pending === '') return;
    if (!this.complete) {
      this.pending = '';
      return;
    }
    const { root, head, runs } = this;
    let current = this.current;
    let blank = false;
    if ((nextIsBlock || current === head) && this.preDepth === 0 && BLANK.test(pending)) {
      const children = current.children;
      const previous = children.length > 0 ? children[children.length - 1] : null;
      // A blank text node is kept (flagged) where a DOM built for reading would have none.
      let last = previous;
      for (let i = children.length - 1; last !== null && last.kind === 3 && last.blank; i--) last = i > 0 ? children[i - 1] : null;
      const afterBlock = last === null ? LAYOUT_BLOCKS.has(current.tag) : last.kind === 1 && LAYOUT_BLOCKS.has(last.tag);
      if (afterBlock) {
        for (let r = this.pendingFrom; r < runs.length; r++) runs[r].blank = true;
        blank = true;
      }
    }
    if (!blank && (current === root || (head !== null && current === head)) && pending.trim() !== '') current = this.current = this.ensureBody();
    // Blank text outside the body is not kept at all (nothing reads it).
    if (!(blank && (current === root || current === head))) appendChild(current, new LightText(pending, this.pendingFrom, runs.length, blank));
    this.pending = '';
  }

  onopentag(name: string, attributes: Record<string, string>): void {
    this.flush(LAYOUT_BLOCKS.has(name) || SKIPPED_TAGS.has(name) || (this.current === this.head && HEAD_TAGS.has(name)));
    const at = this.parser!.startIndex;
    if (BLOCK_TAGS.has(name) && this.source.charCodeAt(at) === 60) this.breaks.push(at);
    const index = this.elementCount++;
    const runs = this.runs;
    this.runsFrom.push(runs.length);
    this.runsTo.push(runs.length);
    this.openIndex.push(index);
    if (HIDDEN_TAGS.has(name)) this.hiddenDepth++;
    if (PRE_TAGS.has(name)) this.preDepth++;
    if (this.complete && index >= this.maxElements) this.complete = false;
    const complete = this.complete;
    if (name === 'meta' && complete && this.skipDepth === 0) this.metas.push(attributes);
    if (!complete || this.skipDepth > 0 || SKIPPED_TAGS.has(name)) {
      if (complete) this.skipDepth++;
      if (complete && this.skipDepth === 1 && name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json') this.jsonText = '';
      this.opened.push(null);
      return;
    }
    const root = this.root;
    let element: LightElement | null;
    if (name === 'html') {
      Object.assign(root.attrs, attributes);
      element = null;
    } else if (name === 'body' && this.body !== null) {
      Object.assign(this.body.attrs, attributes);
      element = null;
      this.current = this.body;
    } else {
      if (this.head !== null && this.current === this.head && !HEAD_TAGS.has(name)) this.current = root;
      if (this.current === root && name !== 'head' && name !== 'body' && !HEAD_TAGS.has(name)) this.current = this.ensureBody();
      element = new LightElement(name, attributes, index);
      appendChild(this.current, element);
      if (name === 'head' && this.head === null) this.head = element;
      if (name === 'body' && this.body === null) this.body = element;
      if (name === 'title' && this.title === undefined) this.titleText = '';
      this.current = element;
    }
    this.opened.push(element);
  }

  onclosetag(name: string): void {
    const opened = this.opened;
    const top = opened.length > 0 ? opened[opened.length - 1] : null;
    this.flush(top !== null && top === this.current && LAYOUT_BLOCKS.has(this.current.tag));
    const at = this.parser!.startIndex;
    if (BLOCK_TAGS.has(name) && this.source.charCodeAt(at) === 60) this.breaks.push(at);
    const element = opened.pop();
    const index = this.openIndex.pop();
    if (index !== undefined) this.runsTo[index] = this.runs.length;
    if (HIDDEN_TAGS.has(name)) this.hiddenDepth--;
    if (PRE_TAGS.has(name)) this.preDepth--;
    if (this.skipDepth > 0 && element === null && this.complete) {
      this.skipDepth--;
      if (this.skipDepth === 0 && this.jsonText !== null) {
        this.jsonLd.push(this.jsonText);
        this.jsonText = null;
      }
    }
    if (element && element.tag === 'title' && this.titleText !== null) {
      this.title = this.titleText;
      this.titleText = null;
    }
    if (element && element === this.current) this.current = element.parent ?? this.root;
  }

  ontext(text: string): void {
    const parser = this.parser!;
    const runs = this.runs;
    runs.push({ start: parser.startIndex, end: parser.endIndex + 1, text, element: this.currentIndex(), hidden: this.hiddenDepth > 0 || (this.current === this.head && text.trim() === '') });
    if (this.jsonText !== null) this.jsonText += text;
    if (this.titleText !== null) this.titleText += text;
    if (this.skipDepth > 0) return;
    if (this.pending === '') this.pendingFrom = runs.length - 1;
    this.pending += text;
  }
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
