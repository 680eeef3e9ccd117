import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, formatFor } from '../../src/core/analyze';
import { readerPhrase } from '../../src/core/findings';
import type { Analysis, Timex } from '../../src/core/types';

// The bundled sample is an invented article in the style of a wire story (see samples/).
const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'harbour-tram.txt'), 'utf8');

function timex(analysis: Analysis, text: string) {
  const found = analysis.timexes.find((t) => t.text === text);
  assert.ok(found, `expected a temporal expression "${text}"; got ${analysis.timexes.map((t) => t.text).join(' | ')}`);
  return found;
}

function findingsAt(analysis: Analysis, text: string) {
  const t = timex(analysis, text);
  return analysis.findings.filter((f) => f.start === t.start && f.end === t.end).map((f) => f.rule);
}

describe('analyze: the sample article', () => {
  const analysis = analyze(sample, { today: '2026-11-28' });

  it('reads the publication date from the dateline', () => {
    assert.equal(analysis.published?.value, '2021-03-14');
    assert.equal(analysis.published?.source, 'dateline');
  });

  it('resolves dates against the publication date and the tense', () => {
    const expected: Array<[string, string, string]> = [
      ['next year', 'DATE', '2022'],
      ['January', 'DATE', '2021-01'],
      ['the past 18 months', 'DURATION', 'P18M'],
      ['2019', 'DATE', '2019'],
      ['autumn 2020', 'DATE', '2020-FA'],
      ['last week', 'DATE', '2021-W09'],
      ['the 1990s', 'DATE', '199'],
      ['3 May', 'DATE', '2021-05-03'],
    ];
    for (const [text, type, value] of expected) {
      const t = timex(analysis, text);
      assert.deepEqual([t.type, t.value], [type, value], text);
    }
  });

  it('flags predictions whose date has passed, and future claims that are still open', () => {
    assert.deepEqual(findingsAt(analysis, '2022'), ['stale-prediction']);
    assert.deepEqual(findingsAt(analysis, '2025'), ['stale-prediction']);
    assert.deepEqual(findingsAt(analysis, '2030'), ['future-claim']);
    assert.deepEqual(findingsAt(analysis, 'January'), ['dated-claim']);
    // Read before the vote, the same article has no stale predictions at all.
    const early = analyze(sample, { today: '2021-03-20' });
    assert.ok(!early.findings.some((f) => f.rule === 'stale-prediction'));
  });

  it('does not turn the dateline into a claim', () => {
    assert.ok(!analysis.claims.some((c) => c.text.includes('09:15 GMT')));
  });

  it('reads the lede after a wire dateline as a claim that starts with the story', () => {
    const claimsOf = (text: string) => analyze(text, { today: '2026-11-28' }).claims.map((c) => [c.text, c.kind, c.stale, text.slice(c.start, c.end) === c.text]);
    assert.deepEqual(claimsOf('LA PAZ, Dec. 5, 2020 (Reuters) - Bolivia will open the plant in 2023, Arce said.\n'), [
      ['Bolivia will open the plant in 2023, Arce said.', 'future', true, true],
    ]);
    // AP's underscore, a time after the date, an em dash: the dateline's own words stay out.
    assert.deepEqual(claimsOf('NAIROBI, Kenya, Aug. 7, 1998 (AP) _ The embassy was bombed on Friday.\n'), [['The embassy was bombed on Friday.', 'past', false, true]]);
    assert.deepEqual(claimsOf('December 5, 2020, 10:30 am GMT — The council voted on Tuesday.\n'), [['The council voted on Tuesday.', 'past', false, true]]);
    // A dateline alone on its line is still no claim, nor is a date line without a story after it.
    assert.deepEqual(claimsOf('07:08 GMT05 December 2020\n\nThe deal was signed in 2017.\n'), [['The deal was signed in 2017.', 'past', false, true]]);
    assert.deepEqual(claimsOf('LONDON, March 3, 2019 (AP) —\n'), []);
  });

  it('finds the quoted statements, their speakers and the edited ones', () => {
    const quotes = analysis.quotes.map((q) => [q.text.slice(0, 12), q.speaker?.name ?? null, q.speaker?.mention ?? null, q.edited]);
    assert.deepEqual(quotes, [
      ['"The first t', 'Elena Voss', 'Voss', true],
      ['"We spent th', 'Elena Voss', 'the mayor', true],
      ['"This is the', 'Arjun Patel', 'Patel', false],
      ['"It is a tra', 'Ines Moreau', 'Ines Moreau', false],
    ]);
    assert.equal(analysis.findings.filter((f) => f.rule === 'edited-quote').length, 2);
  });

  it('attaches speakers and stated sources to claims', () => {
    const lead = analysis.claims.find((c) => c.text.includes('harbour tram line next year'));
    assert.equal(lead?.speaker?.name, 'Elena Voss');
    assert.match(lead?.source ?? '', /interview with the Harbour Gazette/);
    const budget = analysis.claims.find((c) => c.text.startsWith('She added'));
    assert.equal(budget?.speaker?.name, 'Elena Voss');
    assert.equal(budget?.speaker?.mention, 'She');
  });

  it('writes messages for a fact-checker', () => {
    const january = analysis.findings.find((f) => f.rule === 'dated-claim' && sample.slice(f.start, f.end) === 'January');
    assert.match(january?.message ?? '', /^in January → January 2021 \(.*14 Mar 2021.*\)/);
    const stale = analysis.findings.find((f) => f.rule === 'stale-prediction');
    assert.match(stale?.message ?? '', /check whether it happened/);
  });

  it('names the day of each run in its messages, whatever the run before used', () => {
    // Message parts are shared within a run: a second run with another "today" must not reuse them.
    const later = analyze(sample, { today: '2027-02-03' });
    const earlier = analyze(sample, { today: '2026-11-28' });
    assert.match(later.findings.find((f) => f.rule === 'stale-prediction')?.message ?? '', /today is 3 Feb 2027/);
    assert.match(earlier.findings.find((f) => f.rule === 'stale-prediction')?.message ?? '', /today is 28 Nov 2026/);
  });

  it('gives findings sorted by position with 1-based lines and columns', () => {
    for (let i = 1; i < analysis.findings.length; i++) assert.ok(analysis.findings[i - 1].start <= analysis.findings[i].start);
    const first = analysis.findings[0];
    const before = sample.slice(0, first.start).split('\n');
    assert.equal(first.line, before.length);
    assert.equal(first.column, before[before.length - 1].length + 1);
  });
});

describe('analyze: without a publication date', () => {
  const analysis = analyze('The plant opened in September, officials said.\n', { today: '2026-11-28' });

  it('still runs and says how relative dates were handled', () => {
    const finding = analysis.findings.find((f) => f.rule === 'no-publication-date');
    assert.ok(finding);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /ambiguous/);
  });

  it('marks the unresolvable month as ambiguous', () => {
    const september = analysis.timexes.find((t) => t.text === 'September');
    assert.ok(september?.ambiguous);
    assert.ok(analysis.findings.some((f) => f.rule === 'ambiguous-date' && f.start === september?.start));
  });
});

describe('analyze: Windows line endings', () => {
  it('reads a quote wrapped over CRLF lines as one attributed statement, like the LF text', () => {
    const lf = 'The mayor spoke on Tuesday.\n"The tunnel will open in\nSeptember," Mayor Ana Ruiz said\non Monday.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const options = { published: '2021-03-14', today: '2026-11-28' };
    const [fromLf, fromCrlf] = [analyze(lf, options), analyze(crlf, options)];
    assert.equal(fromCrlf.quotes.length, 1);
    assert.equal(fromCrlf.quotes[0].speaker?.name, 'Ana Ruiz');
    assert.deepEqual(
      fromCrlf.claims.map((c) => [c.kind, c.timexes.map((i) => fromCrlf.timexes[i].value)]),
      fromLf.claims.map((c) => [c.kind, c.timexes.map((i) => fromLf.timexes[i].value)]),
    );
  });
});

describe('analyze: HTML and Markdown offsets map to the source', () => {
  it('HTML: only visible text, offsets in the source', () => {
    const html = '<html><head><meta property="article:published_time" content="2020-12-05"><script>var s = "in 2019";</script></head>' +
      '<body><p>The plant was signed in <b>2017</b>, the &quot;minister&quot; said.</p></body></html>';
    const analysis = analyze(html, { format: 'html', today: '2026-11-28' });
    assert.equal(analysis.published?.source, 'html-meta');
    assert.deepEqual(analysis.timexes.map((t) => html.slice(t.start, t.end)), ['2017']);
  });

  it('Markdown: front matter date, code skipped', () => {
    const md = '---\ndate: 2020-12-05\n---\n\nIn September, Bolivia received a permit.\n\n```\nIn 2019\n```\n';
    const analysis = analyze(md, { format: 'markdown', today: '2026-11-28' });
    assert.equal(analysis.published?.source, 'front-matter');
    assert.deepEqual(analysis.timexes.map((t) => [md.slice(t.start, t.end), t.value]), [['September', '2020-09']]);
  });
});

describe('analyze: which expressions make a sentence a dated claim', () => {
  const dateline = '5 December 2020\n\n';
  const claimTexts = (body: string) => analyze(dateline + body, { today: '2026-11-28' }).claims.map((c) => c.text);

  it('durations anchored to the publication date, or spanning days or more, date a claim', () => {
    assert.equal(claimTexts('Relations deteriorated in the past 11 months.').length, 1);
    assert.equal(claimTexts('After three weeks of protests, he resigned.').length, 1);
  });

  it('clock-scale distances and rates do not', () => {
    assert.deepEqual(claimTexts('Every home will be ten minutes from a stop.'), []);
    assert.deepEqual(claimTexts('The line carries 40,000 people a day.'), []);
  });

  it('vague references alone do not', () => {
    assert.deepEqual(claimTexts('The minister is now in charge of the project.'), []);
  });

  it('a sentence reporting a past statement about a future date is a prediction', () => {
    const analysis = analyze(dateline + 'The ambassador said back in June that the centre is expected to open in 2023.', { today: '2026-11-28' });
    assert.equal(analysis.claims.length, 1);
    assert.equal(analysis.claims[0].kind, 'future');
    assert.deepEqual(analysis.claims[0].timexKinds, ['past', 'future']);
    assert.ok(analysis.claims[0].stale);
    assert.deepEqual(analysis.findings.filter((f) => f.rule !== 'quote').map((f) => f.rule), ['dated-claim', 'stale-prediction']);
  });

  it('a sentence listing hundreds of dates anchors each of them, and not the sets among them', () => {
    // Long lists are built another way than short ones (see claimAnchors): both must agree.
    for (const dates of [3, 200]) {
      const list = Array.from({ length: dates }, (_, i) => `${(i % 28) + 1} March ${1900 + i}, daily`).join(', ');
      const analysis = analyze(dateline + `The stations reported on ${list}.`, { today: '2026-11-28' });
      assert.equal(analysis.claims.length, 1);
      const anchored = analysis.claims[0].timexes.map((index) => analysis.timexes[index]);
      assert.equal(anchored.length, dates);
      assert.ok(anchored.every((timex) => timex.type === 'DATE'));
      assert.equal(anchored[dates - 1].value, `${1900 + dates - 1}-03-${String(((dates - 1) % 28) + 1).padStart(2, '0')}`);
      assert.equal(analysis.timexes.filter((timex) => timex.type === 'SET').length, dates);
    }
  });
});

describe('analyze: a pronoun no one named nearby can stand for', () => {
  it('is an unattributed quote: the fact-checker must find out who spoke', () => {
    const analysis = analyze('5 December 2020\n\n"We are ready," said John Hart, the mayor.\n\n"It will pass," she said.', { today: '2026-11-28' });
    const findings = analysis.findings.filter((f) => f.rule === 'quote' || f.rule === 'unattributed-quote');
    assert.deepEqual(findings.map((f) => f.rule), ['quote', 'unattributed-quote']);
    assert.match(findings[1].message, /by “she”, who is not named nearby/);
  });
});

describe('analyze: without messages (messages: false)', () => {
  // Every rule's finding: dated, future and stale claims, an ambiguous date, quotes with a speaker,
  // with none, with an unresolved pronoun, edited, hidden characters, and an article without a date.
  const texts = [
    sample,
    '"We are ready," said John Hart, the mayor.\n\n"It will pass," she said.\n\n"The [new] plan \u2026 works," someone wrote on 5 May.',
    '5 December 2020\n\nThe council said on Tuesday the vote "will\u202e pass" next year.',
    '',
  ];

  it('gives the same findings, each with an empty message', () => {
    for (const text of texts) {
      const worded = analyze(text, { today: '2026-11-28' });
      const bare = analyze(text, { today: '2026-11-28', messages: false });
      assert.ok(worded.findings.length > 0);
      assert.deepEqual(bare.findings, worded.findings.map((finding) => ({ ...finding, message: '' })));
      assert.deepEqual({ ...bare, findings: [] }, { ...worded, findings: [] });
    }
  });

  it('words nothing: no finding has a message', () => {
    const rules = new Set<string>();
    for (const text of texts) for (const finding of analyze(text, { today: '2026-11-28', messages: false }).findings) {
      rules.add(finding.rule);
      assert.equal(finding.message, '');
    }
    // The texts above reach these rules, so every wording path was skipped.
    for (const rule of ['dated-claim', 'stale-prediction', 'quote', 'unattributed-quote', 'edited-quote', 'hidden-text', 'no-publication-date', 'empty-article']) assert.ok(rules.has(rule), rule);
  });
});

describe('analyze: without positions (positions: false)', () => {
  const texts = [
    sample,
    '"We are ready," said John Hart, the mayor.\n\n"It will pass," she said.\n\nOn 5 May it rained.',
    '<html><head><title>T</title></head><body><article><h1>Vote</h1>\n<p>The council said on Tuesday the vote "will pass" next year.</p>\n<p>It met on 3 March 2020.</p></article></body></html>',
  ];

  it('gives the same analysis, the findings with line and column 0 (a page keeps its source lines)', () => {
    for (const [index, text] of texts.entries()) {
      const format = index === 2 ? 'html' : 'plaintext';
      const placed = analyze(text, { today: '2026-11-28', format });
      const bare = analyze(text, { today: '2026-11-28', format, positions: false });
      assert.ok(placed.findings.some((finding) => finding.line > 1));
      const expected = format === 'html' ? placed.findings : placed.findings.map((finding) => ({ ...finding, line: 0, column: 0 }));
      assert.deepEqual(bare.findings, expected);
      assert.deepEqual({ ...bare, findings: [] }, { ...placed, findings: [] });
    }
  });
});

describe('formatFor: one decision for the CLI and the editor', () => {
  it('reads file names by their extension', () => {
    assert.deepEqual(
      ['a/page.HTML', 'story.htm', 'notes.md', 'x.markdown', 'dir.d/article', 'notes-markdown.txt', 'feed.xhtml'].map(formatFor),
      ['html', 'html', 'markdown', 'markdown', 'plaintext', 'plaintext', 'html'],
    );
  });

  it('reads VS Code language ids, including html and markdown variants', () => {
    assert.deepEqual(['html', 'jinja-html', 'markdown', 'mdx', 'plaintext', 'asciidoc'].map(formatFor), ['html', 'html', 'markdown', 'markdown', 'plaintext', 'plaintext']);
  });
});

describe('readerPhrase: the date as a reader would quote it in a message', () => {
  const cases: Array<[string, string, string]> = [
    ['The works stopped back in June.', 'June', 'back in June'],
    ['Prices rose as of May 2020.', 'May 2020', 'as of May 2020'],
    ['In September, the plant opened.', 'September', 'In September'],
    ['It was built early in 2019.', '2019', 'early in 2019'],
    ['It must be done within 2019.', '2019', '2019'],
    ['Sales fell 5in 2019.', '2019', '2019'],
    ['They met on\n  Tuesday.', 'Tuesday', 'on Tuesday'],
    ['A 20-character window: precedes it in  March', 'March', 'in March'],
  ];
  for (const [text, expression, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      const start = text.lastIndexOf(expression);
      const phrase = readerPhrase(text, { start, end: start + expression.length, text: expression } as Timex);
      assert.equal(phrase, expected);
    });
  }
});

describe('analyze: an empty article', () => {
  for (const [name, text, format] of [
    ['an empty file', '', 'plaintext'],
    ['a file of blank lines', '\n  \n\t\n', 'plaintext'],
    ['a page with markup only', '<html><head><title></title></head><body>\n<script>var d = "2020";</script></body></html>', 'html'],
  ] as const) {
    it(`says ${name} is empty instead of missing a publication date`, () => {
      const { findings } = analyze(text, { format, today: '2026-11-28' });
      assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.start, f.message]), [['empty-article', 'information', 0, 'The article is empty: there is no text to check.']]);
    });
  }

  it('still reports a missing date when there is text', () => {
    const { findings } = analyze('The bridge opened in 2017.\n', { today: '2026-11-28' });
    assert.ok(findings.some((f) => f.rule === 'no-publication-date'));
    assert.ok(!findings.some((f) => f.rule === 'empty-article'));
  });
});
