// The pure half of importing a page: slugs, front matter, HTML to Markdown, the composed article,
// and the analysis reading the publication date back from the front matter it wrote.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { visibleText } from '../../src/core/markup';
import { detectPublicationDate } from '../../src/core/publication';
import { charsetOfContentType, decodePage, pageEncoding } from '../../src/core/web/charset';
import { buildFrontMatter, yamlString } from '../../src/core/web/frontMatter';
import { readArticle } from '../../src/core/web/article';
import { composeArticle, type ExtractedArticle } from '../../src/core/web/importedArticle';
import { htmlToMarkdown, httpLink } from '../../src/core/web/markdown';
import { articleSlug, slugify } from '../../src/core/web/slug';

const SHA = 'a'.repeat(64);

describe('import: slugs', () => {
  it('makes short readable file names from titles', () => {
    assert.strictEqual(slugify('Bolivia’s President Signs Decree (Update 2)'), 'bolivias-president-signs-decree-update-2');
    assert.strictEqual(slugify('Québec : l’été « chaud »'), 'quebec-lete-chaud');
    assert.strictEqual(slugify('Путин заявил о переговорах'), 'путин-заявил-о-переговорах');
    assert.strictEqual(slugify('../../etc/passwd'), 'etc-passwd');
    assert.strictEqual(slugify('CON'), 'con-article');
    const long = slugify('A very long headline about the harbour tram line that was delayed again and again by the council');
    assert.ok(long.length <= 60 && !long.endsWith('-'), long);
  });

  it('falls back to the address, then to "article"', () => {
    assert.strictEqual(articleSlug(undefined, 'https://news.example/2020/06/28/tram-delayed.html'), 'tram-delayed');
    assert.strictEqual(articleSlug('   ', 'https://news.example/'), 'news-example');
    assert.strictEqual(articleSlug(undefined, null), 'article');
    assert.strictEqual(articleSlug('!!!', 'not a url'), 'article');
  });
});

describe('import: front matter', () => {
  it('quotes every string so no title can break the block', () => {
    assert.strictEqual(yamlString('He said: "no"\n--- \\ end'), '"He said: \\"no\\"\\n--- \\\\ end"');
    const block = buildFrontMatter({ title: 'Tram: "delayed"', byline: 'By  Marta\nLindqvist', url: 'https://x.example/a', published: '2020-06-28', publishedSource: 'the page\'s JSON-LD datePublished', retrieved: '2026-12-07T04:30:00Z', sha256: SHA, snapshotFile: '.claimline/sources/tram.html' });
    assert.strictEqual(block, [
      '---',
      'title: "Tram: \\"delayed\\""',
      'byline: "By Marta Lindqvist"',
      'url: "https://x.example/a"',
      'published: 2020-06-28',
      'published_source: "the page\'s JSON-LD datePublished"',
      'retrieved: "2026-12-07T04:30:00Z"',
      `snapshot: "sha256:${SHA}"`,
      'snapshot_file: ".claimline/sources/tram.html"',
      '---',
      '',
    ].join('\n'));
  });

  it('leaves out what the page does not state', () => {
    const block = buildFrontMatter({ retrieved: '2026-12-07T04:30:00Z', sha256: SHA, publishedSource: 'ignored without a date' });
    assert.ok(!/title|byline|site|url|published/.test(block), block);
  });
});

describe('import: character sets', () => {
  it('reads the charset parameter of a Content-Type', () => {
    assert.strictEqual(charsetOfContentType('text/html; charset="ISO-8859-1"'), 'ISO-8859-1');
    assert.strictEqual(charsetOfContentType('text/html;charset=utf-8'), 'utf-8');
    assert.strictEqual(charsetOfContentType('text/html'), null);
  });

  it('prefers BOM, then header, then <meta>, ignoring commented-out declarations', () => {
    const meta = Buffer.from('<!-- <meta charset="shift_jis"> --><meta charset="windows-1251"><p>\xc4\xe0</p>', 'latin1');
    assert.deepStrictEqual(pageEncoding(meta, null), { encoding: 'windows-1251', source: 'meta', bomLength: 0 });
    assert.strictEqual(decodePage(meta, null).text.endsWith('<p>Да</p>'), true);
    assert.strictEqual(pageEncoding(meta, 'text/html; charset=koi8-r').source, 'header');
    assert.strictEqual(pageEncoding(Buffer.from('<p>x</p>'), null).source, 'default');
    // A page cannot declare UTF-16 in bytes readable as ASCII: read as UTF-8, as browsers do.
    assert.strictEqual(pageEncoding(Buffer.from('<meta charset="utf-16">'), null).encoding, 'utf-8');
  });
});

describe('import: HTML to Markdown', () => {
  it('keeps headings, paragraphs, block quotes, lists, emphasis and http(s) links', () => {
    const markdown = htmlToMarkdown('<h2>Costs</h2><p>It <em>rose</em> by <strong>a third</strong>, says the <a href="/report?id=1">report</a>.</p><blockquote><p>“No,” she said.</p></blockquote><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>', 'https://news.example/2020/story');
    assert.strictEqual(markdown, '## Costs\n\nIt *rose* by **a third**, says the [report](https://news.example/report?id=1).\n\n> “No,” she said.\n\n-   one\n-   two\n\n1.  first');
  });

  it('turns javascript:, data: and mailto: links into plain text and drops scripts, images and forms', () => {
    const markdown = htmlToMarkdown('<p><a href="javascript:alert(1)">map</a> <a href="data:text/html,x">data</a> <a href="mailto:a@b.example">mail</a> <a href="https://ok.example/a b(c)">ok</a></p><script>alert(1)</script><img src="x" alt="photo"><form><input value="q"><button>Go</button></form><iframe src="https://ads.example"></iframe>');
    assert.strictEqual(markdown, 'map data mail [ok](https://ok.example/a%20b%28c%29)');
    assert.strictEqual(httpLink('/relative', undefined), null);
    assert.strictEqual(httpLink('//cdn.example/x', 'https://news.example/'), 'https://cdn.example/x');
  });

  it('keeps a heading on one line, even with a line break inside or a link around it', () => {
    assert.strictEqual(htmlToMarkdown('<h4><br><strong>What does it offer?</strong></h4><p>Text.</p>'), '#### **What does it offer?**\n\nText.');
    assert.strictEqual(htmlToMarkdown('<ul><li><a href="https://n.example/a"><h4>Teaser title</h4></a></li></ul>'), '-   #### [Teaser title](https://n.example/a)');
    assert.strictEqual(htmlToMarkdown('<a href="https://n.example/b"><p>Card title</p><p>Card text</p></a>'), '[Card title Card text](https://n.example/b)');
    assert.strictEqual(htmlToMarkdown('<h2>  </h2><p>Only text.</p>'), 'Only text.');
    // Non-breaking spaces are kept as written; a line break among blanks makes one space.
    assert.strictEqual(htmlToMarkdown('<h3>Costs&nbsp;&nbsp;rose<br>&nbsp;sharply</h3>'), '### Costs\u00a0\u00a0rose sharply');
  });

  it('escapes text that Markdown would read as markup', () => {
    assert.strictEqual(htmlToMarkdown('<p>1. Not a list, *not* emphasis</p>'), '1\\. Not a list, \\*not\\* emphasis');
  });

  it('keeps markup the page shows as text as text: no raw HTML or autolink in the Markdown', () => {
    const markdown = htmlToMarkdown('<p>Tickets &lt;img src=x onerror="alert(1)"&gt; and &lt;script&gt;alert(1)&lt;/script&gt; at &lt;https://evil.example&gt;</p>');
    assert.strictEqual(markdown, 'Tickets \\<img src=x onerror="alert(1)"> and \\<script>alert(1)\\</script> at \\<https://evil.example>');
    assert.doesNotMatch(markdown, /(^|[^\\])</, 'every "<" is escaped');
  });

  it('keeps numbered lists from their start, nested lists, code blocks and text around inline elements', () => {
    assert.strictEqual(htmlToMarkdown('<ol start="3"><li>third</li><li>fourth<ul><li>inner</li></ul></li></ol>'), '3.  third\n4.  fourth\n    -   inner');
    assert.strictEqual(htmlToMarkdown('<pre><code>let a = 1;\n  a &lt; 2;</code></pre><p>a <code>x</code> b</p>'), '```\nlet a = 1;\n  a < 2;\n```\n\na `x` b');
    assert.strictEqual(htmlToMarkdown('<p>one <b>two</b>\n   three</p>'), 'one **two** three');
  });
});

describe('import: the article content as HTML', () => {
  const story = (paragraph: string) =>
    `<html><head><title>Tram</title></head><body><article class="story">${[1, 2, 3].map((n) => `<p>Paragraph ${n} of a story long enough for the reader to take it as an article, with a sentence or two more to be sure of it.</p>`).join('')}${paragraph}</article></body></html>`;

  it('escapes text and keeps only the attributes a reader needs (no class, style or handler)', () => {
    const article = readArticle(story('<p class="x" style="color:red" onclick="alert(1)" id="p4">Fish &amp; chips &lt;b&gt; cost <a href="https://n.example/?a=1&amp;b=&quot;2&quot;" title="Prices" data-track="1">£4</a> here, a reader of this long enough paragraph learns.</p>'));
    assert.strictEqual(article.fallback, false);
    assert.match(article.contentHtml, /<p>Fish &amp; chips &lt;b&gt; cost <a href="https:\/\/n\.example\/\?a=1&amp;b=&quot;2&quot;" title="Prices">£4<\/a> here/);
    assert.doesNotMatch(article.contentHtml, /class=|style=|onclick|data-track|id=/);
    assert.match(htmlToMarkdown(article.contentHtml), /Fish & chips \\<b> cost \[£4\]\(https:\/\/n\.example\/\?a=1&b=%222%22\) here/);
  });
});

describe('import: the composed article', () => {
  const article: ExtractedArticle = {
    title: 'Harbour tram line delayed again, council says',
    byline: 'Marta Lindqvist',
    site: 'The Riverside Courier',
    url: 'https://courier.example/news/2020/06/28/harbour-tram-delayed',
    contentHtml: '<div><h1>Harbour tram line delayed again, council says</h1><p>The harbour tram line will not open before 2023, the council said on Sunday. Last year the council borrowed a further €12 million.</p><p>The first section was meant to open in September, said Sean O’Brien.</p></div>',
    text: 'The harbour tram line will not open before 2023, the council said on Sunday. Last year the council borrowed a further €12 million.\n\nThe first section was meant to open in September, said Sean O’Brien.',
    fallback: false,
  };
  const composed = composeArticle({
    article,
    date: { value: '2020-06-28', description: "the page's JSON-LD datePublished (NewsArticle)" },
    pageUrl: 'https://courier.example/news/2020/06/28/harbour-tram-delayed?utm=1',
    sha256: SHA,
    retrieved: '2026-12-07T04:30:00Z',
    snapshotFile: '.claimline/sources/harbour-tram-line-delayed-again-council-says.html',
  });

  it('writes front matter, one title, the byline and the body', () => {
    const lines = composed.markdown.split('\n');
    assert.strictEqual(lines[0], '---');
    assert.ok(composed.markdown.includes('\nurl: "https://courier.example/news/2020/06/28/harbour-tram-delayed?utm=1"\n'), 'the address fetched, not the canonical one');
    assert.strictEqual(composed.markdown.match(/^# /gm)?.length, 1, 'the headline Readability kept is not repeated');
    assert.ok(composed.markdown.includes('\n# Harbour tram line delayed again, council says\n\n*By Marta Lindqvist*\n\nThe harbour tram line'), composed.markdown);
    assert.ok(composed.markdown.endsWith('said Sean O’Brien.\n'));
    assert.strictEqual(composed.text.split('\n\n')[0], article.title);
    assert.strictEqual(composed.text.split('\n\n')[1], 'By Marta Lindqvist');
  });

  it('is read back by the analysis: the date from the front matter, the claims from the body', () => {
    const published = detectPublicationDate(composed.markdown, { today: '2026-12-07' });
    assert.strictEqual(published?.value, '2020-06-28');
    assert.strictEqual(published?.source, 'front-matter');
    const analysis = analyze(composed.markdown, { format: 'markdown', today: '2026-12-07' });
    assert.strictEqual(analysis.published?.value, '2020-06-28');
    const september = analysis.findings.find((f) => composed.markdown.slice(f.start, f.end).includes('September'));
    assert.ok(september, analysis.findings.map((f) => f.message).join('\n'));
    // Resolved against the publication day in the front matter: the September before 28 June 2020.
    assert.match(september.message, /September 2019 \(the September on or before the publication date, 28 Jun 2020/);
    // Nothing of the front matter is analyzed as article text.
    const visible = visibleText(composed.markdown, 'markdown');
    assert.ok(!visible.includes('sha256') && !visible.includes('retrieved'));
  });

  it('omits an address and a date the page does not give', () => {
    const saved = composeArticle({ article, date: null, pageUrl: null, sha256: SHA, retrieved: '2026-12-07T04:30:00Z' });
    assert.ok(!/^url:/m.test(saved.markdown));
    assert.ok(!/^published/m.test(saved.markdown));
  });
});
