// The CLI's JSON Lines contract. Other tools depend on these exact keys: change with care.
// Lean by design: nothing that can be derived is repeated. Texts are offsets into the article
// (UTF-16 code units), lines and columns follow from the offsets, and a finding names its subject
// (the timex, quote or claim it is about) instead of restating it in prose; --messages adds the
// message the text format prints.
import type { ShownFinding } from '../core/report';
import type { Analysis, Claim, Quote, Speaker, Timex } from '../core/types';

/** What a record starts with: the file checked, or the id of a JSON Lines input article. */
export type JsonHead = { file: string } | { id: unknown };

export interface JsonOptions {
  messages: boolean;
}

function speaker(value: Speaker | null) {
  return value ? { name: value.name, start: value.start, end: value.end } : null;
}

const jsonTimex = (t: Timex) => ({ start: t.start, end: t.end, type: t.type, value: t.value });
const jsonQuote = (q: Quote) => ({ start: q.start, end: q.end, speaker: speaker(q.speaker), edited: q.edited });
const jsonClaim = (c: Claim) => ({ start: c.start, end: c.end, kind: c.kind, timexes: c.timexes, speaker: speaker(c.speaker) });

function jsonFinding({ finding, severity }: ShownFinding, options: JsonOptions) {
  const record: Record<string, unknown> = { rule: finding.rule, severity, start: finding.start, end: finding.end };
  if (finding.subject) record[finding.subject.kind] = finding.subject.index;
  if (options.messages) record.message = finding.message;
  return record;
}

function jsonPublished(analysis: Analysis) {
  return analysis.published ? { value: analysis.published.value, source: analysis.published.source } : null;
}

/** HTML pages: the article that was analyzed (absent for other formats). */
function jsonArticle(analysis: Analysis) {
  const article = analysis.article;
  if (!article) return undefined;
  // Only the fields the page gave: a JSON line has no `undefined`.
  const fields: Record<string, unknown> = {};
  for (const key of ['title', 'byline', 'site', 'url', 'published'] as const) if (article[key] !== undefined) fields[key] = article[key];
  return { ...fields, fallback: article.fallback, ranges: article.ranges.map((range) => ({ start: range.start, end: range.end })) };
}

export function toJsonRecord(head: JsonHead, analysis: Analysis, shown: ShownFinding[], options: JsonOptions) {
  const article = jsonArticle(analysis);
  return {
    ...head,
    published: jsonPublished(analysis),
    // Absent, not undefined, for other formats: the record is exactly what its JSON text parses to.
    ...(article ? { article } : {}),
    timexes: analysis.timexes.map(jsonTimex),
    quotes: analysis.quotes.map(jsonQuote),
    claims: analysis.claims.map(jsonClaim),
    findings: shown.map((item) => jsonFinding(item, options)),
  };
}

/**
 * The record as JSON text in pieces that, joined, are JSON.stringify(toJsonRecord(…)). A dense file's
 * record can be longer than the longest string JavaScript holds (a 40 MB list of dates made 1 GB
 * of JSON and failed with "Invalid string length"), so it is never made into one string.
 */
export function* jsonRecordPieces(head: JsonHead, analysis: Analysis, shown: ShownFinding[], options: JsonOptions): Generator<string> {
  const article = jsonArticle(analysis);
  yield JSON.stringify({ ...head, published: jsonPublished(analysis), ...(article ? { article } : {}) }).slice(0, -1);
  yield* jsonList('timexes', analysis.timexes, timexText);
  yield* jsonList('quotes', analysis.quotes, quoteText);
  yield* jsonList('claims', analysis.claims, claimText);
  yield* jsonList('findings', shown, options.messages ? findingWithMessageText : findingText);
  yield '}';
}

/** Pieces of about this many characters: a few per record, none too long. */
const PIECE = 1 << 16;

function* jsonList<T>(key: string, items: T[], toText: (item: T) => string): Generator<string> {
  let piece = `,"${key}":[`;
  for (let i = 0; i < items.length; i++) {
    piece += i === 0 ? toText(items[i]) : `,${toText(items[i])}`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]`;
}

// The records' JSON text written directly, the same text as JSON.stringify of the jsonTimex, jsonQuote,
// jsonClaim and jsonFinding objects above (a test holds them equal): an object per item and a
// stringify of each was the larger part of writing JSON. Offsets and indices are integers, so they
// print the same either way; strings go through JSON.stringify for their escapes, except those of the
// closed sets (timex types, claim kinds, rule ids, severities: ASCII letters and hyphens, nothing to
// escape), written between quotes as they are.
const quoted = (value: string) => JSON.stringify(value);

function speakerText(value: Speaker | null): string {
  return value ? `{"name":${quoted(value.name)},"start":${value.start},"end":${value.end}}` : 'null';
}

function timexText(t: Timex): string {
  return `{"start":${t.start},"end":${t.end},"type":"${t.type}","value":${quoted(t.value)}}`;
}

function quoteText(q: Quote): string {
  return `{"start":${q.start},"end":${q.end},"speaker":${speakerText(q.speaker)},"edited":${q.edited}}`;
}

function claimText(c: Claim): string {
  return `{"start":${c.start},"end":${c.end},"kind":"${c.kind}","timexes":[${c.timexes.join(',')}],"speaker":${speakerText(c.speaker)}}`;
}

function findingText({ finding, severity }: ShownFinding): string {
  const subject = finding.subject ? `,"${finding.subject.kind}":${finding.subject.index}` : '';
  return `{"rule":"${finding.rule}","severity":"${severity}","start":${finding.start},"end":${finding.end}${subject}}`;
}

function findingWithMessageText(shown: ShownFinding): string {
  return `${findingText(shown).slice(0, -1)},"message":${quoted(shown.finding.message)}}`;
}

/** Joins pieces into strings of about `size` characters: few messages to pass, none too long. */
export function chunked(pieces: Iterable<string>, size = 1 << 20): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    current.push(piece);
    length += piece.length;
    if (length >= size) {
      chunks.push(current.join(''));
      current = [];
      length = 0;
    }
  }
  if (current.length > 0) chunks.push(current.join(''));
  return chunks;
}
