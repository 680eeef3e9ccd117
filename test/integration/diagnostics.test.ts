// Diagnostics on fixture articles: rule, range, severity, source and code link; plain text, Markdown,
// HTML and untitled documents; analysis as you type; disable comments; the Toggle command.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { baselineSettings, byRule, claimline, closeAll, closeUntitled, copyFixture, openArticle, openUntitled, positionOf, ruleOf } from './articles';
import { claimlineDiagnostics, diagnosticsFor, testWorkspace } from './support';

describe('diagnostics', function () {
  this.timeout(60_000);
  before(baselineSettings);
  afterEach(async () => {
    // A failed Toggle test must not leave diagnostics off for the suites after it.
    if (!(await claimline()).services.enabled) await vscode.commands.executeCommand('claimline.toggle');
    await closeAll();
  });

  it('flags the dated claims, stale predictions and quotes of a plain-text article', async () => {
    const uri = copyFixture('border-crossing.txt', 'diagnostics');
    const { editor, diagnostics } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'stale-prediction'));
    const document = editor.document;
    const show = diagnostics.map((d) => `${ruleOf(d)}@${document.getText(d.range)}`);

    const january = diagnostics.find((d) => ruleOf(d) === 'dated-claim' && document.getText(d.range) === 'January');
    assert.ok(january, `no dated-claim on "January": ${show.join(', ')}`);
    assert.strictEqual(january.severity, vscode.DiagnosticSeverity.Information);
    assert.match(january.message, /January 2021/);
    assert.strictEqual(january.range.start.line, positionOf(document, 'In January').line);

    const stale = diagnostics.filter((d) => ruleOf(d) === 'stale-prediction');
    assert.ok(stale.length >= 1, `no stale-prediction: ${show.join(', ')}`);
    for (const d of stale) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.strictEqual(document.getText(d.range), '2022');
    }

    const edited = diagnostics.filter((d) => ruleOf(d) === 'edited-quote');
    assert.strictEqual(edited.length, 1, `edited quotes: ${show.join(', ')}`);
    assert.ok(document.getText(edited[0].range).startsWith('"We lost almost two years'));

    const byPresident = diagnostics.find((d) => ruleOf(d) === 'quote' && document.getText(d.range).startsWith('"We want the bridge'));
    assert.ok(byPresident, 'the quote attributed through "the president" is flagged');
    assert.match(byPresident.message, /Lenin Moreno/);
    assert.ok(byPresident.relatedInformation?.some((r) => document.getText(r.location.range) === 'the president'), 'related information points at the speaker mention');

    for (const d of diagnostics) {
      assert.strictEqual(d.source, 'claimline');
      const code = d.code as { value: string; target: vscode.Uri };
      assert.strictEqual(code.target.scheme, 'command', 'the rule link is a Claimline command, not a web address');
      assert.strictEqual(code.target.path, 'claimline.showRuleHelp');
      assert.deepStrictEqual(JSON.parse(decodeURIComponent(code.target.query)), [code.value]);
    }
  });

  it('opens the rule help that ships with the extension at the rule', async () => {
    const opened = await vscode.commands.executeCommand<vscode.Uri>('claimline.showRuleHelp', 'stale-prediction');
    const editor = vscode.window.activeTextEditor;
    assert.ok(opened && editor && editor.document.uri.toString() === opened.toString());
    assert.ok(opened.fsPath.endsWith(path.join('media', 'rules.md')), opened.fsPath);
    assert.strictEqual(editor.document.lineAt(editor.selection.active.line).text, '## Rule: `stale-prediction`');
  });

  it('reads Markdown prose only: front matter dates the article, code blocks are skipped', async () => {
    const uri = copyFixture('border-crossing.md', 'diagnostics');
    const { editor, diagnostics } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'dated-claim'));
    const texts = diagnostics.map((d) => editor.document.getText(d.range));
    assert.ok(texts.includes('January'), texts.join(', '));
    assert.ok(!texts.some((t) => t.includes('2010')), 'nothing inside the code block');
    assert.ok(!diagnostics.some((d) => ruleOf(d) === 'no-publication-date'), 'front matter gives the date');
    const january = diagnostics.find((d) => editor.document.getText(d.range) === 'January')!;
    assert.match(january.message, /January 2021/);
  });

  it('reads HTML visible text only, with ranges in the source', async () => {
    const uri = copyFixture('border-crossing.html', 'diagnostics');
    const { editor, diagnostics } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'dated-claim'));
    const texts = diagnostics.map((d) => editor.document.getText(d.range));
    assert.ok(texts.includes('January'), texts.join(', '));
    assert.ok(!texts.some((t) => t.includes('2009') || t.includes('2010')), 'nothing from <script> or <style>');
    const quote = diagnostics.find((d) => ruleOf(d) === 'quote');
    assert.ok(quote && editor.document.getText(quote.range).startsWith('&ldquo;We want'), 'quote range maps back to the entity-encoded source');
  });

  it('warns when an article has no publication date', async () => {
    const uri = copyFixture('undated.txt', 'diagnostics');
    const { diagnostics } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'no-publication-date'));
    const missing = diagnostics.find((d) => ruleOf(d) === 'no-publication-date')!;
    assert.strictEqual(missing.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(missing.range.start.line, 0);
  });

  it('says an empty article is empty (information) instead of missing a publication date', async () => {
    const dir = path.join(testWorkspace(), 'diagnostics-empty');
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of [['empty.txt', ''], ['blank.md', '\n  \n\t\n']]) {
      const uri = vscode.Uri.file(path.join(dir, name));
      fs.writeFileSync(uri.fsPath, text);
      const { diagnostics } = await openArticle(uri);
      assert.deepStrictEqual(
        diagnostics.map((d) => [ruleOf(d), d.severity, d.message]),
        [['empty-article', vscode.DiagnosticSeverity.Information, 'The article is empty: there is no text to check.']],
        name,
      );
    }
  });

  it('analyzes untitled documents', async () => {
    const document = await openUntitled('5 December 2020\n\nIn 2017, the two agencies signed a contract.\n');
    const diagnostics = await diagnosticsFor(document.uri, () => undefined, (d) => d.some((x) => ruleOf(x) === 'dated-claim'));
    const claim = diagnostics.find((d) => ruleOf(d) === 'dated-claim' && document.getText(d.range) === '2017');
    assert.ok(claim, diagnostics.map((d) => document.getText(d.range)).join(', '));
    await closeUntitled(document);
  });

  it('warns about a quote whose only speaker is a pronoun no one named nearby fits', async () => {
    const content = '5 December 2020\n\n"We are ready," said John Hart, the mayor.\n\n"It will pass," she said.\n';
    const document = await openUntitled(content);
    const diagnostics = await diagnosticsFor(document.uri, () => undefined, (d) => d.some((x) => ruleOf(x) === 'unattributed-quote'));
    const warning = diagnostics.find((d) => ruleOf(d) === 'unattributed-quote')!;
    assert.strictEqual(document.getText(warning.range), '"It will pass,"');
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(warning.relatedInformation?.map((r) => [document.getText(r.location.range), r.message]), [['she', 'Speaker: “she”, not identified']]);
    await closeUntitled(document);
  });

  it('updates as you type, with ranges following the edit', async () => {
    const uri = copyFixture('border-crossing.txt', 'diagnostics', 'typing.txt');
    const { editor } = await openArticle(uri);
    const at = positionOf(editor.document, 'In January');
    const diagnostics = await diagnosticsFor(
      uri,
      () => editor.edit((b) => b.insert(at, 'In 2019, the old bridge was closed to trucks.\n\n    ')),
      (d) => d.some((x) => editor.document.getText(x.range) === '2019'),
    );
    const added = diagnostics.find((d) => editor.document.getText(d.range) === '2019')!;
    assert.strictEqual(ruleOf(added), 'dated-claim');
    assert.strictEqual(added.range.start.line, at.line);
    const january = diagnostics.find((d) => editor.document.getText(d.range) === 'January');
    assert.ok(january && january.range.start.line === at.line + 2, 'later findings moved down with the text');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('honours disable comments', async () => {
    const uri = copyFixture('border-crossing.txt', 'diagnostics', 'disabled.txt');
    const { editor } = await openArticle(uri);
    const before = byRule(uri, 'quote').length;
    const line = positionOf(editor.document, '"We want the bridge').line;
    await diagnosticsFor(
      uri,
      () => editor.edit((b) => b.insert(new vscode.Position(line, 0), '<!-- claimline-disable-next-line quote -->\n')),
      () => byRule(uri, 'quote').length === before - 1,
    );
    assert.ok(byRule(uri, 'stale-prediction').some((d) => d.range.start.line === line + 1), 'other rules on the line stay');
    await diagnosticsFor(
      uri,
      () => editor.edit((b) => b.insert(new vscode.Position(0, 0), '// claimline-disable stale-prediction\n')),
      () => byRule(uri, 'stale-prediction').length === 0,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Toggle switches diagnostics off and on', async () => {
    const uri = copyFixture('border-crossing.txt', 'diagnostics', 'toggle.txt');
    const { diagnostics } = await openArticle(uri);
    const count = diagnostics.length;
    await diagnosticsFor(uri, () => vscode.commands.executeCommand('claimline.toggle'), (d) => d.length === 0);
    assert.strictEqual(claimlineDiagnostics(uri).length, 0);
    const back = await diagnosticsFor(uri, () => vscode.commands.executeCommand('claimline.toggle'), (d) => d.length === count);
    assert.strictEqual(back.length, count);
  });
});

describe('Analyze Workspace', function () {
  this.timeout(120_000);
  before(baselineSettings);

  it('puts the findings of articles that are not open into Problems', async () => {
    const uri = copyFixture('undated.txt', 'workspace-scan', 'never-opened.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
    const analyzed = await vscode.commands.executeCommand<number>('claimline.analyzeWorkspace');
    assert.ok(analyzed >= 1, `analyzed ${analyzed}`);
    assert.ok(claimlineDiagnostics(uri).some((d) => ruleOf(d) === 'no-publication-date'));
  });
});
