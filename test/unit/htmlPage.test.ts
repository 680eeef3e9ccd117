import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { explainAt } from '../../src/core/explain';
import { readHtmlPage } from '../../src/core/web/htmlPage';
import { FURNITURE, NEWS_PAGE } from './newsPage';

const OPTIONS = { format: 'html' as const, published: '2024-03-12', today: '2026-11-28' };

/** A page whose only content is `body`, in one paragraph long enough to count as an article. */
function page(body: string, head = '<head><title>Test</title></head>'): string {
  return `<!doctype html><html>${head}<body><article><p>${body}</p></article></body></html>`;
}

describe('HTML pages: parsing and source offsets', () => {
  it('keeps script, style and head text out and makes block tags paragraph breaks', () => {
    const { text } = readHtmlPage('<html><head><title>T</title><style>p{}</style></head><body><p>Signed in 2017.</p><p>Two.</p><script>alert("in 2019")</script></body></html>');
    assert.match(text, /Signed in 2017\.\s*\n\n\s*Two\./);
    assert.ok(!text.includes('2019'), 'script content is invisible');
    assert.ok(!text.includes('<'), 'tags are blanked');
  });

  it('decodes every named and numeric character reference', () => {
    const { text } = readHtmlPage('<p>&pound;5 &euro;6 &Eacute;cole &frac12; &#8364; &#x20AC; &#128512; &amp;c &lt;b&gt; &notin; caf&eacute;</p>');
    assert.match(text, /£5 €6 École ½ € € 😀 &c <b> ∉ café/);
  });

  it('keeps a name with a character reference one word: O&rsquo;Brien is the speaker, not "Sean O"', () => {
    const html = page('&ldquo;We will open the line in 2027,&rdquo; said Sean O&rsquo;Brien, the transport minister, on Tuesday in a statement to the regional parliament and the press.');
    const analysis = analyze(html, OPTIONS);
    assert.equal(analysis.quotes.length, 1);
    assert.equal(analysis.quotes[0].speaker?.name, 'Sean O’Brien');
    // Offsets are source offsets: the quote starts at its &ldquo; and ends after its &rdquo;.
    const quote = analysis.quotes[0];
    assert.equal(html.slice(quote.start, quote.end), '&ldquo;We will open the line in 2027,&rdquo;');
    assert.equal(html.slice(quote.speaker!.start, quote.speaker!.end), 'Sean O&rsquo;Brien');
  });

  it('analyzes a page that leaves out the optional </head>', () => {
    const html = '<!doctype html><html><head><meta charset="utf-8"><title>Tram</title>\n<p>The council said on Tuesday that the tram line would open in 2027, two years later than planned in the agreement signed by all parties.</p>';
    const analysis = analyze(html, OPTIONS);
    assert.ok(analysis.findings.length > 0, 'the story is analyzed');
    assert.ok(analysis.timexes.some((timex) => timex.text === '2027'));
  });

  it('reads an attribute containing ">" as part of the tag, not as text', () => {
    const html = page('<span title="a > b 1999">The minister said on Tuesday that the bridge would reopen in 2027</span>, after a long delay caused by the flooding of the river last winter.');
    const { text } = readHtmlPage(html);
    assert.ok(!text.includes('b 1999'), 'attribute text does not leak');
    const analysis = analyze(html, OPTIONS);
    assert.ok(!analysis.timexes.some((timex) => timex.text === '1999'));
  });

  it('maps every finding back onto the source, lines and columns included', () => {
    const html = page('Caf&eacute; owners said on 3&nbsp;March that the market would reopen in May 2027.\n</p><p>&ldquo;We expect visitors by June,&rdquo; said the mayor, Ana M&uuml;ller, on Tuesday.');
    const analysis = analyze(html, OPTIONS);
    assert.ok(analysis.findings.length >= 2);
    const may = analysis.timexes.find((timex) => timex.text === 'May 2027');
    assert.ok(may);
    assert.equal(html.slice(may.start, may.end), 'May 2027');
    for (const finding of analysis.findings) {
      const before = html.slice(0, finding.start).split('\n');
      assert.equal(finding.line, before.length);
      assert.equal(finding.column, before[before.length - 1].length + 1);
    }
  });

  it('survives an unclosed script tag without hanging', () => {
    const { text } = readHtmlPage('<p>x</p><script>' + 'a'.repeat(100000));
    assert.equal(text.trim(), 'x');
  });

  it('analyzes only the article of a news page and reports it', () => {
    const analysis = analyze(NEWS_PAGE, OPTIONS);
    assert.ok(analysis.article);
    assert.equal(analysis.article.fallback, false);
    assert.equal(analysis.article.title, 'Tram line to reach the harbour by 2027');
    assert.equal(analysis.article.published, '2024-03-12');
    const inArticle = (offset: number) => analysis.article!.ranges.some((range) => range.start <= offset && offset < range.end);
    assert.ok(analysis.findings.length >= 3);
    for (const finding of analysis.findings) assert.ok(inArticle(finding.start), `finding outside the article: ${NEWS_PAGE.slice(finding.start, finding.end)}`);
    for (const furniture of FURNITURE) {
      const at = NEWS_PAGE.indexOf(furniture);
      assert.ok(!analysis.timexes.some((timex) => timex.start >= at && timex.end <= at + furniture.length), `furniture date analyzed: ${furniture}`);
    }
  });

  it('says when a page has no article and the whole visible text was analyzed', () => {
    const analysis = analyze('<html><body><div>Closed on 3 May 2027.</div></body></html>', OPTIONS);
    assert.equal(analysis.article?.fallback, true);
    assert.ok(analysis.timexes.some((timex) => timex.text === '3 May 2027'));
  });

  it('says in the hover which part of the page was read', () => {
    const story = analyze(NEWS_PAGE, OPTIONS);
    const hover = explainAt({ analysis: story, text: NEWS_PAGE, offset: story.timexes[0].start, uri: 'file:///page.html', noteFor: () => undefined });
    assert.match(hover?.markdown ?? '', /Only the article “Tram line to reach the harbour by 2027” in this page was analyzed/);
    const html = '<html><body><div>Closed on 3 May 2027.</div></body></html>';
    const whole = analyze(html, OPTIONS);
    const fallback = explainAt({ analysis: whole, text: html, offset: html.indexOf('3 May'), uri: 'file:///page.html', noteFor: () => undefined });
    assert.match(fallback?.markdown ?? '', /No article recognised in this page: its whole visible text was analyzed/);
  });

  it('gives other formats no article', () => {
    assert.equal(analyze('Closed on 3 May 2027.', { ...OPTIONS, format: 'plaintext' }).article, undefined);
  });
});
