// The analyzer reads an HTML page as text in which each character reference is cut down to its
// decoded characters (see web/pageText.ts); this turns every offset of such an analysis back into
// a source offset, so diagnostics, hovers and the CLI point at the page as written.

import { LineIndex } from './text';
import type { Analysis, Claim, Finding, Quote, Speaker, Timex } from './types';

type ToSource = (offset: number) => number;

export function analysisToSource<T extends Analysis>(analysis: T, toSource: ToSource, source: string): T {
  const span = <S extends { start: number; end: number }>(item: S): S => ({ ...item, start: toSource(item.start), end: toSource(item.end) });
  const speaker = (value: Speaker | null): Speaker | null => (value ? span(value) : null);
  const timexes = analysis.timexes.map((timex): Timex => span(timex));
  const quotes = analysis.quotes.map((quote): Quote => ({ ...span(quote), speaker: speaker(quote.speaker), edits: quote.edits.map(span) }));
  const claims = analysis.claims.map((claim): Claim => ({ ...span(claim), speaker: speaker(claim.speaker) }));
  const lines = new LineIndex(source);
  let line = 0;
  const findings = analysis.findings.map((finding): Finding => {
    const moved = span(finding);
    line = lines.lineAt(moved.start, line);
    moved.line = line + 1;
    moved.column = moved.start - lines.lineStart(line) + 1;
    return moved;
  });
  return { ...analysis, timexes, quotes, claims, findings };
}
