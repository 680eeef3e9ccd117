// The extension's runtime strings go through vscode.l10n.t: l10n/bundle.l10n.json is what
// `npm run l10n` (@vscode/l10n-dev) extracts from src today, and the Spanish bundle translates
// exactly those keys, keeping each {0} placeholder.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ENGLISH_HOVER_LINKS, explainAt } from '../../src/core/explain';

const ROOT = join(__dirname, '..', '..');
const readBundle = (path: string): Record<string, string> => JSON.parse(readFileSync(path, 'utf8'));
const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('runtime localisation (l10n/ bundles)', () => {
  const english = readBundle(join(ROOT, 'l10n', 'bundle.l10n.json'));
  const spanish = readBundle(join(ROOT, 'l10n', 'bundle.l10n.es.json'));

  it('has exactly the English keys in the Spanish bundle, each translated and keeping its placeholders', () => {
    assert.deepEqual(Object.keys(spanish).sort(), Object.keys(english).sort());
    for (const [key, text] of Object.entries(spanish)) {
      assert.ok(text.trim() !== '', `empty translation for ${key}`);
      assert.deepEqual(placeholders(text), placeholders(key), key);
    }
  });

  it('has an English bundle that is up to date with the source (npm run l10n)', function () {
    this.timeout(120_000);
    const out = mkdtempSync(join(tmpdir(), 'claimline-l10n-'));
    try {
      const cli = join(ROOT, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
      execFileSync(process.execPath, [cli, 'export', '-o', out, 'src'], { cwd: ROOT, stdio: 'ignore' });
      assert.deepEqual(readdirSync(out), ['bundle.l10n.json']);
      assert.deepEqual(readBundle(join(out, 'bundle.l10n.json')), english, 'l10n/bundle.l10n.json is stale: run npm run l10n and translate the new keys in l10n/bundle.l10n.es.json');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('leaves no literal text in the extension’s notifications, pickers and input boxes', () => {
    // A message written as a bare string literal would escape extraction: every call site passes vscode.l10n.t(…) or a variable.
    const literalCall = /\b(show(?:Information|Warning|Error)Message|setStatusBarMessage|new vscode\.CodeAction)\(\s*['"`]|\b(?:title|prompt|placeHolder|saveLabel|detail|openLabel):\s*['"`](?!https?:)[^'"`]*[A-Za-z]/;
    const offenders: string[] = [];
    const dir = join(ROOT, 'src', 'extension');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      // Comments blanked (keeping line breaks), so a call split over lines is still seen whole.
      const source = readFileSync(join(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
      for (const match of source.matchAll(new RegExp(literalCall.source, 'g'))) {
        offenders.push(`${name}:${source.slice(0, match.index).split('\n').length}: ${match[0].trim()}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('translates every sentence the extension starts with "Claimline", except what goes only to its log', () => {
    // Error messages built as template literals reach the user too (a command shows error.message).
    const offenders: string[] = [];
    const dir = join(ROOT, 'src', 'extension');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
      source.split('\n').forEach((line, index) => {
        if (/\blog\??\.(?:info|warn|error|debug|trace|appendLine)\(/.test(line)) return;
        for (const match of line.matchAll(/(?<!l10n\.t\()['"`]Claimline[ :]/g)) offenders.push(`${name}:${index + 1}: ${line.slice(match.index).trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
  });
});

describe('hover link labels', () => {
  it('are translated by their English text, which is what the core shows without labels', () => {
    const hover = readFileSync(join(ROOT, 'src', 'extension', 'hover.ts'), 'utf8');
    const spanish = readBundle(join(ROOT, 'l10n', 'bundle.l10n.es.json'));
    for (const [field, english] of Object.entries(ENGLISH_HOVER_LINKS)) {
      assert.ok(hover.includes(`${field}: vscode.l10n.t(${JSON.stringify(english).replace(/"/g, "'")})`), `hover.ts translates ${field} by "${english}"`);
      assert.equal(typeof spanish[english], 'string', english);
    }
  });

  it('appear in the hover in the language given, escaped', () => {
    const labels = { openInTimeline: 'Ver en la línea de tiempo', markVerified: 'Marcar como verificada', addNote: 'Agregar nota', editNote: 'Editar nota', openFullNote: 'Ver la nota completa' };
    const text = 'The minister said in March 2020 that the bridge would open next year.';
    const analysis = analyze(text, { published: '2020-06-01', today: '2024-01-01' });
    const offset = text.indexOf('March');
    const explain = (linkLabels?: typeof labels) => explainAt({ analysis, text, offset, uri: 'file:///a.txt', noteFor: () => undefined, linkLabels })?.markdown ?? '';
    assert.match(explain(labels), /\[Ver en la línea de tiempo\]\(command:claimline\.showTimeline\?/);
    assert.match(explain(labels), /\[Agregar nota\]\(command:claimline\.editNote\?/);
    assert.equal(explain(), explain(ENGLISH_HOVER_LINKS));
    assert.match(explain({ ...labels, addNote: '[x](command:evil)' }), /\\\[x\\\]\\\(command\\:evil\\\)/);
  });
});
