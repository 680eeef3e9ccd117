// A hand-built analysis of a short self-written article, shaped like the analyzer's output, so the
// timeline and export tests do not depend on the analyzer's current accuracy.
import type { ClaimNote, NoteStatus } from '../../src/core/notes';
import type { Analysis, CalendarRange, Claim, ClaimKind, Quote, Speaker, SubjectRef, Tense, Timex, TimexType } from '../../src/core/types';
import type { TimelineNotes } from '../../src/core/timeline';

export const ARTICLE = [
  'PORT ELLEN, 5 December 2020 - The harbour board met on Friday.',
  'The board signed a dredging contract in 2017 with Tidewater Ltd.',
  'Mayor Ana Ruiz said the works were paused back in June and that the new quay is expected to open in 2023.',
  '"Traffic has doubled in the past 11 months," Ruiz said.',
  'In September, the port received a licence to ship wool to Norway.',
  'Harbourmaster Tom Bell added: "We are proud of the crews."',
  '"Nobody asked us," a fisherman said.',
  '"The <b>ferry</b> is =SUM(A1) fine," Ruiz said.',
].join('\n');

export function span(needle: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = ARTICLE.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture text not found: ${needle}`);
  }
  return { start, end: start + needle.length };
}

function timex(text: string, type: TimexType, value: string, tense: Tense, range?: CalendarRange, anchoredRange?: CalendarRange): Timex {
  return { ...span(text), text, type, value, reasoning: `resolved ${text}`, ambiguous: false, tense, ...(range ? { range } : {}), ...(anchoredRange ? { anchoredRange } : {}) };
}

function speaker(name: string, mention: string, method: Speaker['method'] = 'name'): Speaker {
  return { name, mention, method, ...span(mention) };
}

function sentence(startsWith: string): { start: number; end: number; text: string } {
  const start = ARTICLE.indexOf(startsWith);
  let end = ARTICLE.indexOf('\n', start);
  if (end < 0) end = ARTICLE.length;
  return { start, end, text: ARTICLE.slice(start, end) };
}

function claim(startsWith: string, kind: ClaimKind, timexes: number[], who: Speaker | null, quote: number | null = null, stale = false): Claim {
  return { ...sentence(startsWith), kind, timexes, timexKinds: timexes.map(() => kind), speaker: who, source: null, stale, quote };
}

function quote(text: string, who: Speaker | null): Quote {
  return { ...span(text), text, speaker: who, edited: false, edits: [], group: -1 };
}

export function fixtureAnalysis(): Analysis {
  const timexes: Timex[] = [
    /* 0 */ timex('5 December 2020', 'DATE', '2020-12-05', 'past', { from: '2020-12-05', to: '2020-12-05' }),
    /* 1 */ timex('2017', 'DATE', '2017', 'past', { from: '2017-01-01', to: '2017-12-31' }),
    /* 2 */ timex('June', 'DATE', '2020-06', 'past', { from: '2020-06-01', to: '2020-06-30' }),
    /* 3 */ timex('2023', 'DATE', '2023', 'future', { from: '2023-01-01', to: '2023-12-31' }),
    /* 4 */ timex('the past 11 months', 'DURATION', 'P11M', 'present', undefined, { from: '2020-01-05', to: '2020-12-05' }),
    /* 5 */ timex('September', 'DATE', '2020-09', 'past', { from: '2020-09-01', to: '2020-09-30' }),
    /* 6 */ timex('Friday', 'DATE', '2020-12-04', 'past', { from: '2020-12-04', to: '2020-12-04' }),
  ];
  const ruiz = speaker('Ana Ruiz', 'Mayor Ana Ruiz');
  const quotes: Quote[] = [
    quote('"Traffic has doubled in the past 11 months,"', { ...ruiz, ...span('Ruiz said.'), mention: 'Ruiz' }),
    quote('"We are proud of the crews."', speaker('Tom Bell', 'Harbourmaster Tom Bell')),
    quote('"Nobody asked us,"', null),
    quote('"The <b>ferry</b> is =SUM(A1) fine,"', { ...ruiz, mention: 'Ruiz' }),
  ];
  quotes.forEach((q, index) => (q.group = index));
  const claims: Claim[] = [
    /* 0 */ claim('PORT ELLEN', 'past', [6], null),
    /* 1 */ claim('The board signed', 'past', [1], null),
    /* 2 */ { ...claim('Mayor Ana Ruiz said', 'future', [2, 3], ruiz, null, true), timexKinds: ['past', 'future'] },
    /* 3 */ claim('"Traffic has doubled', 'ongoing', [4], { ...ruiz, mention: 'Ruiz' }, 0),
    /* 4 */ claim('In September', 'past', [5], null),
  ];
  return {
    published: { value: '2020-12-05', source: 'dateline', start: 12, end: 27, description: 'the dateline' },
    today: '2026-11-28',
    timexes,
    quotes,
    claims,
    findings: [],
  };
}

export function note(status: NoteStatus, overrides: Partial<ClaimNote> = {}): ClaimNote {
  return {
    id: `note-${status}`,
    anchor: { kind: 'claim', text: 'x', before: '', after: '' },
    status,
    text: '',
    sources: [],
    updated: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** Notes keyed "claim:2" / "quote:1". */
export function notesOf(byKey: Record<string, ClaimNote>, orphans: ClaimNote[] = []): TimelineNotes {
  return { noteFor: (subject: SubjectRef) => byKey[`${subject.kind}:${subject.index}`], orphans };
}
