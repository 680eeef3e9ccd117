import * as assert from 'node:assert/strict';
import { detectPublicationDate, parseIsoDay } from '../../src/core/publication';

const today = '2026-11-28';

describe('publication date', () => {
  const cases: Array<{ name: string; text: string; value: string; source: string; published?: string }> = [
    { name: 'dateline with a time glued to the day', text: '07:08 GMT05 December 2020\nListen Live\n\nBody text.', value: '2020-12-05', source: 'dateline' },
    { name: 'wire dateline without a year', text: 'LA PAZ, Dec. 5 (Reuters) - Bolivia said on Friday.', value: '2025-12-05', source: 'dateline' },
    { name: 'wire dateline with a year', text: 'LONDON, March 3, 2019 (AP) — Talks resumed.', value: '2019-03-03', source: 'dateline' },
    {
      name: 'AP dateline with a region and an underscore, opening a long first paragraph',
      text: 'NAIROBI, Kenya, Aug. 7, 1998 (AP) _ Bombs exploded minutes apart outside the U.S. embassies in Kenya and Tanzania on Friday, killing at least 80 people.',
      value: '1998-08-07',
      source: 'dateline',
    },
    { name: 'month-first byline date', text: 'By Jane Roe\nDecember 5, 2020\n\nThe council met.', value: '2020-12-05', source: 'dateline' },
    { name: 'ISO date line', text: '2020-12-05\nThe council met.', value: '2020-12-05', source: 'dateline' },
    { name: 'markdown front matter date', text: '---\ntitle: Vote\ndate: 2020-12-05\n---\n# Vote\n', value: '2020-12-05', source: 'front-matter' },
    { name: 'markdown front matter published, quoted', text: '---\npublished: "2021-01-02T08:30:00Z"\n---\nText', value: '2021-01-02T08:30', source: 'front-matter' },
    { name: 'HTML article:published_time', text: '<head><meta property="article:published_time" content="2020-12-05T07:08:00+00:00"></head>', value: '2020-12-05T07:08', source: 'html-meta' },
    { name: 'HTML JSON-LD datePublished', text: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-05"}</script>', value: '2020-12-05', source: 'json-ld' },
    { name: 'HTML time element', text: '<p>Posted <time datetime="2020-12-05">Saturday</time></p>', value: '2020-12-05', source: 'time-element' },
    { name: 'claimline comment wins over a dateline', text: '<!-- claimline: published 2019-01-31 -->\n5 December 2020\n', value: '2019-01-31', source: 'comment' },
    { name: 'plaintext comment form', text: '// claimline: published 2019-01-31\nBody', value: '2019-01-31', source: 'comment' },
    { name: 'caller value wins over everything', text: '5 December 2020\nBody', value: '2018-07-04', source: 'caller', published: '2018-07-04' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = detectPublicationDate(c.text, { today, published: c.published });
      assert.ok(result, 'expected a publication date');
      assert.equal(result.value, c.value);
      assert.equal(result.source, c.source);
      if (result.start !== undefined) assert.ok(c.text.slice(result.start, result.end).length > 0);
    });
  }

  it('reports nothing when the article has no date', () => {
    assert.equal(detectPublicationDate('The council met and argued.\n\nNobody said when.', { today }), null);
  });

  it('does not take a date from the middle of a long first sentence', () => {
    const text = 'The minister, who was first elected on 3 May 2015 after a long campaign across the north, said the plan would fail.';
    assert.equal(detectPublicationDate(text, { today }), null);
  });

  it('rejects impossible calendar dates', () => {
    assert.equal(parseIsoDay('2021-02-29'), null);
    assert.equal(parseIsoDay('2020-02-29'), '2020-02-29');
    assert.equal(parseIsoDay('2020-13-01'), null);
    assert.equal(parseIsoDay('yesterday'), null);
  });
});
