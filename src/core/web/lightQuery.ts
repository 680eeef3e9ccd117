// What the article extractor asks of the light tree (lightDom.ts): text, descendants by tag,
// siblings and the document-order walk, with the meaning the DOM gives them.

import type { LightElement, LightNode } from './lightDom';
import { positionOf } from './lightDom';
import { isWhitespace } from '../chars';

export function textContent(node: LightNode): string {
  if (node.kind === 3) return node.text;
  let text = '';
  for (const child of node.children) text += child.kind === 3 ? child.text : textContent(child);
  return text;
}

/** Readability's _getInnerText: trimmed, runs of white space as one space unless `normalize` is false. */
export function innerText(node: LightNode, normalize = true): string {
  const text = textContent(node).trim();
  return normalize ? text.replace(/\s{2,}/g, ' ') : text;
}

/** Descendants (not the element itself) whose tag is in `tags`, in document order. */
export function descendantsByTag(element: LightElement, tags: ReadonlySet<string>): LightElement[] {
  const out: LightElement[] = [];
  collectByTag(element, tags, out);
  return out;
}

// Module-level walks, not closures made per call: optimized code only a dead closure holds is
// dropped by the next garbage collection (docs/performance.md, "HTML pages").
function collectByTag(node: LightElement, tags: ReadonlySet<string>, out: LightElement[]): void {
  for (const child of node.children) {
    if (child.kind !== 1) continue;
    if (tags.has(child.tag)) out.push(child);
    collectByTag(child, tags, out);
  }
}

export function countByTag(element: LightElement, tag: string): number {
  let count = 0;
  for (const child of element.children) {
    if (child.kind !== 1) continue;
    if (child.tag === tag) count++;
    count += countByTag(child, tag);
  }
  return count;
}

export function hasDescendant(element: LightElement, tags: ReadonlySet<string>): boolean {
  for (const child of element.children) {
    if (child.kind === 1 && (tags.has(child.tag) || hasDescendant(child, tags))) return true;
  }
  return false;
}

export function elementChildren(element: LightElement): LightElement[] {
  const out: LightElement[] = [];
  for (const child of element.children) if (child.kind === 1) out.push(child);
  return out;
}

export function firstElementChild(element: LightElement): LightElement | null {
  for (const child of element.children) if (child.kind === 1) return child;
  return null;
}

export function nextElementSibling(node: LightNode): LightElement | null {
  const parent = node.parent;
  if (!parent) return null;
  const siblings = parent.children;
  for (let i = positionOf(node) + 1; i < siblings.length; i++) {
    const sibling = siblings[i];
    if (sibling.kind === 1) return sibling;
  }
  return null;
}

export function previousElementSibling(node: LightNode): LightElement | null {
  const parent = node.parent;
  if (!parent) return null;
  const siblings = parent.children;
  for (let i = positionOf(node) - 1; i >= 0; i--) {
    const sibling = siblings[i];
    if (sibling.kind === 1) return sibling;
  }
  return null;
}

export function nextSibling(node: LightNode): LightNode | null {
  const parent = node.parent;
  if (!parent) return null;
  const at = positionOf(node) + 1;
  return at < parent.children.length ? parent.children[at] : null;
}

/** Readability's _getNextNode: the next element in document order (past the subtree when `skipChildren`). */
export function nextNode(node: LightElement, skipChildren = false): LightElement | null {
  if (!skipChildren) {
    const first = firstElementChild(node);
    if (first) return first;
  }
  const sibling = nextElementSibling(node);
  if (sibling) return sibling;
  let up: LightElement | null = node.parent;
  while (up && !nextElementSibling(up)) up = up.parent;
  return up && nextElementSibling(up);
}

const HASH_URL = /^#.+/;

/** Readability's _getLinkDensity: link text over all text (in-page links count 0.3). */
export function linkDensity(element: LightElement): number {
  const length = innerText(element).length;
  if (length === 0) return 0;
  let links = 0;
  for (const link of descendantsByTag(element, A_TAG)) {
    const href = link.attrs.href;
    links += innerText(link).length * (href && HASH_URL.test(href) ? 0.3 : 1);
  }
  return links / length;
}

const A_TAG = new Set(['a']);

export function hasAncestorTag(node: LightNode, tag: string, maxDepth = 3, filter?: (element: LightElement) => boolean): boolean {
  let depth = 0;
  let at: LightNode = node;
  while (at.parent) {
    if (maxDepth > 0 && depth > maxDepth) return false;
    if (at.parent.tag === tag && (!filter || filter(at.parent))) return true;
    at = at.parent;
    depth++;
  }
  return false;
}

export function ancestors(node: LightNode, maxDepth = 0): LightElement[] {
  const out: LightElement[] = [];
  let at: LightNode = node;
  while (at.parent) {
    out.push(at.parent);
    if (maxDepth && out.length === maxDepth) break;
    at = at.parent;
  }
  return out;
}

/**
 * The length of the node's text with white space runs as one space and trimmed (what
 * `textContent.replace(/\s+/g, ' ').trim()` gives), counted only until it passes `limit`: a test
 * "is it short?" on a big box stops early instead of building its whole text.
 */
export function textLengthPast(node: LightNode, limit: number): number {
  const state: LengthCount = { count: 0, space: false };
  countLength(node, limit, state);
  return state.count;
}

interface LengthCount {
  count: number;
  space: boolean;
}

/** textLengthPast's walk: true once the count passes `limit`. */
function countLength(at: LightNode, limit: number, state: LengthCount): boolean {
  if (at.kind === 3) {
    const text = at.text;
    for (let i = 0; i < text.length; i++) {
      if (isWhitespace(text.charCodeAt(i))) {
        if (state.count > 0) state.space = true;
      } else {
        if (state.space) state.count++;
        state.space = false;
        if (++state.count > limit) return true;
      }
    }
    return false;
  }
  for (const child of at.children) if (countLength(child, limit, state)) return true;
  return false;
}

/** Whether the node has any text that is not white space. */
export function hasText(node: LightNode): boolean {
  if (node.kind === 3) return NOT_BLANK.test(node.text);
  for (const child of node.children) if (hasText(child)) return true;
  return false;
}

const NOT_BLANK = /\S/;
