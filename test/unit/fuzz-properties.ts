// Property-based fuzzing of the analyzer, shared by the bounded unit suite (test/unit/fuzz.test.ts,
// fixed seed) and the long runs of `npm run fuzz` (scripts/fuzz.ts, random seed, time budget).
// An article is hostile input: the generators below mix what breaks text tools (unbalanced and
// mixed quote marks, astral characters glued to dates, CR/CRLF/BOM/NUL, unclosed markup, very long
// lines) with the words the tagger and the quote extractor react to, so the invariants are checked
// on documents that actually produce timexes, quotes, claims and findings.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonRecordPieces, toJsonRecord } from '../../src/cli/json';
import { analyze } from '../../src/core/analyze';
import { RULES } from '../../src/core/findings';
import { visibleText } from '../../src/core/markup';
import { readHtmlPage } from '../../src/core/web/htmlPage';
import type { Analysis, AnalyzeOptions, Span } from '../../src/core/types';

export type Format = NonNullable<AnalyzeOptions['format']>;

export interface FuzzCase {
  text: string;
  options: AnalyzeOptions;
}

// ---------------------------------------------------------------------------------------------
// Generators

const QUOTE_MARKS = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", '‹', '›', '「', '」', '‚'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb', 'Sept.', 'Sep', 'Dec.', 'dec', 'MAY', 'mid-March', 'late June',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon.', 'Thurs'];
const TEMPORAL_WORDS = [
  'last', 'next', 'this', 'ago', 'year', 'years', 'month', 'months', 'week', 'weekend', 'day', 'days', 'decade', 'century',
  'yesterday', 'today', 'tomorrow', 'now', 'recently', 'earlier', 'later', 'since', 'until', 'by', 'in', 'on', 'the',
  'past', 'coming', 'previous', 'following', 'every', 'each', 'quarter', 'Q3', 'summer', 'winter', 'spring', 'fall',
  'morning', 'tonight', 'noon', 'midnight', 'first', 'second', 'half', 'three', 'eleven', 'a few', 'several', 'early',
  'mid', 'end of', 'the 1990s', "the '90s", '1990s', '19th century', 'fiscal', 'FY2021', 'BC', 'AD',
];
const DATE_LIKE = [
  '2020', '2023', '1999', '0000', '9999', '2020-12-05', '2021-02-29', '2020-13-45', '05/12/2020', '12.05.2020', '5 Dec 2020',
  'December 5, 2020', 'Dec. 5', '31', '32', '1st', '22nd', '3rd', '11th', '07:08', '7 p.m.', '10:30 a.m.', 'GMT',
  'three weeks ago', 'last year', 'next Tuesday', 'in 2023', 'the past 11 months', 'two years later', 'this week',
  'the first half of 2021', 'by the end of the year', 'between 2019 and 2021', '2019-2021', '2019–20', 'W11',
  '20201205', '1e9', '-2020', '+2020', '2020s', '12/31/1999', '29 February 2019',
];
const SPEECH = [
  'said', 'says', 'told', 'added', 'according to', 'Arce said', 'he said', 'she added', 'they said', 'the president said',
  'President Luis Arce', 'Ms. Añez', 'Dr. O\'Brien', 'Jean-Luc', 'Reuters', 'REUTERS/Ueslei Marcelino', 'will', 'would',
  'expected to open', 'plans to', 'is going to', 'has been', 'had', 'was', 'is', 'Mr.', 'U.S.', 'e.g.',
];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '...', '. . .', '—', '–', '-', '(', ')', '[', ']', '[...]', '[the minister]', '{', '}', '/', '\\'];
const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029', '\n \n', '\f', '\v'];
const ODD_CHARACTERS = [
  '\ufeff', '\u0000', '\u00a0', '\u200b', '\u200d', '\u202e', '\ufffd', '\t', '😀', '👍🏽', '🇧🇴', '𝟚𝟘𝟚𝟘', '𝐃𝐞𝐜', '２０２０', '٢٠٢٠',
  'é', 'e\u0301', 'ß', 'İ', 'ﬁ', '\ud83d', '\ude00', '\udfff\ud800',
];
const HTML = [
  '<p>', '</p>', '<br>', '<br/>', '<div class="a">', '</div>', '<script>', '</script>', '<script>var d = "2019";</script>',
  '<style>p{}</style>', '<!--', '-->', '<!-- claimline: published 2020-12-05 -->', '<b>', '</b>', '<a href="x?a=1&amp;b=2">',
  '</a>', '&amp;', '&ldquo;', '&rdquo;', '&#8220;', '&#x201D;', '&#128512;', '&#55357;', '&nbsp;', '&unknown;', '&', '<', '>',
  '<meta name="date" content="2020-12-05">', '<time datetime="2020-12-05">', '</time>', '<head>', '</head>', '<!doctype html>',
  '<svg>', '</svg>', '<h1>', '</h1>', '<li>', '<p', '</scr', '<?xml?>', '<![CDATA[', ']]>',
];
const MARKDOWN = [
  '```', '```\n', '~~~\n', '`', '``', '`code 2020`', '# ', '## ', '> ', '* ', '- ', '1. ', '[link](http://example.com/2020)',
  '[ref]: http://example.com', '](', '![img](a.png "2020")', '<https://example.com>', '**', '_', '---\n',
  '---\ndate: 2020-12-05\n---\n', '---\ndate: "5 December 2020"\n', '    indented code', '<!-- hidden 2019 -->', '|', '| --- |',
];

const pick = (values: string[]) => fc.constantFrom(...values);

/** Any UTF-16 code unit, lone surrogates included: JavaScript strings from an editor can hold them. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(QUOTE_MARKS) },
  { weight: 5, arbitrary: pick(MONTHS) },
  { weight: 2, arbitrary: pick(WEEKDAYS) },
  { weight: 6, arbitrary: pick(TEMPORAL_WORDS) },
  { weight: 6, arbitrary: pick(DATE_LIKE) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
  { weight: 5, arbitrary: pick(SPEECH) },
  { weight: 5, arbitrary: pick(PUNCTUATION) },
  { weight: 3, arbitrary: pick(LINE_BREAKS) },
  { weight: 3, arbitrary: pick(ODD_CHARACTERS) },
  { weight: 2, arbitrary: pick(HTML) },
  { weight: 2, arbitrary: pick(MARKDOWN) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 4 }) },
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
);

// Tokens are mostly separated by a space, sometimes glued together ("😀2020", "“December") and
// sometimes by a line break, so dates sit next to astral characters and quote marks.
const separator = fc.oneof(
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: pick(LINE_BREAKS) },
  { weight: 1, arbitrary: pick(['  ', '\t', ', ', '. ', '\u00a0']) },
);

const sentenceLike = fc
  .array(fc.tuple(token, separator), { minLength: 0, maxLength: 40 })
  .map((pairs) => pairs.map(([t, s]) => t + s).join(''));

/** A short piece repeated into a long line: the shape of inputs that make regexes backtrack. */
const longLine = fc
  .tuple(fc.oneof(sentenceLike, token, pick(QUOTE_MARKS), pick(PUNCTUATION)), fc.integer({ min: 50, max: 1500 }))
  .map(([piece, times]) => piece.repeat(Math.max(1, Math.min(times, Math.floor(6000 / Math.max(1, piece.length))))));

/** Documents: sentences and paragraphs, optionally a BOM, an odd line-ending style and a long line. */
export const documentArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 8, arbitrary: sentenceLike }, { weight: 1, arbitrary: longLine }), { minLength: 0, maxLength: 8 }),
    pick(['\n\n', '\n', '\r\n\r\n', '\r\r', ' ', '\n\n\n', '']),
    fc.boolean(),
    fc.constantFrom<'keep' | 'crlf' | 'cr'>('keep', 'keep', 'crlf', 'cr'),
  )
  .map(([paragraphs, joiner, bom, lineEndings]) => {
    let text = paragraphs.join(joiner);
    if (lineEndings === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
    if (lineEndings === 'cr') text = text.replace(/\r?\n/g, '\r');
    return (bom ? '\ufeff' : '') + text;
  });

/** Fully random text (any code units), for what the token grammar would never think of. */
export const randomTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: anyCodeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
);

const isoDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const optionsArbitrary: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    format: fc.constantFrom<Format>('plaintext', 'markdown', 'html'),
    // Mostly a real date; sometimes garbage a caller might pass, which must be ignored, not crash.
    published: fc.oneof({ weight: 6, arbitrary: isoDay }, { weight: 1, arbitrary: pick(['2021-02-29', 'yesterday', '', '2020-12-05T07:08', '99999-01-01']) }),
    today: isoDay,
  },
  { requiredKeys: ['format', 'today'] },
);

export const caseArbitrary: fc.Arbitrary<FuzzCase> = fc.record({
  text: fc.oneof({ weight: 5, arbitrary: documentArbitrary }, { weight: 1, arbitrary: randomTextArbitrary }),
  options: optionsArbitrary,
});

// ---------------------------------------------------------------------------------------------
// Invariants

/**
 * TimeML TIMEX3 value grammar (the subset an English news tagger can produce): calendar dates with
 * X placeholders (2020, 199X, 19XX, XXXX-06, XXXX-WXX-1), weeks, seasons, quarters, halves, parts
 * of day, centuries (18) and decades (199), clock times, durations (P11M, PT2H30M, PXY, P2DE) and the *_REF anchors.
 */
const YEAR = '(?:BC)?(?:\\d{4}|\\d{3}X|\\d{2}XX|\\dXXX|XXXX)';
const MONTH = '(?:0[1-9]|1[0-2]|XX)';
const DAY = '(?:0[1-9]|[12]\\d|3[01]|XX)';
// ISO 8601 clock time, optionally with a zone designator ("07:08 GMT" = T07:08Z).
const CLOCK = '(?:[01]\\d|2[0-4]|XX)(?::(?:[0-5]\\d|XX)(?::[0-5]\\d(?:\\.\\d+)?)?)?(?:Z|[+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?)?';
const PART_OF_DAY = '(?:MO|MI|AF|EV|NI|DT)';
const TIME_OF_DAY = `T(?:${CLOCK}|${PART_OF_DAY})`;
const DATE_VALUE =
  `${YEAR}(?:-${MONTH}(?:-${DAY}(?:${TIME_OF_DAY})?)?|-W(?:0[1-9]|[1-4]\\d|5[0-3]|XX)(?:-(?:[1-7]|WE)(?:${TIME_OF_DAY})?)?` +
  `|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12X]|${TIME_OF_DAY})?`;
const AMOUNT = '(?:\\d+(?:\\.\\d+)?|X)';
// Units: TimeML's calendar units plus DE(cade), CE(ntury), ML (millennium), Q(uarter), H(alf) and
// WE (weekend: "several weekends" = PXWE).
const DURATION_VALUE = `P(?:(?:${AMOUNT}(?:Y|M|W|D|DE|CE|ML|Q|H|WE))+(?:T(?:${AMOUNT}[HMS])+)?|T(?:${AMOUNT}[HMS])+)`;
// TimeML writes a century as its first two digits ("the 19th century" = 18) and a decade as three
// (199); unknown digits are X ("last century" with no publication date = XX).
const CENTURY_OR_DECADE = '(?:BC)?(?:\\d{2,3}|\\d{2}X|\\dXX?|XXX?)';
export const TIMEML_VALUE = new RegExp(`^(?:${DATE_VALUE}|${CENTURY_OR_DECADE}|${TIME_OF_DAY}|${DURATION_VALUE}|PRESENT_REF|PAST_REF|FUTURE_REF)$`);

const DURATION_ONLY = new RegExp(`^${DURATION_VALUE}$`);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (an editor cannot put a cursor there). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets must be integers (${span.start}, ${span.end})`);
  assert.ok(span.start >= 0 && span.end <= text.length, `${what}: [${span.start}, ${span.end}) outside the text (length ${text.length})`);
  assert.ok(span.start <= span.end, `${what}: start ${span.start} after end ${span.end}`);
  assert.ok(!splitsSurrogatePair(text, span.start), `${what}: start ${span.start} splits a surrogate pair`);
  assert.ok(!splitsSurrogatePair(text, span.end), `${what}: end ${span.end} splits a surrogate pair`);
}

/**
 * Line and column computed independently of LineIndex: a plain scan where CR LF, a lone CR and
 * LF each end a line (the editor's rule).
 */
export function naivePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < offset) continue; // the LF ends this line
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function assertSortedNonOverlapping(spans: Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].start <= spans[i].start, `${what} ${i} starts before ${what} ${i - 1}`);
    assert.ok(spans[i - 1].end <= spans[i].start, `${what} ${i - 1} [${spans[i - 1].start}, ${spans[i - 1].end}) overlaps ${what} ${i} [${spans[i].start}, ${spans[i].end})`);
  }
}

/** Every structural promise the Analysis makes to the editor, the CLI and the exports. */
export function checkAnalysis(raw: string, options: AnalyzeOptions, analysis: Analysis): void {
  // Offsets are source offsets; texts are what the analyzer read (markup blanked, entities decoded).
  // Text and offsets of what the analyzer read: the same-length masked text, or for an HTML page
  // the article text, whose offsets map back to the source.
  const format = options.format ?? 'plaintext';
  const page = format === 'html' ? readHtmlPage(raw) : null;
  const masked = page === null ? visibleText(raw, format === 'markdown' ? 'markdown' : 'plaintext') : '';
  if (page === null) assert.equal(masked.length, raw.length, 'masking must keep the length');
  const visible = { slice: (start: number, end: number): string => (page === null ? masked.slice(start, end) : page.text.slice(page.fromSource(start), page.fromSource(end))) };

  if (analysis.published) {
    const p = analysis.published;
    assert.match(p.value, /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/, `published value ${p.value}`);
    if (p.start !== undefined || p.end !== undefined) assertSpan(raw, { start: p.start ?? -1, end: p.end ?? -1 }, 'published');
  }
  assert.match(analysis.today, ISO_DAY);

  analysis.timexes.forEach((timex, i) => {
    const what = `timex ${i} (${JSON.stringify(timex.text)} = ${timex.value})`;
    assertSpan(raw, timex, what);
    assert.ok(timex.end > timex.start, `${what}: empty`);
    assert.equal(timex.text, visible.slice(timex.start, timex.end), `${what}: text is not the slice at its offsets`);
    assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(timex.type), `${what}: type ${timex.type}`);
    assert.match(timex.value, TIMEML_VALUE, `${what}: value is not a TimeML value`);
    if (timex.type === 'DURATION') assert.match(timex.value, DURATION_ONLY, `${what}: a DURATION value must be P…`);
    if (timex.type === 'DATE' || timex.type === 'TIME') assert.doesNotMatch(timex.value, DURATION_ONLY, `${what}: a ${timex.type} value must not be a duration`);
    assert.ok(['past', 'present', 'future'].includes(timex.tense), `${what}: tense ${timex.tense}`);
    assert.equal(typeof timex.reasoning, 'string');
    assert.equal(typeof timex.ambiguous, 'boolean');
    for (const range of [timex.range, timex.anchoredRange]) {
      if (!range) continue;
      assert.match(range.from, ISO_DAY, `${what}: range.from ${range.from}`);
      assert.match(range.to, ISO_DAY, `${what}: range.to ${range.to}`);
      assert.ok(range.from <= range.to, `${what}: range ${range.from} after ${range.to}`);
    }
  });
  assertSortedNonOverlapping(analysis.timexes, 'timex');

  analysis.quotes.forEach((quote, i) => {
    const what = `quote ${i} (${JSON.stringify(quote.text.slice(0, 40))})`;
    assertSpan(raw, quote, what);
    assert.ok(quote.end > quote.start, `${what}: empty`);
    assert.equal(quote.text, visible.slice(quote.start, quote.end), `${what}: text is not the slice at its offsets`);
    quote.edits.forEach((edit, k) => {
      assertSpan(raw, edit, `${what} edit ${k}`);
      assert.ok(edit.start >= quote.start && edit.end <= quote.end, `${what}: edit ${k} outside the quote`);
    });
    assert.equal(quote.edited, quote.edits.length > 0, `${what}: edited must say whether there are edits`);
    assert.ok(Number.isInteger(quote.group) && quote.group >= 0 && quote.group <= i, `${what}: group ${quote.group}`);
    assert.equal(analysis.quotes[quote.group].group, quote.group, `${what}: group ${quote.group} does not start a group`);
    if (quote.speaker) {
      assertSpan(raw, quote.speaker, `${what} speaker`);
      assert.equal(quote.speaker.mention, visible.slice(quote.speaker.start, quote.speaker.end), `${what}: speaker mention is not the slice`);
      assert.ok(quote.speaker.name.length > 0, `${what}: empty speaker name`);
    }
  });
  assertSortedNonOverlapping(analysis.quotes, 'quote');

  analysis.claims.forEach((claim, i) => {
    const what = `claim ${i}`;
    assertSpan(raw, claim, what);
    assert.equal(claim.text, visible.slice(claim.start, claim.end), `${what}: text is not the slice at its offsets`);
    assert.ok(['past', 'ongoing', 'future'].includes(claim.kind), `${what}: kind ${claim.kind}`);
    assert.ok(claim.timexes.length > 0, `${what}: a claim needs an anchoring expression`);
    for (const index of claim.timexes) {
      assert.ok(Number.isInteger(index) && index >= 0 && index < analysis.timexes.length, `${what}: timex index ${index} out of range`);
      const timex = analysis.timexes[index];
      assert.ok(timex.start >= claim.start && timex.start < claim.end, `${what}: timex ${index} is not in the claim's sentence`);
    }
    assert.equal(claim.timexKinds.length, claim.timexes.length, `${what}: one kind per anchoring expression`);
    for (const kind of claim.timexKinds) assert.ok(['past', 'ongoing', 'future'].includes(kind), `${what}: timex kind ${kind}`);
    if (claim.quote !== null) assert.ok(Number.isInteger(claim.quote) && claim.quote >= 0 && claim.quote < analysis.quotes.length, `${what}: quote index ${claim.quote}`);
    if (claim.speaker) assertSpan(raw, claim.speaker, `${what} speaker`);
    assert.equal(typeof claim.stale, 'boolean');
    if (claim.stale) assert.equal(claim.kind, 'future', `${what}: only a future claim can be stale`);
  });
  assertSortedNonOverlapping(analysis.claims, 'claim');

  const byRule = new Map<string, Span[]>();
  analysis.findings.forEach((finding, i) => {
    const what = `finding ${i} (${finding.rule})`;
    assertSpan(raw, finding, what);
    assert.ok(finding.rule in RULES, `${what}: unknown rule`);
    assert.equal(finding.severity, RULES[finding.rule].severity, `${what}: severity`);
    assert.ok(finding.message.length > 0, `${what}: empty message`);
    assert.deepEqual({ line: finding.line, column: finding.column }, naivePosition(raw, finding.start), `${what}: line/column do not match offset ${finding.start}`);
    if (i > 0) assert.ok(analysis.findings[i - 1].start <= finding.start, `${what}: findings not sorted by start`);
    if (finding.subject) {
      const list = finding.subject.kind === 'claim' ? analysis.claims : finding.subject.kind === 'quote' ? analysis.quotes : analysis.timexes;
      assert.ok(finding.subject.index >= 0 && finding.subject.index < list.length, `${what}: subject ${finding.subject.kind} ${finding.subject.index} out of range`);
    }
    const spans = byRule.get(finding.rule) ?? [];
    spans.push(finding);
    byRule.set(finding.rule, spans);
  });
  for (const [rule, spans] of byRule) assertSortedNonOverlapping(spans, `${rule} finding`);
  const blank = !/\S/.test(page === null ? masked : page.text);
  assert.equal(analysis.findings.some((f) => f.rule === 'empty-article'), blank, 'empty-article exactly when there is no visible text');
  assert.equal(analysis.findings.some((f) => f.rule === 'no-publication-date'), analysis.published === null && !blank, 'no-publication-date exactly when there is none in a non-empty article');

  // The CLI's JSON Lines record must survive a round trip whatever the text holds (NUL, lone surrogates).
  const shown = analysis.findings.map((finding) => ({ finding, severity: finding.severity }));
  const record = toJsonRecord({ file: 'fuzz.txt' }, analysis, shown, { messages: true });
  const line = JSON.stringify(record);
  assert.ok(!/[\n\r]/.test(line), 'a JSON Lines record must be one line');
  assert.deepEqual(JSON.parse(line), record, 'JSON record does not survive a round trip');
  // The CLI writes the record in pieces; joined they must be exactly that line.
  assert.equal([...jsonRecordPieces({ file: 'fuzz.txt' }, analysis, shown, { messages: true })].join(''), line, 'JSON record written in pieces differs');
}

/**
 * A bug the fuzzer found that is not fixed yet (see fuzz-known-failures.ts). `matches` must be
 * narrow: a tolerated case skips the remaining invariants for that one input.
 */
export interface KnownFailure {
  id: string;
  /** Who has to fix it (file or area). */
  owner: string;
  description: string;
  /** A minimal input that shows it. */
  repro: FuzzCase;
  matches: (error: Error, fuzzCase: FuzzCase) => boolean;
}

/** Told how much CPU time each first analysis took (scripts/fuzz.ts uses it to find slow documents). */
export type CaseObserver = (fuzzCase: FuzzCase, milliseconds: number) => void;

/** The whole property for one case: never throws, invariants hold, same result the second time. */
export function checkCase(fuzzCase: FuzzCase, tolerated: readonly KnownFailure[] = [], observe?: CaseObserver): void {
  try {
    // CPU time, not wall-clock: the fuzzer shares the machine, and only this process's work matters.
    const started = observe ? process.cpuUsage() : undefined;
    const first = analyze(fuzzCase.text, fuzzCase.options);
    if (observe && started) {
      const used = process.cpuUsage(started);
      observe(fuzzCase, (used.user + used.system) / 1000);
    }
    checkAnalysis(fuzzCase.text, fuzzCase.options, first);
    assert.deepEqual(analyze(fuzzCase.text, fuzzCase.options), first, 'analysis is not deterministic');
  } catch (error) {
    const asError = error instanceof Error ? error : new Error(String(error));
    if (tolerated.some((known) => known.matches(asError, fuzzCase))) return;
    throw error;
  }
}

export interface NamedProperty {
  name: string;
  property: fc.IProperty<[FuzzCase]>;
}

/** Every generated family, each as its own property so a failure names what kind of input broke it. */
export function analyzerProperties(tolerated: readonly KnownFailure[] = [], observe?: CaseObserver): NamedProperty[] {
  const check = (fuzzCase: FuzzCase) => checkCase(fuzzCase, tolerated, observe);
  const withFormat = (format: Format) => optionsArbitrary.map((o) => ({ ...o, format }));
  const htmlDocument = fc.array(fc.oneof(pick(HTML), sentenceLike, token), { maxLength: 30 }).map((parts) => parts.join(''));
  const markdownDocument = fc
    .array(fc.oneof(pick(MARKDOWN), sentenceLike, token, pick(LINE_BREAKS)), { maxLength: 30 })
    .map((parts) => parts.join(''));
  return [
    { name: 'mixed documents, any format, with or without a publication date', property: fc.property(caseArbitrary, check) },
    { name: 'plain text', property: fc.property(fc.record({ text: documentArbitrary, options: withFormat('plaintext') }), check) },
    { name: 'random code units (lone surrogates, NUL, controls)', property: fc.property(fc.record({ text: randomTextArbitrary, options: optionsArbitrary }), check) },
    { name: 'HTML pages (tags, entities, scripts, unclosed markup)', property: fc.property(fc.record({ text: htmlDocument, options: withFormat('html') }), check) },
    { name: 'Markdown files (fences, code spans, front matter, links)', property: fc.property(fc.record({ text: markdownDocument, options: withFormat('markdown') }), check) },
    {
      name: 'no publication date given by the caller',
      property: fc.property(fc.record({ text: documentArbitrary, options: optionsArbitrary.map(({ published: _published, ...o }) => o) }), check),
    },
  ];
}
