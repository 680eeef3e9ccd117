// The CLI's JSON Lines contract. Other tools depend on these exact keys: change with care.
import type { Analysis, Speaker } from '../core/types';

export interface JsonSpeaker {
  name: string;
  start: number;
  end: number;
}

function speaker(value: Speaker | null): JsonSpeaker | null {
  return value ? { name: value.name, start: value.start, end: value.end } : null;
}

export function toJsonRecord(file: string, _text: string, analysis: Analysis) {
  return {
    file,
    published: analysis.published ? { value: analysis.published.value, source: analysis.published.source } : null,
    timexes: analysis.timexes.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value })),
    quotes: analysis.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: speaker(q.speaker), edited: q.edited })),
    claims: analysis.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, kind: c.kind, timexes: c.timexes, speaker: speaker(c.speaker) })),
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      line: f.line,
      column: f.column,
      message: f.message,
    })),
  };
}
