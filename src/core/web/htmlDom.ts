// One pass of a real HTML tokenizer (htmlparser2) over a page builds two things at once:
// - a DOM (linkedom) for Readability, where every element carries its index in the source as a
//   `data-cl-i` attribute: an attribute, not a property, because Readability re-parses the page
//   from its own innerHTML between attempts and only attributes survive that;
// - the page's text runs with their exact source offsets (a character reference is a run of its
//   own: "O", "’" from `&rsquo;`, "Brien"), so the analyzed text maps back to the source.
// Scripts never run: linkedom has no script engine, and script text is only ever read as data.

import { Parser } from 'htmlparser2';
import { DOMParser } from 'linkedom';
import { type HtmlEvents, sharedTokenizer } from './htmlEvents';
import { MAX_DOM_ELEMENTS } from './lightDom';

/** A piece of page text as the tokenizer saw it: decoded `text` for source[start, end). */
export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Index of the element the text sits in directly (-1 at the top level). */
  element: number;
  /** Inside script, style, title, template, noscript, svg…: never shown as page text. */
  hidden: boolean;
  /** White space between blocks, left out of the DOM (not shown, but part of `textContent` in a browser). */
  blank?: boolean;
}

export interface ParsedPage {
  document: DomDocument;
  runs: TextRun[];
  /** Source offsets of block-level tags: a reader sees a paragraph break there. */
  breaks: number[];
  /** Per element index: the runs inside it are runs[runsFrom[i], runsTo[i]). */
  runsFrom: number[];
  runsTo: number[];
  /** Per element index: its tag name (lower case). */
  tags: string[];
  /**
   * The runs each text node of the DOM was made of: runs[from, to). Readability moves text nodes
   * around but keeps them, so this follows the text wherever it ends up (an element it
   * unwrapped, a paragraph it made); text it re-parses from HTML is found through the elements.
   */
  textRuns: WeakMap<DomNode, [number, number]>;
  /** False when the page had more elements than the DOM is built for (MAX_DOM_ELEMENTS). */
  complete: boolean;
}

// The element cap is lightDom.ts's (MAX_DOM_ELEMENTS), for the same reasons.
export { MAX_DOM_ELEMENTS };

// The few DOM members used here (the project builds without the browser's DOM typings).
export interface DomNode {
  parentNode: DomNode | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  nodeType: number;
  textContent: string | null;
  appendChild(node: DomNode): DomNode;
  removeChild(node: DomNode): DomNode;
}
export interface DomElement extends DomNode {
  innerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
export interface DomDocument extends DomNode {
  documentElement: DomElement;
  createElement(name: string): DomElement;
  createTextNode(text: string): DomNode;
  querySelector(selector: string): DomElement | null;
}

export const ELEMENT_INDEX = 'data-cl-i';

// Closing or opening these tags ends a paragraph for the reader.
const BLOCK_TAGS = new Set(
  ('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul title caption').split(' '),
);
// Boxes laid out as blocks: white space between two of them (or between one and the edge of the
// box holding it) is never rendered, so it is left out of the DOM (see flush in parsePage).
const LAYOUT_BLOCKS = new Set(
  ('html head body address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p section summary table caption colgroup thead tbody tfoot tr td th ul').split(' '),
);
// Nothing inside these is page text a reader sees.
const PRE_TAGS = new Set(['pre', 'textarea', 'listing', 'plaintext']);
// HTML's collapsible white space (space, tab, line feed, form feed, carriage return).
const BLANK = /^[ \t\n\f\r]*$/;
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'title', 'iframe']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'link']);
// What may stay in <head>; anything else closes it, as the HTML standard's "in head" mode does
// (htmlparser2 alone would nest the whole body inside a head whose `</head>` was left out).
const HEAD_TAGS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

function localName(node: DomNode): string {
  return (node as DomNode & { localName: string }).localName;
}

/** `also`: events that see the page through the same tokenizer pass (as htmlEvents.ts's readHtml gives them). */
export function parsePage(source: string, maxElements = MAX_DOM_ELEMENTS, also?: HtmlEvents): ParsedPage {
  const document = new DOMParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html') as unknown as DomDocument;
  const root = document.documentElement;
  while (root.firstChild) root.removeChild(root.firstChild);
  let body: DomElement | null = null;
  let head: DomElement | null = null;
  let current: DomNode = root;
  // What each open tag (in htmlparser2's stack) created; null for a tag merged into an existing one.
  const opened: (DomElement | null)[] = [];
  const openIndex: number[] = [];
  const runs: TextRun[] = [];
  const breaks: number[] = [];
  const runsFrom: number[] = [];
  const runsTo: number[] = [];
  const tags: string[] = [];
  let hiddenDepth = 0;
  let skipDepth = 0;
  // Open pre, textarea, listing and plaintext elements: all their white space is shown.
  let preDepth = 0;
  let pending = '';
  let pendingFrom = 0;
  const textRuns = new WeakMap<DomNode, [number, number]>();

  const currentIndex = (): number => (openIndex.length > 0 ? openIndex[openIndex.length - 1] : -1);
  let complete = true;
  /** `nextIsBlock`: what follows the pending text starts or ends a layout block (LAYOUT_BLOCKS). */
  const flush = (nextIsBlock: boolean): void => {
    if (pending === '') return;
    if (!complete) {
      pending = '';
      return;
    }
    // White space between blocks is not shown (the CSS white-space rules), so it is left out of the
    // DOM: one linkedom node less each time, and one less for Readability to walk. Its runs stay
    // in `runs` (they become blanks of the analyzed text like any text outside the article). Only
    // ASCII white space collapses: a no-break space is text.
    if ((nextIsBlock || current === head) && preDepth === 0 && BLANK.test(pending)) {
      const previous = (current as DomElement & { lastChild: DomNode | null }).lastChild;
      const afterBlock = previous === null ? LAYOUT_BLOCKS.has(localName(current)) : previous.nodeType === 1 && LAYOUT_BLOCKS.has(localName(previous));
      if (afterBlock) {
        for (let r = pendingFrom; r < runs.length; r++) runs[r].blank = true;
        pending = '';
        return;
      }
    }
    // Text outside any element, or in a head, starts the body (as a browser does).
    if ((current === root || (head !== null && current === head)) && pending.trim() !== '') current = ensureBody();
    const node = document.createTextNode(pending);
    textRuns.set(node, [pendingFrom, runs.length]);
    current.appendChild(node);
    pending = '';
  };
  const ensureBody = (): DomElement => {
    if (body === null) {
      body = document.createElement('body');
      root.appendChild(body);
    }
    return body;
  };
  const setAttributes = (element: DomElement, attributes: Record<string, string>): void => {
    for (const name in attributes) {
      try {
        element.setAttribute(name, attributes[name]);
      } catch {
        // A name the DOM refuses (e.g. `"foo`) is dropped; the browser would keep it, but no
        // extraction heuristic reads such names.
      }
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // Invisible elements (script, style…) are not in the DOM: they count as block edges here.
        flush(LAYOUT_BLOCKS.has(name) || SKIPPED_TAGS.has(name) || (current === head && HEAD_TAGS.has(name)));
        const at = parser.startIndex;
        if (BLOCK_TAGS.has(name) && source.charCodeAt(at) === 60) breaks.push(at);
        const index = tags.length;
        tags.push(name);
        runsFrom.push(runs.length);
        runsTo.push(runs.length);
        openIndex.push(index);
        if (HIDDEN_TAGS.has(name)) hiddenDepth++;
        if (PRE_TAGS.has(name)) preDepth++;
        // Invisible subtrees stay out of the DOM (Readability would only delete them, slowly), all
        // but JSON-LD, where Readability reads the title, byline and site name.
        if (complete && index >= maxElements) complete = false;
        if (!complete || skipDepth > 0 || (SKIPPED_TAGS.has(name) && !(name === 'script' && /ld\+json/i.test(attributes.type ?? '')))) {
          if (complete) skipDepth++;
          opened.push(null);
          return;
        }
        let element: DomElement | null;
        if (name === 'html') {
          setAttributes(root, attributes);
          element = null;
        } else if (name === 'body' && body !== null) {
          setAttributes(body, attributes);
          element = null;
          current = body;
        } else {
          if (head !== null && current === head && !HEAD_TAGS.has(name)) current = root;
          if (current === root && name !== 'head' && name !== 'body' && !HEAD_TAGS.has(name)) current = ensureBody();
          element = document.createElement(name);
          setAttributes(element, attributes);
          element.setAttribute(ELEMENT_INDEX, String(index));
          current.appendChild(element);
          if (name === 'head' && head === null) head = element;
          if (name === 'body' && body === null) body = element;
          current = element;
        }
        opened.push(element);
      },
      onclosetag(name) {
        // The end of the element text is in: a block's end is a block edge (an inline's is not).
        flush(opened.length > 0 && opened[opened.length - 1] === current && LAYOUT_BLOCKS.has(localName(current)));
        const at = parser.startIndex;
        if (BLOCK_TAGS.has(name) && source.charCodeAt(at) === 60) breaks.push(at);
        const element = opened.pop();
        const index = openIndex.pop();
        if (index !== undefined) runsTo[index] = runs.length;
        if (HIDDEN_TAGS.has(name)) hiddenDepth--;
        if (PRE_TAGS.has(name)) preDepth--;
        if (skipDepth > 0 && element === null && complete) skipDepth--;
        // A head closed early (see HEAD_TAGS) is no longer where the text goes.
        if (element && element === current) current = element.parentNode ?? root;
      },
      ontext(text) {
        runs.push({ start: parser.startIndex, end: parser.endIndex + 1, text, element: currentIndex(), hidden: hiddenDepth > 0 || (current === head && text.trim() === '') });
        if (skipDepth > 0) return;
        if (pending === '') pendingFrom = runs.length - 1;
        pending += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false, Tokenizer: also && sharedTokenizer(source, also) },
  );
  parser.end(source);
  flush(true);
  ensureBody();
  return { document, runs, breaks, runsFrom, runsTo, tags, textRuns, complete };
}
