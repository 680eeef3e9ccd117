// An article's HTML as Markdown, through turndown on the light tree (lightDom.ts, the tree the
// article reader uses; it never runs scripts). turndown only walks nodes, so a small adapter
// (markdownNodes.ts) stands in for a DOM and no DOM library ships. Headings, paragraphs, block quotes, lists, emphasis and links are kept; images, media,
// forms and embedded frames are dropped (the saved snapshot keeps them). A link is kept only when
// it is an http(s) address: javascript:, data: and other schemes become plain text, so an
// imported page cannot plant a command link in the article.

import TurndownService from 'turndown/lib/turndown.browser.cjs.js';
import { parseLightPage } from './lightDom';
import { markdownRoot } from './markdownNodes';

/** Elements whose content a reader of the article text does not need. */
const DROPPED: TurndownService.Filter = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'select', 'textarea', 'input', 'svg', 'canvas', 'video', 'audio', 'img', 'picture', 'source', 'map'];

/** An http(s) address resolved against the page's, or null. */
export function httpLink(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = base ? new URL(href.trim(), base) : new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Parentheses and blanks would end the Markdown link early.
  return url.href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Markdown content on one line: line breaks (hard ones included) become single spaces. */
function oneLine(content: string): string {
  // Each run of blanks is matched once (\s+ cannot fail once started): /\s*\n\s*/ would rescan a
  // long run without a line break (non-breaking spaces survive turndown) from every one of its
  // characters, which is quadratic in the run's length.
  return content.replace(/\s+/g, (blank) => (blank.includes('\n') ? ' ' : blank)).replace(/ {2,}/g, ' ').trim();
}

let service: { base: string | undefined; turndown: TurndownService } | null = null;

function converter(base: string | undefined): TurndownService {
  if (service && service.base === base) return service.turndown;
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**', hr: '---' });
  // Text the page shows as "<img onerror=…>" stays text: a "<" left as it is would open raw HTML
  // (or an autolink) in the Markdown. turndown's own escapes leave it.
  const escapeMarkdown = turndown.escape.bind(turndown);
  turndown.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');
  // A rule, not turndown.remove(): its built-in rules (images) would win over a removal.
  turndown.addRule('dropped', { filter: DROPPED, replacement: () => '' });
  // A heading is one line: a <br> or a block inside it (WordPress writes <h4><br><strong>…) would
  // otherwise end the heading and leave its text as a paragraph.
  turndown.addRule('one-line-headings', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const text = oneLine(content);
      return text ? `\n\n${'#'.repeat(Number(node.nodeName.charAt(1)))} ${text}\n\n` : '';
    },
  });
  turndown.addRule('http-links-only', {
    filter: 'a',
    replacement: (content, node) => {
      const href = httpLink((node as { getAttribute(name: string): string | null }).getAttribute('href'), base);
      if (!content.trim()) return '';
      if (!href) return content;
      // A link around a heading (a teaser card): the heading keeps its level and holds the link.
      const heading = /^\s*(#{1,6}) ([^\n]+)\s*$/.exec(content);
      if (heading) return `\n\n${heading[1]} [${heading[2]}](${href})\n\n`;
      // Other blocks inside a link become one line: Markdown link text cannot hold paragraphs.
      return `[${oneLine(content)}](${href})`;
    },
  });
  service = { base, turndown };
  return turndown;
}

/**
 * Markdown of an HTML fragment (an article's content). `baseUrl` resolves relative links; without
 * it only absolute http(s) links are kept.
 */
export function htmlToMarkdown(html: string, baseUrl?: string): string {
  // No element cap: the fragment is an article already taken from a capped page, or a test's.
  const page = parseLightPage(`<!DOCTYPE html><html><body>${html}</body></html>`, Number.POSITIVE_INFINITY);
  const markdown = converter(baseUrl).turndown(markdownRoot(page.body) as unknown as TurndownService.Node);
  return markdown.replace(/\n{3,}/g, '\n\n').trim();
}
