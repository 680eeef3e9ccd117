import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { readArticle } from '../../src/core/web/article';
import { readHtmlPage } from '../../src/core/web/htmlPage';
import { type LightElement, type LightNode, parseLightPage } from '../../src/core/web/lightDom';
import { textContent } from '../../src/core/web/lightQuery';

const OPTIONS = { format: 'html' as const, published: '2024-03-12', today: '2026-11-28' };

/** The children a reader sees: white space between layout blocks (flagged blank) left out. */
function childNodes(node: LightNode): LightNode[] {
  return node.kind === 1 ? node.children.filter((child) => child.kind === 1 || !child.blank) : [];
}

function body(html: string): LightElement {
  return parseLightPage(html).body;
}

/** The text a reader sees (blank text between layout blocks left out). */
function shown(node: LightNode): string {
  return node.kind === 3 ? (node.blank ? '' : node.text) : node.children.map(shown).join('');
}

/** Three paragraphs long enough for Readability, in a page laid out with indentation. */
const STORY = [
  'The council voted on Tuesday to extend the tram line to the harbour, a plan first proposed in 2015 and delayed twice since then by disputes over funding.',
  'Work will start in 2025 and the first trams will run by 2027, the transport department said in a statement published after the vote on Tuesday evening.',
  'Residents of the harbour district have campaigned for the line for a decade, and their association welcomed the decision as long overdue for the area.',
];

describe('HTML pages: the light tree built for the article reader', () => {
  it('flags white space between blocks as blank, never shown', () => {
    const div = childNodes(body('<body>\n  <div>\n    <p>One.</p>\n\t<p>Two.</p>\n  </div>\n</body>'))[0];
    assert.deepEqual(
      childNodes(div).map((node) => node.kind),
      [1, 1],
      'only the two paragraphs, no blank text nodes around or between them',
    );
  });

  it('keeps white space a reader sees: between inline elements, at inline edges, in pre, and no-break spaces', () => {
    const page = body('<body><div><span>Image</span> <span>copyright</span>\n<a>Getty</a></div><p>x<b>y </b><i>z</i></p><pre><p>a</p>\n  <p>b</p></pre><div><p>c</p>&nbsp;<p>d</p></div></body>');
    const [inline, paragraph, pre, nbsp] = childNodes(page);
    assert.equal(shown(inline), 'Image copyright\nGetty');
    assert.equal(shown(paragraph), 'xy z');
    assert.equal(shown(pre), 'a\n  b');
    assert.equal(textContent(pre), 'a\n  b', 'white space in pre is never blank');
    assert.equal(shown(nbsp), 'c\u00a0d');
  });

  it('keeps a labelled dateline in inline elements one line, so pruning still finds it', () => {
    const html =
      '<html><head><title>Tram</title></head><body><article>\n  <div class="meta">\n    <span>Updated</span> <time>Nov 19, 2019</time>\n  </div>\n' +
      STORY.map((text) => `  <p>${text}</p>\n`).join('') +
      '</article></body></html>';
    const article = readArticle(html);
    assert.equal(article.fallback, false);
    assert.ok(!article.text.includes('Nov 19'), 'the dateline is pruned');
    assert.equal(article.text.split('\n\n').length, STORY.length);
  });

  it('takes the byline Readability takes on the whole page, white space between blocks counted', () => {
    // The box's text is under 100 characters without its indentation and over with it: the author
    // link is the byline, and the box's dates stay out of the article.
    const box =
      '<div class="article-author-box">\n          <a class="author-name" href="/author/reuters">Reuters, </a><span class="place"> Washington, </span>\n' +
      '          <ul class="stamps">\n              <li>Nov 20 2019, 11:06am ist</li>\n              <li>updated: Nov 20 2019, 15:24pm ist</li>\n          </ul>\n        </div>\n';
    const html = `<html><head><title>Tram</title></head><body><article>\n        ${box}${STORY.map((text) => `        <p>${text}</p>\n`).join('')}</article></body></html>`;
    const article = readArticle(html);
    assert.equal(article.byline, 'Reuters,');
    const page = readHtmlPage(html);
    assert.ok(!page.text.includes('Nov 20 2019'), 'the dates of the box are not analyzed');
  });

  it('keeps the words of a byline laid out in blocks apart', () => {
    const html = `<html><head><title>Tram</title></head><body><article>\n  <div class="byline">\n    <div>Article by:</div>\n    <div>Jane Doe</div>\n  </div>\n${STORY.map((text) => `  <p>${text}</p>\n`).join('')}</article></body></html>`;
    assert.equal(readArticle(html).byline, 'Article by: Jane Doe');
  });

  it('does not merge sentences across blocks, and offsets land on the source text', () => {
    // No full stop at the end of the first paragraph: only the block boundary ends its sentence.
    const paragraphs = [STORY[0].replace(/\.$/, ', until 2027'), ...STORY.slice(1)];
    const html =
      '<html><head><title>Tram</title></head><body>\n<article>\n  <div>\n    <div>\n' +
      paragraphs.map((text) => `      <p>${text}</p>\n`).join('') +
      '    </div>\n  </div>\n</article>\n</body></html>';
    const page = readHtmlPage(html);
    assert.equal(page.article.fallback, false);
    assert.match(page.text, /until 2027\s*\n\n\s*Work will start/);
    const analysis = analyze(html, OPTIONS);
    assert.ok(analysis.timexes.length >= 4);
    for (const timex of analysis.timexes) assert.equal(html.slice(timex.start, timex.end), timex.text);
    for (const claim of analysis.claims) {
      const text = html.slice(claim.start, claim.end);
      assert.ok(!(text.includes('until 2027') && text.includes('Work will')), `claim spans two blocks: ${text}`);
    }
  });
});
