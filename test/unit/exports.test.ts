import * as assert from 'node:assert/strict';
import {
  CSV_COLUMNS,
  csvCell,
  exportTimeline,
  markdownText,
  timelineToClaimReviews,
  timelineToCsv,
  timelineToJson,
  timelineToMarkdown,
  type ClaimReview,
} from '../../src/core/exports';
import { buildTimeline, timelineEntries, type TimelineModel } from '../../src/core/timeline';
import { analyze } from '../../src/core/analyze';
import { fixtureAnalysis, note, notesOf } from './timelineFixture';

const context = { articleName: 'harbour.txt' };

function model(withNotes = true): TimelineModel {
  const notes = withNotes
    ? notesOf(
        {
          // Claim 2 sits at two dates (June 2020, 2023): it must be reviewed once.
          'claim:2': note('false', {
            text: 'The quay opened in 2024, a year late.',
            sources: ['https://example.org/quay-opening', 'javascript:alert(document.cookie)'],
            checked: '2026-11-20',
          }),
          'claim:4': note('verified', { text: 'Licence confirmed by the ministry.', sources: ['http://example.org/licence'] }),
          'quote:1': note('disputed', { text: '</script><script>alert(1)</script>' }),
          'claim:1': note('needs-source', { text: 'find the contract' }),
          'quote:2': note('reviewed'),
        },
        [note('outdated', { id: 'gone', anchor: { kind: 'claim', text: '=HYPERLINK("http://evil")', before: '', after: '' } })],
      )
    : notesOf({});
  return buildTimeline(fixtureAnalysis(), notes, { today: '2026-11-28' });
}

/** A strict RFC 4180 reader, to check the writer's output parses back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += char;
      i++;
      continue;
    }
    if (char === '"') {
      assert.equal(field, '', 'a quote may only open a field');
      quoted = true;
      i++;
    } else if (char === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.ok(char !== '\r' && char !== '\n', `bare line break outside quotes at ${i}`);
      field += char;
      i++;
    }
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.equal(field, '', 'the last record must end with CRLF');
  return rows;
}

describe('CSV export', () => {
  it('quotes fields per RFC 4180', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('cr\rhere'), '"cr\rhere"');
    assert.equal(csvCell(''), '');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('+33 6 12'), "'+33 6 12");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\t=cmd'), "'\t=cmd");
    assert.equal(csvCell('=HYPERLINK("http://evil","x")'), '"\'=HYPERLINK(""http://evil"",""x"")"');
    assert.equal(csvCell('a=b'), 'a=b', 'only a leading sign is dangerous');
  });

  it('writes one row per entry and orphan note that parses back to the same values', () => {
    const timeline = model();
    const csv = timelineToCsv(timeline);
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const entries = timelineEntries(timeline);
    assert.equal(rows.length, 1 + entries.length + timeline.orphans.length);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    // Rows follow the timeline: chronological entries, then undated, then orphans.
    assert.deepEqual(rows.slice(1, 1 + entries.length).map((row) => row[column('text')].replace(/^'/, '')), entries.map((entry) => entry.text));
    const opening = rows.find((row) => row[column('expression')] === '2023');
    assert.ok(opening);
    assert.equal(opening[column('stale')], 'true');
    assert.equal(opening[column('status')], 'false');
    assert.equal(opening[column('from')], '2023-01-01');
    assert.equal(opening[column('sources')], 'https://example.org/quay-opening javascript:alert(document.cookie)');
    const orphan = rows[rows.length - 1];
    assert.equal(orphan[column('section')], 'orphan-note');
    assert.equal(orphan[column('text')], '\'=HYPERLINK("http://evil")');
    const formulaQuote = rows.find((row) => row[column('text')].includes('SUM(A1)'));
    assert.ok(formulaQuote, 'quote with a formula-like text exported');
    for (const row of rows) for (const cell of row) assert.ok(!/^[=+\-@]/.test(cell), `unsafe cell ${cell}`);
  });
});

describe('Markdown export', () => {
  it('lays the timeline out by year and month with markers, undated statements and orphans', () => {
    const markdown = timelineToMarkdown(model(), context);
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    assert.deepEqual(headings, [
      '# Claim timeline: harbour.txt',
      '## 2017',
      '### 2017, month not stated',
      '## 2020',
      '### January 2020',
      '### June 2020',
      '### September 2020',
      '### December 2020',
      '## 2023',
      '### 2023, month not stated',
      '## 2026',
      '### November 2026',
      '## Undated statements',
      '### Ana Ruiz',
      '### Tom Bell',
      '### Unattributed',
      '## Notes whose claim is no longer in the article',
    ]);
    assert.match(markdown, /- \*\*5 Dec 2020: Publication date \(the dateline\)\*\*/);
    assert.match(markdown, /- \*\*28 Nov 2026: Today\*\*/);
    assert.match(markdown, /\*\*2023\*\*: Mayor Ana Ruiz said .* \(\*\*stale prediction\*\*, future claim, speaker: Ana Ruiz, false\)/);
    assert.ok(markdown.startsWith('# Claim timeline: harbour.txt\n\nPublished 5 Dec 2020 (the dateline) · today 28 Nov 2026 · 6 dated entries · 1 future · 1 stale prediction · 3 undated\n'));
  });

  it('links only http(s) sources and escapes article and note text', () => {
    const markdown = timelineToMarkdown(model(), context);
    assert.ok(markdown.includes('<https://example.org/quay-opening>'));
    assert.ok(markdown.includes('javascript:alert(document.cookie) (not a web link)'));
    assert.ok(!/\]\(javascript:/i.test(markdown) && !/<javascript:/i.test(markdown));
    assert.ok(markdown.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(markdown.includes('"The &lt;b&gt;ferry&lt;/b&gt; is =SUM(A1) fine,"'));
    assert.ok(!markdown.includes('<b>'));
  });

  it('escapes inline Markdown syntax', () => {
    assert.equal(markdownText('[click](javascript:x) *bold* `code` a|b\nnext'), '\\[click\\](javascript:x) \\*bold\\* \\`code\\` a\\|b next');
    assert.equal(markdownText('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('JSON export', () => {
  it('round-trips the model with a format marker', () => {
    const timeline = model();
    const parsed = JSON.parse(timelineToJson(timeline, context));
    assert.equal(parsed.format, 'claimline-timeline');
    assert.equal(parsed.version, 1);
    assert.equal(parsed.article, 'harbour.txt');
    assert.deepEqual(parsed.years, JSON.parse(JSON.stringify(timeline.years)));
    assert.deepEqual(parsed.orphans, JSON.parse(JSON.stringify(timeline.orphans)));
  });
});

describe('ClaimReview export', () => {
  const exportContext = { ...context, reviewUrl: 'https://factcheck.example/harbour', articleUrl: 'https://news.example/harbour', reviewAuthor: 'Harbour Checks' };

  it('reviews each claim with a verdict once, with the schema.org shape', () => {
    const reviews = timelineToClaimReviews(model(), exportContext);
    assert.deepEqual(
      reviews.map((review) => [review.reviewRating.alternateName, review.reviewRating.ratingValue]),
      [['False', 1], ['True', 5], ['Mixed', 3]],
    );
    const quay = reviews[0];
    assert.deepEqual(quay, {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/harbour',
      claimReviewed: 'Mayor Ana Ruiz said the works were paused back in June and that the new quay is expected to open in 2023.',
      datePublished: '2026-11-20',
      author: { '@type': 'Organization', name: 'Harbour Checks' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Ana Ruiz' },
        datePublished: '2020-12-05',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example/harbour', name: 'harbour.txt' },
      },
      reviewBody: 'The quay opened in 2024, a year late.',
      citation: ['https://example.org/quay-opening'],
    } satisfies ClaimReview);
    // No checked date: the note's last update is the review date; no speaker: no author.
    assert.equal(reviews[1].datePublished, '2026-11-20');
    assert.equal(reviews[1].itemReviewed.author, undefined);
  });

  it('leaves out statuses that are not verdicts, orphans and unsafe URLs', () => {
    const reviews = timelineToClaimReviews(model(), { articleName: 'a.txt', reviewUrl: 'javascript:alert(1)', articleUrl: 'file:///tmp/a.txt' });
    assert.equal(reviews.length, 3);
    for (const review of reviews) {
      assert.equal(review.url, undefined);
      assert.equal(review.itemReviewed.appearance, undefined);
      assert.ok(!JSON.stringify(review).includes('javascript:'));
    }
    assert.deepEqual(timelineToClaimReviews(model(false), context), []);
  });

  it('stays inert when pasted into an HTML script block', () => {
    const { text, extension } = exportTimeline(model(), 'claimreview', exportContext);
    assert.equal(extension, 'jsonld');
    assert.ok(!text.includes('</script>'));
    assert.ok(!text.includes('<'));
    const parsed = JSON.parse(text) as ClaimReview[];
    assert.equal(parsed[2].reviewBody, '</script><script>alert(1)</script>');
  });
});

describe('exportTimeline', () => {
  it('names the extension of every format', () => {
    const timeline = model();
    assert.deepEqual(
      (['markdown', 'csv', 'json', 'claimreview'] as const).map((format) => exportTimeline(timeline, format, context).extension),
      ['md', 'csv', 'json', 'jsonld'],
    );
  });
});

describe('a description speaker in the exports', () => {
  // "The minister" opens its sentences; quoted again mid-sentence it is "the minister".
  const text = [
    'LONDON, March 3, 2021 -',
    '',
    'The minister said on Monday that the bridge will open in 2023.',
    '',
    '"We will finish it," The minister said.',
    '',
    '"It is late," said Ann Rowe. "Very late," the minister said.',
  ].join('\n');

  it('reads "the minister" inside rows and cells, "The minister" as a heading, and keeps names', () => {
    const timeline = buildTimeline(analyze(text, { today: '2026-12-01' }), { noteFor: () => undefined }, { locale: 'es' });
    const markdown = exportTimeline(timeline, 'markdown', { articleName: 'puente.txt', locale: 'es' }).text;
    assert.match(markdown, /declarante: the minister, sin verificar/);
    assert.doesNotMatch(markdown, /declarante: The minister/);
    assert.match(markdown, /^### The minister$/m);
    assert.match(markdown, /declarante: Ann Rowe/);
    // One group and one facet for the minister, however the article capitalised the description.
    assert.deepEqual(timeline.facets.speakers, ['Ann Rowe', 'the minister']);
    assert.equal(timeline.undated.filter((group) => group.label === 'The minister').length, 1);
    const csv = parseCsv(exportTimeline(timeline, 'csv', { articleName: 'puente.txt' }).text);
    const speaker = csv[0].indexOf('speaker');
    assert.ok(csv.slice(1).every((row) => row[speaker] === '' || row[speaker] === 'the minister' || row[speaker] === 'Ann Rowe'), csv.map((row) => row[speaker]).join(' | '));
  });
});
