// One configuration for the editor and the command line: with the same .claimline.json, the
// diagnostics VS Code shows and the findings `claimline check` prints are the same, and workspace
// settings win over the file in the editor as the CLI's options do on the command line.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { baselineSettings, closeAll, copyFixture, openArticle, ruleOf } from './articles';
import { claimlineDiagnostics, diagnosticsFor } from './support';

interface Compared {
  rule: string;
  severity: string;
  start: number;
  end: number;
  message: string;
}

const SEVERITY_NAMES: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function fromEditor(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): Compared[] {
  return diagnostics
    .map((d) => ({ rule: ruleOf(d), severity: SEVERITY_NAMES[d.severity], start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end), message: d.message }))
    .sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}

/** The shipped command (dist/cli.js of this extension), run by the extension host's own Node. */
function fromCli(file: string, ...extra: string[]): Compared[] {
  const extension = vscode.extensions.getExtension('claimline.claimline');
  assert.ok(extension);
  const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
  const child = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--messages', ...extra, file], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(child.status === 0 || child.status === 1, `claimline check exited ${child.status}: ${child.stderr}`);
  const record = JSON.parse(child.stdout.trim()) as { findings: Compared[] };
  return record.findings
    .map(({ rule, severity, start, end, message }) => ({ rule, severity, start, end, message }))
    .sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}

describe('one configuration for the editor and the command line', function () {
  this.timeout(90_000);
  let article: vscode.Uri;
  let configFile: string;

  before(async () => {
    await baselineSettings();
    article = copyFixture('border-crossing.txt', 'shared-config');
    configFile = path.join(path.dirname(article.fsPath), '.claimline.json');
    // A later "today" than the suites' user setting, quotes off, stale predictions as errors.
    fs.writeFileSync(configFile, JSON.stringify({ rules: { quote: 'off', 'stale-prediction': 'error', 'ambiguous-date': 'information' }, today: '2031-01-01' }));
  });
  after(async () => {
    await vscode.workspace.getConfiguration('claimline', article).update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(configFile, { force: true });
    await closeAll();
  });

  it('the editor applies .claimline.json over user settings, and shows what claimline check prints', async () => {
    const { editor, diagnostics } = await openArticle(article, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'quote') && d.some((x) => ruleOf(x) === 'stale-prediction'));
    assert.ok(diagnostics.filter((d) => ruleOf(d) === 'stale-prediction').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    // The user setting says 28 Nov 2026; the file's 1 Jan 2031 is the today of the messages.
    assert.ok(diagnostics.some((d) => ruleOf(d) === 'stale-prediction' && d.message.includes('today is 1 Jan 2031')), 'the file’s today applies');
    const editorFindings = fromEditor(editor.document, diagnostics);
    assert.deepEqual(fromCli(article.fsPath), editorFindings);
    assert.ok(editorFindings.length >= 5);
  });

  it('a workspace setting wins over the file in the editor, as --rule does on the command line', async () => {
    const diagnostics = await diagnosticsFor(
      article,
      () => vscode.workspace.getConfiguration('claimline', article).update('rules', { quote: 'warning' }, vscode.ConfigurationTarget.Workspace),
      (d) => d.some((x) => ruleOf(x) === 'quote' && x.severity === vscode.DiagnosticSeverity.Warning),
    );
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
    assert.ok(document);
    // The file's other rules still apply: rules merge rule by rule.
    assert.ok(diagnostics.some((d) => ruleOf(d) === 'stale-prediction' && d.severity === vscode.DiagnosticSeverity.Error));
    assert.deepEqual(fromCli(article.fsPath, '--rule', 'quote=warning'), fromEditor(document, claimlineDiagnostics(article)));
  });

  it('a change to the file is picked up without a reload', async () => {
    await vscode.workspace.getConfiguration('claimline', article).update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    const diagnostics = await diagnosticsFor(
      article,
      () => fs.writeFileSync(configFile, JSON.stringify({ rules: { 'stale-prediction': 'off', quote: 'off' }, today: '2031-01-01' })),
      (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'stale-prediction' || ruleOf(x) === 'quote'),
    );
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
    assert.ok(document);
    assert.deepEqual(fromCli(article.fsPath), fromEditor(document, diagnostics));
  });
});
