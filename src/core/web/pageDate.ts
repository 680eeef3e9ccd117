// The publication date as a web page states it, read the way htmldate reads it: the whole page
// goes through a real HTML tokenizer once (pageScan.ts), then the sources are asked from the most
// deliberate (structured data a publishing system writes for machines) to the most inferred (a
// date in the visible text). The day is the publisher's own calendar day: "2020-06-28T20:16-04:00"
// is 28 June, never the UTC day.

import { addDays, format, parseISO } from 'date-fns';
import type { PublicationDateSource } from '../types';
import type { DayMatch } from './dateText';
import { jsonLdDate } from './jsonLd';
import { metaDates, metaModifiedDays } from './metaDate';
import { pageWritesMonthFirst } from './pageLocale';
import { scanPage, type MetaFact, type PageFacts } from './pageScan';
import { scriptDataDate } from './scriptDate';
import { anyTextDate, descriptionDate, elementDate, firstTextDate, itempropDate, keywordDate, timeDate, updatedDate, type TextDate } from './textDate';
import { urlDate } from './urlDate';

export interface PageDate {
  /** YYYY-MM-DD, the publisher's own calendar day. */
  value: string;
  source: PublicationDateSource;
  /** Where the date came from, in words a fact-checker reads ("the page's JSON-LD datePublished"). */
  description: string;
  /** Source range of the date in the page (absent when it came from options.url). */
  start?: number;
  end?: number;
}

export interface PageDateOptions {
  /** The page's address, when known: its path may carry the date. */
  url?: string;
  /** The latest plausible publication day (YYYY-MM-DD), usually today; later dates are refused. */
  latest?: string;
  /** The page's facts when already gathered (htmlPage.ts's `scanDates`): the page is not scanned again. */
  facts?: PageFacts;
}

/** The web did not publish news pages before this (htmldate's lower bound too). */
export const EARLIEST_PAGE_DAY = '1995-01-01';

interface Candidate extends PageDate {
  utc?: boolean;
  /** The publisher's day for a UTC time that another source shows to be a day off. */
  localDay?: string;
}

function candidate(match: DayMatch | null, source: PublicationDateSource, description: string): Candidate | null {
  return match ? { value: match.day, source, description, start: match.start, end: match.end, utc: match.utc } : null;
}

interface Gathered {
  /** Every source's answer, most deliberate first. */
  candidates: Candidate[];
  /** Days the metadata (JSON-LD dateModified, article:modified_time…) gives as the last change. */
  modified: Set<string>;
  /** The date the byline shows as the last update, if it shows one. */
  updated: TextDate | null;
  /** The day in the address of the page's preview image, for a page that states no other. */
  image: Candidate | null;
  /** The first date anywhere in the visible text, for a page that states no other. */
  anywhere: () => TextDate | null;
  /** The first date in the page's description (<meta name="description">, og:description). */
  described: () => TextDate | null;
}

/** Every source's answer, most deliberate first. */
export function pageDateCandidates(html: string, options: PageDateOptions): Candidate[] {
  return gather(html, options).candidates;
}

function gather(html: string, options: PageDateOptions): Gathered {
  const facts = options.facts ?? scanPage(html);
  const latest = options.latest;
  const plausible = (day: string) => day >= EARLIEST_PAGE_DAY && (!latest || day <= latest);
  const modified = metaModifiedDays(facts.metas);
  const jsonLd = jsonLdDate(facts.jsonLd, plausible, modified);
  const [published, created, generic] = metaDates(facts.metas, plausible);
  const metaCandidate = (meta: typeof published) => candidate(meta, meta?.kind === 'itemprop' ? 'itemprop' : 'html-meta', `the page's <meta> ${meta?.key}`);
  const url = options.url ?? facts.canonical ?? facts.metas.find((m) => m.key === 'og:url')?.content;
  let inUrl: Candidate | null = null;
  const urlMatch = url ? urlDate(url) : null;
  if (url && urlMatch && plausible(urlMatch.day)) {
    inUrl = { value: urlMatch.day, source: 'url', description: options.url === undefined ? "the date in the page's canonical address" : "the date in the page's address" };
    // Offsets point into the page only when the address is written in it.
    const at = options.url === undefined ? html.indexOf(url) : -1;
    if (at >= 0) Object.assign(inUrl, { start: at + urlMatch.start, end: at + urlMatch.end });
  }
  const order = { monthFirst: pageWritesMonthFirst(facts.lang, facts.metas, url) };
  const element = elementDate(facts.dateElements, plausible, order);
  const all = [
    jsonLd && candidate(jsonLd, 'json-ld', `the page's JSON-LD ${jsonLd.property} of its ${jsonLd.type}`),
    metaCandidate(published),
    candidate(itempropDate(facts.itemprops, plausible, order), 'itemprop', "the page's itemprop datePublished"),
    metaCandidate(created),
    inUrl,
    candidate(timeDate(facts.times, plausible, order), 'time-element', "the page's <time> element"),
    element && candidate(element, 'page-text', `the date in the page's "${element.marker?.split(/\s+/)[0]}" element`),
    candidate(keywordDate(facts.visible, plausible, order), 'page-text', 'the "published" date in the page text'),
    metaCandidate(generic),
    candidate(firstTextDate(facts.main, facts.headlineAt, plausible, order), 'page-text', facts.headlineAt === undefined ? 'the first date in the page text' : 'the first date after the headline'),
  ];
  return { candidates: all.filter((c): c is Candidate => c !== null), modified, updated: updatedDate(facts.dateElements, facts.times, plausible, order), image: imageDate(facts.metas, plausible), anywhere: () => anyTextDate(facts.visible, plausible, order), described: () => descriptionDate(facts.metas, plausible, order) };
}

// The preview image a publishing system files under the day of the upload (".../2016/05/04/cover.png").
const IMAGE_KEYS = /^(?:og:image(?::url|:secure_url)?|twitter:image(?::src)?|thumbnail(?:url)?)$/;

/**
 * The day in the address of the page's preview image (htmldate's image search): the image is most
 * often uploaded with the story, so its folder dates a page that states no date of its own.
 */
function imageDate(metas: MetaFact[], plausible: (day: string) => boolean): Candidate | null {
  for (const meta of metas) {
    if (!IMAGE_KEYS.test(meta.key)) continue;
    const match = urlDate(meta.content);
    if (match && plausible(match.day)) {
      return { value: match.day, source: 'html-meta', description: `the date in the address of the page's preview image (<meta> ${meta.key})`, start: meta.start + match.start, end: meta.start + match.end };
    }
  }
  return null;
}

function dayShift(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}

const VISIBLE: ReadonlySet<PublicationDateSource> = new Set(['time-element', 'page-text']);

export function pageDate(html: string, options: PageDateOptions = {}): PageDate | null {
  const { candidates: found, modified, updated, image, anywhere, described } = gather(html, options);
  if (found.length === 0 && !updated) {
    if (image) {
      const { utc: _utc, localDay: _localDay, ...result } = image;
      return result;
    }
    const latest = options.latest;
    const plausible = (day: string) => day >= EARLIEST_PAGE_DAY && (!latest || day <= latest);
    const inScripts = scriptDataDate(html, plausible);
    if (inScripts) return { value: inScripts.day, source: 'json-ld', description: `the "${inScripts.key}" date in the page's script data`, start: inScripts.start, end: inScripts.end };
    const inText = anywhere();
    if (inText) return { value: inText.day, source: 'page-text', description: 'the first date in the page text (the page states no other)', start: inText.start, end: inText.end };
    const inDescription = described();
    return inDescription && { value: inDescription.day, source: 'html-meta', description: "the date in the page's description (<meta> description)", start: inDescription.start, end: inDescription.end };
  }
  // A page that states no date but an update ("Updated May 06, 2019") is dated by that day, and
  // the description says it is an update. When the page also gives a publication date (in its
  // metadata, say), that one wins: the publication is preferred over the modification (issue 14).
  if (found.length === 0 && updated) {
    return { value: updated.day, source: 'page-text', description: 'the "updated" date the page shows', start: updated.start, end: updated.end };
  }
  const shown = found.find((c) => VISIBLE.has(c.source) && !/^the first date/.test(c.description));
  // A byline showing, without calling it an update, the day the metadata gives as the last
  // modification presents the page as of that day (a story republished or reworked): the
  // metadata's older datePublished is not what the page states.
  if (shown && modified.has(shown.value) && !VISIBLE.has(found[0].source) && found[0].value !== shown.value && !modified.has(found[0].value)) {
    const { utc: _utc, localDay: _localDay, ...result } = shown;
    return result;
  }
  // A time given in UTC may fall on another calendar day than the publisher's: when a source that
  // states the local day (the address, a <time> with its offset, the byline) is a day off and none
  // agrees with the UTC day, the local day is the one the page means.
  const localDays = new Set(found.filter((c) => !c.utc).map((c) => c.value));
  for (const c of found) {
    if (!c.utc || localDays.has(c.value)) continue;
    const local = [dayShift(c.value, -1), dayShift(c.value, 1)].find((day) => localDays.has(day));
    if (local) c.localDay = local;
  }
  // The sources vote: each distinct place in the page counts once (a byline date found both as a
  // date element and as the first date after the headline is one statement). The day stated most
  // often wins; a tie goes to the most deliberate source.
  const votes = new Map<string, Set<number | string>>();
  for (const c of found) {
    const day = c.localDay ?? c.value;
    if (!votes.has(day)) votes.set(day, new Set());
    votes.get(day)!.add(c.start ?? c.source);
  }
  let chosen = found[0];
  for (const c of found) {
    if (votes.get(c.localDay ?? c.value)!.size > votes.get(chosen.localDay ?? chosen.value)!.size) chosen = c;
  }
  const day = chosen.localDay ?? chosen.value;
  const stated = chosen.localDay ? found.find((c) => c.value === day && !c.utc) ?? chosen : chosen;
  const { utc: _utc, localDay: _localDay, ...result } = stated;
  return result;
}
