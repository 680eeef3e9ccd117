// Child process for timeZone.test.ts: analyzes documents, and builds their timelines, under the time
// zone the parent set in TZ.
//
// Usage: node --import tsx timeZoneChild.ts  (stdin: JSON array of { text, published }; stdout: JSON
// analyses and timelines, with the zone the process ran in first so the parent can check it took).
import { analyze } from '../../src/core/analyze';
import { buildTimeline } from '../../src/core/timeline';

interface Input {
  text: string;
  published: string;
}

let raw = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => (raw += chunk));
process.stdin.on('end', () => {
  const inputs = JSON.parse(raw) as Input[];
  // The zone's offset in January and July: proves TZ took effect (UTC has 0 in both).
  const offsets = [new Date(2020, 0, 15).getTimezoneOffset(), new Date(2020, 6, 15).getTimezoneOffset()];
  const analyses = inputs.map(({ text, published }) => analyze(text, { format: 'plaintext', published, today: '2026-12-01' }));
  const timelines = analyses.map((analysis) => buildTimeline(analysis, { noteFor: () => undefined }));
  process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offsets, analyses, timelines }));
});
