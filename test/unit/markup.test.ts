import * as assert from 'node:assert/strict';
import { visibleText } from '../../src/core/markup';

describe('visible text of markup', () => {
  it('keeps every offset: output has the same length as the source', () => {
    const html = '<p>Caf&eacute; &amp; <b>bar</b></p><script>var x = "2020";</script>';
    assert.equal(visibleText(html, 'html').length, html.length);
  });

  it('blanks HTML tags, scripts and styles but keeps visible words in place', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><p>Signed in 2017.</p><script>alert("in 2019")</script></body></html>';
    const text = visibleText(html, 'html');
    const at = html.indexOf('Signed in 2017.');
    assert.equal(text.slice(at, at + 15), 'Signed in 2017.');
    assert.ok(!text.includes('2019'), 'script content must be invisible');
    assert.ok(!text.includes('<'), 'tags must be blanked');
  });

  it('turns block tags into paragraph breaks', () => {
    const text = visibleText('<p>One.</p><p>Two.</p>', 'html');
    assert.match(text, /One\.\s*\n\n\s*Two\./);
  });

  it('decodes entities in place', () => {
    const html = 'Arce said &ldquo;yes&rdquo; &#8212; fine';
    const text = visibleText(html, 'html');
    assert.ok(text.startsWith('Arce said “'));
    assert.ok(text.includes('yes”'));
    assert.ok(text.includes('—'));
  });

  it('survives an unclosed script tag without hanging', () => {
    const html = '<p>x</p><script>' + 'a'.repeat(100000);
    const text = visibleText(html, 'html');
    assert.equal(text.trim(), 'x');
  });

  it('blanks Markdown front matter, fenced code, inline code and link targets', () => {
    const md = '---\ndate: 2020-12-05\n---\n# Title\n\nSee [the report](https://example.com/2019) from `2018`.\n\n```\ncode 2017\n```\nEnd.';
    const text = visibleText(md, 'markdown');
    assert.equal(text.length, md.length);
    assert.ok(!text.includes('2020-12-05'));
    assert.ok(!text.includes('2019'));
    assert.ok(!text.includes('2018'));
    assert.ok(!text.includes('2017'));
    assert.ok(text.includes('See [the report]'));
    assert.ok(text.includes('End.'));
  });

  it('leaves plaintext untouched', () => {
    const plain = '<p>not markup in a text file</p>';
    assert.equal(visibleText(plain, 'plaintext'), plain);
  });
});

describe('claimline directives in plain text', () => {
  it('blanks disable and publication comments so they never join a sentence', () => {
    const text = '// claimline: published 2020-12-05\nIntro.\n<!-- claimline-disable-next-line dated-claim -->\nSigned in 2017.';
    const visible = visibleText(text, 'plaintext');
    assert.equal(visible.length, text.length);
    assert.ok(!visible.includes('claimline'));
    assert.ok(visible.includes('Intro.') && visible.includes('Signed in 2017.'));
  });

  it('leaves ordinary comments and the word claimline in prose alone', () => {
    const text = 'The claimline tool was tested. // not a directive';
    assert.equal(visibleText(text, 'plaintext'), text);
  });
});
