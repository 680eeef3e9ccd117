// The CLI's JSON Lines contract. Other tools depend on these exact keys: change with care.
import type { Analysis, Claim, Finding, Quote, Speaker, Timex } from '../core/types';

export interface JsonSpeaker {
  name: string;
  start: number;
  end: number;
}

function speaker(value: Speaker | null): JsonSpeaker | null {
  return value ? { name: value.name, start: value.start, end: value.end } : null;
}

const jsonTimex = (t: Timex) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value });
const jsonQuote = (q: Quote) => ({ start: q.start, end: q.end, text: q.text, speaker: speaker(q.speaker), edited: q.edited });
const jsonClaim = (c: Claim) => ({ start: c.start, end: c.end, text: c.text, kind: c.kind, timexes: c.timexes, speaker: speaker(c.speaker) });
const jsonFinding = (f: Finding) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, line: f.line, column: f.column, message: f.message });

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

export function toJsonRecord(file: string, _text: string, analysis: Analysis) {
  const article = jsonArticle(analysis);
  return {
    file,
    published: jsonPublished(analysis),
    // Absent, not undefined, for other formats: the record is exactly what its JSON text parses to.
    ...(article ? { article } : {}),
    timexes: analysis.timexes.map(jsonTimex),
    quotes: analysis.quotes.map(jsonQuote),
    claims: analysis.claims.map(jsonClaim),
    findings: analysis.findings.map(jsonFinding),
  };
}

/**
 * The record as JSON text in pieces that, joined, are JSON.stringify(toJsonRecord(…)). A dense file's
 * record can be longer than the longest string JavaScript holds (a 40 MB list of dates made 1 GB
 * of JSON and failed with "Invalid string length"), so the CLI writes it piece by piece.
 */
export function* jsonRecordPieces(file: string, analysis: Analysis): Generator<string> {
  const head = JSON.stringify({ file, published: jsonPublished(analysis), ...(analysis.article ? { article: jsonArticle(analysis) } : {}) });
  yield head.slice(0, -1);
  yield* jsonList('timexes', analysis.timexes, jsonTimex);
  yield* jsonList('quotes', analysis.quotes, jsonQuote);
  yield* jsonList('claims', analysis.claims, jsonClaim);
  yield* jsonList('findings', analysis.findings, jsonFinding);
  yield '}';
}

function* jsonList<T>(key: string, items: T[], toJson: (item: T) => object): Generator<string> {
  yield `,"${key}":[`;
  for (let i = 0; i < items.length; i++) {
    const item = JSON.stringify(toJson(items[i]));
    yield i === 0 ? item : `,${item}`;
  }
  yield ']';
}
