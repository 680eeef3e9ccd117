// Settings take effect without a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { baselineSettings, byRule, closeAll, closeUntitled, copyFixture, diagnosticsAfterSetting, hoverText, openArticle, openUntitled, positionOf, ruleOf, setSetting } from './articles';
import { diagnosticsFor } from './support';

describe('settings', function () {
  this.timeout(60_000);
  let uri: vscode.Uri;
  let total = 0;

  before(async () => {
    await baselineSettings();
    uri = copyFixture('border-crossing.txt', 'settings');
    total = (await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'stale-prediction'))).diagnostics.length;
  });
  // A failed test must not leave its setting behind for the next one.
  afterEach(baselineSettings);
  after(closeAll);

  it('claimline.rules changes a rule’s severity or turns it off', async () => {
    await diagnosticsAfterSetting(uri, 'rules', { quote: 'off', 'stale-prediction': 'error' }, (d) => !d.some((x) => ruleOf(x) === 'quote') && d.some((x) => ruleOf(x) === 'stale-prediction' && x.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(byRule(uri, 'stale-prediction').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(byRule(uri, 'edited-quote').length > 0, 'other quote rules unaffected');
    await diagnosticsAfterSetting(uri, 'rules', undefined, (d) => d.length === total);
  });

  it('claimline.maxDiagnostics caps the findings per file, keeping warnings', async () => {
    const capped = await diagnosticsAfterSetting(uri, 'maxDiagnostics', 2, (d) => d.length === 2);
    assert.ok(capped.every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'the most severe are kept');
    await diagnosticsAfterSetting(uri, 'maxDiagnostics', undefined, (d) => d.length === total);
  });

  it('claimline.today decides which predictions are stale', async () => {
    await diagnosticsAfterSetting(uri, 'today', '2021-06-01', (d) => !d.some((x) => ruleOf(x) === 'stale-prediction') && d.some((x) => ruleOf(x) === 'future-claim'));
    await diagnosticsAfterSetting(uri, 'today', '2026-11-28', (d) => d.some((x) => ruleOf(x) === 'stale-prediction'));
  });

  it('claimline.maxFileSize skips larger documents, and raising it brings them back', async () => {
    await diagnosticsAfterSetting(uri, 'maxFileSize', 0.0005, (d) => d.length === 0);
    await diagnosticsAfterSetting(uri, 'maxFileSize', undefined, (d) => d.length === total);
  });

  it('claimline.languages adds a language without a reload', async () => {
    const document = await openUntitled('5 December 2020\n\nIn 2017, the two agencies signed a contract.\n', 'log');
    const at2017 = positionOf(document, '2017', 0, 1);
    const diagnostics = await diagnosticsFor(document.uri, () => setSetting('languages', ['log']), (d) => d.some((x) => ruleOf(x) === 'dated-claim'));
    assert.ok(diagnostics.some((d) => document.getText(d.range) === '2017'));
    // The hover provider is registered for the added language too (it starts with the built-in ones).
    assert.match((await hoverText(document.uri, at2017)).text, /2017/);
    await diagnosticsFor(document.uri, () => setSetting('languages', undefined), (d) => d.length === 0);
    assert.deepEqual((await hoverText(document.uri, at2017)).hovers, [], 'no hover once the language is removed');
    await closeUntitled(document);
  });

  it('claimline.run onSave analyzes on save, not while typing', async () => {
    await setSetting('run', 'onSave');
    try {
      const file = copyFixture('border-crossing.txt', 'settings', 'on-save.txt');
      const { editor } = await openArticle(file);
      const before = editor.document.getText().length;
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '    In 2016, a first survey was made.\n\n'));
      // A hover round-trip lets any (wrongly) scheduled analysis run before we look.
      await vscode.commands.executeCommand('vscode.executeHoverProvider', file, new vscode.Position(0, 0));
      assert.ok(!byRule(file, 'dated-claim').some((d) => editor.document.getText(d.range) === '2016'), 'not analyzed while typing');
      assert.ok(editor.document.getText().length > before);
      await diagnosticsFor(file, () => editor.document.save(), (d) => d.some((x) => editor.document.getText(x.range) === '2016'));
    } finally {
      await setSetting('run', undefined);
      await closeAll();
    }
  });
});
