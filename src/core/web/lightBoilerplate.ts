// Boilerplate Readability's method leaves inside the article container, pruned on the light tree
// (lightDom.ts) the way trafilatura prunes after its own extraction: the furniture named by class
// or id removed before the article is looked for (Readability's method rebuilds some elements
// without their attributes, so afterwards the names may be gone; bylines stay for it to find),
// then image captions and credits, datelines, share and follow lines, "Read more"/"Related"
// links, lists of links to other stories with their heading, newsletter boxes, comment counts and
// "Advertisement" removed from the article found. Every rule removes a block that is short or made
// of links, and nothing is removed when it would take most of the article with it. The words and
// lines are boilerplateWords.ts's.

import { EARLY_FURNITURE_WORDS, FURNITURE_LINE, FURNITURE_WORDS, isDateLine, LIST_HEADING, BYLINE as LEFT_BYLINE, MAX_NAMED_FURNITURE, SHORT } from './boilerplateWords';
import { type LightElement, removeNode } from './lightDom';
import { descendantsByTag, elementChildren, hasDescendant, previousElementSibling, textContent, textLengthPast } from './lightQuery';

function textOf(element: LightElement): string {
  return textContent(element).replace(/\s+/g, ' ').trim();
}

const A = new Set(['a']);

function linkDensity(element: LightElement): number {
  const length = textOf(element).length;
  if (length === 0) return 0;
  let links = 0;
  for (const link of descendantsByTag(element, A)) links += textOf(link).length;
  return links / length;
}

function named(element: LightElement): LightElement[] {
  const out: LightElement[] = [];
  collectNamed(element, out);
  return out;
}

// A module-level walk, not a closure made per call (lightQuery.ts's collectByTag says why).
function collectNamed(node: LightElement, out: LightElement[]): void {
  for (const child of node.children) {
    if (child.kind !== 1) continue;
    if (child.attrs.class !== undefined || child.attrs.id !== undefined) out.push(child);
    collectNamed(child, out);
  }
}

/** Whether the class or id names furniture; `seen` remembers the answer per name (pages repeat their class names). */
function namesFurniture(element: LightElement, words: ReadonlySet<string>, seen: Map<string, boolean>): boolean {
  const key = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`;
  let answer = seen.get(key);
  if (answer === undefined) {
    answer = false;
    const names = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    if (names.trim() !== '') for (const word of names.split(/[\s_-]+/)) if (words.has(word)) answer = true;
    seen.set(key, answer);
  }
  return answer;
}

const EMBEDDED_POSTS = new Set(['twitter-tweet', 'instagram-media', 'tiktok-embed']);
const PARAGRAPH_OR_ITEM = new Set(['p', 'li']);

/** Furniture named by class or id, before the article is looked for. */
export function pruneLightFurniture(body: LightElement): void {
  // An embedded post quoted by the story (a tweet) sits in a box named like furniture
  // ("social-media-embed"), and its links look like a link farm to Readability's cleaning. Its
  // box is renamed as content (a name Readability favours) so that the quote stays.
  for (const post of descendantsByTag(body, new Set(['blockquote']))) {
    if (!(post.attrs.class ?? '').split(/\s+/).some((name) => EMBEDDED_POSTS.has(name))) continue;
    const box = post.parent;
    // Attributes are shared with the tree's copies: replaced, never changed in place.
    if (box && box !== body && box.tag === 'div') box.attrs = { ...box.attrs, class: 'embedded-content' };
  }
  const seen = new Map<string, boolean>();
  for (const element of named(body)) {
    if (!element.parent || !namesFurniture(element, EARLY_FURNITURE_WORDS, seen)) continue;
    if (textLengthPast(element, MAX_NAMED_FURNITURE) <= MAX_NAMED_FURNITURE) removeNode(element);
  }
}

function previousHeading(element: LightElement): LightElement | null {
  const previous = previousElementSibling(element);
  if (!previous) return null;
  const text = textOf(previous);
  return text.length > 0 && text.length <= 60 && /^(h\d|p|div|span|strong|b)$/i.test(previous.tag) && !/[.!?]["”’)]?$/.test(text) && !hasDescendant(previous, PARAGRAPH_OR_ITEM) ? previous : null;
}

const FURNITURE_BOXES = new Set(['figure', 'figcaption', 'nav', 'aside', 'footer']);
const LISTS = new Set(['ul', 'ol']);
const LINE_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'span', 'small']);
const INNER_BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const P = new Set(['p']);

/** The boilerplate left in the article found (never more than half its text). */
export function pruneLightBoilerplate(root: LightElement): void {
  const budget = textOf(root).length * 0.5;
  let removed = 0;
  const drop = (element: LightElement, length: number): boolean => {
    if (removed + length > budget) return false;
    removed += length;
    removeNode(element);
    return true;
  };

  for (const element of descendantsByTag(root, FURNITURE_BOXES)) {
    if (!element.parent) continue;
    drop(element, textOf(element).length);
  }

  const seen = new Map<string, boolean>();
  for (const element of named(root)) {
    if (!element.parent || !namesFurniture(element, FURNITURE_WORDS, seen)) continue;
    const length = textLengthPast(element, MAX_NAMED_FURNITURE);
    if (length <= MAX_NAMED_FURNITURE) drop(element, length);
  }

  for (const list of descendantsByTag(root, LISTS)) {
    if (!list.parent) continue;
    const items = elementChildren(list).filter((child) => child.tag === 'li');
    if (items.length === 0) continue;
    const heading = previousHeading(list);
    const announced = heading !== null && LIST_HEADING.test(textOf(heading));
    if (announced ? linkDensity(list) < 0.5 : !items.every((item) => linkDensity(item) >= 0.9)) continue;
    if (items.every((item) => /^(https?:\/\/|www\.)\S+$/i.test(textOf(item)))) continue;
    if (drop(list, textOf(list).length) && heading && announced) drop(heading, textOf(heading).length);
  }

  for (const block of descendantsByTag(root, LINE_BLOCKS)) {
    if (!block.parent || textLengthPast(block, SHORT) > SHORT) continue;
    const text = textOf(block);
    if (text === '') continue;
    const tag = block.tag;
    if ((tag === 'div' || tag === 'span' || tag === 'small') && hasDescendant(block, INNER_BLOCKS)) continue;
    if (FURNITURE_LINE.test(text) || LEFT_BYLINE.test(text) || isDateLine(text)) {
      drop(block, text.length);
      continue;
    }
    if ((tag === 'p' || /^h\d$/.test(tag)) && text.length <= 150 && linkDensity(block) >= 0.8) {
      const heading = previousHeading(block);
      if (drop(block, text.length) && heading && LIST_HEADING.test(textOf(heading))) drop(heading, textOf(heading).length);
      continue;
    }
    if (LIST_HEADING.test(text) && /^(h\d|p)$/.test(tag)) drop(block, text.length);
  }

  for (const block of descendantsByTag(root, P)) {
    if (!block.parent || descendantsByTag(block, A).length < 2 || textLengthPast(block, 400) > 400) continue;
    const text = textOf(block);
    if (linkDensity(block) < 0.8) continue;
    const heading = previousHeading(block);
    if (drop(block, text.length) && heading && LIST_HEADING.test(textOf(heading))) drop(heading, textOf(heading).length);
  }
}
