// The claim timeline: lays an analyzed article out in time, with the fact-checker's notes.
// Pure (no vscode, no Node): the webview panel renders this model, the exports serialize it and the
// unit tests check it in plain Node. Everything here is plain JSON data so it can be posted to a
// webview as is.

import { differenceInCalendarDays, endOfMonth, format, getMonth, getYear } from 'date-fns';
import { messages, type Catalog } from './messages/catalog';
import { identifiedSpeaker, identifiedSpeakerInSentence } from './speakers';
import type { ClaimNote, NoteStatus } from './notes';
import { calendarDayExists } from './temporal/calendar';
import { calendarDateOf } from './temporal/calendarDate';
import type { Analysis, CalendarRange, Claim, ClaimKind, Quote, SubjectRef, Timex } from './types';

/** Where the notes come from: the extension's AnalyzedArticle satisfies this. */
export interface TimelineNotes {
  noteFor(subject: SubjectRef): ClaimNote | undefined;
  /** Notes whose claim disappeared from the text; shown, never dropped. */
  orphans?: readonly ClaimNote[];
}

export interface TimelineOptions {
  /** YYYY-MM-DD; predictions dated before it are stale. Defaults to the analysis' `today`. */
  today?: string;
  /** The language of the labels (the message catalog's); English when absent. */
  locale?: string;
}

/** How precisely an entry's date is known; decides its label and where it is grouped. */
export type DatePrecision = 'day' | 'month' | 'period' | 'year' | 'years' | 'span';

export interface TimelineDate {
  /** "5 Dec 2020", "September 2020", "2017", "Summer 2020", "5 Jan – 5 Dec 2020". */
  label: string;
  /** Calendar extent, ISO dates, both inclusive. */
  range: CalendarRange;
  precision: DatePrecision;
  /** Drawn as a span (durations such as "the past 11 months", and ranges longer than a month). */
  span: boolean;
}

/** A link from a note; only http(s) links can be opened. */
export interface TimelineLink {
  url: string;
  /** Only http and https links are opened by the extension; others are shown as text. */
  openable: boolean;
}

export interface TimelineNote {
  status: NoteStatus;
  text: string;
  sources: TimelineLink[];
  checked?: string;
  updated?: string;
}

/** Kind shown and filtered on: a claim kind, or 'quote' for an undated quoted statement. */
export type EntryKind = ClaimKind | 'quote';

export interface TimelineEntry {
  type: 'entry';
  /** Unique within one model, stable across re-renders of the same analysis ("claim:3@7"). */
  id: string;
  subject: SubjectRef;
  /** Offsets of the claim sentence / quote in the analyzed text (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** Null for undated quotes and claims (listed by speaker). */
  date: TimelineDate | null;
  /** The expression that placed the entry in time, with the analyzer's reasoning. */
  expression: { text: string; value: string; reasoning: string; start: number; end: number; ambiguous: boolean } | null;
  /** The claim sentence or quote text. */
  text: string;
  kind: EntryKind;
  /**
   * Canonical speaker name ("Luis Arce") as it reads inside a sentence (a description lower-cased:
   * "the minister", see speakerInSentence), or null when nobody is attributed.
   */
  speaker: string | null;
  /** How the speaker was named locally ("the president") and how they were found. */
  speakerMention: string | null;
  /** Refers to a time after the publication date (or in future tense when there is none). */
  future: boolean;
  /** A prediction whose date has passed. */
  stale: boolean;
  /** Inside a quoted statement. */
  quoted: boolean;
  /** Source stated by the article ("in an interview with Sputnik"). */
  statedSource: string | null;
  /** Note status; 'unverified' when there is no note. */
  status: NoteStatus;
  note: TimelineNote | null;
}

export interface TimelineMarker {
  type: 'marker';
  marker: 'published' | 'today';
  /** YYYY-MM-DD. */
  date: string;
  label: string;
  /** "Publication date (from the dateline)", "Today". */
  description: string;
}

export type TimelineItem = TimelineEntry | TimelineMarker;

export interface TimelineMonth {
  /** "2020-09", or "2020" for the bucket of entries known only to the year (listed first). */
  key: string;
  /** 1-12, or null for the year bucket. */
  month: number | null;
  /** "September 2020", or "2017, month not stated". */
  label: string;
  items: TimelineItem[];
}

export interface TimelineYear {
  year: number;
  months: TimelineMonth[];
}

export interface SpeakerGroup {
  speaker: string | null;
  /** The name, or "Unattributed". */
  label: string;
  entries: TimelineEntry[];
}

export interface TimelineOrphan {
  /** The note id. */
  id: string;
  anchorKind: 'claim' | 'quote';
  /** The claim text as it was when the note was written. */
  text: string;
  note: TimelineNote;
}

export interface TimelineModel {
  published: { date: string; label: string; description: string } | null;
  today: { date: string; label: string };
  /** Chronological: years ascending, months ascending, items by start date then end date. */
  years: TimelineYear[];
  /** Undated quotes (and claims that could not be placed on the calendar), by speaker. */
  undated: SpeakerGroup[];
  orphans: TimelineOrphan[];
  /** Overall calendar extent of entries and markers (for drawing spans to scale). */
  extent: CalendarRange | null;
  /** Values present, for the filter controls. */
  facets: { kinds: EntryKind[]; speakers: string[]; statuses: NoteStatus[] };
  counts: { dated: number; future: number; stale: number; undated: number; orphans: number; withVerdict: number };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const KIND_ORDER: EntryKind[] = ['past', 'ongoing', 'future', 'quote'];
export const NOTE_STATUSES: readonly NoteStatus[] = ['unverified', 'verified', 'disputed', 'false', 'outdated', 'needs-source', 'reviewed'];
/** Statuses that are a verdict on the claim (exported as ClaimReview). */
export const VERDICT_STATUSES: readonly NoteStatus[] = ['verified', 'disputed', 'false', 'outdated'];

/** The URL when it is safe to open outside the editor (http or https only), else undefined. */
export function openableUrl(url: string): string | undefined {
  if (typeof url !== 'string' || url.length > 4096) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Credentials in a link are a classic way to disguise the real host ("https://bank.com@evil.io").
  if (parsed.username || parsed.password) return undefined;
  return parsed.href;
}

export function buildTimeline(analysis: Analysis, notes: TimelineNotes, options: TimelineOptions = {}): TimelineModel {
  const today = validDay(options.today) ?? validDay(analysis.today) ?? format(new Date(), 'yyyy-MM-dd');
  const publishedDay = analysis.published ? validDay(analysis.published.value.slice(0, 10)) : undefined;
  const catalog = messages(options.locale);

  const dated: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  const datedQuotes = new Set<number>();
  const unplacedClaimsByQuote = new Set<number>();

  analysis.claims.forEach((claim, claimIndex) => {
    const subject: SubjectRef = { kind: 'claim', index: claimIndex };
    const note = toTimelineNote(notes.noteFor(subject));
    const placeable = placeableTimexes(analysis, claim);
    if (placeable.length === 0) {
      // A quoted claim without a calendar date is shown through its quote (listed by speaker).
      if (claim.quote !== null && analysis.quotes[claim.quote]) unplacedClaimsByQuote.add(claim.quote);
      else undated.push(claimEntry(claim, claimIndex, note, null, null, false, false));
      return;
    }
    if (claim.quote !== null) datedQuotes.add(claim.quote);
    // One entry per expression: "signed in 2017 … expected to open in 2023" belongs at both dates.
    for (const placed of placeable) {
      const date = describeDate(placed.timex, placed.range, catalog);
      const future = isFuture(claim, placed, publishedDay);
      const stale = future && placed.range.to < today;
      dated.push(claimEntry(claim, claimIndex, note, placed, date, future, stale));
    }
  });

  analysis.quotes.forEach((quote, quoteIndex) => {
    if (datedQuotes.has(quoteIndex)) return;
    const groupStart = analysis.quotes[quote.group];
    // Continuation pieces of a quote whose first piece is dated belong to that dated statement.
    if (quote.group !== quoteIndex && groupStart && datedQuotes.has(quote.group)) return;
    const subject: SubjectRef = { kind: 'quote', index: quoteIndex };
    undated.push(quoteEntry(quote, quoteIndex, toTimelineNote(notes.noteFor(subject))));
  });

  dated.sort(compareEntries);
  // The webview shows the reasoning as the date's tooltip: in the timeline's language.
  for (const entry of dated) if (entry.expression) entry.expression.reasoning = catalog.reasoning(entry.expression.reasoning);

  const markers: TimelineMarker[] = [];
  if (publishedDay && analysis.published) {
    markers.push({
      type: 'marker',
      marker: 'published',
      date: publishedDay,
      label: catalog.day(publishedDay),
      description: catalog.t('timeline.publicationMarker', { source: catalog.publicationSource(analysis.published.description) }),
    });
  }
  markers.push({ type: 'marker', marker: 'today', date: today, label: catalog.day(today), description: catalog.t('timeline.today') });

  const orphans: TimelineOrphan[] = (notes.orphans ?? []).map((note) => ({
    id: note.id,
    anchorKind: note.anchor.kind,
    text: note.anchor.text,
    note: toTimelineNote(note) ?? { status: note.status, text: '', sources: [] },
  }));

  const all = [...dated, ...undated];
  const facets = {
    kinds: KIND_ORDER.filter((kind) => all.some((entry) => entry.kind === kind)),
    speakers: [...new Set(all.map((entry) => entry.speaker).filter((name): name is string => !!name))].sort(compareText),
    statuses: NOTE_STATUSES.filter((status) => all.some((entry) => entry.status === status) || orphans.some((orphan) => orphan.note.status === status)),
  };

  return {
    published: publishedDay && analysis.published
      ? { date: publishedDay, label: catalog.day(publishedDay), description: catalog.publicationSource(analysis.published.description) }
      : null,
    today: { date: today, label: catalog.day(today) },
    years: groupByYearAndMonth(dated, markers, catalog),
    undated: groupBySpeaker(undated, catalog),
    orphans,
    extent: extentOf(dated, markers),
    facets,
    counts: {
      dated: dated.length,
      future: dated.filter((entry) => entry.future).length,
      stale: dated.filter((entry) => entry.stale).length,
      undated: undated.length,
      orphans: orphans.length,
      withVerdict: all.filter((entry) => VERDICT_STATUSES.includes(entry.status)).length,
    },
  };
}

/** Every entry of a model (dated in chronological order, then undated), without markers. */
export function timelineEntries(model: Pick<TimelineModel, 'years' | 'undated'>): TimelineEntry[] {
  const result: TimelineEntry[] = [];
  for (const year of model.years) {
    for (const month of year.months) {
      for (const item of month.items) if (item.type === 'entry') result.push(item);
    }
  }
  for (const group of model.undated) result.push(...group.entries);
  return result;
}

/** What the filter controls select; empty / undefined fields match everything. */
export interface TimelineFilter {
  kind?: EntryKind | 'stale' | '';
  /** A speaker name, or '\u0000none' for unattributed entries. */
  speaker?: string;
  status?: NoteStatus | '';
  text?: string;
}

export const NO_SPEAKER = '\u0000none';

/**
 * Whether an entry passes the filter. The webview (media/timeline/helpers.js) applies the same rules;
 * a unit test checks the two agree.
 */
export function entryMatches(entry: TimelineEntry, filter: TimelineFilter): boolean {
  if (filter.kind) {
    if (filter.kind === 'stale' ? !entry.stale : entry.kind !== filter.kind) return false;
  }
  if (filter.speaker) {
    if (filter.speaker === NO_SPEAKER ? entry.speaker !== null : entry.speaker !== filter.speaker) return false;
  }
  if (filter.status && entry.status !== filter.status) return false;
  const query = (filter.text ?? '').trim().toLocaleLowerCase();
  if (query) {
    const haystack = [
      entry.text,
      entry.speaker ?? '',
      entry.date?.label ?? '',
      entry.expression?.text ?? '',
      entry.note?.text ?? '',
      entry.statedSource ?? '',
    ].join('\n').toLocaleLowerCase();
    // Every word must occur somewhere, in any order ("arce 2023").
    if (!query.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** A copy of the model with only the entries that pass the filter (markers and orphans kept). */
export function filterTimeline(model: TimelineModel, filter: TimelineFilter): TimelineModel {
  const years = model.years
    .map((year) => ({
      ...year,
      months: year.months
        .map((month) => ({ ...month, items: month.items.filter((item) => item.type === 'marker' || entryMatches(item, filter)) }))
        .filter((month) => month.items.length > 0),
    }))
    .filter((year) => year.months.length > 0);
  const undated = model.undated
    .map((group) => ({ ...group, entries: group.entries.filter((entry) => entryMatches(entry, filter)) }))
    .filter((group) => group.entries.length > 0);
  return { ...model, years, undated };
}

// ---------------------------------------------------------------------------------------------

interface Placed {
  timex: Timex;
  timexIndex: number;
  range: CalendarRange;
  /** Kind of the expression's clause (Claim.timexKinds), when the analyzer gives it. */
  anchorKind: ClaimKind | undefined;
}

function placeableTimexes(analysis: Analysis, claim: Claim): Placed[] {
  const result: Placed[] = [];
  const seen = new Set<string>();
  claim.timexes.forEach((timexIndex, position) => {
    const timex = analysis.timexes[timexIndex];
    if (!timex) return;
    // Durations are placed by the span they cover ("the past 11 months"), dates by their extent.
    const range = validRange(timex.anchoredRange) ?? validRange(timex.range);
    if (!range) return;
    // "in 2017 … that year" resolve to the same extent: one entry is enough.
    const key = `${range.from}/${range.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ timex, timexIndex, range, anchorKind: claim.timexKinds?.[position] });
  });
  return result;
}

function isFuture(claim: Claim, { timex, range, anchorKind }: Placed, published: string | undefined): boolean {
  // The clause of this expression decides, not the sentence: "said in June it will open in 2023".
  const futureTense = anchorKind ? anchorKind === 'future' : timex.tense === 'future' || claim.kind === 'future';
  if (!published) return futureTense;
  // Wholly after publication is the future whatever the tense; "later this year" overlaps it.
  if (range.from > published) return true;
  return futureTense && range.to > published;
}

function claimEntry(
  claim: Claim,
  claimIndex: number,
  note: TimelineNote | null,
  placed: Placed | null,
  date: TimelineDate | null,
  future: boolean,
  stale: boolean,
): TimelineEntry {
  const timex = placed?.timex;
  return {
    type: 'entry',
    id: placed ? `claim:${claimIndex}@${placed.timexIndex}` : `claim:${claimIndex}`,
    subject: { kind: 'claim', index: claimIndex },
    start: claim.start,
    end: claim.end,
    date,
    expression: timex
      ? { text: timex.text, value: timex.value, reasoning: timex.reasoning, start: timex.start, end: timex.end, ambiguous: timex.ambiguous }
      : null,
    text: claim.text,
    // Kind of this entry's date, not of the whole sentence: in "said back in June that it will open
    // in 2023" the June entry is past and the 2023 entry future.
    kind: future ? 'future' : entryKind(claim, placed),
    speaker: identifiedSpeakerInSentence(claim.speaker),
    speakerMention: claim.speaker ? describeMention(claim.speaker.mention, identifiedSpeaker(claim.speaker)) : null,
    future,
    stale,
    quoted: claim.quote !== null,
    statedSource: claim.source,
    status: note?.status ?? 'unverified',
    note,
  };
}

function quoteEntry(quote: Quote, quoteIndex: number, note: TimelineNote | null): TimelineEntry {
  return {
    type: 'entry',
    id: `quote:${quoteIndex}`,
    subject: { kind: 'quote', index: quoteIndex },
    start: quote.start,
    end: quote.end,
    date: null,
    expression: null,
    text: quote.text,
    kind: 'quote',
    speaker: identifiedSpeakerInSentence(quote.speaker),
    speakerMention: quote.speaker ? describeMention(quote.speaker.mention, identifiedSpeaker(quote.speaker)) : null,
    future: false,
    stale: false,
    quoted: true,
    statedSource: null,
    status: note?.status ?? 'unverified',
    note,
  };
}

/** Kind of a non-future entry: its clause's kind, or the sentence's; a prediction's past anchor is past. */
function entryKind(claim: Claim, placed: Placed | null): ClaimKind {
  const kind = placed?.anchorKind ?? claim.kind;
  return kind === 'future' && placed ? 'past' : kind;
}

function describeMention(mention: string, name: string | null): string | null {
  return mention && mention !== name ? mention : null;
}

function toTimelineNote(note: ClaimNote | undefined): TimelineNote | null {
  if (!note) return null;
  const sources = Array.isArray(note.sources) ? note.sources.filter((url): url is string => typeof url === 'string') : [];
  return {
    status: NOTE_STATUSES.includes(note.status) ? note.status : 'unverified',
    text: typeof note.text === 'string' ? note.text : '',
    sources: sources.map((url) => ({ url, openable: openableUrl(url) !== undefined })),
    ...(note.checked ? { checked: note.checked } : {}),
    ...(note.updated ? { updated: note.updated } : {}),
  };
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const ra = a.date!.range;
  const rb = b.date!.range;
  // Broader extents first on the same start ("2020" before "January 2020"), then text order.
  return compareText(ra.from, rb.from) || compareText(rb.to, ra.to) || a.start - b.start || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries known to the year (or several years) go in the year bucket, the rest in their month. */
function bucketOf(item: TimelineItem): { year: number; month: number | null } {
  if (item.type === 'marker') return { year: Number(item.date.slice(0, 4)), month: Number(item.date.slice(5, 7)) };
  const { range, precision } = item.date!;
  const year = Number(range.from.slice(0, 4));
  if (precision === 'year' || precision === 'years') return { year, month: null };
  return { year, month: Number(range.from.slice(5, 7)) };
}

function groupByYearAndMonth(entries: TimelineEntry[], markers: TimelineMarker[], catalog: Catalog): TimelineYear[] {
  const months = new Map<string, TimelineMonth>();
  const years = new Map<number, TimelineYear>();
  const monthFor = (item: TimelineItem): TimelineMonth => {
    const { year, month } = bucketOf(item);
    const key = month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
    let group = months.get(key);
    if (!group) {
      group = {
        key,
        month,
        // A heading: capitalised ("Septiembre de 2020") where the language writes months in lower case.
        label: month === null ? catalog.t('timeline.monthUnknown', { year }) : upperFirst(catalog.monthYear(year, month)),
        items: [],
      };
      months.set(key, group);
      let yearGroup = years.get(year);
      if (!yearGroup) {
        yearGroup = { year, months: [] };
        years.set(year, yearGroup);
      }
      yearGroup.months.push(group);
    }
    return group;
  };
  for (const entry of entries) monthFor(entry).items.push(entry);
  for (const marker of markers) {
    const items = monthFor(marker).items;
    // A marker goes before the entries that start on or after its day (publication before "today").
    const at = items.findIndex((item) => (item.type === 'entry' ? item.date!.range.from >= marker.date : item.date > marker.date));
    items.splice(at === -1 ? items.length : at, 0, marker);
  }
  const result = [...years.values()].sort((a, b) => a.year - b.year);
  for (const year of result) {
    year.months.sort((a, b) => (a.month ?? 0) - (b.month ?? 0));
  }
  return result;
}

function groupBySpeaker(entries: TimelineEntry[], catalog: Catalog): SpeakerGroup[] {
  const groups = new Map<string | null, SpeakerGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.speaker);
    if (!group) {
      group = { speaker: entry.speaker, label: entry.speaker === null ? catalog.t('timeline.unattributed') : headingOf(entry.speaker), entries: [] };
      groups.set(entry.speaker, group);
    }
    group.entries.push(entry);
  }
  for (const group of groups.values()) group.entries.sort((a, b) => a.start - b.start);
  // Named speakers alphabetically, unattributed statements last.
  return [...groups.values()].sort((a, b) =>
    a.speaker === null ? 1 : b.speaker === null ? -1 : a.speaker.localeCompare(b.speaker),
  );
}

/** A heading starts with a capital: "The minister" heads the minister's statements; a name stays as it is. */
function headingOf(speaker: string): string {
  return /^(?:the|a|an|his|her|their|its|our|this|that|one)\s/.test(speaker) ? speaker.charAt(0).toUpperCase() + speaker.slice(1) : speaker;
}

function extentOf(entries: TimelineEntry[], markers: TimelineMarker[]): CalendarRange | null {
  let from: string | undefined;
  let to: string | undefined;
  const widen = (start: string, end: string) => {
    if (from === undefined || start < from) from = start;
    if (to === undefined || end > to) to = end;
  };
  for (const entry of entries) widen(entry.date!.range.from, entry.date!.range.to);
  // "Today" can be years after the story; only the publication date always belongs to its extent.
  for (const marker of markers) if (marker.marker === 'published') widen(marker.date, marker.date);
  return from && to ? { from, to } : null;
}

// ---------------------------------------------------------------------------------------------
// Date labels

function describeDate(timex: Timex, range: CalendarRange, catalog: Catalog): TimelineDate {
  // Calendar days, not local Dates: a zone that skipped a day would read it as the next.
  const from = calendarDateOf(range.from);
  const to = calendarDateOf(range.to);
  const wholeYears = range.from.slice(5) === '01-01' && range.to.slice(5) === '12-31';
  const wholeMonth = range.from.slice(8) === '01' && range.from.slice(0, 7) === range.to.slice(0, 7) && format(endOfMonth(from), 'yyyy-MM-dd') === range.to;
  if (timex.type === 'DURATION' || timex.anchoredRange) {
    return { label: rangeLabel(range, catalog), range, precision: 'span', span: true };
  }
  if (range.from === range.to) return { label: catalog.day(range.from), range, precision: 'day', span: false };
  if (wholeMonth) return { label: catalog.monthYear(getYear(from), getMonth(from) + 1), range, precision: 'month', span: false };
  if (wholeYears) {
    const first = range.from.slice(0, 4);
    const last = range.to.slice(0, 4);
    if (first === last) return { label: first, range, precision: 'year', span: false };
    const decade = /^(\d{3})X?$/.exec(timex.value);
    return { label: decade ? catalog.t('timeline.decade', { decade: decade[1] }) : catalog.t('timeline.years', { first, last }), range, precision: 'years', span: true };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(timex.value);
  if (quarter) return { label: upperFirst(catalog.t(`value.quarter.${quarter[2] as '1' | '2' | '3' | '4'}`, { year: quarter[1] })), range, precision: 'period', span: false };
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex.value);
  if (season) return { label: catalog.t('value.season', { season: catalog.t(`seasonTitle.${season[2] as 'SP' | 'SU' | 'FA' | 'WI'}`), year: season[1] }), range, precision: 'period', span: false };
  const week = /^(\d{4})-W(\d{2})$/.exec(timex.value);
  if (week) return { label: catalog.t('timeline.week', { week: Number(week[2]), year: week[1], range: rangeLabel(range, catalog) }), range, precision: 'period', span: false };
  // Anything else spanning more than a month is drawn as a span.
  // Calendar days: milliseconds between local midnights are not whole days across a daylight-saving change.
  const long = range.from.slice(0, 7) !== range.to.slice(0, 7) && differenceInCalendarDays(to, from) > 31;
  return { label: rangeLabel(range, catalog), range, precision: long ? 'span' : 'period', span: long };
}

function rangeLabel(range: CalendarRange, catalog: Catalog): string {
  if (range.from === range.to) return catalog.day(range.from);
  const from = range.from.slice(0, 4) === range.to.slice(0, 4) ? catalog.dayWithoutYear(range.from) : catalog.day(range.from);
  return catalog.t('date.range', { from, to: catalog.day(range.to) });
}

/** "septiembre de 2020" → "Septiembre de 2020", for headings. */
function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function validDay(value: string | undefined): string | undefined {
  if (!value || !ISO_DAY.test(value)) return undefined;
  // By arithmetic: a local Date has no 30 Dec 2011 in Pacific/Apia.
  return calendarDayExists(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) ? value : undefined;
}

function validRange(range: CalendarRange | undefined): CalendarRange | undefined {
  if (!range) return undefined;
  const from = validDay(range.from);
  const to = validDay(range.to);
  if (!from || !to || from > to) return undefined;
  return { from, to };
}
