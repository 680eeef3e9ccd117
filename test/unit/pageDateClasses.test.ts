// Classes of real pages the publication-day finder met on htmldate's evaluation set, each as a small
// page written for the test: month names in other scripts, short German years in bylines, RDFa
// dates, a <time> whose text names another day, wiki "last edited" dates, teaser lists and layout
// wrappers.
import * as assert from 'node:assert/strict';
import { daysInText } from '../../src/core/web/dateText';
import { pageDate } from '../../src/core/web/pageDate';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title>${head}</head><body>${body}</body></html>`;

function read(html: string, options?: { url?: string }) {
  const found = pageDate(html, options);
  return found && { value: found.value, source: found.source, at: found.start === undefined ? undefined : html.slice(found.start, found.end) };
}

describe('pageDate: month names in more languages', () => {
  it('reads Russian, Ukrainian, Polish and Turkish dates, and no month inside a longer word', () => {
    assert.deepEqual(daysInText('15 августа 2016, 13:43').map((d) => d.day), ['2016-08-15']);
    assert.deepEqual(daysInText('3 березня 2021').map((d) => d.day), ['2021-03-03']);
    assert.deepEqual(daysInText('opublikowano 7 października 2019').map((d) => d.day), ['2019-10-07']);
    assert.deepEqual(daysInText('12 Ekim 2020').map((d) => d.day), ['2020-10-12']);
    assert.deepEqual(daysInText('5 марташка 2020').map((d) => d.day), []);
  });

  it('takes a Russian byline date', () => {
    const html = page('<article><p class="date">15 августа 2016, 13:43</p><h1>Подольски</h1><p>Текст.</p></article>');
    assert.deepEqual(read(html), { value: '2016-08-15', source: 'page-text', at: '15 августа 2016' });
  });
});

describe('pageDate: short years', () => {
  it('reads "28.01.22" in an element that says it holds a date, and not in running text', () => {
    const html = page('<article><h1>Wachstum</h1><span class="post-created"> 28.01.22</span><p>Version 3.10.22 ist da.</p></article>');
    assert.deepEqual(read(html), { value: '2022-01-28', source: 'page-text', at: '28.01.22' });
    assert.equal(read(page('<article><h1>Release</h1><p>Version 3.10.22 ist da.</p></article>')), null);
  });
});

describe('pageDate: RDFa dates', () => {
  it('reads property="schema:dateCreated" content on a hidden span', () => {
    const html = page('<article><h1>LVMH</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00" class="hidden"></span><p>Text.</p></article>');
    assert.deepEqual(read(html), { value: '2022-01-28', source: 'itemprop', at: '2022-01-28' });
  });
});

describe('pageDate: what the reader is told wins over a stale attribute', () => {
  it('a <time> saying "Publié le 29 juin 2019" is that day, whatever its datetime says', () => {
    const html = page('<h1>Grenades</h1><div class="time"><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></div><p>Texte.</p>');
    assert.equal(read(html)?.value, '2019-06-29');
  });

  it('a <time> without such words keeps its datetime', () => {
    const html = page('<h1>Story</h1><time datetime="2019-07-03T10:18:46+02:00">29 juin 2019</time><p>Text.</p>');
    assert.equal(read(html)?.value, '2019-07-03');
  });

  it('a wiki\'s "last edited" date is not the publication date', () => {
    const html = page('<h1>Enchufla</h1><p>Steps.</p><div id="page-info">page revision: 5, last edited: 17 Jun 2018 15:15</div>');
    assert.equal(read(html), null);
  });
});

describe('pageDate: which boxes are the article\'s', () => {
  it('a teaser list of similar articles is not the article, even under a date-like class', () => {
    const html = page('<main><article><h1>Mietenstreik</h1><ul class="Infoline"><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul><p>Text.</p>'
      + '<div class="Box" id="List-Similar-Articles"><div class="Dateline"><time>30.04.2020</time></div><h5>Andere</h5></div></article></main>');
    assert.deepEqual(read(html), { value: '2020-04-29', source: 'time-element', at: '29.04.2020' });
  });

  it('a main wrapper whose classes mention its sidebar still holds the article', () => {
    const html = page('<div class="mainwrap single-default sidebar"><div class="post-meta"><a class="post-meta-time" href="/2017/08/08/">08/08/2017</a></div><h1>Fall in love</h1><p>Text.</p></div>'
      + '<div class="sidebar"><div class="widget-date">09/09/2017</div></div>');
    assert.equal(read(html)?.value, '2017-08-08');
  });
});

describe('pageDate: the words before a date element', () => {
  it('skips a date span after "Last updated:" outside it, and takes the publication date', () => {
    const html = page('<article><h1>Story</h1><p class="meta">Published <span class="date">3 March 2021</span></p><p>Last updated: <span class="date">9 March 2021</span></p><p>Text.</p></article>');
    assert.equal(read(html)?.value, '2021-03-03');
    const reversed = page('<article><h1>Story</h1><p>Last updated: <span class="date">9 March 2021</span></p><p>Text.</p><p class="byline">By Ann, <time>3 March 2021</time></p></article>');
    assert.equal(read(reversed)?.value, '2021-03-03');
  });

  it('a date in a navigation bar ("navtop") is today\'s date, not the article\'s', () => {
    const html = page('<div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div>'
      + '<article><h1>Dragqueens</h1><p><span class="text_datum">31. Oktober 2023.</span> Woher kommt der Hass?</p></article>');
    assert.equal(read(html)?.value, '2023-10-31');
  });
});

describe('pageDate: the day the page shows against its metadata', () => {
  const ld = (published: string, modified: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: published, dateModified: modified })}</script>`;

  it('a byline showing, unlabelled, the metadata\'s modification day gives that day', () => {
    const html = page('<article><h1>Lockdown</h1><div class="publish-info"><p class="date-time">20. März 2021 - 15:00 Uhr</p></div><p>Text.</p></article>', ld('2021-03-16T16:16:10Z', '2021-03-20T14:00:17Z'));
    assert.deepEqual(read(html), { value: '2021-03-20', source: 'page-text', at: '20. März 2021' });
  });

  it('a byline showing the publication day keeps it, whatever the modification day', () => {
    const html = page('<article><h1>Lockdown</h1><div class="publish-info"><p class="date-time">16. März 2021</p></div><p>Text.</p></article>', ld('2021-03-16T16:16:10Z', '2021-03-20T14:00:17Z'));
    assert.equal(read(html)?.value, '2021-03-16');
  });

  it('a byline showing only "Updated" does not displace the metadata\'s publication date', () => {
    const html = page('<article><h1>Hydrangeas</h1><div class="published-date">Updated May 06, 2019</div><p>Text.</p></article>', ld('2016-08-29T21:54:39.000Z', '2020-10-01T13:23:47.000Z'));
    assert.equal(pageDate(html)?.value, '2016-08-29');
  });

  it('a page stating nothing but an "Updated" day is dated by it, and says it is an update', () => {
    const html = page('<article><h1>Hydrangeas</h1><div class="published-date">Updated May 06, 2019</div><p>Text.</p></article>');
    const found = pageDate(html);
    assert.equal(found?.value, '2019-05-06');
    assert.match(found!.description, /"updated" date the page shows/);
    assert.equal(html.slice(found!.start, found!.end), 'May 06, 2019');
  });

  it('an "Updated" date beside a shown publication date is not taken', () => {
    const html = page('<article><h1>Hydrangeas</h1><div class="published-date">Published <time>August 29, 2016</time> · Updated May 06, 2019</div><p>Text.</p></article>', ld('2016-08-29T21:54:39.000Z', '2020-10-01T13:23:47.000Z'));
    assert.equal(read(html)?.value, '2016-08-29');
  });
});

describe('pageDate: the page\'s script data, as a last resort', () => {
  it('takes the one day every publication key in the scripts names, when nothing else dates the page', () => {
    const html = page('<h1>Sidamo</h1><p>Kaffee.</p><script>var meta = {"product":{"published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-02T06:27:24+01:00"}};</script>');
    const found = pageDate(html);
    assert.equal(found?.value, '2019-03-02');
    assert.match(found!.description, /"published_at" date in the page's script data/);
    assert.equal(html.slice(found!.start, found!.end), '2019-03-02');
  });

  it('gives no date when the script data names several days (a list of items)', () => {
    const html = page('<h1>Shop</h1><script>var items = [{"publishedAt":"2019-03-02"},{"publishedAt":"2019-04-11"}];</script>');
    assert.equal(pageDate(html), null);
  });

  it('is not asked when the page states a date elsewhere', () => {
    const html = page('<article><h1>Story</h1><time datetime="2020-05-01">1 May 2020</time><script>var x = {"createdAt":"2019-03-02"};</script></article>');
    assert.equal(pageDate(html)?.value, '2020-05-01');
  });
});

describe('pageDate: periods the page announces', () => {
  it('a date that opens or closes a period is an event\'s, not the page\'s', () => {
    assert.equal(read(page('<h1>Tunnel</h1><p>Der Arlbergtunnel wird vom 24. April bis 2. Oktober 2017 gesperrt.</p>')), null);
    assert.equal(read(page('<h1>Festival</h1><p>Du 3 juin 2019 au 5 juin 2019 à Paris.</p>')), null);
    assert.equal(read(page('<h1>Festival</h1><p>Open 3 June 2019 – 5 June 2019.</p><p class="date">Posted 1 May 2019</p>'))?.value, '2019-05-01');
  });

  it('a byline date followed by a time ("20. März 2021 - 15:00 Uhr") is no period', () => {
    assert.equal(read(page('<h1>Story</h1><p class="date">20. März 2021 - 15:00 Uhr</p><p>Text.</p>'))?.value, '2021-03-20');
  });
});

describe('pageDate: the dateline sits near the headline', () => {
  it('takes a date right after the headline, not one pages further down', () => {
    const filler = '<p>' + 'Der Rat berät über den Haushalt und die Schulen der Stadt. '.repeat(60) + '</p>';
    assert.equal(read(page(`<h1>Rathaus</h1><p>Stuttgart, 12.10.2017</p>${filler}`))?.value, '2017-10-12');
    assert.equal(read(page(`<h1>Rathaus</h1>${filler}<p>Am Donnerstag, 28. September 2017, tagte der Rat.</p>`)), null);
  });
});

describe('pageDate: numeric dates by the page\'s locale', () => {
  const byline = '<article><h1>Council vote</h1><p class="byline">Posted 03/04/2019</p><p>Text.</p></article>';
  const html = (lang: string, head = '') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Story</title>${head}</head><body>${byline}</body></html>`;

  it('reads 03/04/2019 month first on a page in American English', () => {
    assert.equal(pageDate(html('en-US'))?.value, '2019-03-04');
    assert.equal(pageDate(html('', '<meta property="og:locale" content="en_US">'))?.value, '2019-03-04');
  });

  it('reads it day first in British English and in other languages', () => {
    assert.equal(pageDate(html('en-GB'))?.value, '2019-04-03');
    assert.equal(pageDate(html('de'))?.value, '2019-04-03');
    assert.equal(pageDate(html('fr-FR', '<meta property="og:locale" content="fr_FR">'))?.value, '2019-04-03');
  });

  it('decides a bare "en" by the address: a generic or US domain is American, .co.uk is not', () => {
    assert.equal(pageDate(html('en'), { url: 'https://news.example.com/council-vote' })?.value, '2019-03-04');
    assert.equal(pageDate(html('en'), { url: 'https://news.example.co.uk/council-vote' })?.value, '2019-04-03');
  });

  it('keeps dotted dates day first and an unambiguous date as written, whatever the locale', () => {
    const dotted = html('en-US').replace('03/04/2019', '03.04.2019');
    assert.equal(pageDate(dotted)?.value, '2019-04-03');
    const unambiguous = html('en-GB').replace('03/04/2019', '03/24/2019');
    assert.equal(pageDate(unambiguous)?.value, '2019-03-24');
  });

  it('a page that names no language reads day first', () => {
    assert.equal(pageDate(page(byline))?.value, '2019-04-03');
  });
});

describe('pageDate: the preview image\'s address, for a page that states no date', () => {
  const image = (url: string) => `<meta property="og:image" content="${url}">`;

  it('takes the day in the og:image address when nothing else dates the page, and says so', () => {
    const html = page('<h1>Annual report</h1><p>Our year in review.</p>', image('https://cdn.example.org/files/2016/05/04/cover.png'));
    const found = pageDate(html);
    assert.equal(found?.value, '2016-05-04');
    assert.equal(found?.source, 'html-meta');
    assert.match(found!.description, /preview image/);
    assert.equal(html.slice(found!.start, found!.end), '2016/05/04');
  });

  it('gives way to any date the page states, and reads no year-month folder as a day', () => {
    const dated = page('<article><h1>Report</h1><p class="date">12 June 2017</p></article>', image('https://cdn.example.org/2016/05/04/cover.png'));
    assert.equal(pageDate(dated)?.value, '2017-06-12');
    const monthOnly = page('<h1>Report</h1><p>Text.</p>', image('https://example.org/wp-content/uploads/2016/05/cover.png'));
    assert.equal(pageDate(monthOnly), null);
  });
});

describe('pageDate: the German "Stand:" of an institutional page', () => {
  it('dates a page by the day after "Stand:" or "Stand vom", and not by an event it announces', () => {
    const html = page('<h1>Rathaus</h1><p>Die Eislaufsaison beginnt am 6. Oktober 2017.</p><footer><p>[Stand: 09.10.2017, 01:40 Uhr]</p></footer>');
    assert.deepEqual(read(html), { value: '2017-10-09', source: 'page-text', at: '09.10.2017' });
    assert.equal(read(page('<h1>Gebühren</h1><p>Gebührenordnung (Stand vom 1. März 2021)</p>'))?.value, '2021-03-01');
  });

  it('"Stand" as a noun before a date is not the page\'s date', () => {
    assert.equal(read(page('<footer><p>Besuchen Sie unseren Stand am 12. Mai 2019.</p></footer>')), null);
  });
});

describe('pageDate: boxes outside the article', () => {
  it('a box outside the article dates the page only when its class names a date', () => {
    const widget = page('<div class="info-box">Tag der offenen Tür: 14. März 2019</div><h1>Unser Verein</h1><p>Wir sind ein Verein.</p>');
    assert.doesNotMatch(pageDate(widget)?.description ?? '', /element/);
    const dated = page('<div class="news-date">14. März 2019</div><h1>Unser Verein</h1><p>Wir sind ein Verein.</p>');
    assert.match(pageDate(dated)!.description, /"news-date" element/);
  });

  it('a "post_meta" box is the post\'s byline, however its words are joined', () => {
    const html = page('<div class="widget-info">Nächster Termin: 2. Mai 2012</div><div class="post_meta">von Anna · November 22, 2011</div><p>Text.</p>');
    assert.deepEqual(read(html), { value: '2011-11-22', source: 'page-text', at: 'November 22, 2011' });
  });
});

describe('pageDate: a labelled date field', () => {
  it('takes the day after "Datum:", "Date:" or "Fecha:" before a date mentioned earlier in the text', () => {
    const html = page('<h1>Bilanz</h1><p>Seit dem 1. Januar 2012 gilt die Regel.</p><p class="x">Datum: 22.12.2012</p>');
    assert.deepEqual(read(html), { value: '2012-12-22', source: 'page-text', at: '22.12.2012' });
    assert.equal(read(page('<h1>Informe</h1><p>Desde el 3 de mayo de 2019.</p><p>Fecha: 7 de junio de 2019</p>'))?.value, '2019-06-07');
  });

  it('a date field that says it is an update is not the publication', () => {
    const html = page('<h1>Bilanz</h1><p>Text ohne Datum.</p><p>Datum der letzten Änderung: 22.12.2012</p>');
    assert.doesNotMatch(pageDate(html)?.description ?? '', /"published"/);
  });
});

describe('pageDate: the first stamped date, for a page that states no other', () => {
  it('takes a date standing alone in its line, even in a footer', () => {
    const html = page('<h1>Gefahrstoffe</h1><p>Wir beraten Sie gern bei der Suche nach einem Partner.</p><footer><p>Copyright © 19.12.2019 - 12:14 h by Muster GmbH</p></footer>');
    const found = pageDate(html);
    assert.equal(found?.value, '2019-12-19');
    assert.match(found!.description, /the page states no other/);
    assert.equal(html.slice(found!.start, found!.end), '19.12.2019');
  });

  it('takes a forum post\'s stamp with a two-digit year when a time of day follows it', () => {
    const html = page('<h1>Kein App Store</h1><div class="comment"><span class="user">anna</span> <span>28.09.19</span><span>12:44</span><p>Hallo, seit iOS 13 geht es nicht mehr.</p></div>');
    assert.equal(read(html)?.value, '2019-09-28');
  });

  it('reads no version number, no date inside a sentence, and no period as such a stamp', () => {
    assert.equal(read(page('<h1>Release</h1><p>Version 3.10.22</p>')), null);
    assert.equal(read(page('<h1>Rat</h1><p>Text.</p><aside><p>Wie schon am 28. September 2017 berichtet, tagte der Rat erneut.</p></aside>')), null);
    assert.equal(read(page('<h1>Tunnel</h1><p>24. April 2017 – 2. Oktober 2017</p>')), null);
  });

  it('skips a date after words of modification, and yields to any date the page states elsewhere', () => {
    assert.equal(read(page('<h1>Wiki</h1><p>Text.</p><p>Zuletzt bearbeitet: 17.06.2018</p>')), null);
    const dated = page('<p>Heute: 07.09.2017</p><h1>Report</h1><p>Text.</p>', '<meta property="article:published_time" content="2017-08-30T10:00:00+02:00">');
    assert.equal(read(dated)?.value, '2017-08-30');
  });
});

describe('pageDate: the page\'s description, after everything else', () => {
  it('takes the date a notice writes only in its meta description, and points at it', () => {
    const html = page('<h1>Orso marsicano</h1><p>Un anno da record.</p>', '<meta name="description" content="Orso marsicano: un anno da record (Notizia del 14 Gennaio 2020)">');
    const found = pageDate(html);
    assert.equal(found?.value, '2020-01-14');
    assert.equal(found?.source, 'html-meta');
    assert.equal(html.slice(found!.start, found!.end), '14 Gennaio 2020');
  });

  it('yields to a date stamped in the text, and skips a period in the description', () => {
    const stamped = page('<h1>Orso</h1><p class="x">02.02.2020</p>', '<meta name="description" content="Notizia del 14 Gennaio 2020">');
    assert.equal(pageDate(stamped)?.value, '2020-02-02');
    const period = page('<h1>Mostra</h1><p>Testo.</p>', '<meta name="description" content="Aperta dal 3 marzo 2020 al 5 aprile 2020">');
    assert.equal(pageDate(period), null);
  });
});

describe('pageDate: a site\'s "today" box', () => {
  it('a date in a box called current-date or today is the day of the visit, not the article\'s', () => {
    const html = page('<div class="bdaia-current-time">19 février 2020</div><h1>Parité</h1><div class="entry-meta"><span class="news-date">18 février 2020</span></div><p>Texte.</p>');
    assert.equal(read(html)?.value, '2020-02-18');
    const alone = page('<div class="header-today-date">19 février 2020</div><h1>Parité</h1><p>Texte.</p>');
    assert.doesNotMatch(pageDate(alone)?.description ?? '', /element/);
  });
});
