// The publication date as a web page states it, read the way htmldate reads it: the whole page
// goes through a real HTML tokenizer once (pageScan.ts), then the sources are asked from the most
// deliberate (structured data a publishing system writes for machines) to the most inferred (a
// date in the visible text). The day is the publisher's own calendar day: "2020-06-28T20:16-04:00"
// is 28 June, never the UTC day.

import { addDays, format, parseISO } from 'date-fns';
import type { PublicationDateSource } from '../types';
import type { DayMatch } from './dateText';
import { jsonLdDate } from './jsonLd';
import { metaDates } from './metaDate';
import { scanPage } from './pageScan';
import { elementDate, itempropDate, keywordDate, timeDate } from './textDate';
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
}

/** The web did not publish news pages before this (htmldate's lower bound too). */
export const EARLIEST_PAGE_DAY = '1995-01-01';

interface Candidate extends PageDate {
  utc?: boolean;
}

function candidate(match: DayMatch | null, source: PublicationDateSource, description: string): Candidate | null {
  return match ? { value: match.day, source, description, start: match.start, end: match.end, utc: match.utc } : null;
}

/** Every source's answer, most deliberate first. */
function candidates(html: string, options: PageDateOptions): Candidate[] {
  const facts = scanPage(html);
  const latest = options.latest;
  const plausible = (day: string) => day >= EARLIEST_PAGE_DAY && (!latest || day <= latest);
  const jsonLd = jsonLdDate(facts.jsonLd, plausible);
  const [published, created, generic] = metaDates(facts.metas, plausible);
  const metaCandidate = (meta: typeof published) => candidate(meta, meta?.kind === 'itemprop' ? 'itemprop' : 'html-meta', `the page's <meta> ${meta?.key}`);
  const url = options.url ?? facts.canonical ?? facts.metas.find((m) => m.key === 'og:url')?.content;
  let inUrl: Candidate | null = null;
  const urlMatch = url ? urlDate(url) : null;
  if (url && urlMatch && plausible(urlMatch.day)) {
    const at = options.url === undefined ? html.indexOf(url) : -1;
    inUrl = candidate(urlMatch, 'url', options.url === undefined ? "the date in the page's canonical address" : "the date in the page's address");
    if (inUrl && at >= 0) Object.assign(inUrl, { start: at + urlMatch.start, end: at + urlMatch.end });
    else if (inUrl) Object.assign(inUrl, { start: undefined, end: undefined });
  }
  const element = elementDate(facts.dateElements, plausible);
  const all = [
    jsonLd && candidate(jsonLd, 'json-ld', `the page's JSON-LD ${jsonLd.property} (${jsonLd.type})`),
    metaCandidate(published),
    candidate(itempropDate(facts.itemprops, plausible), 'itemprop', "the page's itemprop datePublished"),
    metaCandidate(created),
    inUrl,
    candidate(timeDate(facts.times, plausible), 'time-element', "the page's <time> element"),
    element && candidate(element, 'page-text', `the date in the page's "${element.marker?.split(/\s+/)[0]}" element`),
    candidate(keywordDate(facts.visible, plausible), 'page-text', 'the "published" date in the page text'),
    metaCandidate(generic),
  ];
  return all.filter((c): c is Candidate => c !== null);
}

function dayShift(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}

export function pageDate(html: string, options: PageDateOptions = {}): PageDate | null {
  const found = candidates(html, options);
  let chosen = found[0];
  if (!chosen) return null;
  // A time given in UTC may fall on another calendar day than the publisher's: a source that
  // states the local day (the address, a <time> with its offset, the byline) a day off wins.
  if (chosen.utc) {
    const neighbours = [dayShift(chosen.value, -1), dayShift(chosen.value, 1)];
    const local = found.find((c) => !c.utc && neighbours.includes(c.value));
    if (local && !found.some((c) => !c.utc && c.value === chosen.value)) chosen = local;
  }
  const { utc: _utc, ...result } = chosen;
  return result;
}
