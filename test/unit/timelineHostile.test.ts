// The timeline webview (media/timeline/ on the fake DOM) with what a hostile article or shared
// sidecar can hold: 30,000 orphan notes (rendered in batches, so the panel stays interactive), a
// note of megabytes (folded behind a button), and hidden characters (shown as boxed code points,
// the same characters the analyzer's hidden-text rule finds).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { findHiddenRuns } from '../../src/core/hiddenText';
import { buildTimeline, type TimelineModel } from '../../src/core/timeline';
import type { Analysis } from '../../src/core/types';
import { FakeDocument, FakeVsCodeApi, FakeWindow } from './fakeDom';
import { fixtureAnalysis, note, notesOf } from './timelineFixture';

interface WebviewScript {
  revealHidden(text: string): ({ text: string } | { hidden: string })[];
  start(api: unknown, doc: unknown, win: unknown): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webview = require(path.join(__dirname, '..', '..', 'media', 'timeline', 'main.js')) as WebviewScript;

function render(model: TimelineModel) {
  const document = new FakeDocument();
  const window = new FakeWindow();
  const vscode = new FakeVsCodeApi(undefined);
  webview.start(vscode, document, window);
  window.postFromExtension({ type: 'model', uri: 'file:///harbour.txt', fileName: 'harbour.txt', version: 1, model });
  return { document, vscode, main: document.getElementById('timeline')! };
}

describe('timeline webview with hostile notes and text', () => {
  it('renders 30,000 orphan notes 500 at a time', () => {
    const orphans = Array.from({ length: 30_000 }, (_, i) => note('disputed', { id: `o${i}`, text: `orphan note ${i}`, anchor: { kind: 'claim', text: `gone ${i}`, before: '', after: '' } }));
    const running = render(buildTimeline(fixtureAnalysis(), notesOf({}, orphans), { today: '2026-11-28' }));
    assert.equal(running.main.querySelectorAll('li.orphan').length, 500);
    const more = running.main.querySelector('button.show-more-orphans')!;
    assert.match(more.textContent, /Show 500 more notes \(29500 not shown\)/);
    more.click();
    assert.equal(running.main.querySelectorAll('li.orphan').length, 1000);
  });

  it('folds a note of megabytes and shows the whole note on request', () => {
    const long = 'x'.repeat(3_000_000);
    const running = render(buildTimeline(fixtureAnalysis(), notesOf({ 'claim:2': note('false', { text: long }) }), { today: '2026-11-28' }));
    const shown = running.main.querySelectorAll('span.note-text');
    assert.ok(shown.length > 0 && shown.every((s) => s.textContent.length === 2001), 'the first 2,000 characters and an ellipsis');
    const button = running.main.querySelector('button.note-more')!;
    assert.match(button.textContent, /Show the whole note \(3,000,000 characters\)/);
    button.click();
    assert.ok(running.main.querySelectorAll('span.note-text').some((s) => s.textContent === long));
  });

  it('shows hidden characters of quotes and notes as boxed code points, never applying them', () => {
    const analysis: Analysis = fixtureAnalysis();
    const claim = analysis.claims[2];
    analysis.claims[2] = { ...claim, text: claim.text.slice(0, 4) + '\u202e' + claim.text.slice(4, 8) + '\u202c' + claim.text.slice(8) };
    const running = render(buildTimeline(analysis, notesOf({ 'claim:2': note('false', { text: 'a\u200bb' }) }), { today: '2026-11-28' }));
    const boxes = running.main.querySelectorAll('span.hidden-char').map((box) => box.textContent);
    assert.ok(boxes.includes('U+202E') && boxes.includes('U+202C') && boxes.includes('U+200B'), boxes.join(' '));
    assert.ok(!running.main.textContent.includes('\u202e'), 'the override itself is not in the page');
  });

  it('finds the hidden characters the analyzer finds (media/timeline/hiddenText.js and src/core/hiddenText.ts agree)', () => {
    const samples = [
      'by \u202e3202\u202c', 'a\u200bb\u2060c\ufeffd', 'pass\u200dword', '\u{1F468}\u200d\u{1F469}', 'می\u200cخواهم', '\u2066x\u2069\u061c\u200e\u200f',
      'ok\u{E0068}\u{E0069}', '\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}', '\u3164\u115f\u1160\uffa0\u180e\u034f\u2061\u2062\u2063\u2064', 'plain',
    ];
    for (const sample of samples) {
      const analyzer = findHiddenRuns(sample).flatMap((run) => [...sample.slice(run.start, run.end)].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')));
      const shown = webview.revealHidden(sample).flatMap((part) => ('hidden' in part ? [part.hidden] : []));
      assert.deepEqual(shown, analyzer, JSON.stringify(sample));
    }
  });
});
