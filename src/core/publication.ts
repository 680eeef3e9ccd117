// Publication date: the reference every relative date ("last year", "in September") is resolved
// against. Sources are tried from the most explicit (the caller, a claimline comment) to the most
// inferred (a dateline in the first lines of the article).

import { isBefore } from 'date-fns';
import { calendarDayExists } from './temporal/calendar';
import { calendarDateOf } from './temporal/calendarDate';
import { MONTHS } from './temporal/en/lexicon';
import type { PublicationDate, PublicationDateSource } from './types';
import { pageDate } from './web/pageDate';
import type { PageFacts } from './web/pageScan';

/** A month name or abbreviation, longest first ("september" before "sept" before "sep"). */
const MONTH_NAME = `(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** Validates a caller-supplied YYYY-MM-DD (or YYYY-MM-DDTHH:MM) date; returns null when invalid. */
export function parseIsoDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  if (!isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  return match[4] ? `${day}T${match[4]}:${match[5]}` : day;
}

/**
 * Whether year-month-day exists as written ("2021-02-30" does not), by arithmetic: a local Date
 * cannot tell in a zone that skipped the day (Pacific/Apia has no 30 Dec 2011), and the answer must
 * be the same in every zone.
 */
function isCalendarDay(year: number, month: number, day: number): boolean {
  return calendarDayExists(year, month, day);
}

function makeDay(year: number, month: number, day: number): string | null {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDay(value);
}

interface Candidate {
  value: string;
  start: number;
  end: number;
}

function found(source: PublicationDateSource, description: string, candidate: Candidate): PublicationDate {
  return { value: candidate.value, source, start: candidate.start, end: candidate.end, description };
}

export interface PublicationOptions {
  published?: string;
  /** Picks the year of a dateline that has none ("Dec. 5 (Reuters)"); a web page's date may not be later. */
  today: string;
  /** An HTML document is read as a web page (the whole page, every source pageDate knows). */
  format?: 'plaintext' | 'markdown' | 'html';
  /** An HTML page's publication-date facts, when its reading gathered them (readHtmlPage's `scanDates`). */
  pageFacts?: PageFacts;
}

/**
 * Finds the publication date in the raw document text (markup included: meta tags and front
 * matter are invisible to the reader but say when the article was published).
 */
export function detectPublicationDate(raw: string, options: PublicationOptions): PublicationDate | null {
  if (options.published !== undefined) {
    const value = parseIsoDay(options.published);
    if (value) return { value, source: 'caller', description: 'the date given by the caller' };
  }
  // Markup sources sit near the top; looking at the head keeps this cheap on huge documents.
  const head = raw.slice(0, 20000);
  if (options.format === 'html') {
    return fromComment(head) ?? fromFrontMatter(head) ?? fromPage(raw, options.today, options.pageFacts) ?? fromDateline(raw, options.today);
  }
  return (
    fromComment(head) ??
    fromFrontMatter(head) ??
    fromHtml(head) ??
    fromDateline(raw, options.today)
  );
}

function fromPage(raw: string, today: string, facts: PageFacts | undefined): PublicationDate | null {
  const found = pageDate(raw, { latest: today, facts });
  return found ? { ...found } : null;
}

function fromComment(head: string): PublicationDate | null {
  // The comment opens with "<!--" or "//": most articles have neither, and two indexOf calls are
  // cheaper than a case-insensitive search of the head.
  if (head.indexOf('//') < 0 && head.indexOf('<!--') < 0) return null;
  const match = /(?:<!--|\/\/)\s*claimline:\s*published\s+(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)/i.exec(head);
  if (!match) return null;
  const value = parseIsoDay(match[1]);
  if (!value) return null;
  const start = match.index + match[0].indexOf(match[1]);
  return found('comment', 'the claimline comment', { value, start, end: start + match[1].length });
}

function fromFrontMatter(head: string): PublicationDate | null {
  const block = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(head);
  if (!block) return null;
  // The value is trimmed in code, not by the regex: a lazy value followed by [ \t]*$ retries the
  // run of trailing blanks for every character of the value (19,000 spaces on a `date:` line took 1.8 s).
  const fieldPattern = /^(date|published|pubDate|publishDate|published_at|datePublished)[ \t]*:([^\r\n]*)/gim;
  let field: RegExpExecArray | null;
  while ((field = fieldPattern.exec(block[1])) !== null) {
    const value = fieldValue(field[2]);
    if (!value) continue;
    const fieldStart = block[0].indexOf(block[1]) + field.index + (field[0].length - field[2].length) + value.offset;
    const candidate = parseDateText(value.text, fieldStart);
    return candidate ? found('front-matter', `front matter \`${field[1]}:\``, candidate) : null;
  }
  return null;
}

/** A front-matter scalar without its surrounding blanks and optional quotes; quotes inside are refused. */
function fieldValue(raw: string): { text: string; offset: number } | null {
  const isBlank = (c: string) => c === ' ' || c === '\t';
  let start = 0;
  let end = raw.length;
  while (start < end && isBlank(raw[start])) start++;
  while (end > start && isBlank(raw[end - 1])) end--;
  if (start < end && (raw[start] === '"' || raw[start] === "'")) start++;
  if (end > start && (raw[end - 1] === '"' || raw[end - 1] === "'")) end--;
  while (end > start && isBlank(raw[end - 1])) end--;
  const text = raw.slice(start, end);
  if (text.length === 0 || /["']/.test(text)) return null;
  return { text, offset: start };
}

function fromHtml(head: string): PublicationDate | null {
  // Every source below needs a tag or a JSON-LD key: plain-text articles have neither, and three
  // case-insensitive searches of the head were a visible share of analyzing short wire stories.
  if (head.indexOf('<') < 0 && head.indexOf('"datePublished"') < 0) return null;
  // [^<>] rather than [^>]: an unclosed <meta or <time then stops at the next tag instead of being
  // rescanned to the end of the head for every opener (quadratic in the number of openers).
  const meta = /<meta\b[^<>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|date|pubdate|publish-date|dc\.date|DC\.date\.issued)["'][^<>]*>/i.exec(head);
  if (meta) {
    const content = /content\s*=\s*["']([^"']+)["']/i.exec(meta[0]);
    if (content) {
      const candidate = parseDateText(content[1], meta.index + meta[0].indexOf(content[1]));
      if (candidate) return found('html-meta', 'the page\'s <meta> publication time', candidate);
    }
  }
  const jsonLd = /"datePublished"\s*:\s*"([^"]+)"/.exec(head);
  if (jsonLd) {
    const candidate = parseDateText(jsonLd[1], jsonLd.index + jsonLd[0].indexOf(jsonLd[1], 15));
    if (candidate) return found('json-ld', 'the page\'s JSON-LD datePublished', candidate);
  }
  const time = /<time\b[^<>]*?datetime\s*=\s*["']([^"']+)["'][^<>]*>/i.exec(head);
  if (time) {
    const candidate = parseDateText(time[1], time.index + time[0].indexOf(time[1]));
    if (candidate) return found('time-element', 'the page\'s <time datetime>', candidate);
  }
  return null;
}

/** Parses ISO-like or written dates found in metadata fields. */
function parseDateText(text: string, offset: number): Candidate | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (iso) {
    const day = makeDay(+iso[1], +iso[2], +iso[3]);
    if (day) {
      const value = iso[4] ? `${day}T${iso[4]}:${iso[5]}` : day;
      return { value, start: offset + iso.index, end: offset + iso.index + iso[0].length };
    }
  }
  return writtenDate(text, offset, null);
}

// "05 December 2020", "December 5, 2020", "Dec. 5, 2020", "5 Dec 2020"; the day may be glued to a
// preceding token ("GMT05 December 2020"), which is why there is no \b before the day.
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d)`, 'i');
const NUMERIC = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;

function writtenDate(text: string, offset: number, today: string | null): Candidate | null {
  const candidates: Candidate[] = [];
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const value = makeDay(+dmy[3], MONTHS.get(dmy[2].toLowerCase())!, +dmy[1]);
    if (value) candidates.push({ value, start: offset + dmy.index, end: offset + dmy.index + dmy[0].length });
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const value = makeDay(+mdy[3], MONTHS.get(mdy[1].toLowerCase())!, +mdy[2]);
    if (value) candidates.push({ value, start: offset + mdy.index, end: offset + mdy.index + mdy[0].length });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const value = makeDay(+numeric[1], +numeric[2], +numeric[3]);
    if (value) candidates.push({ value, start: offset + numeric.index, end: offset + numeric.index + numeric[0].length });
  }
  if (candidates.length === 0 && today) {
    // A wire dateline without a year ("LA PAZ, Dec. 5 (Reuters) -"): the latest such day not after today.
    const md = MONTH_DAY.exec(text);
    if (md) {
      const year = +today.slice(0, 4);
      let value = makeDay(year, MONTHS.get(md[1].toLowerCase())!, +md[2]);
      // Calendar days: local Dates would make a day a zone skipped equal to the next.
      if (value && isBefore(calendarDateOf(today), calendarDateOf(value))) value = makeDay(year - 1, MONTHS.get(md[1].toLowerCase())!, +md[2]);
      if (value) candidates.push({ value, start: offset + md.index, end: offset + md.index + md[0].length });
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? null;
}

/**
 * A dateline: a date in one of the article's first short lines ("07:08 GMT05 December 2020",
 * "Published December 5, 2020"), or a wire dateline opening the first paragraph
 * ("LA PAZ, Dec. 5 (Reuters) -").
 */
function fromDateline(raw: string, today: string): PublicationDate | null {
  let lineStart = 0;
  let linesSeen = 0;
  while (lineStart < raw.length && linesSeen < 8 && lineStart < 3000) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    const line = raw.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      linesSeen++;
      const trimmed = line.trim();
      // CITY[, Region], Month Day[, Year] (Agency) and a dash, or AP's underscore: "NAIROBI, Kenya,
      // Aug. 7, 1998 (AP) _ Bombs exploded…". Anchored and bounded: one short match per line.
      const wire = /^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*\((?:[A-Z][\w&. ]{1,30})\)\s*[-–—_]/.exec(trimmed);
      if (wire) {
        const candidate = writtenDate(wire[1], lineStart + line.indexOf(wire[1]), today);
        const description = /\d{4}/.test(wire[1]) ? 'the wire dateline' : 'the wire dateline (it gives no year: the latest such day up to today is assumed)';
        if (candidate) return found('dateline', description, candidate);
      }
      // A short line (no sentence) carrying a full date is a dateline or byline.
      if (trimmed.length <= 100 && !/[.!?]["”]?\s+[A-Z]/.test(trimmed)) {
        const candidate = writtenDate(line, lineStart, null);
        if (candidate) return found('dateline', 'the dateline', candidate);
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
