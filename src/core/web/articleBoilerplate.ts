// Boilerplate Readability leaves inside the article container, pruned afterwards the way
// trafilatura prunes after its own extraction: image captions and credits, datelines, share and
// follow lines, "Read more"/"Related" links, lists of links to other stories with their heading,
// newsletter and subscription boxes, comment counts, "Advertisement". Every rule removes a
// block that is short or made of links, so a story's own paragraphs are never at stake; and
// nothing is removed when it would take most of the article with it.

import type { DomElement } from './htmlDom';

// The DOM members used here beyond htmlDom's.
interface PruneElement extends DomElement {
  tagName: string;
  children: ArrayLike<PruneElement>;
  previousElementSibling: PruneElement | null;
  parentElement: PruneElement | null;
  remove(): void;
}

/** Class and id words naming furniture (compared per word of `class`/`id`, split at - and _). */
const FURNITURE_WORDS = new Set(
  (
    'caption captions credit credits copyright byline bylines dateline timestamp share sharing sharebar social ' +
    'newsletter newsletters subscribe subscription promo related recommended recommendations trending popular ' +
    'breadcrumb breadcrumbs tags tag advert advertisement ad ads sponsor sponsored reprints print toolbar ' +
    'author bio disclaimer'
  ).split(' '),
);

// A short block that is nothing but one of these is furniture, in any position.
const FURNITURE_LINE = new RegExp(
  [
    // Datelines: "Published 10:02 AM EST Nov 19, 2019", "Updated Nov 19, 6:55 AM;Posted …".
    String.raw`^(first |last )?(published|updated|posted|modified)\b.{0,80}\d`,
    // Credits and caption labels: "Image copyright Getty Images", "Photo: Gene J. Puskar".
    String.raw`^(image|photo|picture|video) (copyright|caption|credit)\b`,
    String.raw`^(photo|image|picture|credit|source|foto)s?\s*:`,
    String.raw`^(getty( images)?|ap photo|reuters|afp|shutterstock|©.*)$`,
    // Captions that end in their credit: "… in size (Image: GETTY )".
    String.raw`\((image|photo|picture|credit|pic|source)s?\s*:[^()]*\)$`,
    // Links out of the story and calls to act.
    String.raw`^(read more|see more|more|related|related post|related coverage[^:]*|recommended|don'?t miss|you may also like|trending|watch|listen)\s*[:.…]`,
    String.raw`^(advertisement|advert|ad|sponsored|iklan|anzeige|publicidad|publicité)$`,
    String.raw`^(\d+\s+)?comments?(\s*\(\d+\))?$`,
    String.raw`^(post|add|leave|view|show|write) (a |your )?(comment|reply)`,
    String.raw`^(view author archive|email the author|follow on twitter|enlarge image|print article|order reprints|text size|share this( article| story)?)$`,
    String.raw`^(tags|filed under|categories|topics)\s*:`,
    String.raw`\b(sign up|subscribe)\b.{0,120}\bnewsletters?\b`,
    String.raw`^follow (us|\S+( \S+)?) on (twitter|facebook|instagram)`,
  ].join('|'),
  'i',
);
// The headings of link lists: removed with the list they announce.
const LIST_HEADING = /^(more|related|read more|see also|more from .{1,30}|you may also like|recommended.{0,20}|trending.{0,10}|popular.{0,20}|recent.{0,20}|latest.{0,20}|don'?t miss|also read|further reading|more stories|more on this story|top stories)[\s:.…!]*$/i;

const SHORT = 200;

export function pruneBoilerplate(content: DomElement): void {
  const root = content as PruneElement;
  const total = textOf(root).length;
  // Never let pruning take more than this share of the article.
  const budget = total * 0.5;
  let removed = 0;
  const drop = (element: PruneElement, length: number): boolean => {
    if (removed + length > budget) return false;
    removed += length;
    element.remove();
    return true;
  };

  for (const element of Array.from(root.querySelectorAll('figure, figcaption, nav, aside, footer')) as PruneElement[]) {
    if (!element.parentElement) continue;
    drop(element, textOf(element).length);
  }

  for (const element of Array.from(root.querySelectorAll('[class], [id]')) as PruneElement[]) {
    if (!element.parentElement || !namesFurniture(element)) continue;
    const length = textOf(element).length;
    // A furniture name on a big block is more likely a site's odd name for its story container.
    if (length <= 600) drop(element, length);
  }

  // Lists whose every item is a link: other stories. Their heading goes with them.
  for (const list of Array.from(root.querySelectorAll('ul, ol')) as PruneElement[]) {
    if (!list.parentElement) continue;
    const items = Array.from(list.children).filter((child) => child.tagName.toLowerCase() === 'li');
    if (items.length === 0 || !items.every((item) => linkDensity(item) >= 0.9)) continue;
    const heading = previousHeading(list);
    if (drop(list, textOf(list).length) && heading && LIST_HEADING.test(textOf(heading))) drop(heading, textOf(heading).length);
  }

  for (const block of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, div, span, small')) as PruneElement[]) {
    if (!block.parentElement) continue;
    const text = textOf(block);
    if (text === '' || text.length > SHORT) continue;
    const tag = block.tagName.toLowerCase();
    // A div or span counts only where it holds text directly, not other blocks.
    if ((tag === 'div' || tag === 'span' || tag === 'small') && block.querySelector('p, div, li, h1, h2, h3, h4, h5, h6') !== null) continue;
    if (FURNITURE_LINE.test(text)) {
      drop(block, text.length);
      continue;
    }
    // A paragraph that is all link is a link to another page ("Who will make the Rock Hall?").
    if ((tag === 'p' || /^h\d$/.test(tag)) && linkDensity(block) >= 0.8 && text.length <= 150) {
      const heading = previousHeading(block);
      if (drop(block, text.length) && heading && LIST_HEADING.test(textOf(heading))) drop(heading, textOf(heading).length);
      continue;
    }
    if (LIST_HEADING.test(text) && /^(h\d|p)$/.test(tag)) drop(block, text.length);
  }
}

function namesFurniture(element: PruneElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.trim() === '') return false;
  for (const word of names.split(/[\s_-]+/)) if (FURNITURE_WORDS.has(word)) return true;
  return false;
}

function previousHeading(element: PruneElement): PruneElement | null {
  const previous = element.previousElementSibling;
  if (!previous) return null;
  const text = textOf(previous);
  return text.length > 0 && text.length <= 60 && /^(h\d|p|div|span|strong|b)$/i.test(previous.tagName) && !/[.!?]["”’)]?$/.test(text) && previous.querySelector('p, li') === null ? previous : null;
}

function textOf(element: DomElement): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function linkDensity(element: PruneElement): number {
  const length = textOf(element).length;
  if (length === 0) return 0;
  let links = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) links += textOf(link).length;
  return links / length;
}
