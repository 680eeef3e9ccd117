// A light tree's content as HTML (the article's `contentHtml`, which `claimline import` converts to
// Markdown): text and attribute values escaped, void elements without end tags, and only the
// attributes a reader of the article needs (links, image sources, list starts, table spans), so no
// class, style or event handler of the page is carried along.

import type { LightElement } from './lightDom';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const KEPT_ATTRIBUTES = ['href', 'title', 'src', 'alt', 'start', 'lang', 'dir', 'datetime', 'cite', 'colspan', 'rowspan'];

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));
}

/** The HTML of the element's children (as the DOM's innerHTML). */
export function innerHtml(element: LightElement): string {
  let html = '';
  for (const child of element.children) {
    if (child.kind === 3) {
      html += escapeText(child.text);
      continue;
    }
    // Tag names come from the tokenizer (no blanks, quotes or angle brackets); anything else is left out.
    if (!/^[a-z][a-z0-9-]*$/.test(child.tag)) {
      html += innerHtml(child);
      continue;
    }
    html += `<${child.tag}`;
    for (const name of KEPT_ATTRIBUTES) {
      const value = child.attrs[name];
      if (value !== undefined) html += ` ${name}="${escapeAttribute(value)}"`;
    }
    html += '>';
    if (VOID.has(child.tag)) continue;
    html += `${innerHtml(child)}</${child.tag}>`;
  }
  return html;
}
