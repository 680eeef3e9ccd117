// Publication dates a reader sees: <time> elements, the text of bylines and date elements (found
// by class or id, as htmldate does), and dates after "published"/"veröffentlicht" in the visible
// text. Dates in comments, sidebars, related stories and footers are not the page's; dates that
// say modification ("updated", "aktualisiert") are skipped.

import { dayInValue, daysInText, type DayMatch } from './dateText';
import { pieceAt, sourceOffset, type ItempropFact, type MetaFact, type TextFact, type TimeFact } from './pageScan';

// Words that introduce the modification date, not the publication date.
const MODIFIED_WORDS = /(?:updated?|modified|last\s+changed|(?:last\s+)?edited|aktualisiert|geändert|zuletzt|bearbeitet|mis\s+à\s+jour|actualizado|actualisé|aggiornato|revised)\W{0,3}(?:\s+(?:am|on|at|le|el|um))?\W{0,3}\s*$/i;
// Words a byline puts before the day of its last update (not a wiki's "last edited" revision note).
const UPDATED_WORDS = /(?:updated?|modified|aktualisiert|geändert|mis\s+à\s+jour|actualizado|actualisé|aggiornato|revised)\W{0,3}(?:\s+(?:am|on|at|le|el|um))?\W{0,3}\s*$/i;
// Words that introduce the publication date.
const PUBLISHED_WORDS = /(?:\b(?:Datum|Date|Fecha|Data|Erscheinungsdatum|Veröffentlichungsdatum)\s*:|\bStand(?:\s+vom)?\s*:|\bStand\s+vom|published|posted|first\s+published|publication\s+date|date\s+published|veröffentlicht|erschienen|publiziert|erstellt|eingestellt|online\s+seit|publié|publicado|pubblicato|gepubliceerd|geplaatst)(?:\s+(?:am|on|at|le|el|il|op|in))?\s*[:\-–|]?(?:\s*[A-Za-zäéû]{2,10}\.?,)?\s*$/i;
// A comment thread's dates follow these.
const COMMENT_WORDS = /(?:says|sagt|schreibt|wrote|antworten|reply|replied|kommentar|comment)\W{0,3}\s*$/i;

// A date that ends or opens a period ("vom 24. April bis 2. Oktober 2017", "du 3 au 5 juin 2019",
// "June 3 – June 5, 2019") dates an event the page announces, not the page.
const RANGE_BEFORE = /\d{1,2}\.?\s*(?:\p{L}{3,}\.?\s*)?(?:\d{4}\s*)?(?:bis(?:\s+zum)?|until|till|to|through|au|al|hasta|–|—|-)\s*$/iu;
const RANGE_AFTER = /^\s*(?:bis(?:\s+zum)?|until|till|to|through|au|al|hasta|–|—|-)\s*\d{1,2}(?:\.\s*\d{1,2}\.|\.?\s+\p{L}{3,})/iu;

function inRange(text: string, match: DayMatch): boolean {
  return RANGE_BEFORE.test(text.slice(Math.max(0, match.start - 30), match.start)) || RANGE_AFTER.test(text.slice(match.end, match.end + 30));
}

export interface TextDate extends DayMatch {
  how: 'time' | 'itemprop' | 'element' | 'keyword' | 'dateline' | 'updated';
  /** For 'element': the class or id that marked it. */
  marker?: string;
}

/** How the page writes an all-numeric date whose parts could be read either way (pageLocale.ts). */
export interface NumericOrder {
  monthFirst: boolean;
}

const DAY_FIRST: NumericOrder = { monthFirst: false };
const elementDays = (order: NumericOrder) => ({ ambiguousNumeric: true, shortYear: true, monthFirst: order.monthFirst });
const textDays = (order: NumericOrder) => ({ ambiguousNumeric: true, monthFirst: order.monthFirst });

/**
 * The day in a <time>'s datetime, else in its text. When the text says it is the publication date
 * ("Publié le 29 juin 2019") and names another day than the datetime, the text is what the reader
 * is told: the datetime is then often the last edit.
 */
function timeDay(time: TimeFact, order: NumericOrder): DayMatch | null {
  const inText = daysInText(time.text, elementDays(order))[0];
  const fromText = inText && { day: inText.day, start: time.textStart + inText.start, end: time.textStart + inText.end };
  if (time.datetime) {
    const match = dayInValue(time.datetime);
    if (match && fromText && fromText.day !== match.day && PUBLISHED_WORDS.test(`${time.lead} ${time.text.slice(0, inText.start)}`)) return fromText;
    if (match) return { ...match, start: time.start + match.start, end: time.start + match.end };
  }
  return fromText ?? null;
}

/**
 * The publication <time>: one that says so (`pubdate`, class "published"), else the first in the
 * article header or byline, else the first in the article; never one in a comment or sidebar, or
 * one that says modification.
 */
export function timeDate(times: TimeFact[], plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  const usable = times.filter((t) => !t.modified && !t.placement.aside && !MODIFIED_WORDS.test(t.lead) && !COMMENT_WORDS.test(t.lead));
  const tiers = [usable.filter((t) => t.published), usable.filter((t) => t.placement.header), usable.filter((t) => t.placement.article), usable];
  for (const tier of tiers) {
    for (const time of tier) {
      const day = timeDay(time, order);
      if (day && plausible(day.day)) return { ...day, how: 'time' };
    }
  }
  return null;
}

export function itempropDate(itemprops: ItempropFact[], plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  for (const prop of ['datePublished', 'dateCreated']) {
    for (const fact of itemprops) {
      if (fact.prop.toLowerCase() !== prop.toLowerCase()) continue;
      const match = dayInValue(fact.value) ?? daysInText(fact.value, textDays(order))[0];
      if (match && plausible(match.day)) return { ...match, start: fact.start + match.start, end: fact.start + match.end, how: 'itemprop' };
    }
  }
  return null;
}

// A dateline or byline sits near the headline (or the top): a date pages further down the text is
// one the story or a list on the page mentions.
const MAX_DATELINE_DISTANCE = 3000;

function pickFirst(fact: TextFact, from: number, plausible: (day: string) => boolean, order: NumericOrder): DayMatch | null {
  for (const match of daysInText(fact.text, textDays(order))) {
    if (match.start - from > MAX_DATELINE_DISTANCE) break;
    if (match.start < from || !plausible(match.day) || inRange(fact.text, match)) continue;
    const before = fact.text.slice(Math.max(0, match.start - 40), match.start);
    if (MODIFIED_WORDS.test(before) || COMMENT_WORDS.test(before)) continue;
    return { day: match.day, start: sourceOffset(fact, match.start), end: sourceOffset(fact, match.end - 1) + 1 };
  }
  return null;
}

/** The first date in a text that is not introduced as a modification or comment date; one introduced as the publication date wins. */
function pickInText(fact: TextFact, plausible: (day: string) => boolean, order: NumericOrder): DayMatch | null {
  let first: DayMatch | null = null;
  for (const match of daysInText(fact.text, elementDays(order))) {
    if (!plausible(match.day) || inRange(fact.text, match)) continue;
    // The words before a date may stand before its element: "Last updated: <span class=date>…".
    const before = `${fact.lead} ${fact.text.slice(0, match.start)}`.slice(-40);
    if (MODIFIED_WORDS.test(before) || COMMENT_WORDS.test(before)) continue;
    const located = { day: match.day, start: sourceOffset(fact, match.start), end: sourceOffset(fact, match.end - 1) + 1 };
    if (PUBLISHED_WORDS.test(before)) return located;
    first ??= located;
  }
  return first;
}

const MODIFIED_MARKER = /modif|update|aktualisier|edited|lastmod/;
const COMMENT_MARKER = /comment|kommentar|reply|antwort/;

// Outside the article and its header, a box dates the page only when its class or id names a date:
// one called "info", "author" or "meta" there is as often a site-wide widget (a contact box, an
// events teaser) as the story's byline.
const DATE_NAMED = /date|datum|time|zeit|publish|posted|submitted|fecha|parution|created|calendar|clock/;

/** The first date in an element whose class or id says it holds a date or byline: header ones first. */
export function elementDate(elements: TextFact[], plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  const usable = elements.filter((e) => !e.placement.aside && !MODIFIED_MARKER.test(e.marker) && !COMMENT_MARKER.test(e.marker));
  for (const tier of [usable.filter((e) => e.placement.header), usable.filter((e) => e.placement.article || DATE_NAMED.test(e.marker))]) {
    for (const element of tier) {
      if (element.title) {
        const match = dayInValue(element.title.value);
        if (match && plausible(match.day)) return { day: match.day, start: element.title.start + match.start, end: element.title.start + match.end, how: 'element', marker: element.marker };
      }
      const match = pickInText(element, plausible, order);
      if (match) return { ...match, how: 'element', marker: element.marker };
    }
  }
  return null;
}

/** A date right after "published", "posted", "veröffentlicht am"… anywhere in the visible text. */
export function keywordDate(visible: TextFact, plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  for (const match of daysInText(visible.text, textDays(order))) {
    if (!plausible(match.day)) continue;
    const before = visible.text.slice(Math.max(0, match.start - 40), match.start);
    if (PUBLISHED_WORDS.test(before.replace(/\s+/g, ' '))) {
      return { day: match.day, start: sourceOffset(visible, match.start), end: sourceOffset(visible, match.end - 1) + 1, how: 'keyword' };
    }
  }
  return null;
}

/**
 * The dateline or byline date: the first date in the main text after the headline (or from the
 * top when there is no <h1>), skipping ones introduced as modification or comment dates.
 */
export function firstTextDate(main: TextFact, headlineAt: number | undefined, plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  const match = (headlineAt ? pickFirst(main, headlineAt, plausible, order) : null) ?? pickFirst(main, 0, plausible, order);
  return match ? { ...match, how: 'dateline' } : null;
}

/**
 * The last resort of a page that states no date anywhere else (htmldate's extensive search): the
 * first date in all of its visible text, comments and sidebars included, that stands as a stamp —
 * alone in its line of text, or with a time of day after it ("28.09.19 12:44", a forum post's) —
 * and neither opens or closes a period nor follows words of modification or comment. A date inside
 * a sentence ("Am Donnerstag, 28. September 2017, tagte der Rat") is one the text mentions.
 */
export function anyTextDate(visible: TextFact, plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  for (const match of daysInText(visible.text, { ...textDays(order), shortYear: true })) {
    if (!plausible(match.day) || inRange(visible.text, match)) continue;
    const stamped = TIME_AFTER.test(visible.text.slice(match.end, match.end + 12));
    // A two-digit year without a time after it is as likely a version number ("3.10.22").
    if (!stamped && (match.end - match.start <= 8 || !standsAlone(visible, match))) continue;
    const before = visible.text.slice(Math.max(0, match.start - 40), match.start);
    if (MODIFIED_WORDS.test(before) || COMMENT_WORDS.test(before)) continue;
    return { day: match.day, start: sourceOffset(visible, match.start), end: sourceOffset(visible, match.end - 1) + 1, how: 'dateline' };
  }
  return null;
}

const DESCRIPTION_KEYS = new Set(['description', 'og:description', 'twitter:description']);

/**
 * After the visible text, the page's summary for search engines and link previews: a notice's
 * "(Notizia del 14 Gennaio 2020)" is often written there and nowhere else.
 */
export function descriptionDate(metas: MetaFact[], plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  for (const meta of metas) {
    if (!DESCRIPTION_KEYS.has(meta.key)) continue;
    for (const match of daysInText(meta.content, textDays(order))) {
      const before = meta.content.slice(Math.max(0, match.start - 40), match.start);
      if (!plausible(match.day) || inRange(meta.content, match) || MODIFIED_WORDS.test(before)) continue;
      // The attribute's value is written as is unless it holds entities: then only its start is known.
      const exact = meta.end - meta.start === meta.content.length;
      return { day: match.day, start: meta.start + (exact ? match.start : 0), end: exact ? meta.start + match.end : meta.end, how: 'dateline' };
    }
  }
  return null;
}

const TIME_AFTER = /^,?\s*(?:[-–|·,]\s*)?(?:um\s+|at\s+|à\s+)?\d{1,2}[:.h]\d{2}\b/;
// Words a stamp may carry beside its date ("Posted by Anna on", a weekday, "Uhr"); a sentence has more.
const MAX_STAMP_WORDS = 4;

/** Whether the date is most of its text node: a stamp, not a mention inside a sentence. */
function standsAlone(fact: TextFact, match: { start: number; end: number }): boolean {
  // A binary search: a page with thousands of dates in running text asks this for each of them.
  const index = pieceAt(fact, match.start);
  const from = fact.pieces[index]?.[0] ?? 0;
  const to = fact.pieces[index + 1]?.[0] ?? fact.text.length;
  const words = `${fact.text.slice(from, match.start)} ${fact.text.slice(match.end, to)}`.match(/\p{L}+/gu) ?? [];
  return words.length <= MAX_STAMP_WORDS;
}

/**
 * The date a byline shows as the last update ("Updated May 06, 2019", "Aktualisiert am 06. Mär.
 * 2023"): the first one in a date element or <time> outside comments and sidebars.
 */
export function updatedDate(elements: TextFact[], times: TimeFact[], plausible: (day: string) => boolean, order = DAY_FIRST): TextDate | null {
  for (const element of elements) {
    if (element.placement.aside || COMMENT_MARKER.test(element.marker)) continue;
    for (const match of daysInText(element.text, elementDays(order))) {
      const before = `${element.lead} ${element.text.slice(0, match.start)}`.slice(-40);
      if (!plausible(match.day) || !UPDATED_WORDS.test(before)) continue;
      return { day: match.day, start: sourceOffset(element, match.start), end: sourceOffset(element, match.end - 1) + 1, how: 'updated' };
    }
  }
  for (const time of times) {
    if (time.placement.aside || !(time.modified || UPDATED_WORDS.test(time.lead))) continue;
    const day = timeDay(time, order);
    if (day && plausible(day.day)) return { ...day, how: 'updated' };
  }
  return null;
}
