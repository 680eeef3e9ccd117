// One configuration for the editor and the command line: with the same .claimline.json, the
// diagnostics VS Code shows and the findings `claimline check` prints are the same, and workspace
// settings win over the file in the editor as the CLI's options do on the command line.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { baselineSettings, claimline, closeAll, copyFixture, openArticle, ruleOf } from './articles';
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
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const extension = vscode.extensions.getExtension('claimline.claimline');
  assert.ok(extension);
  const script = path.join(extension.extensionPath, 'dist', 'cli.js');
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
}

interface CheckRecord {
  file: string;
  findings: Compared[];
}

/** `claimline check --format json --messages` of files or folders: one record per article. */
function checkRecords(...args: string[]): CheckRecord[] {
  const child = cli('check', '--format', 'json', '--messages', ...args);
  assert.ok(child.status === 0 || child.status === 1, `claimline check exited ${child.status}: ${child.stderr}`);
  return child.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CheckRecord);
}

function comparable(findings: Compared[]): Compared[] {
  return findings.map(({ rule, severity, start, end, message }) => ({ rule, severity, start, end, message })).sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}

function fromCli(file: string, ...extra: string[]): Compared[] {
  const records = checkRecords(...extra, file);
  assert.equal(records.length, 1);
  return comparable(records[0].findings);
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

  it('ignore globs and .claimlineignore leave the same articles out in the editor as in a folder walk', async () => {
    const folder = path.dirname(article.fsPath);
    const draft = copyFixture('border-crossing.txt', 'shared-config/drafts', 'draft.txt');
    const secret = copyFixture('border-crossing.txt', 'shared-config/desk/private', 'secret.txt');
    const kept = copyFixture('border-crossing.txt', 'shared-config/desk', 'kept.txt');
    const ignoreFile = path.join(folder, 'desk', '.claimlineignore');
    const { services } = await claimline();
    try {
      fs.writeFileSync(ignoreFile, 'private/\n');
      fs.writeFileSync(configFile, JSON.stringify({ rules: { quote: 'off' }, today: '2031-01-04', ignore: ['drafts/'] }));
      // Its own today shows when the editor has read the file (again).
      const { editor, diagnostics } = await openArticle(kept, (d) => d.some((x) => x.message.includes('today is 4 Jan 2031')));
      // The folder walk of claimline check: the two left out, the others checked.
      const walked = checkRecords(folder).map((record) => path.relative(folder, record.file).split(path.sep).join('/'));
      assert.deepEqual(walked, ['border-crossing.txt', 'desk/kept.txt']);
      // The editor: no analysis and no diagnostics for the two, the same findings as the walk for the others.
      for (const left of [draft, secret]) {
        const document = await vscode.workspace.openTextDocument(left);
        await vscode.window.showTextDocument(document);
        assert.equal(await services.analyzeDocument(document), undefined, `${path.basename(left.fsPath)} is not analyzed`);
        assert.deepEqual(claimlineDiagnostics(left), []);
      }
      assert.deepEqual(comparable(checkRecords(folder)[1].findings), fromEditor(editor.document, diagnostics));
      // Taking the glob out brings the draft back, without a reload.
      const back = await diagnosticsFor(draft, () => fs.writeFileSync(configFile, JSON.stringify({ rules: { quote: 'off' }, today: '2031-01-01' })), (d) => d.some((x) => x.message.includes('today is 1 Jan 2031')));
      const draftDocument = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft.toString());
      assert.ok(draftDocument);
      assert.deepEqual(fromCli(draft.fsPath), fromEditor(draftDocument, back));
    } finally {
      fs.rmSync(ignoreFile, { force: true });
      for (const uri of [draft, secret, kept]) fs.rmSync(uri.fsPath, { force: true });
      await closeAll();
    }
  });

  it('languages from .claimline.json are analyzed, with hovers, as the command line checks the file', async () => {
    const rst = copyFixture('border-crossing.txt', 'shared-config', 'story.rst');
    try {
      fs.writeFileSync(configFile, JSON.stringify({ rules: { quote: 'off' }, today: '2031-01-02', languages: ['restructuredtext'] }));
      const { editor, diagnostics } = await openArticle(rst, (d) => d.some((x) => x.message.includes('today is 2 Jan 2031')));
      assert.equal(editor.document.languageId, 'restructuredtext');
      assert.deepEqual(fromCli(rst.fsPath), fromEditor(editor.document, diagnostics));
      const claim = diagnostics.find((d) => ruleOf(d) === 'stale-prediction' || ruleOf(d) === 'dated-claim');
      assert.ok(claim);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', rst, claim.range.start);
      assert.ok(
        hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('→'))),
        'the hover provider is registered for the language the file adds',
      );
    } finally {
      fs.rmSync(rst.fsPath, { force: true });
      await closeAll();
    }
  });

  it('notesLocation "workspaceFolder" of .claimline.json: the editor writes the notes where claimline timeline reads them', async () => {
    const { services } = await claimline();
    const folder = path.dirname(article.fsPath);
    const expected = path.join(folder, '.claimline', 'border-crossing.txt.claims.json');
    try {
      // A today of its own shows when the editor has read the file again (open or not before).
      fs.writeFileSync(configFile, JSON.stringify({ rules: { quote: 'off' }, today: '2031-01-03', notesLocation: 'workspaceFolder' }));
      await openArticle(article, (d) => d.some((x) => x.message.includes('today is 3 Jan 2031')));
      // The file's folder, not the workspace folder above it.
      assert.equal(services.store.sidecarFor(article)?.fsPath, expected);
      // A claim the timeline shows (durations and undated claims are not on it).
      const before = cli('timeline', '--format', 'json', article.fsPath);
      const index = Number(/"id": "claim:(\d+)@/.exec(before.stdout)?.[1]);
      assert.ok(Number.isInteger(index), before.stderr);
      await services.updateNote(article, { kind: 'claim', index }, { status: 'verified', text: 'Checked against the ministry release' });
      assert.ok(fs.existsSync(expected), 'the sidecar is under the configuration folder');
      const exported = cli('timeline', '--format', 'json', article.fsPath);
      assert.equal(exported.status, 0, exported.stderr);
      assert.ok(exported.stdout.includes('Checked against the ministry release'), `claimline timeline reads the same sidecar: ${exported.stdout.slice(0, 300)}`);
    } finally {
      await closeAll();
      fs.rmSync(path.join(folder, '.claimline'), { recursive: true, force: true });
    }
  });
});
