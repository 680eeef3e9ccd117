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
  querySelector(selector: string): PruneElement | null;
}

/** Class and id words naming furniture (compared per word of `class`/`id`, split at - and _). */
export const FURNITURE_WORDS = new Set(
  (
    'caption captions credit credits copyright byline bylines dateline timestamp share sharing sharebar social ' +
    'newsletter newsletters subscribe subscription promo related recommended recommendations trending popular ' +
    'breadcrumb breadcrumbs tags tag advert advertisement ad ads sponsor sponsored reprints print toolbar ' +
    'author bio disclaimer cta comment comments rollover tooltip popup hover modal'
  ).split(' '),
);

export const EARLY_FURNITURE_WORDS = new Set([...FURNITURE_WORDS].filter((word) => !['byline', 'bylines', 'author', 'bio', 'dateline', 'timestamp'].includes(word)));
// A furniture name on a big block is more likely a site's odd name for its story container.
export const MAX_NAMED_FURNITURE = 600;

// A short block that is nothing but one of these is furniture, in any position.
export const FURNITURE_LINE = new RegExp(
  [
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
    String.raw`^follow\b.{0,80}\b(on (twitter|facebook|instagram)|coverage)\b`,
    // Credits and contacts at the end: "… contributed to this report.", "X may be reached at …".
    String.raw`\bcontributed (to )?(this |the )?(report|reporting|story)\.?$`,
    String.raw`\b(can|may) be reached at\b|^write to .{1,60} at \S+@`,
  ].join('|'),
  'iu',
);
// A byline left in the text: "By Justine Coleman - 11/18/19 11:04 PM EST" (case matters here:
// "By the end of the day…" is a sentence).
export const BYLINE = /^(By|BY) \p{Lu}\S* \p{Lu}.{0,60}$/u;
// The headings of link lists: removed with the list they announce.
export const LIST_HEADING = /^(more|related|related (news|stories|articles|posts|content|links|coverage)|more .{0,30} stories|tags|read more|see also|more from .{1,30}|you may also like|recommended.{0,20}|trending.{0,10}|popular.{0,20}|recent.{0,20}|latest.{0,20}|don'?t miss|also read|further reading|more stories|more on this story|top stories)[\s:.…!]*$/i;

export const SHORT = 200;

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
    if (!element.parentElement || !namesFurniture(element, FURNITURE_WORDS)) continue;
    const length = textOf(element).length;
    if (length <= MAX_NAMED_FURNITURE) drop(element, length);
  }

  // Lists whose every item is a link: other stories. Their heading goes with them.
  for (const list of Array.from(root.querySelectorAll('ul, ol')) as PruneElement[]) {
    if (!list.parentElement) continue;
    const items = Array.from(list.children).filter((child) => child.tagName.toLowerCase() === 'li');
    if (items.length === 0) continue;
    const heading = previousHeading(list);
    const announced = heading !== null && LIST_HEADING.test(textOf(heading));
    // Under a "More stories" heading half the list's text in links is enough ("The strange life
    // and <a>…</a>"); without one, every item must be a link.
    if (announced ? linkDensity(list) < 0.5 : !items.every((item) => linkDensity(item) >= 0.9)) continue;
    // Links that read as addresses are the story's cited sources, not other stories.
    if (items.every((item) => /^(https?:\/\/|www\.)\S+$/i.test(textOf(item)))) continue;
    if (drop(list, textOf(list).length) && heading && announced) drop(heading, textOf(heading).length);
  }

  for (const block of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, div, span, small')) as PruneElement[]) {
    if (!block.parentElement) continue;
    const text = textOf(block);
    if (text === '' || text.length > SHORT) continue;
    const tag = block.tagName.toLowerCase();
    // A div or span counts only where it holds text directly, not other blocks.
    if ((tag === 'div' || tag === 'span' || tag === 'small') && block.querySelector('p, div, li, h1, h2, h3, h4, h5, h6') !== null) continue;
    if (FURNITURE_LINE.test(text) || BYLINE.test(text) || isDateLine(text)) {
      drop(block, text.length);
      continue;
    }
    // A paragraph that is all link is a link to another page ("Who will make the Rock Hall?").
    if ((tag === 'p' || /^h\d$/.test(tag)) && text.length <= 150 && linkDensity(block) >= 0.8) {
      const heading = previousHeading(block);
      if (drop(block, text.length) && heading && LIST_HEADING.test(textOf(heading))) drop(heading, textOf(heading).length);
      continue;
    }
    if (LIST_HEADING.test(text) && /^(h\d|p)$/.test(tag)) drop(block, text.length);
  }

  // A paragraph of several links and little else: other stories in a row, or a page's tags.
  for (const block of Array.from(root.querySelectorAll('p')) as PruneElement[]) {
    if (!block.parentElement || block.querySelectorAll('a').length < 2) continue;
    const text = textOf(block);
    if (text.length > 400 || linkDensity(block) < 0.8) continue;
    const heading = previousHeading(block);
    if (drop(block, text.length) && heading && LIST_HEADING.test(textOf(heading))) drop(heading, textOf(heading).length);
  }
}

// Words a date line is made of besides numbers: months, weekdays, clock and zone words, joiners.
const DATE_WORDS = new Set(
  (
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december ' +
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'am pm a m p est edt cst cdt mst mdt pst pdt hst akst gmt utc bst cet cest ist et ct pt ' +
    'at on de às um uhr h the of published updated posted modified last first original ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre ' +
    'segunda terça quarta quinta sexta feira sábado domingo lunes martes miércoles jueves viernes ' +
    'januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche le'
  ).split(' '),
);

const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
);

const STAMP_WORDS = new Set(['published', 'updated', 'posted', 'modified']);

/** A line that is only a date (and time), maybe labelled: "Nov. 20, 2019 5:52 AM EST", "19.11.2019, 08:57", "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM". */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.every((word) => DATE_WORDS.has(word))) return false;
  // A date, not a time alone: "4:14 p.m." heads an entry of a live report ("Updated at 1:23
  // p.m." is a dateline all the same).
  if (words.some((word) => STAMP_WORDS.has(word))) return true;
  return /\b(1[89]|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(text) || words.some((word) => word.length >= 3 && MONTHS.has(word));
}

/**
 * Removes, before Readability runs, the blocks whose class or id names them furniture (share bars,
 * captions, newsletter boxes…): Readability rebuilds some elements without their attributes (a
 * div of inline content becomes a new paragraph), so afterwards the names may be gone. Bylines
 * stay for Readability to find.
 */
export function pruneNamedFurniture(body: DomElement): void {
  // An embedded post quoted by the story (a tweet) sits in a box named like furniture
  // ("social-media-embed"), and its links look like a link farm to Readability's cleaning. Its
  // box is renamed as content (a name Readability favours) so that the quote stays.
  for (const post of Array.from(body.querySelectorAll('blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed')) as PruneElement[]) {
    const box = post.parentElement;
    if (box && box !== body && box.tagName.toLowerCase() === 'div') box.setAttribute('class', 'embedded-content');
  }
  for (const element of Array.from(body.querySelectorAll('[class], [id]')) as PruneElement[]) {
    if (!element.parentElement || !namesFurniture(element, EARLY_FURNITURE_WORDS)) continue;
    if (textOf(element).length <= MAX_NAMED_FURNITURE) element.remove();
  }
}

function namesFurniture(element: PruneElement, words: ReadonlySet<string>): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (names.trim() === '') return false;
  for (const word of names.split(/[\s_-]+/)) if (words.has(word)) return true;
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
