// One pass of a real HTML tokenizer (htmlparser2) over the whole page, collecting everything a
// publication date can come from, each with its source offsets: meta tags, JSON-LD blocks, <time>
// and itemprop elements, the canonical URL, the text of elements whose class or id says they hold
// a date or byline, and the visible text. The sources then judge these facts (pageDate.ts).

import { type HtmlEvents, readHtml } from './htmlEvents';
import { partitionPoint } from '../binarySearch';

export interface MetaFact {
  /** The lower-cased name, property, itemprop or http-equiv. */
  key: string;
  content: string;
  /** Source range of the content attribute's value. */
  start: number;
  end: number;
}

export interface ScriptFact {
  text: string;
  /** Source offset of the script's first character. */
  start: number;
}

/** Where an element sits: what its ancestors say about it. */
export interface Placement {
  /** Inside a comment thread, a sidebar, a teaser list, a footer or navigation. */
  aside: boolean;
  /** Inside <header>, a byline or an article header. */
  header: boolean;
  /** Inside <article> or main content. */
  article: boolean;
}

export interface TimeFact {
  datetime?: string;
  /** Source range of the datetime attribute's value (or of the text when there is none). */
  start: number;
  end: number;
  text: string;
  textStart: number;
  /** `pubdate` attribute, or a class/itemprop that says publication. */
  published: boolean;
  /** A class/itemprop that says modification ("updated", "dateModified"). */
  modified: boolean;
  placement: Placement;
  /** The visible text just before the element. */
  lead: string;
}

/** An element (not meta) with itemprop="datePublished"/"dateCreated": its content, datetime or text. */
export interface ItempropFact {
  prop: string;
  value: string;
  start: number;
  end: number;
}

/** Text collected under one element, with the mapping back to source offsets. */
export interface TextFact {
  /** Lower-cased class, id and itemprop of the element. */
  marker: string;
  text: string;
  /** For each piece of `text`: [offset in text, offset in source, exact] (exact: same length in both). */
  pieces: Array<[number, number, boolean]>;
  placement: Placement;
  /** A title attribute (abbr title="2020-06-28T…") with its range. */
  title?: { value: string; start: number; end: number };
  /** The visible text just before the element ("Last updated:" before a date span). */
  lead: string;
}

export interface PageFacts {
  metas: MetaFact[];
  jsonLd: ScriptFact[];
  times: TimeFact[];
  itemprops: ItempropFact[];
  canonical?: string;
  /** Elements whose class or id says date, time, byline, meta, posted, published… */
  dateElements: TextFact[];
  /** All visible text outside scripts and styles, bounded. */
  visible: TextFact;
  /** The visible text outside comments, sidebars, navigation and footers, bounded. */
  main: TextFact;
  /** Where the first <h1> (the headline) starts in `main`, if there is one. */
  headlineAt?: number;
  /** The language the <html> element declares (`lang` or `xml:lang`), as written. */
  lang?: string;
}

// Classes and ids of elements that hold a date or a byline (htmldate's list, widened to the
// German "datum" and the French/Spanish "parution"/"fecha").
const DATE_MARKER = /date|datum|time|zeit|byline|subline|dateline|posted|submitted|publish|publication|postmeta|post-meta|article-meta|entry-meta|meta-|-meta|_meta|^meta$|metadata|author|autor|info|fecha|parution|fa-clock|fa-calendar|created/;
// Containers whose dates are not the page's: comments, related stories, sidebars, navigation.
// Matched on a class or id that is, or starts with, such a word ("sidebar-first", "comments-area",
// "nav"): a class that only mentions one ("has-sidebar", "right-sidebar", "headline") describes
// the layout around the content, not a box beside it. A site's "today" box ("bdaia-current-time",
// "header-today-date") shows the day of the visit.
const ASIDE_MARKER = /(?:^|\s)(?:comments?|kommentare?|discussion|replies|related|sidebar|recommend\w*|empfehlung\w*|popular|trending|most-read|breadcrumbs?|nav\w*|menu|(?:[\w-]*[-_])?(?:current|today|heute)[-_]?(?:date|time|day)|cookies?|newsletter|advert\w*|anzeige)(?:$|[\s_-])|(?<!no-)(?:comment|kommentar|related|similar)/;
// A class list naming the page's main wrapper as well ("mainwrap single-default sidebar") says the
// layout has a sidebar, not that this element is one.
const LAYOUT_MARKER = /(?:^|\s)(?:main|wrap|container|layout|single|content)[\w-]*(?:$|\s)/;
const FOOTER_MARKER = /(?:^|\s)(?:[a-z]+[_-])?footer(?:$|[\s_-])/;
const HEADER_MARKER = /byline|(?:article|entry|post|story)[-_]?(?:header|meta)|headline|meta[-_]info|dateline/;
const ARTICLE_MARKER = /\barticle\b|post-content|entry-content|article-body|articlebody|story-body|main-content|\bpost\b|\bentry\b|hentry/;

interface Marks {
  footer: boolean;
  aside: boolean;
  header: boolean;
  article: boolean;
  date: boolean;
}

const NO_MARKS: Marks = { footer: false, aside: false, header: false, article: false, date: false };

/** The markers' tests on a non-empty class/id/itemprop string, remembered in `seen`. */
function marksOf(words: string, seen: Map<string, Marks>): Marks {
  let says = seen.get(words);
  if (says === undefined) {
    says = {
      footer: FOOTER_MARKER.test(words),
      aside: ASIDE_MARKER.test(words) && !LAYOUT_MARKER.test(words),
      header: HEADER_MARKER.test(words),
      article: ARTICLE_MARKER.test(words),
      date: DATE_MARKER.test(words),
    };
    seen.set(words, says);
  }
  return says;
}


const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'textarea', 'select', 'option', 'iframe']);
const MAX_ELEMENT_TEXT = 300;
const MAX_VISIBLE_TEXT = 400_000;
const MAX_DATE_ELEMENTS = 2000;
// Elements collecting text at once: the innermost ones. Deeply nested markup (100,000 unclosed
// <div class="date">) would otherwise cost the depth for every piece of text.
const MAX_OPEN_COLLECTORS = 8;

interface Open {
  name: string;
  placement: Placement;
  skipped: boolean;
  collector?: Collecting;
  time?: TimeFact;
  itemprop?: ItempropFact;
}

/**
 * A text being collected: pieces are kept in a list and joined once at the end. Appending to a
 * string and then reading its last character flattens V8's rope every time (quadratic in the text).
 */
interface Collecting {
  fact: TextFact;
  chunks: string[];
  length: number;
  endsBlank: boolean;
}

function collecting(marker: string, placement: Placement, lead = ''): Collecting {
  return { fact: { marker, text: '', pieces: [], placement, lead }, chunks: [], length: 0, endsBlank: true };
}

const LEAD_LENGTH = 40;

function append(target: Collecting, text: string, sourceStart: number, exact: boolean, limit: number): void {
  if (target.length >= limit || text.length === 0) return;
  const kept = target.length + text.length > limit ? text.slice(0, limit - target.length) : text;
  target.fact.pieces.push([target.length, sourceStart, exact]);
  target.chunks.push(kept);
  target.length += kept.length;
  const last = kept.charCodeAt(kept.length - 1);
  target.endsBlank = last === 32 || last === 10 || last === 9 || last === 13 || last === 12;
}

/** Text of neighbouring elements is kept apart ("28" "Juni" is not "28Juni"). */
function separate(target: Collecting): void {
  if (target.endsBlank) return;
  target.chunks.push(' ');
  target.length += 1;
  target.endsBlank = true;
}

function finish(target: Collecting): TextFact {
  target.fact.text = target.chunks.join('');
  target.chunks = [];
  return target.fact;
}

/** Source offset of a position in a collected text. */
export function sourceOffset(fact: TextFact, index: number): number {
  const piece = fact.pieces[pieceAt(fact, index)];
  if (!piece) return 0;
  return piece[2] ? piece[1] + (index - piece[0]) : piece[1];
}

/** The index of the piece of `fact` that holds text offset `index` (the last one starting at or before it). */
export function pieceAt(fact: TextFact, index: number): number {
  return Math.max(0, partitionPoint(0, fact.pieces.length, (i) => fact.pieces[i][0] <= index) - 1);
}

/** Source range of an attribute's value inside the tag source starting at `tagStart`. */
function attributeRange(html: string, tagStart: number, tagEnd: number, name: string, value: string): { start: number; end: number } {
  const tag = html.slice(tagStart, tagEnd + 1);
  const pattern = new RegExp(`\\s${name}\\s*=\\s*(["']?)`, 'i');
  const match = pattern.exec(tag);
  if (!match) return { start: tagStart, end: tagEnd + 1 };
  const start = tagStart + match.index + match[0].length;
  const quote = match[1];
  let end = quote ? html.indexOf(quote, start) : start + value.length;
  if (end < 0 || end > tagEnd) end = start + value.length;
  return { start, end };
}

export function scanPage(html: string): PageFacts {
  const scanner = pageScanner(html);
  readHtml(html, scanner.events);
  return scanner.facts();
}

/**
 * scanPage's work as events to feed: `facts()` once the whole page has gone through `events`. A
 * caller that tokenizes the page anyway (lightDom.ts's parseLightPage) feeds it from the same pass.
 */
export function pageScanner(html: string): { events: HtmlEvents; facts(): PageFacts } {
  const scanner = new PageScanner(html);
  return { events: scanner, facts: () => scanner.done() };
}

const NOWHERE: Placement = { aside: false, header: false, article: false };

function release<T>(list: T[], item: T | undefined): void {
  const index = item === undefined ? -1 : list.lastIndexOf(item);
  if (index >= 0) list.splice(index, 1);
}

function admit<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > MAX_OPEN_COLLECTORS) list.shift();
}

/**
 * The scan's state and its events. A class, not closures made per page: optimized code that only
 * closures of a finished page hold is dropped by the next garbage collection (docs/performance.md,
 * "HTML pages").
 */
class PageScanner implements HtmlEvents {
  private readonly visible = collecting('', NOWHERE);
  private readonly main = collecting('', NOWHERE);
  private readonly elements: Collecting[] = [];
  private readonly facts: PageFacts;
  private readonly stack: Open[] = [];
  private readonly collectors: Collecting[] = [];
  // <time> and itemprop elements whose text is being collected (innermost last).
  private readonly openTimes: TimeFact[] = [];
  private readonly openItemprops: ItempropFact[] = [];
  private script: ScriptFact | null = null;
  // The last few characters of visible text, for the words that introduce an element's date.
  private lead = '';
  private skipDepth = 0;
  // What each class/id/itemprop string says (pages repeat theirs).
  private readonly marks = new Map<string, Marks>();

  constructor(private readonly html: string) {
    this.facts = { metas: [], jsonLd: [], times: [], itemprops: [], dateElements: [], visible: this.visible.fact, main: this.main.fact };
  }

  private placementNow(): Placement {
    const stack = this.stack;
    return stack.length > 0 ? stack[stack.length - 1].placement : NOWHERE;
  }

  onopentag(name: string, attribs: Record<string, string>, tagStart: number, end: number): void {
    const { html, facts, collectors, visible, main } = this;
    const lead = this.lead;
    const tagEnd = end - 1;
    const parent = this.placementNow();
    const { class: className, id, itemprop: itemprops } = attribs;
    const marker = className === undefined && id === undefined && itemprops === undefined ? '' : `${className ?? ''} ${id ?? ''} ${itemprops ?? ''}`.toLowerCase().trim();
    // The classes of <html> and <body> describe the whole page ("one-sidebar"), not a part of it.
    const words = name === 'html' || name === 'body' ? '' : marker;
    // An article's own <footer> and <aside> hold its byline and date as often as anything else.
    const says = words === '' ? NO_MARKS : marksOf(words, this.marks);
    const boxed = name === 'footer' || name === 'aside' || says.footer;
    const aside = parent.aside || name === 'nav' || (boxed && !parent.article) || says.aside;
    const header = parent.header || name === 'header' || says.header;
    const article = parent.article || name === 'article' || name === 'main' || says.article;
    // Placements are never changed once made: most elements share their parent's.
    const placement: Placement = aside === parent.aside && header === parent.header && article === parent.article ? parent : { aside, header, article };
    // Every field from the start: one shape for all open elements (onclosetag reads them all).
    const open: Open = { name, placement, skipped: SKIPPED.has(name), collector: undefined, time: undefined, itemprop: undefined };
    for (const collector of collectors) separate(collector);
    separate(visible);
    separate(main);
    if (name === 'h1' && facts.headlineAt === undefined && !placement.aside && this.skipDepth === 0) facts.headlineAt = main.length;

    if (name === 'html' && facts.lang === undefined) facts.lang = (attribs.lang ?? attribs['xml:lang'])?.trim() || undefined;
    if (name === 'meta') {
      const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'] ?? '').toLowerCase().trim();
      const content = attribs.content ?? attribs.value;
      if (key && content) facts.metas.push({ key, content, ...attributeRange(html, tagStart, tagEnd, attribs.content !== undefined ? 'content' : 'value', content) });
    } else if (name === 'link') {
      if (/\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href && facts.canonical === undefined) facts.canonical = attribs.href;
    } else if (name === 'script') {
      if (/ld\+json/i.test(attribs.type ?? '')) this.script = { text: '', start: tagEnd + 1 };
    } else if (this.skipDepth === 0) {
      const itemprop = itemprops?.trim();
      if (name === 'time') {
        const datetime = attribs.datetime?.trim() || undefined;
        const range = datetime ? attributeRange(html, tagStart, tagEnd, 'datetime', datetime) : { start: tagEnd + 1, end: tagEnd + 1 };
        const says = `${marker} ${attribs.pubdate !== undefined ? 'pubdate' : ''}`;
        // WordPress marks an unmodified post's date "entry-date published updated": publication wins.
        const published = /pubdate|publish|datepublished|created|entry-date|posted/.test(says);
        open.time = {
          datetime, ...range, text: '', textStart: tagEnd + 1,
          published,
          modified: !published && /modif|update|aktualisier/.test(says),
          placement,
          lead,
        };
        facts.times.push(open.time);
        admit(this.openTimes, open.time);
      }
      // RDFa writes the same property as `property="schema:dateCreated" content="…"` (Drupal does).
      const property = attribs.property;
      const rdfa = property === undefined ? null : /^(?:schema:|dc:|dcterms:)?(datepublished|datecreated)$/i.exec(property.trim());
      if (rdfa && attribs.content && !itemprop) {
        facts.itemprops.push({ prop: rdfa[1], value: attribs.content, ...attributeRange(html, tagStart, tagEnd, 'content', attribs.content) });
      }
      if (itemprop && /^(datepublished|datecreated)$/i.test(itemprop) && name !== 'time') {
        const attribute = attribs.content !== undefined ? 'content' : attribs.datetime !== undefined ? 'datetime' : undefined;
        if (attribute) {
          const value = attribs[attribute];
          facts.itemprops.push({ prop: itemprop, value, ...attributeRange(html, tagStart, tagEnd, attribute, value) });
        } else {
          open.itemprop = { prop: itemprop, value: '', start: tagEnd + 1, end: tagEnd + 1 };
          admit(this.openItemprops, open.itemprop);
        }
      }
      if (marker !== '' && (marker === words ? says.date : DATE_MARKER.test(marker)) && this.elements.length < MAX_DATE_ELEMENTS) {
        const collector = collecting(marker, placement, lead);
        if (attribs.title) collector.fact.title = { value: attribs.title, ...attributeRange(html, tagStart, tagEnd, 'title', attribs.title) };
        open.collector = collector;
        admit(collectors, collector);
        this.elements.push(collector);
      }
    }
    if (open.skipped) this.skipDepth++;
    this.stack.push(open);
  }

  ontext(data: string, start: number, end: number): void {
    const exact = end - start === data.length;
    const script = this.script;
    if (script) {
      script.text += data;
      return;
    }
    if (this.skipDepth > 0) return;
    // A long text is its own lead: joining it to the old one first would copy it whole.
    if (/\S/.test(data)) this.lead = data.length >= LEAD_LENGTH ? data.slice(-LEAD_LENGTH) : (this.lead + ' ' + data).slice(-LEAD_LENGTH);
    append(this.visible, data, start, exact, MAX_VISIBLE_TEXT);
    if (!this.placementNow().aside) append(this.main, data, start, exact, MAX_VISIBLE_TEXT);
    for (const collector of this.collectors) append(collector, data, start, exact, MAX_ELEMENT_TEXT);
    for (const time of this.openTimes) {
      if (time.text.length >= MAX_ELEMENT_TEXT) continue;
      if (time.text === '') time.textStart = start;
      time.text += data;
    }
    for (const itemprop of this.openItemprops) {
      if (itemprop.value.length >= MAX_ELEMENT_TEXT) continue;
      if (itemprop.value === '') itemprop.start = start;
      itemprop.value += data;
      itemprop.end = end;
    }
  }

  onclosetag(name: string): void {
    const open = this.stack.pop();
    if (!open) return;
    if (name === 'script' && this.script) {
      this.facts.jsonLd.push(this.script);
      this.script = null;
    }
    if (open.skipped) this.skipDepth--;
    release(this.collectors, open.collector);
    release(this.openTimes, open.time);
    release(this.openItemprops, open.itemprop);
    if (open.time && !open.time.datetime) {
      open.time.start = open.time.textStart;
      open.time.end = open.time.textStart + open.time.text.length;
    }
    if (open.itemprop && open.itemprop.value.trim()) this.facts.itemprops.push(open.itemprop);
    for (const collector of this.collectors) separate(collector);
    separate(this.visible);
    separate(this.main);
  }

  done(): PageFacts {
    finish(this.visible);
    finish(this.main);
    this.facts.dateElements = this.elements.map(finish);
    return this.facts;
  }
}
