import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { commandUri, describeSpeaker, escapeMarkdown, explainAt, HOVER_COMMANDS } from '../../src/core/explain';
import { speakerPhrase } from '../../src/core/findings';
import { speakerInSentence } from '../../src/core/speakers';
import { messages } from '../../src/core/messages/catalog';
import type { ClaimNote } from '../../src/core/notes';
import { reviewSummary, selectFindings, subjectsOfFinding } from '../../src/core/report';
import { parseSuppressions } from '../../src/core/suppressions';
import type { Analysis, Finding } from '../../src/core/types';

// A hand-built analysis of a two-paragraph article, so wording is tested independently of the analyzer.
const TEXT = [
  '07:08 GMT05 December 2020',
  'In September, Bolivia received an authorisation to deliver beef to Russia.',
  '"We want to export to [Russia] ... more," the president said.',
  'The centre is expected to open in 2023.',
].join('\n\n');

const at = (s: string) => TEXT.indexOf(s);
const span = (s: string) => ({ start: at(s), end: at(s) + s.length });

function finding(rule: Finding['rule'], s: string, subject?: Finding['subject'], severity: Finding['severity'] = 'information'): Finding {
  const { start, end } = span(s);
  const line = TEXT.slice(0, start).split('\n').length;
  return { rule, severity, start, end, message: rule, line, column: 1, subject };
}

const speaker = { name: 'Luis Arce', mention: 'the president', method: 'description' as const, ...span('the president') };

const ANALYSIS: Analysis = {
  published: { value: '2020-12-05', source: 'dateline', description: 'the dateline', ...span('07:08 GMT05 December 2020') },
  today: '2026-11-28',
  timexes: [
    { ...span('September'), text: 'September', type: 'DATE', value: '2020-09', reasoning: 'month before the publication date, 5 Dec 2020; past tense', ambiguous: false, tense: 'past' },
    { ...span('2023'), text: '2023', type: 'DATE', value: '2023', reasoning: 'explicit year', ambiguous: false, tense: 'future' },
  ],
  quotes: [{ ...span('"We want to export to [Russia] ... more,"'), text: '"We want to export to [Russia] ... more,"', speaker, edited: true, edits: [span('[Russia]'), span('...')], group: 0 }],
  claims: [
    { ...span('In September, Bolivia received an authorisation to deliver beef to Russia.'), text: 'In September, Bolivia received an authorisation to deliver beef to Russia.', kind: 'past', timexes: [0], timexKinds: ['past'], speaker: null, source: 'in an interview with Sputnik', stale: false, quote: null },
    { ...span('The centre is expected to open in 2023.'), text: 'The centre is expected to open in 2023.', kind: 'future', timexes: [1], timexKinds: ['future'], speaker: null, source: null, stale: true, quote: null },
  ],
  findings: [],
};
ANALYSIS.findings = [
  finding('dated-claim', 'September', { kind: 'claim', index: 0 }),
  finding('quote', '"We want to export to [Russia] ... more,"', { kind: 'quote', index: 0 }),
  finding('edited-quote', '"We want to export to [Russia] ... more,"', { kind: 'quote', index: 0 }),
  finding('stale-prediction', '2023', { kind: 'claim', index: 1 }, 'warning'),
];

const noNotes = () => undefined;
const explain = (offset: number, noteFor: (s: { kind: string; index: number }) => ClaimNote | undefined = noNotes) =>
  explainAt({ analysis: ANALYSIS, text: TEXT, offset, uri: 'file:///a.txt', noteFor });

describe('hover explanations', () => {
  it('explains a date: value in words, TimeML value, reasoning, claim kind and the publication source', () => {
    const e = explain(at('September') + 2)!;
    assert.equal(e.start, at('September'));
    assert.equal(e.end, at('September') + 'September'.length);
    assert.match(e.markdown, /\*\*September\*\* → September 2020 \(`2020-09`\): month before the publication date\\, 5 Dec 2020\\; past tense/);
    assert.match(e.markdown, /Past claim/);
    assert.match(e.markdown, /Published 5 Dec 2020 \(from the dateline\)/);
    assert.match(e.markdown, /Stated source: in an interview with Sputnik/);
  });

  it('words a date by its own clause: a past report of a future plan', () => {
    const mixed: Analysis = {
      ...ANALYSIS,
      claims: [ANALYSIS.claims[0], { ...ANALYSIS.claims[1], kind: 'past', timexes: [0, 1], timexKinds: ['past', 'future'], stale: true }],
    };
    const onPast = explainAt({ analysis: mixed, text: TEXT, offset: at('2023'), uri: 'u', noteFor: noNotes })!;
    assert.match(onPast.markdown, /Stale prediction/);
    const report = explainAt({ analysis: { ...mixed, claims: [{ ...mixed.claims[1], ...span('In September, Bolivia received an authorisation to deliver beef to Russia.') }] }, text: TEXT, offset: at('September'), uri: 'u', noteFor: noNotes })!;
    assert.match(report.markdown, /Past claim/);
  });

  it('flags a stale prediction with today’s date', () => {
    const e = explain(at('2023'))!;
    assert.match(e.markdown, /Stale prediction.*2023.*28 Nov 2026.*Check whether it happened/s);
  });

  it('explains a quote: speaker, how the speaker was found, and the editorial marks', () => {
    const e = explain(at('We want'))!;
    assert.equal(e.start, at('"We want'));
    assert.match(e.markdown, /Quoted statement\*\* by \*\*Luis Arce\*\*: “the president” → Luis Arce \(description resolved/);
    assert.match(e.markdown, /Edited quote\*\*: contains `\[Russia\]`, `\.\.\.`/);
  });

  it('links only Claimline commands, with the document and the claim as arguments', () => {
    const e = explain(at('September'))!;
    const commands = [...e.markdown.matchAll(/\]\((command:[^)]*)\)/g)].map((m) => m[1]);
    assert.equal(commands.length, 3);
    for (const uri of commands) assert.ok(HOVER_COMMANDS.some((c) => uri.startsWith(`command:${c}?`)), uri);
    assert.ok(commands.includes(commandUri('claimline.markVerified', ['file:///a.txt', { kind: 'claim', index: 0 }])));
    assert.match(e.markdown, /\[Add note\]/);
  });

  it('shows the note, escapes its text and keeps only web links', () => {
    const note: ClaimNote = {
      id: 'n', anchor: { kind: 'claim', text: '', before: '', after: '' }, status: 'verified', checked: '2026-11-20',
      text: 'See [this](command:workbench.action.quit) <img src=x>', sources: ['https://www.gov.bo/report', 'javascript:alert(1)'], updated: '2026-11-20T00:00:00Z',
    };
    const e = explain(at('September'), (s) => (s.kind === 'claim' && s.index === 0 ? note : undefined))!;
    assert.match(e.markdown, /\*\*Note\*\* · Verified · checked 20 Nov 2026/);
    assert.ok(!e.markdown.includes('](command:workbench'), 'note text must not become a link');
    assert.ok(!e.markdown.includes('<img'), 'note text must not become HTML');
    assert.match(e.markdown, /\[www\\\.gov\\\.bo\]\(https:\/\/www\.gov\.bo\/report\)/);
    assert.ok(!e.markdown.includes('javascript:'));
    assert.match(e.markdown, /\[Edit note\]/);
    assert.ok(!e.markdown.includes('Mark verified'), 'already verified');
  });

  it('says relative dates cannot be placed when there is no publication date, as the analysis leaves them', () => {
    const text = 'The mayor said in September that the bridge would open next year.';
    const e = explainAt({ analysis: analyze(text, { today: '2026-11-28' }), text, offset: text.indexOf('September'), uri: 'u', noteFor: noNotes })!;
    assert.match(e.markdown, /year unknown/);
    assert.match(e.markdown, /No publication date found: relative dates such as "last year" or "in September" cannot be placed and are marked ambiguous/);
    assert.doesNotMatch(e.markdown, /resolved against today/);
  });

  it('puts the reasoning inside a value\'s own parenthesis, never two in a row', () => {
    const text = 'The vote is on Sunday.';
    const messagesOf = (locale: 'en' | 'es') => analyze(text, { today: '2026-11-28', locale }).findings.filter((f) => f.rule === 'dated-claim').map((f) => f.message);
    assert.deepEqual(messagesOf('en'), ['on Sunday → Sunday (date unknown; weekday without a publication date to place it).']);
    for (const message of [...messagesOf('en'), ...messagesOf('es')]) assert.doesNotMatch(message, /\) \(/);
  });

  it('has nothing to say outside dates and quotes, even inside a claim sentence', () => {
    assert.equal(explain(at('GMT') + 1), undefined);
    assert.equal(explain(at('authorisation')), undefined);
  });

  it('describes speakers found by name without repeating the name', () => {
    assert.equal(describeSpeaker({ name: 'Luis Arce', mention: 'Luis Arce', method: 'name', start: 0, end: 0 }), '**Luis Arce** (named)');
  });

  it('quotes the article\'s own words for a speaker in the marks of the message language', () => {
    const president = { name: 'Luis Arce', mention: 'the president', method: 'description', start: 0, end: 13 } as const;
    assert.equal(describeSpeaker(president), '**Luis Arce**: “the president” → Luis Arce (description resolved to the person named before)');
    assert.match(describeSpeaker(president, messages('es')), /^\*\*Luis Arce\*\*: «the president» → Luis Arce \(/);
    assert.equal(speakerPhrase({ ...president, mention: 'Arce', method: 'name' }), 'Luis Arce (“Arce”)');
    assert.equal(speakerPhrase({ ...president, mention: 'Arce', method: 'name' }, messages('es')), 'Luis Arce («Arce»)');
    assert.equal(speakerPhrase(president, messages('es')), 'Luis Arce («the president» → Luis Arce)');
  });

  it('names a description nobody was named for once, lower-cased inside the sentence', () => {
    const mayor = { name: 'The mayor', mention: 'The mayor', method: 'description', start: 0, end: 9 } as const;
    assert.equal(speakerPhrase(mayor), 'the mayor');
    assert.equal(speakerPhrase({ ...mayor, name: 'the mayor', mention: 'the mayor' }, messages('es')), 'the mayor');
    // A name keeps its capitals; so does the article's own wording when quoted.
    assert.equal(speakerPhrase({ name: 'Ann Rowe', mention: 'Ann Rowe', method: 'name', start: 0, end: 8 }), 'Ann Rowe');
    assert.equal(speakerPhrase({ ...mayor, name: 'Ann Rowe' }), 'Ann Rowe (“The mayor” → Ann Rowe)');
    const text = 'The mayor said the bridge would open in 2023.\n\n“We will finish by May,” the mayor said.';
    const findings = analyze(text, { published: '2020-01-10', today: '2026-12-07' }).findings;
    assert.ok(findings.some((f) => f.message.includes('according to the mayor.')), findings.map((f) => f.message).join('\n'));
    assert.ok(findings.every((f) => !f.message.includes('The mayor')));
    assert.ok(findings.some((f) => f.message === 'Quoted statement by the mayor.'));
  });

  it('lower-cases a description wherever it reached the quote from, and never a name', () => {
    const base = { start: 0, end: 0 } as const;
    // Carried on by a continuation or a pronoun, "The minister" is still a description.
    assert.equal(speakerInSentence({ ...base, name: 'The minister', mention: 'he', method: 'pronoun' }), 'the minister');
    assert.equal(speakerPhrase({ ...base, name: 'A spokeswoman', mention: 'A spokeswoman', method: 'continuation' }), 'a spokeswoman (continuing the previous quote)');
    // A name that opens with a determiner keeps its capitals, unless the analyzer found it as a description.
    assert.equal(speakerInSentence({ ...base, name: 'The New York Times', mention: 'The New York Times', method: 'name' }), 'The New York Times');
    assert.equal(speakerInSentence({ ...base, name: 'The Prime Minister', mention: 'The Prime Minister', method: 'description' }), 'the Prime Minister');
    assert.equal(speakerInSentence({ ...base, name: 'De la Cruz', mention: 'De la Cruz', method: 'name' }), 'De la Cruz');
  });

  it('hovers a description nobody was named for lower-cased, without claiming it was resolved', () => {
    const mayor = { name: 'The mayor', mention: 'The mayor', method: 'description', start: 0, end: 9 } as const;
    assert.equal(describeSpeaker(mayor), '**the mayor** (a description: no one named before it matches)');
    assert.equal(describeSpeaker(mayor, messages('es')), '**the mayor** (una descripción: no coincide con nadie nombrado antes)');
    const text = 'LONDON, March 3, 2021 -\n\n"We will finish by May," The mayor said.';
    const hover = explainAt({ analysis: analyze(text), text, offset: text.indexOf('finish'), uri: 'u', noteFor: noNotes, locale: 'es' })!.markdown;
    assert.match(hover, /\*\*Cita textual\*\* de \*\*the mayor\*\* \(una descripción/);
    assert.doesNotMatch(hover, /The mayor|remite a la persona/);
  });

  it('says a pronoun nobody named nearby fits is not identified, rather than naming it', () => {
    const described = describeSpeaker({ name: 'she', mention: 'she', method: 'pronoun', start: 0, end: 3 });
    assert.match(described, /^\*\*“she”\*\*, not identified/);
    assert.doesNotMatch(described, /resolved/);
  });

  it('escapes Markdown and HTML in article text', () => {
    assert.equal(escapeMarkdown('[a](b) <i>*x*</i>'), '\\[a\\]\\(b\\) &lt;i&gt;\\*x\\*&lt;\\/i&gt;');
  });
});

describe('selecting findings to show', () => {
  it('applies per-rule severity and off', () => {
    const { shown } = selectFindings(ANALYSIS, { rules: { quote: 'off', 'stale-prediction': 'error', 'dated-claim': 'bogus' } });
    assert.deepEqual(shown.map((s) => [s.finding.rule, s.severity]), [
      ['dated-claim', 'information'],
      ['edited-quote', 'information'],
      ['stale-prediction', 'error'],
    ]);
  });

  it('honours disable comments by the finding’s line', () => {
    const text = TEXT.replace('The centre', '<!-- claimline-disable-next-line stale-prediction -->\nThe centre');
    // Lines shift by one after the inserted comment, as the analyzer would report them.
    const analysis = { ...ANALYSIS, findings: ANALYSIS.findings.map((f) => (f.rule === 'stale-prediction' ? { ...f, line: f.line + 1 } : f)) };
    const { shown } = selectFindings(analysis, { suppressions: parseSuppressions(text, 'plaintext') });
    assert.ok(!shown.some((s) => s.finding.rule === 'stale-prediction'));
    assert.equal(shown.length, 3);
  });

  it('hides findings of ignored claims', () => {
    const ignored: ClaimNote = { id: 'i', anchor: { kind: 'quote', text: '', before: '', after: '' }, status: 'unverified', text: '', sources: [], ignored: true, updated: '2026-01-01T00:00:00Z' };
    const { shown } = selectFindings(ANALYSIS, { noteFor: (s) => (s.kind === 'quote' ? ignored : undefined) });
    assert.deepEqual(shown.map((s) => s.finding.rule), ['dated-claim', 'stale-prediction']);
  });

  it('caps the number per file, keeping the most severe', () => {
    const { shown, truncated } = selectFindings(ANALYSIS, { max: 1 });
    assert.equal(truncated, 3);
    assert.deepEqual(shown.map((s) => s.finding.rule), ['stale-prediction']);
  });

  it('maps a date finding to the claims it anchors', () => {
    const analysis = { ...ANALYSIS, findings: [finding('ambiguous-date', '2023', { kind: 'timex', index: 1 })] };
    assert.deepEqual(subjectsOfFinding(analysis, analysis.findings[0]), [{ kind: 'claim', index: 1 }]);
  });

  it('summarises claims to review for the status bar', () => {
    const verified: ClaimNote = { id: 'v', anchor: { kind: 'claim', text: '', before: '', after: '' }, status: 'verified', text: '', sources: [], updated: '2026-01-01T00:00:00Z' };
    const summary = reviewSummary(ANALYSIS, (s) => (s.kind === 'claim' && s.index === 0 ? verified : undefined));
    assert.deepEqual(summary, { total: 3, unverified: 2, claims: 2, quotes: 1 });
  });
});
