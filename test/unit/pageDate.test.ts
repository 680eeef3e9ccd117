import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { explainAt } from '../../src/core/explain';
import { detectPublicationDate } from '../../src/core/publication';
import { buildTimeline } from '../../src/core/timeline';
import { daysInText, dayInValue } from '../../src/core/web/dateText';
import { pageDate } from '../../src/core/web/pageDate';
import { urlDate } from '../../src/core/web/urlDate';
import { notesOf } from './timelineFixture';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story</title>${head}</head><body>${body}</body></html>`;
const ldJson = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const scripts = (kilobytes: number) => `<script>var filler = "${'x'.repeat(1024 * kilobytes)}";</script>`;

/** The date, its source, and the text at its offsets. */
function read(html: string, options?: { url?: string; latest?: string }) {
  const found = pageDate(html, options);
  if (!found) return null;
  return { value: found.value, source: found.source, at: found.start === undefined ? undefined : html.slice(found.start, found.end) };
}

describe('pageDate: JSON-LD', () => {
  it('reads datePublished inside an @graph, keeping the publisher\'s day of a time with an offset', () => {
    const html = page(ldJson({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Daily Planet', foundingDate: '1938-06-01' },
        { '@type': 'WebPage', '@id': '#page', datePublished: '2020-06-27T08:00:00-04:00' },
        { '@type': 'NewsArticle', headline: 'Council votes', datePublished: '2020-06-28T20:16:00-04:00', dateModified: '2020-06-30T09:00:00-04:00' },
      ],
    }));
    assert.deepEqual(read(html), { value: '2020-06-28', source: 'json-ld', at: '2020-06-28' });
    assert.match(pageDate(html)!.description, /JSON-LD datePublished of its NewsArticle/);
  });

  it('reads an array of blocks and an article nested as a WebPage\'s mainEntity; a comment\'s date is not the page\'s', () => {
    const html = page(ldJson([
      { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@type': 'WebPage', datePublished: '2001-01-01' } }] },
      {
        '@type': 'WebPage',
        mainEntity: {
          '@type': ['BlogPosting'],
          comment: [{ '@type': 'Comment', datePublished: '2021-03-09' }],
          dateCreated: '2021-03-03T10:00:00+01:00',
        },
      },
    ]));
    assert.deepEqual(read(html), { value: '2021-03-03', source: 'json-ld', at: '2021-03-03' });
  });

  it('reads JSON-LD with raw line breaks in strings and a trailing comma, as pages write it', () => {
    const html = page('<script type="application/ld+json">{"@type":"Article","headline":"Two\nlines","datePublished":"2019-11-02",}</script>');
    assert.equal(read(html)?.value, '2019-11-02');
  });
});

describe('pageDate: meta tags', () => {
  it('finds article:published_time after 20 KB of scripts (the whole page is read)', () => {
    const html = page(`${scripts(25)}<meta property="article:published_time" content="2020-06-28T20:16:00-04:00">`);
    assert.ok(html.indexOf('article:published_time') > 25000);
    assert.deepEqual(read(html), { value: '2020-06-28', source: 'html-meta', at: '2020-06-28' });
  });

  it('prefers the publication over the modification date, whichever comes first', () => {
    const html = page('<meta property="article:modified_time" content="2021-02-02T10:00:00+01:00"><meta property="og:updated_time" content="2021-02-03"><meta name="dcterms.issued" content="2021-01-15">');
    assert.deepEqual(read(html), { value: '2021-01-15', source: 'html-meta', at: '2021-01-15' });
  });

  it('reads itemprop, Dublin Core and parse.ly names', () => {
    assert.deepEqual(read(page('<meta itemprop="datePublished" content="2018-04-05">')), { value: '2018-04-05', source: 'itemprop', at: '2018-04-05' });
    assert.equal(read(page('<meta name="DC.date.issued" content="2017-09-30">'))?.value, '2017-09-30');
    assert.equal(read(page('<meta name="parsely-pub-date" content="2016-02-29T23:10:00Z">'))?.value, '2016-02-29');
    assert.equal(read(page(`<meta name="parsely-page" content='{"title":"x","pub_date":"2015-07-01T12:00:00Z"}'>`))?.value, '2015-07-01');
  });

  it('a generic "date" meta gives way to the date the page shows when they disagree', () => {
    const html = page('<meta name="date" content="2020-04-30">', '<article><h1>Rent strike</h1><p class="byline">By Ann Lee · <time datetime="2020-04-29T12:01:00+02:00">29.04.2020</time></p><p>Text.</p></article>');
    assert.equal(read(html)?.value, '2020-04-29');
  });
});

describe('pageDate: <time>, itemprop elements and the visible text', () => {
  it('takes the byline <time>, not one in the comments or the related stories', () => {
    const html = page('', [
      '<nav><time datetime="2024-01-01">today</time></nav>',
      '<article><header><h1>Bridge reopens</h1><div class="byline"><time class="entry-date published" datetime="2023-05-17T18:30:00-07:00">May 17, 2023</time></div></header>',
      '<p>The bridge reopened.</p><footer class="entry-footer"><time class="updated" datetime="2023-06-01">June 1</time></footer></article>',
      '<section class="comments"><time datetime="2023-05-18T09:00:00Z">May 18</time></section>',
    ].join(''));
    assert.deepEqual(read(html), { value: '2023-05-17', source: 'time-element', at: '2023-05-17' });
  });

  it('reads an itemprop="datePublished" element\'s text', () => {
    const html = page('', '<article><h1>Title</h1><span itemprop="datePublished">March 3, 2019</span></article>');
    assert.deepEqual(read(html), { value: '2019-03-03', source: 'itemprop', at: 'March 3, 2019' });
  });

  it('reads a German byline date with a month name, skipping the "aktualisiert" date', () => {
    const html = page('', '<main><h1>Stadtrat beschließt Haushalt</h1><div class="article-meta">Aktualisiert am 9. März 2021 · Veröffentlicht am Montag, 1. März 2021</div><p>Der Stadtrat hat am Montag …</p></main>');
    assert.deepEqual(read(html), { value: '2021-03-01', source: 'page-text', at: '1. März 2021' });
  });

  it('finds a date after "Veröffentlicht" anywhere in the text, decoding entities with offsets kept', () => {
    const html = page('', '<div><h2>Mitteilung</h2><p>Ver&ouml;ffentlicht: 05.10.2018</p><p>Lorem 01.01.2017 ipsum.</p></div>');
    const found = read(html);
    assert.equal(found?.value, '2018-10-05');
    assert.equal(found?.at, '05.10.2018');
  });

  it('falls back to the first date after the headline (a dateline)', () => {
    const html = page('', '<div class="wrap"><p>Menu · Contact</p><h1>Emulator and the brick challenge</h1><p>Donnerstag, 15.2.2018, 19:51</p><p>Some 2014-04-23 link.</p></div>');
    assert.deepEqual(read(html), { value: '2018-02-15', source: 'page-text', at: '15.2.2018' });
  });
});

describe('pageDate: the address', () => {
  it('reads /2020/06/28/ from the given URL, or the canonical link, when the page states nothing else', () => {
    const body = '<h1>No date shown</h1><p>Text.</p>';
    assert.deepEqual(read(page('', body), { url: 'https://example.org/2020/06/28/slug/' }), { value: '2020-06-28', source: 'url', at: undefined });
    const canonical = page('<link rel="canonical" href="https://example.org/news/2019-12-31-year-end">', body);
    assert.deepEqual(read(canonical), { value: '2019-12-31', source: 'url', at: '2019-12-31' });
  });

  it('reads only the path, only full days, and not archive timestamps', () => {
    assert.equal(urlDate('https://example.org/2020/06/28/x')?.day, '2020-06-28');
    assert.equal(urlDate('https://example.org/news/20200628/x')?.day, '2020-06-28');
    assert.equal(urlDate('https://example.org/2020/06/x'), null, 'a month is not a day');
    assert.equal(urlDate('https://example.org/search?date=2020-06-28'), null, 'a query is a search, not the page');
    assert.equal(urlDate('https://web.archive.org/web/20160512123456/http://example.org/about'), null);
    assert.equal(urlDate('/2021/02/30/x'), null, 'no 30 February');
  });

  it('a UTC timestamp a day off the address yields to the publisher\'s day', () => {
    const html = page('<meta property="article:published_time" content="2023-11-09T01:49:09+00:00">', '<h1>Story</h1><p>Text.</p>');
    assert.equal(read(html, { url: 'https://news.example/2023/11/08/story/' })?.value, '2023-11-08');
    assert.equal(read(html)?.value, '2023-11-09', 'without another source the stated day stands');
  });
});

describe('pageDate: bad and implausible dates', () => {
  it('refuses impossible days, days before the web, and days after the latest plausible one', () => {
    assert.equal(read(page('<meta property="article:published_time" content="2021-02-30T10:00:00Z">')), null);
    assert.equal(read(page('<meta property="article:published_time" content="1970-01-01T00:00:00Z">')), null);
    const future = page('<meta property="article:published_time" content="2031-01-01"><meta name="date" content="2020-05-05">');
    assert.equal(read(future, { latest: '2026-11-28' })?.value, '2020-05-05');
    assert.equal(read(page('<meta property="article:published_time" content="not a date">')), null);
  });

  it('answers null for a page with no date, and survives broken markup', () => {
    assert.equal(pageDate(page('', '<h1>About us</h1><p>We are a team.</p>')), null);
    assert.equal(pageDate('<html><head><script type="application/ld+json">{"@type": "Article", "datePublished": </script><meta content="2020-01-01" name="date"'), null);
    assert.equal(pageDate(''), null);
  });

  it('refuses ambiguous numeric dates in metadata but reads unambiguous ones', () => {
    assert.equal(dayInValue('03/04/2020'), null);
    assert.equal(dayInValue('28/06/2020')?.day, '2020-06-28');
    assert.equal(dayInValue('06/28/2020')?.day, '2020-06-28');
    assert.equal(dayInValue('Sun, 28 Jun 2020 20:16:00 -0400')?.day, '2020-06-28');
    assert.equal(dayInValue('20200628')?.day, '2020-06-28');
  });

  it('reads written dates in English, German and French', () => {
    const days = (text: string) => daysInText(text).map((d) => [d.day, text.slice(d.start, d.end)]);
    assert.deepEqual(days('June 28th, 2020 and 1. Jänner 2021 and 3 déc. 2019'), [['2020-06-28', 'June 28th, 2020'], ['2021-01-01', '1. Jänner 2021'], ['2019-12-03', '3 déc. 2019']]);
    assert.deepEqual(days('14. Okt 2023; 5 de junio de 2022'), [['2023-10-14', '14. Okt 2023'], ['2022-06-05', '5 de junio de 2022']]);
    assert.deepEqual(days('in May 2020, 32.01.2020 or 2020-13-01'), [], 'a month and year is not a day, nor is a day that does not exist');
  });
});

describe('detectPublicationDate on HTML documents', () => {
  it('uses pageDate for HTML and keeps the claimline comment\'s priority', () => {
    const html = page(`${scripts(21)}<meta property="article:published_time" content="2020-06-28T20:16:00-04:00">`);
    const found = detectPublicationDate(html, { today: '2026-11-28', format: 'html' });
    assert.equal(found?.value, '2020-06-28');
    assert.equal(found?.source, 'html-meta');
    assert.match(found?.description ?? '', /article:published_time/);
    assert.equal(detectPublicationDate(html, { today: '2026-11-28' }), null, 'plain text keeps the old 20 KB head search');
    const commented = `<!-- claimline: published 2019-01-31 -->${html}`;
    assert.equal(detectPublicationDate(commented, { today: '2026-11-28', format: 'html' })?.source, 'comment');
  });
});

describe('the page date in the hover and the timeline header', () => {
  it('names the source that gave the date', () => {
    const html = page(
      `${scripts(21)}${ldJson({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', datePublished: '2020-06-28T20:16:00-04:00' }] })}`,
      '<article><h1>Plant</h1><p>The plant opened in September, the mayor said.</p></article>',
    );
    const analysis = analyze(html, { format: 'html', today: '2026-11-28' });
    assert.equal(analysis.published?.value, '2020-06-28');
    const offset = html.indexOf('September') + 2;
    const hover = explainAt({ analysis, text: html, offset, uri: 'file:///story.html', noteFor: () => undefined });
    // The hover escapes every Markdown metacharacter of text it did not write (the apostrophe too).
    assert.match(hover?.markdown ?? '', /Published 28 Jun 2020 \(from the page\\'s JSON\\-LD datePublished of its NewsArticle\)/);
    assert.match(hover?.markdown ?? '', /September 2019.*publication date\\?, 28 Jun 2020/, 'relative dates hang on the page date');
    const timeline = buildTimeline(analysis, notesOf({}), { today: '2026-11-28' });
    assert.deepEqual(timeline.published, { date: '2020-06-28', label: '28 Jun 2020', description: "the page's JSON-LD datePublished of its NewsArticle" });
  });
});
