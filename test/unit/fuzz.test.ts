// Bounded property-based fuzzing of the analyzer (fixed seed, so a failure here is reproducible
// from the test output alone). Long random-seed runs: `npm run fuzz` (scripts/fuzz.ts).
// Generators and invariants live in fuzz-properties.ts; bugs found and not fixed yet are listed
// with their repro in fuzz-known-failures.ts.

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../src/cli/run';
import { analyze } from '../../src/core/analyze';
import { buildFindings } from '../../src/core/findings';
import { detectPublicationDate } from '../../src/core/publication';
import { sentences } from '../../src/core/text';
import type { Analysis, Timex } from '../../src/core/types';
import { KNOWN_FAILURES } from './fuzz-known-failures';
import { analyzerProperties, checkAnalysis, checkCase, documentArbitrary, naivePosition, splitsSurrogatePair, TIMEML_VALUE } from './fuzz-properties';

const SEED = 20261128;
// ~200 documents per property keeps the whole file at a few seconds on the shared machine.
const RUNS = 200;

describe('fuzzing the analyzer (fixed seed)', () => {
  for (const { name, property } of analyzerProperties(KNOWN_FAILURES)) {
    it(`${name}: never throws, ranges valid, findings ordered, deterministic, JSON round trip`, () => {
      fc.assert(property, { seed: SEED, numRuns: RUNS });
    });
  }
});

describe('fuzzing the CLI: any bytes in, valid JSON Lines out (fixed seed)', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'claimline-fuzz-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  // Files as they come: articles, random bytes (NUL, invalid UTF-8), a BOM, oversized ones.
  const fileContents = fc.oneof(
    { weight: 3, arbitrary: documentArbitrary.map((text) => Buffer.from(text, 'utf8')) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes)])) },
    { weight: 1, arbitrary: fc.constant(Buffer.alloc(3000, 0x41)) }, // above the 0.002 MB limit below
  );

  it('one JSON object per file, in order, each naming its file; errors also on stderr; exit 0, 1 or 2', async () => {
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fileContents, { minLength: 1, maxLength: 4 }), async (contents) => {
        const files = contents.map((bytes) => {
          const file = join(dir, `f${counter++}.txt`);
          writeFileSync(file, bytes);
          return file;
        });
        const stdout: string[] = [];
        const stderr: string[] = [];
        // One job: this is about the records; worker threads (each loading the analyzer through tsx
        // here) are tested in cli-scale.test.ts.
        const code = await runCli(['check', '--jobs', '1', '--format', 'json', '--max-size', '0.002', '--today', '2026-11-28', ...files], {
          stdout: (line) => stdout.push(line),
          stderr: (line) => stderr.push(line),
        });
        assert.ok([0, 1, 2].includes(code), `exit code ${code}`);
        assert.equal(stdout.length, files.length, 'one line per file');
        const records = stdout.map((line) => {
          assert.ok(!/[\r\n]/.test(line), 'a record is one line');
          return JSON.parse(line) as { file: string; error?: string; findings?: unknown[] };
        });
        assert.deepEqual(records.map((r) => r.file), files);
        for (const record of records) {
          if (record.error !== undefined) assert.ok(stderr.some((line) => line.startsWith(`claimline: ${record.file}: `)), `no stderr line for ${record.file}`);
          else assert.ok(Array.isArray(record.findings));
        }
        assert.equal(code === 2, records.some((r) => r.error !== undefined), 'exit 2 exactly when a file could not be checked');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe('fuzz invariants can fail', () => {
  // The properties are only worth something if a broken analysis is caught; corrupt a real one.
  const text = 'The plant opened in 2019 😀. In 2023, it will close, “we are sure,” Arce said.';
  const options = { published: '2020-12-05', today: '2026-11-28' };
  const fresh = (): Analysis => analyze(text, options);
  const rejects = (mutate: (a: Analysis) => void, message: RegExp) => {
    const analysis = fresh();
    mutate(analysis);
    assert.throws(() => checkAnalysis(text, options, analysis), message);
  };
  const someTimex = (a: Analysis): Timex => {
    assert.ok(a.timexes.length > 0, 'the sample must produce timexes');
    return a.timexes[0];
  };

  it('accepts the untouched analysis', () => {
    assert.doesNotThrow(() => checkAnalysis(text, options, fresh()));
  });

  it('rejects a range outside the text or reversed', () => {
    rejects((a) => (someTimex(a).end = text.length + 1), /outside the text/);
    rejects((a) => Object.assign(someTimex(a), { start: 5, end: 4 }), /after end|empty|outside/);
  });

  it('rejects an offset between the halves of a surrogate pair', () => {
    const emoji = text.indexOf('😀');
    rejects((a) => a.findings.push({ ...a.findings[0], start: emoji + 1, end: emoji + 2, ...naivePosition(text, emoji + 1) }), /splits a surrogate pair/);
  });

  it('rejects unsorted findings, a wrong line/column and a bad claim index', () => {
    rejects((a) => a.findings.reverse(), /not sorted|overlaps|starts before/);
    rejects((a) => (a.findings[0].column += 1), /line\/column/);
    rejects((a) => (a.claims[0].timexes = [a.timexes.length]), /out of range/);
  });

  it('rejects a value outside the TimeML grammar and a timex whose text is not its slice', () => {
    rejects((a) => (someTimex(a).value = '2019-13'), /TimeML/);
    rejects((a) => (someTimex(a).text = 'x'), /not the slice/);
  });
});

describe('fuzz helpers', () => {
  it('TimeML value grammar accepts what TIMEX3 allows and nothing else', () => {
    const valid = ['2020', '2020-09', '2020-12-05', '2020-12-05T07:08', '2020-12-05TEV', '2013-W11', '2013-W11-WE', 'XXXX-WXX-1',
      '2020-SU', '2020-Q3', '2021-H1', '199X', '19XX', 'XXXX-06', 'XXXX-12-05', '18', '199', 'XX', 'XXX', 'P11M', 'P3W', 'PT2H30M', 'PXY', 'P2DE',
      'P1Y6M', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'T10:30', 'BC0044', 'XXXX-XX-XXT07:08Z', '2020-12-05T07:08+01:00', 'PXWE'];
    const invalid = ['', '2020-13', '2020-12-32', '20201', '199912-12-31', 'P', 'PT', '2020-W54', 'NOW', '2020-12-5', 'P3', 'September', '2020-12-05T07:08GMT'];
    for (const value of valid) assert.match(value, TIMEML_VALUE, value);
    for (const value of invalid) assert.doesNotMatch(value, TIMEML_VALUE, value);
  });

  it('line/column reference counts CR LF once, lone CR and LF each as a break', () => {
    const text = 'a\r\nb\rc\nd';
    assert.deepEqual(naivePosition(text, 0), { line: 1, column: 1 });
    assert.deepEqual(naivePosition(text, 3), { line: 2, column: 1 });
    assert.deepEqual(naivePosition(text, 5), { line: 3, column: 1 });
    assert.deepEqual(naivePosition(text, 7), { line: 4, column: 1 });
  });

  it('knows where a surrogate pair would be split', () => {
    const text = 'a😀b';
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => splitsSurrogatePair(text, i)), [false, false, true, false, false]);
    assert.equal(splitsSurrogatePair('\ud83d', 1), false, 'a lone high surrogate at the end is not a pair');
  });

});

describe('regressions found by fuzzing and the regex audit', () => {
  it('the first day of a pair whose second day does not exist in that year gets a TimeML value', () => {
    // Was "1969-0202": the second day, 29 February 1969, resolved to its month only.
    checkCase({ text: '2021-02-29\nFebruary\n last year', options: { format: 'plaintext', published: '1970-01-01', today: '1970-01-01' } });
  });

  it('a run of periods not followed by a space is not a sentence end, and does not stall the splitter', () => {
    const text = `Opened.${'.'.repeat(200000)}x Closed. Later`;
    const spans = sentences(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, [`Opened.${'.'.repeat(200000)}x Closed.`, 'Later']);
  });

  it('sentences of many paragraphs without final punctuation are found in one pass', () => {
    const headlines = Array.from({ length: 50000 }, (_, i) => `Headline ${i} without a period`).join('\n\n') + '\n\nThe end. Really.';
    const spans = sentences(headlines);
    assert.equal(spans.length, 50002);
    assert.equal(headlines.slice(spans[49999].start, spans[49999].end), 'Headline 49999 without a period');
    assert.equal(headlines.slice(spans[50000].start, spans[50000].end), 'The end.');
  });

  it('a sentence end found past a paragraph is kept for the paragraph it belongs to', () => {
    const text = 'No period here\n\nStill none\n\nNow one. And two.';
    assert.deepEqual(sentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph]), [
      ['No period here', 0], ['Still none', 1], ['Now one.', 2], ['And two.', 2],
    ]);
  });

  it('reads a front matter date followed by a long run of blanks (was quadratic in the blanks)', () => {
    const text = `---\ndate: "2020-12-05"${' '.repeat(15000)}\ntitle: x\n---\nBody.`;
    const published = detectPublicationDate(text, { today: '2026-11-28' });
    assert.equal(published?.value, '2020-12-05');
    assert.equal(text.slice(published!.start, published!.end), '2020-12-05');
  });

  it('front matter: quoted, unquoted and quote-containing values', () => {
    const read = (line: string) => {
      const published = detectPublicationDate(`---\n${line}\n---\n`, { today: '2026-11-28' });
      return published?.source === 'front-matter' ? published.value : null;
    };
    assert.equal(read("published: '5 December 2020'  "), '2020-12-05');
    assert.equal(read('date:2021-01-02'), '2021-01-02');
    assert.equal(read('date: "2021-01-02" x"'), null, 'a value with quotes inside is not a date field');
    assert.equal(read('date: \ndate: 2021-03-04'), '2021-03-04', 'an empty field does not hide a later one');
  });

  it('finds the <meta> and <time> dates after many unclosed openers (each opener now stops at the next tag)', () => {
    const meta = '<meta '.repeat(2000) + '<meta property="article:published_time" content="2020-12-05T07:08:00Z">';
    assert.equal(detectPublicationDate(meta, { today: '2026-11-28' })?.source, 'html-meta');
    const time = '<time '.repeat(2000) + '<time datetime="2021-03-04">4 March</time>';
    assert.equal(detectPublicationDate(time, { today: '2026-11-28' })?.value, '2021-03-04');
  });

  it('finding line/column are counted in the source, not in the masked text', () => {
    const source = '<p>\n\nIn 2020 it opened.';
    const text = source.replace('<p>', '\n\n ');
    const at = source.indexOf('2020');
    const timex: Timex = { start: at, end: at + 4, text: '2020', type: 'DATE', value: '2020', reasoning: 'explicit year', ambiguous: false, tense: 'past' };
    const claim = { start: at - 3, end: source.length, text: '', kind: 'past' as const, timexes: [0], timexKinds: ['past' as const], speaker: null, source: null, stale: false, quote: null };
    const input = { text, published: null, today: '2026-11-28', timexes: [timex], claims: [claim], quotes: [] };
    const onSource = buildFindings({ ...input, source }).find((f) => f.rule === 'dated-claim')!;
    assert.deepEqual({ line: onSource.line, column: onSource.column }, { line: 3, column: 4 });
    const onMasked = buildFindings(input).find((f) => f.rule === 'dated-claim')!;
    assert.equal(onMasked.line, 5, 'without the source, the inserted paragraph break shifts the line (the bug)');
  });

  it('analyze counts HTML finding lines in the source (block tags become breaks only in the masked text)', () => {
    checkCase({ text: '<p>\n\nIn 2020 it opened.', options: { format: 'html', published: '2020-12-05', today: '2026-11-28' } });
    const analysis = analyze('<p>\n\nIn 2020 it opened.', { format: 'html', published: '2020-12-05', today: '2026-11-28' });
    assert.deepEqual(analysis.findings.map((f) => [f.line, f.column]), [[3, 4]]);
  });

  it('a speaker mention never ends between the halves of an emoji', () => {
    checkCase({ text: 'according to 𐀀𐀀 <https://example.com>November👍🏽', options: { format: 'markdown', today: '1970-01-01' } });
    const text = '“We will win,” said Lopez👍🏽 on Monday.';
    const speaker = analyze(text, { published: '2020-12-05', today: '2026-11-28' }).quotes[0]?.speaker;
    assert.equal(speaker?.mention, 'Lopez');
    assert.ok(!splitsSurrogatePair(text, speaker.start) && !splitsSurrogatePair(text, speaker.end));
  });

  it('numbers beyond the calendar are not dates: overlong years, centuries, counts and pre-year-1 spans', () => {
    const options = { format: 'plaintext' as const, published: '2020-12-05', today: '2026-11-28' };
    for (const text of ['It closed on 12/31/199912.', 'Built in the 119th century.', `It lasted ${'1'.repeat(50)} years.`]) {
      checkCase({ text, options });
      assert.deepEqual(analyze(text, options).timexes.map((t) => t.value).filter((v) => /\d{5,}|e\+|^\d{3}$/.test(v)), [], text);
    }
    checkCase({ text: 'It grew over the last 40 centuries.', options: { ...options, published: '1970-01-01' } });
  });
});
