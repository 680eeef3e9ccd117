// Timeline exports: Markdown (for a write-up), CSV (for a spreadsheet), JSON (for tools) and
// schema.org ClaimReview JSON-LD (for publishing the verdicts). Pure: the caller writes the text.
// Article text is hostile input: every format escapes it so it cannot become markup, a formula
// or a script break-out where the export is pasted.

import { messages, type Catalog } from './messages/catalog';
import type { NoteStatus } from './notes';
import {
  timelineEntries,
  VERDICT_STATUSES,
  type TimelineEntry,
  type TimelineLink,
  type TimelineModel,
  type TimelineNote,
} from './timeline';

export type ExportFormat = 'markdown' | 'csv' | 'json' | 'claimreview';

export interface ExportContext {
  /** File name of the article, for titles ("article.txt"). */
  articleName: string;
  /** Where the article is published (http/https), for ClaimReview's `itemReviewed.appearance`. */
  articleUrl?: string;
  /** Page that publishes the fact-check, ClaimReview's `url`. */
  reviewUrl?: string;
  /** Organization that reviewed the claims, ClaimReview's `author`. */
  reviewAuthor?: string;
  /** The language of the Markdown export's headings and labels (the message catalog's); English when absent. */
  locale?: string;
}

export interface ExportResult {
  text: string;
  /** File extension without the dot. */
  extension: string;
  /** Filter label for save dialogs. */
  label: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, { extension: string; label: string; description: string }> = {
  markdown: { extension: 'md', label: 'Markdown', description: 'Readable timeline for a write-up' },
  csv: { extension: 'csv', label: 'CSV', description: 'One row per entry, for spreadsheets' },
  json: { extension: 'json', label: 'JSON', description: 'The full timeline model' },
  claimreview: { extension: 'jsonld', label: 'ClaimReview JSON-LD', description: 'schema.org ClaimReview for claims with a verdict' },
};

export function exportTimeline(model: TimelineModel, format: ExportFormat, context: ExportContext): ExportResult {
  const { extension, label } = EXPORT_FORMATS[format];
  switch (format) {
    case 'markdown':
      return { text: timelineToMarkdown(model, context), extension, label };
    case 'csv':
      return { text: timelineToCsv(model), extension, label };
    case 'json':
      return { text: timelineToJson(model, context), extension, label };
    case 'claimreview':
      return { text: stringifyForHtml(timelineToClaimReviews(model, context)), extension, label };
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** A note status as the export's text gives it ("needs source"). */
function statusLabel(status: NoteStatus, catalog: Catalog): string {
  // The hover's status label, in running text ("Verified" → "verified").
  return catalog.t(`status.${status}`).toLocaleLowerCase(catalog.locale);
}

export function timelineToMarkdown(model: TimelineModel, context: ExportContext): string {
  const catalog = messages(context.locale);
  const { t } = catalog;
  const lines: string[] = [`# ${t('export.title', { name: markdownText(context.articleName) })}`, ''];
  const summary = [
    model.published ? t('export.published', { date: model.published.label, source: markdownText(model.published.description) }) : t('export.publicationUnknown'),
    t('export.today', { date: model.today.label }),
    catalog.plural('export.dated', model.counts.dated),
    t('export.future', { count: model.counts.future }),
    catalog.plural('export.stale', model.counts.stale),
    t('export.undated', { count: model.counts.undated }),
  ];
  lines.push(summary.join(' · '), '');
  for (const year of model.years) {
    lines.push(`## ${year.year}`, '');
    for (const month of year.months) {
      lines.push(`### ${month.label}`, '');
      for (const item of month.items) {
        if (item.type === 'marker') lines.push(`- **${item.label}: ${markdownText(item.description)}**`);
        else lines.push(...markdownEntry(item, item.date?.label ?? '', catalog));
      }
      lines.push('');
    }
  }
  if (model.undated.length > 0) {
    lines.push(`## ${t('export.undatedHeading')}`, '');
    for (const group of model.undated) {
      lines.push(`### ${markdownText(group.label)}`, '');
      for (const entry of group.entries) lines.push(...markdownEntry(entry, null, catalog));
      lines.push('');
    }
  }
  if (model.orphans.length > 0) {
    lines.push(`## ${t('export.orphansHeading')}`, '');
    for (const orphan of model.orphans) {
      lines.push(`- ${markdownText(orphan.text)} (${statusLabel(orphan.note.status, catalog)})`);
      lines.push(...markdownNote(orphan.note, catalog));
    }
    lines.push('');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function markdownEntry(entry: TimelineEntry, dateLabel: string | null, catalog: Catalog): string[] {
  const { t } = catalog;
  const facts = [kindLabel(entry, catalog), entry.speaker ? t('export.speaker', { name: markdownText(entry.speaker) }) : null, statusLabel(entry.status, catalog)];
  if (entry.stale) facts.unshift(`**${t('export.staleMark')}**`);
  const head = dateLabel ? `**${markdownText(dateLabel)}**: ` : '';
  const lines = [`- ${head}${markdownText(entry.text)} (${facts.filter(Boolean).join(', ')})`];
  if (entry.statedSource) lines.push(`  - ${t('export.statedSource', { source: markdownText(entry.statedSource) })}`);
  if (entry.note) lines.push(...markdownNote(entry.note, catalog));
  return lines;
}

function markdownNote(note: TimelineNote, catalog: Catalog): string[] {
  const { t } = catalog;
  const lines: string[] = [];
  if (note.text.trim()) lines.push(`  - ${t('export.note', { text: markdownText(note.text) })}`);
  if (note.checked) lines.push(`  - ${t('export.checked', { date: markdownText(note.checked) })}`);
  if (note.sources.length > 0) lines.push(`  - ${t('export.sources', { links: note.sources.map((link) => markdownLink(link, catalog)).join(', ') })}`);
  return lines;
}

function markdownLink(link: TimelineLink, catalog: Catalog): string {
  // Only http(s) becomes a link; anything else ("javascript:…") stays inert code text.
  if (link.openable) {
    try {
      return `<${new URL(link.url).href}>`;
    } catch {
      // fall through to inert text
    }
  }
  return catalog.t('export.notWebLink', { url: markdownText(link.url) });
}

/** Escapes text so Markdown renders it literally: no links, emphasis, HTML or headings. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    // Whitespace is collapsed, so only inline constructs can occur: no line-start escapes needed.
    .replace(/[\\`*_[\]<>|~&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`));
}

function kindLabel(entry: TimelineEntry, catalog: Catalog): string {
  if (entry.kind === 'quote') return catalog.t('export.kind.quote');
  if (entry.future) return catalog.t('export.kind.future');
  return catalog.t(`export.kind.${entry.kind}`);
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

export const CSV_COLUMNS = [
  'section',
  'date',
  'from',
  'to',
  'precision',
  'kind',
  'future',
  'stale',
  'speaker',
  'text',
  'expression',
  'status',
  'note',
  'checked',
  'sources',
  'stated_source',
  'start',
  'end',
] as const;

export function timelineToCsv(model: TimelineModel): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const entry of timelineEntries(model)) {
    rows.push([
      entry.date ? 'dated' : 'undated',
      entry.date?.label ?? '',
      entry.date?.range.from ?? '',
      entry.date?.range.to ?? '',
      entry.date?.precision ?? '',
      entry.kind,
      String(entry.future),
      String(entry.stale),
      entry.speaker ?? '',
      entry.text,
      entry.expression?.text ?? '',
      entry.status,
      entry.note?.text ?? '',
      entry.note?.checked ?? '',
      (entry.note?.sources ?? []).map((link) => link.url).join(' '),
      entry.statedSource ?? '',
      String(entry.start),
      String(entry.end),
    ]);
  }
  for (const orphan of model.orphans) {
    const row: string[] = CSV_COLUMNS.map(() => '');
    row[CSV_COLUMNS.indexOf('section')] = 'orphan-note';
    row[CSV_COLUMNS.indexOf('kind')] = orphan.anchorKind;
    row[CSV_COLUMNS.indexOf('text')] = orphan.text;
    row[CSV_COLUMNS.indexOf('status')] = orphan.note.status;
    row[CSV_COLUMNS.indexOf('note')] = orphan.note.text;
    row[CSV_COLUMNS.indexOf('checked')] = orphan.note.checked ?? '';
    row[CSV_COLUMNS.indexOf('sources')] = orphan.note.sources.map((link) => link.url).join(' ');
    rows.push(row);
  }
  // RFC 4180: CRLF between records, including after the last one.
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field. Cells that a spreadsheet would run as a formula (= + - @, and tab / CR which
 * some spreadsheets strip before looking) get a leading apostrophe (OWASP CSV injection advice);
 * fields with a comma, quote or line break are quoted with doubled quotes (RFC 4180).
 */
export function csvCell(value: string): string {
  let cell = value;
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  if (/[",\r\n]/.test(cell)) cell = `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

// ---------------------------------------------------------------------------------------------
// JSON

export function timelineToJson(model: TimelineModel, context: ExportContext): string {
  return JSON.stringify({ format: 'claimline-timeline', version: 1, article: context.articleName, ...model }, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// schema.org ClaimReview

/** How a note status maps onto a ClaimReview rating (1 = false … 5 = true). */
export const CLAIM_REVIEW_RATINGS: Partial<Record<NoteStatus, { ratingValue: number; alternateName: string }>> = {
  verified: { ratingValue: 5, alternateName: 'True' },
  outdated: { ratingValue: 4, alternateName: 'Outdated' },
  disputed: { ratingValue: 3, alternateName: 'Mixed' },
  false: { ratingValue: 1, alternateName: 'False' },
};

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  datePublished: string;
  author?: { '@type': 'Organization'; name: string };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: 5; worstRating: 1; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person'; name: string };
    datePublished?: string;
    appearance?: { '@type': 'CreativeWork'; url: string; name: string };
  };
  reviewBody?: string;
  citation?: string[];
}

/** One ClaimReview per claim or quote whose note carries a verdict (verified, disputed, false, outdated). */
export function timelineToClaimReviews(model: TimelineModel, context: ExportContext): ClaimReview[] {
  const reviews: ClaimReview[] = [];
  const seen = new Set<string>();
  const reviewUrl = context.reviewUrl ? webUrl(context.reviewUrl) : undefined;
  const articleUrl = context.articleUrl ? webUrl(context.articleUrl) : undefined;
  for (const entry of timelineEntries(model)) {
    const rating = CLAIM_REVIEW_RATINGS[entry.status];
    if (!rating || !entry.note || !VERDICT_STATUSES.includes(entry.status)) continue;
    // A claim with two dates appears twice on the timeline but is reviewed once.
    const key = `${entry.subject.kind}:${entry.subject.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const citations = entry.note.sources.filter((link) => link.openable).map((link) => webUrl(link.url)).filter((url): url is string => !!url);
    const review: ClaimReview = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(reviewUrl ? { url: reviewUrl } : {}),
      claimReviewed: entry.text.replace(/\s+/g, ' ').trim(),
      datePublished: reviewDate(entry.note, model.today.date),
      ...(context.reviewAuthor ? { author: { '@type': 'Organization' as const, name: context.reviewAuthor } } : {}),
      reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
      itemReviewed: {
        '@type': 'Claim',
        ...(entry.speaker ? { author: { '@type': 'Person' as const, name: entry.speaker } } : {}),
        ...(model.published ? { datePublished: model.published.date } : {}),
        ...(articleUrl ? { appearance: { '@type': 'CreativeWork' as const, url: articleUrl, name: context.articleName } } : {}),
      },
      ...(entry.note.text.trim() ? { reviewBody: entry.note.text.trim() } : {}),
      ...(citations.length > 0 ? { citation: citations } : {}),
    };
    reviews.push(review);
  }
  return reviews;
}

function reviewDate(note: TimelineNote, today: string): string {
  if (note.checked && /^\d{4}-\d{2}-\d{2}$/.test(note.checked)) return note.checked;
  if (note.updated && /^\d{4}-\d{2}-\d{2}/.test(note.updated)) return note.updated.slice(0, 10);
  return today;
}

function webUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** JSON that stays inert inside an HTML <script type="application/ld+json"> block. */
function stringifyForHtml(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') + '\n';
}
