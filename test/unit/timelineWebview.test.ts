// The timeline webview: the HTML shell and its CSP, the messages both ways, the script's pure helpers
// and its rendering on a fake DOM (media/timeline/), the icon font it ships. The model: timeline.test.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildTimeline, timelineEntries, type TimelineModel } from '../../src/core/timeline';
import type { Analysis } from '../../src/core/types';
import { createNonce, parseWebviewMessage, timelineCsp, timelineHtml } from '../../src/extension/timelineWebview';
import { FakeDocument, FakeElement, FakeEvent, FakeVsCodeApi, FakeWindow } from './fakeDom';
import { fixtureAnalysis, note, notesOf } from './timelineFixture';

interface WebviewScript {
  sanitizeState(raw: unknown): { uri?: string; filters: Record<string, string>; focusedId?: string; scrollTop: number };
  parseExtensionMessage(raw: unknown): unknown;
  navigationTarget(key: string, current: number, count: number): number;
  spanPosition(range: { from: string; to: string }, extent: { from: string; to: string }): { left: number; width: number };
}
const MEDIA = path.join(__dirname, '..', '..', 'media');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webviewScript = require(path.join(MEDIA, 'timeline', 'main.js')) as WebviewScript;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const codicons = require('../../scripts/codicons.js') as { buildCodicons(outDir: string): Promise<{ names: string[]; fontBytes: number; fullFontBytes: number }> };

const noNotes = notesOf({});

function build(analysis: Analysis = fixtureAnalysis(), today = '2026-11-28', notes = noNotes): TimelineModel {
  return buildTimeline(analysis, notes, { today });
}

describe('timeline webview shell', () => {
  const options = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'AbCdEfGhIjKlMnOpQrStUv', scriptUri: 'https://x/dist/webview/timeline.js', styleUri: 'https://x/media/timeline.css', codiconsUri: 'https://x/media/codicons/codicon.css' };

  it('has the strict CSP', () => {
    const csp = "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; font-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-AbCdEfGhIjKlMnOpQrStUv'; img-src https://file+.vscode-resource.vscode-cdn.net";
    assert.equal(timelineCsp(options.cspSource, options.nonce), csp);
    const html = timelineHtml(options);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${csp}">`));
    assert.ok(!/unsafe-inline|unsafe-eval/.test(html));
  });

  it('loads one external script carrying the nonce, and no inline script or handlers', () => {
    const html = timelineHtml(options);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][1], /\bnonce="AbCdEfGhIjKlMnOpQrStUv"/);
    assert.match(scripts[0][1], /\bsrc="https:\/\/x\/dist\/webview\/timeline\.js"/);
    assert.equal(scripts[0][2].trim(), '', 'no inline script body');
    assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no inline event handler attributes');
    assert.ok(!/javascript:/i.test(html));
  });

  it('escapes resource URIs and refuses a weak nonce', () => {
    const html = timelineHtml({ ...options, styleUri: 'https://x/"><script>alert(1)</script>' });
    assert.ok(!html.includes('"><script>alert(1)'));
    assert.throws(() => timelineHtml({ ...options, nonce: 'short' }));
    assert.throws(() => timelineHtml({ ...options, nonce: "abc'; script-src *; x='abcdefgh" }));
  });

  it('makes a fresh unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9_-]{22}$/);
  });
});

describe('webview messages', () => {
  it('accepts the known messages, reduced to their fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'export' }), { type: 'export' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', subject: { kind: 'quote', index: 3, evil: true } }), { type: 'reveal', subject: { kind: 'quote', index: 3 } });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', subject: { kind: 'claim', index: 0 }, uri: 'file:///a.txt' }), { type: 'reveal', subject: { kind: 'claim', index: 0 }, uri: 'file:///a.txt' });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', url: 'https://example.org' }), { type: 'openLink', url: 'https://example.org' });
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', version: 4, ids: ['claim:1@2'] }), { type: 'rendered', version: 4, ids: ['claim:1@2'] });
  });

  it('ignores unknown and malformed messages', () => {
    for (const raw of [
      undefined,
      null,
      'reveal',
      [],
      {},
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'reveal' },
      { type: 'reveal', subject: { kind: 'timex', index: 1 } },
      { type: 'reveal', subject: { kind: 'claim', index: -1 } },
      { type: 'reveal', subject: { kind: 'claim', index: 1.5 } },
      { type: 'reveal', subject: { kind: 'claim', index: '1' } },
      { type: 'reveal', subject: [1] },
      { type: 'reveal', subject: { kind: 'claim', index: 0 }, uri: 7 },
      { type: 'openLink' },
      { type: 'openLink', url: 42 },
      { type: 'openLink', url: '' },
      { type: 'openLink', url: 'https://x/' + 'a'.repeat(5000) },
      { type: 'rendered', version: 1, ids: [1] },
      { type: 'rendered', version: -1, ids: [] },
      { type: 'rendered', ids: [] },
    ]) {
      assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw));
    }
  });
});

describe('media/timeline/ (the webview script)', () => {
  const folder = path.join(MEDIA, 'timeline');
  const source = fs.readdirSync(folder).filter((name) => name.endsWith('.js')).map((name) => fs.readFileSync(path.join(folder, name), 'utf8')).join('\n');

  it('never parses strings as HTML or code', () => {
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'setAttribute(\'style\'', 'setAttribute("on', '.href =', 'srcdoc']) {
      assert.ok(!source.includes(sink), `uses ${sink}`);
    }
  });

  it('sanitizes restored state', () => {
    assert.deepEqual(webviewScript.sanitizeState(undefined), { uri: undefined, filters: { text: '', kind: '', speaker: '', status: '' }, focusedId: undefined, scrollTop: 0 });
    assert.deepEqual(
      webviewScript.sanitizeState({ uri: 'file:///a.txt', filters: { text: 'arce', kind: 7, speaker: 'Ana Ruiz', status: 'x'.repeat(600) }, focusedId: 'claim:1@2', scrollTop: 120 }),
      { uri: 'file:///a.txt', filters: { text: 'arce', kind: '', speaker: 'Ana Ruiz', status: '' }, focusedId: 'claim:1@2', scrollTop: 120 },
    );
    assert.equal(webviewScript.sanitizeState({ scrollTop: -5 }).scrollTop, 0);
    assert.equal(webviewScript.sanitizeState({ scrollTop: Number.NaN }).scrollTop, 0);
  });

  it('validates messages from the extension', () => {
    const model = build();
    assert.ok(webviewScript.parseExtensionMessage({ type: 'model', uri: 'file:///a', fileName: 'a', version: 1, model }));
    assert.ok(webviewScript.parseExtensionMessage({ type: 'empty', message: 'Open an article' }));
    assert.ok(webviewScript.parseExtensionMessage({ type: 'focus', subject: { kind: 'claim', index: 2 } }));
    assert.equal(webviewScript.parseExtensionMessage({ type: 'model', uri: 'file:///a', fileName: 'a', version: 1, model: { years: 'x' } }), undefined);
    assert.equal(webviewScript.parseExtensionMessage({ type: 'focus', subject: { kind: 'claim', index: '2' } }), undefined);
    assert.equal(webviewScript.parseExtensionMessage({ type: 'html', html: '<img onerror=alert(1)>' }), undefined);
  });

  it('moves between entries with the arrow, Home, End and Page keys', () => {
    assert.equal(webviewScript.navigationTarget('ArrowDown', 0, 3), 1);
    assert.equal(webviewScript.navigationTarget('ArrowDown', 2, 3), 2);
    assert.equal(webviewScript.navigationTarget('ArrowUp', 0, 3), 0);
    assert.equal(webviewScript.navigationTarget('ArrowUp', -1, 3), 0);
    assert.equal(webviewScript.navigationTarget('End', 0, 3), 2);
    assert.equal(webviewScript.navigationTarget('Home', 2, 3), 0);
    assert.equal(webviewScript.navigationTarget('PageDown', 0, 30), 10);
    assert.equal(webviewScript.navigationTarget('Enter', 0, 3), -1);
    assert.equal(webviewScript.navigationTarget('ArrowDown', 0, 0), -1);
  });

  it('places spans to scale on the timeline extent', () => {
    const extent = { from: '2020-01-01', to: '2020-12-31' };
    const firstHalf = webviewScript.spanPosition({ from: '2020-01-01', to: '2020-06-30' }, extent);
    assert.equal(firstHalf.left, 0);
    assert.ok(Math.abs(firstHalf.width - 49.7) < 0.5, String(firstHalf.width));
    const whole = webviewScript.spanPosition(extent, extent);
    assert.deepEqual(whole, { left: 0, width: 100 });
  });

  it('ships the codicons it references, and only those (scripts/codicons.js)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'claimline-codicons-'));
    try {
      const built = await codicons.buildCodicons(out);
      const css = fs.readFileSync(path.join(out, 'codicon.css'), 'utf8');
      const font = fs.readFileSync(path.join(out, 'codicon.woff2'));
      for (const name of ['history', 'sync', 'arrow-right', 'quote', 'pass', 'error', 'warning', 'link-external', 'circle-slash', 'megaphone', 'calendar', 'arrow-both', 'export', 'search', 'clear-all']) {
        assert.ok(built.names.includes(name) && css.includes(`.codicon-${name}:before`), `codicon-${name} missing from the generated codicon.css`);
      }
      assert.ok(!css.includes('.codicon-add:before'), 'an icon the webview never uses was kept');
      assert.equal((css.match(/:before \{/g) ?? []).length, built.names.length);
      assert.equal(font.subarray(0, 4).toString('latin1'), 'wOF2');
      assert.ok(built.fontBytes < built.fullFontBytes / 10, `subset font ${built.fontBytes} bytes of ${built.fullFontBytes}`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('themes only with --vscode-* colour variables', () => {
    const css = fs.readFileSync(path.join(MEDIA, 'timeline.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    assert.ok(!/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i.test(css), 'hard-coded colour');
    for (const match of css.matchAll(/var\((--[a-z0-9-]+)/gi)) {
      assert.ok(match[1].startsWith('--vscode-') || match[1].startsWith('--rail-'), match[1]);
    }
  });
});

describe('timeline webview rendering (media/timeline/ on a fake DOM)', () => {
  interface Running {
    document: FakeDocument;
    window: FakeWindow;
    vscode: FakeVsCodeApi;
    main: FakeElement;
  }

  function run(initialState?: unknown): Running {
    const document = new FakeDocument();
    const window = new FakeWindow();
    const vscode = new FakeVsCodeApi(initialState);
    (webviewScript as unknown as { start(api: unknown, doc: unknown, win: unknown): void }).start(vscode, document, window);
    return { document, window, vscode, main: document.getElementById('timeline')! };
  }

  function send(running: Running, model: TimelineModel, version = 1, uri = 'file:///harbour.txt') {
    running.window.postFromExtension({ type: 'model', uri, fileName: 'harbour.txt', version, model });
  }

  const buttons = (running: Running) => running.main.querySelectorAll('button.entry-main');

  const hostileNotes = notesOf({
    'claim:2': note('false', {
      text: '<img src=x onerror="window.__pwned=1"> see <a href="javascript:alert(1)">this</a>',
      sources: ['javascript:window.__pwned=1', 'https://example.org/quay', 'command:workbench.action.quit'],
    }),
  });

  it('says ready, renders the model in order and reports what it rendered', () => {
    const running = run();
    assert.deepEqual(running.vscode.posted, [{ type: 'ready' }]);
    const model = build(fixtureAnalysis(), '2026-11-28', hostileNotes);
    send(running, model, 7);
    const rendered = running.vscode.last('rendered');
    assert.deepEqual(rendered, { type: 'rendered', version: 7, ids: timelineEntries(model).map((item) => item.id) });
    assert.deepEqual(buttons(running).map((button) => button.dataset.id), rendered?.ids);
    assert.equal(running.document.getElementById('title')!.textContent, 'Claim Timeline: harbour.txt');
    assert.equal(running.main.getAttribute('aria-busy'), 'false');
    const markers = running.main.querySelectorAll('li.marker').map((marker) => marker.className);
    assert.deepEqual(markers, ['marker marker-published', 'marker marker-today']);
    assert.equal(running.main.querySelectorAll('li.stale').length, 1);
  });

  it('inserts hostile text as text only and builds no active elements', () => {
    const running = run();
    const analysis = fixtureAnalysis();
    send(running, build(analysis, '2026-11-28', hostileNotes));
    const allowed = new Set(['section', 'h2', 'h3', 'ol', 'ul', 'li', 'button', 'span', 'p', 'mark', 'option']);
    assert.deepEqual([...new Set(running.document.created)].filter((tag) => !allowed.has(tag)), []);
    const text = running.main.textContent;
    assert.ok(text.includes('"The <b>ferry</b> is =SUM(A1) fine,"'), 'article markup shown literally');
    assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), 'note markup shown literally');
    for (const element of running.main.descendants()) {
      for (const [name] of element.attributes) assert.ok(!/^on|^href$|^src$/i.test(name), `${element.tagName} has ${name}`);
    }
  });

  it('offers only http(s) sources as links and asks the extension to open them', () => {
    const running = run();
    send(running, build(fixtureAnalysis(), '2026-11-28', hostileNotes));
    const links = running.main.querySelectorAll('button.link');
    // Claim 2 sits at two dates, so its note (one https source) shows twice.
    assert.deepEqual(links.map((link) => link.textContent), ['https://example.org/quay', 'https://example.org/quay']);
    assert.deepEqual(running.main.querySelectorAll('span.link-blocked').map((blocked) => blocked.textContent).slice(0, 2), [
      'javascript:window.__pwned=1',
      'command:workbench.action.quit',
    ]);
    const before = running.vscode.posted.length;
    links[0].click();
    assert.deepEqual(running.vscode.posted.slice(before), [{ type: 'openLink', url: 'https://example.org/quay' }], 'the link click does not also reveal');
  });

  it('moves between entries with the arrow keys and reveals the focused one', () => {
    const running = run();
    const model = build();
    send(running, model);
    const all = buttons(running);
    assert.deepEqual(all.map((button) => button.tabIndex).filter((index) => index === 0).length, 1, 'one tab stop (roving tabindex)');
    all[0].focus();
    all[0].dispatch(new FakeEvent('keydown', { key: 'ArrowDown' }));
    assert.equal(running.document.activeElement, all[1]);
    all[1].dispatch(new FakeEvent('keydown', { key: 'End' }));
    assert.equal(running.document.activeElement, all[all.length - 1]);
    assert.equal(all[all.length - 1].tabIndex, 0);
    assert.equal(all[0].tabIndex, -1);
    all[2].click(); // Enter on a button is a click
    const entry = timelineEntries(model)[2];
    assert.deepEqual(running.vscode.last('reveal'), { type: 'reveal', subject: entry.subject, uri: 'file:///harbour.txt' });
    assert.ok(all[0].getAttribute('aria-label')!.startsWith('2017, Past, status Unverified, The board signed'));
  });

  it('filters as the user types, saves the filters and restores them', () => {
    const running = run();
    const model = build();
    send(running, model);
    const search = running.document.getElementById('filter-text')!;
    search.value = 'quay';
    search.dispatch(new FakeEvent('input'));
    assert.deepEqual(running.vscode.last('rendered')?.ids, ['claim:2@2', 'claim:2@3']);
    assert.match(running.document.getElementById('summary')!.textContent, /2 of 9 match/);
    assert.equal((running.vscode.state as { filters: { text: string } }).filters.text, 'quay');

    // A reloaded panel starts from the saved state.
    const restored = run(running.vscode.state);
    send(restored, model);
    assert.deepEqual(restored.vscode.last('rendered')?.ids, ['claim:2@2', 'claim:2@3']);
    assert.equal(restored.document.getElementById('filter-text')!.value, 'quay');
    search.dispatch(new FakeEvent('keydown', { key: 'Escape' }));
    assert.equal(running.vscode.last('rendered')?.ids?.length, timelineEntries(model).length, 'Escape clears the search');
  });

  it('renders long timelines in batches and brings a focused claim into view', () => {
    const analysis: Analysis = { published: null, today: '2026-11-28', timexes: [], quotes: [], claims: [], findings: [] };
    let start = 0;
    for (let n = 0; n < 520; n++, start += 40) {
      const text = `In ${1400 + n}, project ${n} was approved.`;
      const year = String(1400 + n);
      analysis.timexes.push({ start: start + 3, end: start + 7, text: year, type: 'DATE', value: year, reasoning: '', ambiguous: false, tense: 'past', range: { from: `${year}-01-01`, to: `${year}-12-31` } });
      analysis.claims.push({ start, end: start + text.length, text, kind: 'past', timexes: [n], timexKinds: ['past'], speaker: null, source: null, stale: false, quote: null });
    }
    const running = run();
    send(running, build(analysis));
    assert.equal(running.vscode.last('rendered')?.ids?.length, 500);
    const more = running.main.querySelector('button.show-more')!;
    assert.match(more.textContent, /Show 20 more/);
    more.click();
    assert.equal(running.vscode.last('rendered')?.ids?.length, 520);

    const fresh = run();
    send(fresh, build(analysis));
    fresh.window.postFromExtension({ type: 'focus', subject: { kind: 'claim', index: 510 } });
    assert.equal(fresh.document.activeElement?.dataset.id, 'claim:510@510');
  });

  it('shows the empty state and ignores malformed messages', () => {
    const running = run();
    running.window.postFromExtension({ type: 'empty', message: 'Open an article to see its claim timeline.' });
    assert.equal(running.main.textContent, 'Open an article to see its claim timeline.');
    for (const data of [null, 'model', { type: 'model', model: {} }, { type: 'html', html: '<b>x</b>' }]) running.window.postFromExtension(data);
    assert.equal(running.main.textContent, 'Open an article to see its claim timeline.');
    assert.deepEqual(running.vscode.posted, [{ type: 'ready' }]);
  });
});
