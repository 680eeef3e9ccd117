// The timeline webview in the user's language: the extension passes the labels (keyed by their
// English text, through vscode.l10n in src/extension/timelineStrings.ts) to the HTML shell and, as
// <body data-strings>, to the webview script (media/timeline/). Here: the list covers every label the two files use,
// and with the Spanish bundle the shell and the rendered timeline read in Spanish.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildTimeline } from '../../src/core/timeline';
import { timelineHtml } from '../../src/extension/timelineWebview';
import { FakeDocument, FakeVsCodeApi, FakeWindow } from './fakeDom';
import { fixtureAnalysis, note, notesOf } from './timelineFixture';

const ROOT = path.join(__dirname, '..', '..');
const read = (...parts: string[]): string => readFileSync(path.join(ROOT, ...parts), 'utf8');
const unquote = (literal: string): string => literal.slice(1, -1).replace(/\\(['"\\])/g, '$1');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webviewScript = require(path.join(ROOT, 'media', 'timeline', 'main.js')) as {
  start(api: unknown, doc: unknown, win: unknown): void;
  KIND_LABELS: Record<string, string>;
  STATUS_LABELS: Record<string, string>;
};
const spanish = JSON.parse(read('l10n', 'bundle.l10n.es.json')) as Record<string, string>;

/** The keys timelineStrings.ts passes, checking each is `'English': vscode.l10n.t('English')`. */
function passedKeys(): string[] {
  const keys: string[] = [];
  for (const match of read('src', 'extension', 'timelineStrings.ts').matchAll(/^\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"): vscode\.l10n\.t\(('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\),$/gm)) {
    assert.equal(unquote(match[2]), unquote(match[1]), 'a timeline label must be looked up by the English text it translates');
    keys.push(unquote(match[1]));
  }
  return keys;
}

/** The labels the webview script (every file of media/timeline/) and the HTML shell look up. */
function usedKeys(): string[] {
  const folder = path.join(ROOT, 'media', 'timeline');
  const script = readdirSync(folder).filter((name) => name.endsWith('.js')).map((name) => read('media', 'timeline', name)).join('\n');
  const shell = read('src', 'extension', 'timelineWebview.ts');
  const keys = new Set<string>();
  for (const match of script.matchAll(/\bt\(('(?:[^'\\]|\\.)*')/g)) keys.add(unquote(match[1]));
  for (const match of shell.matchAll(/\btext\(('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)/g)) keys.add(unquote(match[1]));
  for (const label of [...Object.values(webviewScript.KIND_LABELS), ...Object.values(webviewScript.STATUS_LABELS)]) keys.add(label);
  return [...keys];
}

describe('timeline webview localisation', () => {
  it('passes exactly the labels the shell and media/timeline/ use, each translated to Spanish', () => {
    const passed = passedKeys();
    assert.ok(passed.length > 50, `only ${passed.length} labels found in timelineStrings.ts`);
    assert.deepEqual([...passed].sort(), [...usedKeys()].sort());
    for (const key of passed) assert.equal(typeof spanish[key], 'string', `l10n/bundle.l10n.es.json lacks "${key}"`);
  });

  it('writes the shell in the given language, and hands the labels to the script as an attribute', () => {
    const html = timelineHtml({ cspSource: 'https://x', nonce: 'AbCdEfGhIjKlMnOpQrStUv', scriptUri: 'https://x/t.js', styleUri: 'https://x/t.css', codiconsUri: 'https://x/c.css', strings: spanish, lang: 'es' });
    assert.match(html, /<html lang="es">/);
    assert.match(html, /<h1 id="title" class="title">Línea de tiempo de afirmaciones<\/h1>/);
    assert.match(html, /placeholder="Buscar afirmaciones, declarantes, notas"/);
    const attribute = /<body data-strings="([^"]*)">/.exec(html);
    assert.ok(attribute);
    const decoded = attribute[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), spanish);
    // Without strings (or with a hostile one) it stays English and well-formed.
    assert.match(timelineHtml({ cspSource: 'https://x', nonce: 'AbCdEfGhIjKlMnOpQrStUv', scriptUri: 'a', styleUri: 'b', codiconsUri: 'c' }), /<h1 id="title" class="title">Claim Timeline<\/h1>/);
    const hostile = timelineHtml({ cspSource: 'https://x', nonce: 'AbCdEfGhIjKlMnOpQrStUv', scriptUri: 'a', styleUri: 'b', codiconsUri: 'c', strings: { Kind: '"><script>alert(1)</script>' } });
    assert.doesNotMatch(hostile, /<script>alert/);
  });

  it('renders the timeline in Spanish from <body data-strings>', () => {
    const document = new FakeDocument();
    document.body.dataset.strings = JSON.stringify(spanish);
    const window = new FakeWindow();
    webviewScript.start(new FakeVsCodeApi(), document, window);
    const model = buildTimeline(fixtureAnalysis(), notesOf({ 'claim:2': note('verified', { text: 'Comprobado con el acta oficial.' }) }), { today: '2026-11-28' });
    window.postFromExtension({ type: 'model', uri: 'file:///harbour.txt', fileName: 'harbour.txt', version: 1, model });
    assert.equal(document.getElementById('title')?.textContent, 'Línea de tiempo de afirmaciones: harbour.txt');
    assert.match(document.getElementById('summary')?.textContent ?? '', /^Publicado el .* · \d+ con fecha · /);
    const main = document.getElementById('timeline')!;
    const labels = main.querySelectorAll('.action-label').map((label) => label.textContent);
    assert.ok(labels.includes('Cambiar estado') && labels.includes('Agregar nota') && labels.includes('Editar nota'), labels.join(', '));
    const badges = main.querySelectorAll('.badge').map((badge) => badge.textContent);
    assert.ok(badges.includes('Verificada') && badges.includes('Sin verificar'), badges.join(', '));
    assert.ok(!badges.includes('Verified') && !labels.includes('Add note'));
  });

  it('stays in English when no strings are passed, or they are not an object', () => {
    for (const strings of [undefined, '[1,2]', '{not json']) {
      const document = new FakeDocument();
      if (strings !== undefined) document.body.dataset.strings = strings;
      const window = new FakeWindow();
      webviewScript.start(new FakeVsCodeApi(), document, window);
      window.postFromExtension({ type: 'model', uri: 'file:///harbour.txt', fileName: 'harbour.txt', version: 1, model: buildTimeline(fixtureAnalysis(), notesOf({}), { today: '2026-11-28' }) });
      assert.equal(document.getElementById('title')?.textContent, 'Claim Timeline: harbour.txt');
    }
  });
});
