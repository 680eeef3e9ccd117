// Quick fixes through the real code-action API: each one's edit or note.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { articleAfter, baselineSettings, claimline, closeAll, copyFixture, openArticle, positionOf, ruleOf } from './articles';
import { claimlineDiagnostics, diagnosticsFor } from './support';

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

async function run(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action, 'action offered');
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

function wordRange(document: vscode.TextDocument, word: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, word, occurrence);
  return new vscode.Range(start, start.translate(0, word.length));
}

describe('quick fixes', function () {
  this.timeout(60_000);
  before(baselineSettings);
  afterEach(closeAll);

  it('offers verdicts, a note, ignore and disable comments on a dated claim', async () => {
    const uri = copyFixture('border-crossing.txt', 'code-actions', 'offer.txt');
    const { editor } = await openArticle(uri);
    const titles = (await actionsAt(uri, wordRange(editor.document, 'January'))).map((a) => a.title);
    for (const expected of [
      'Mark claim verified',
      'Mark claim disputed',
      'Mark claim false',
      'Mark claim as needing a source',
      'Add note with source to this claim…',
      'Ignore this claim',
      'Disable dated-claim for this line',
      'Disable dated-claim for the entire file',
    ]) {
      assert.ok(titles.includes(expected), `missing "${expected}" in ${titles.join(' | ')}`);
    }
    const quick = await actionsAt(uri, wordRange(editor.document, 'January'));
    assert.ok(quick.every((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value));
  });

  it('Mark verified writes the note to the sidecar', async () => {
    const uri = copyFixture('border-crossing.txt', 'code-actions', 'verify.txt');
    const { editor } = await openArticle(uri);
    const actions = await actionsAt(uri, wordRange(editor.document, 'January'));
    const claimIndex = (await claimline()).services.article(uri)!.analysis.claims.findIndex((c) => c.text.startsWith('In January'));
    await articleAfter(uri, () => run(actions.find((a) => a.title === 'Mark claim verified')), (a) => a.noteFor({ kind: 'claim', index: claimIndex })?.status === 'verified');
    const sidecar = JSON.parse(fs.readFileSync(uri.fsPath + '.claims.json', 'utf8'));
    assert.strictEqual(sidecar.version, 1);
    assert.strictEqual(sidecar.notes.length, 1);
    assert.strictEqual(sidecar.notes[0].status, 'verified');
    assert.strictEqual(sidecar.notes[0].anchor.text, 'In January, Ecuador received a loan from a regional development bank to finance the road to the border.');
    assert.match(sidecar.notes[0].checked, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('Ignore this claim hides its diagnostic', async () => {
    const uri = copyFixture('border-crossing.txt', 'code-actions', 'ignore.txt');
    const { editor } = await openArticle(uri);
    const range = wordRange(editor.document, 'January');
    const actions = await actionsAt(uri, range);
    await diagnosticsFor(uri, () => run(actions.find((a) => a.title === 'Ignore this claim')), (d) => !d.some((x) => x.range.isEqual(range)));
    assert.ok(claimlineDiagnostics(uri).length > 0, 'other claims stay flagged');
    const undo = (await actionsAt(uri, range)).find((a) => a.title === 'Stop ignoring this claim');
    await diagnosticsFor(uri, () => run(undo), (d) => d.some((x) => x.range.isEqual(range)));
  });

  it('Disable for this line inserts the comment and removes the diagnostic', async () => {
    const uri = copyFixture('border-crossing.txt', 'code-actions', 'disable.txt');
    const { editor } = await openArticle(uri);
    const line = positionOf(editor.document, 'In January').line;
    const actions = await actionsAt(uri, wordRange(editor.document, 'January'));
    await diagnosticsFor(uri, () => run(actions.find((a) => a.title === 'Disable dated-claim for this line')), (d) => !d.some((x) => editor.document.getText(x.range) === 'January'));
    assert.strictEqual(editor.document.lineAt(line).text, '    <!-- claimline-disable-next-line dated-claim -->');
  });

  it('Set the publication date inserts the comment and resolves the warning', async () => {
    const uri = copyFixture('undated.txt', 'code-actions', 'undated.txt');
    const { editor } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'no-publication-date'));
    const warning = claimlineDiagnostics(uri).find((d) => ruleOf(d) === 'no-publication-date')!;
    const action = (await actionsAt(uri, warning.range)).find((a) => a.title === 'Set the publication date…');
    assert.ok(action?.isPreferred, 'offered as the preferred fix');
    await diagnosticsFor(
      uri,
      () => vscode.commands.executeCommand('claimline.setPublicationDate', uri, '2024-05-02'),
      (d) => !d.some((x) => ruleOf(x) === 'no-publication-date'),
    );
    assert.strictEqual(editor.document.lineAt(0).text, '<!-- claimline: published 2024-05-02 -->');
  });

  it('marks all quotes by one speaker reviewed in one go', async () => {
    const uri = copyFixture('border-crossing.txt', 'code-actions', 'speaker.txt');
    const { editor } = await openArticle(uri);
    const actions = await actionsAt(uri, wordRange(editor.document, 'We lost'));
    const bulk = actions.find((a) => /^Mark all \d+ quotes by Lenin Moreno reviewed$/.test(a.title));
    assert.ok(bulk, actions.map((a) => a.title).join(' | '));
    const { services } = await claimline();
    const quotes = services.article(uri)!.analysis.quotes.flatMap((q, i) => (q.speaker?.name === 'Lenin Moreno' ? [i] : []));
    assert.ok(quotes.length >= 2);
    await articleAfter(uri, () => run(bulk), (a) => quotes.every((index) => a.noteFor({ kind: 'quote', index })?.status === 'reviewed'));
    const sidecar = JSON.parse(fs.readFileSync(uri.fsPath + '.claims.json', 'utf8'));
    assert.strictEqual(sidecar.notes.length, quotes.length, 'one write with every note');
  });

  it('names a description speaker lower-case in the bulk review title, and still marks its quotes', async () => {
    const uri = copyFixture('border-crossing.txt', 'code-actions', 'description-speaker.txt');
    // Written for this test: a description nobody was named for, opening its sentences.
    fs.writeFileSync(uri.fsPath, 'LONDON, March 3, 2021 -\n\n"We will finish the bridge," The minister said.\n\n"It will be late," The minister said.\n');
    const { editor } = await openArticle(uri);
    const actions = await actionsAt(uri, wordRange(editor.document, 'We will'));
    const bulk = actions.find((a) => /^Mark all 2 quotes by .* reviewed$/.test(a.title));
    assert.strictEqual(bulk?.title, 'Mark all 2 quotes by the minister reviewed', actions.map((a) => a.title).join(' | '));
    await articleAfter(uri, () => run(bulk), (a) => [0, 1].every((index) => a.noteFor({ kind: 'quote', index })?.status === 'reviewed'));
  });

  it('Add note stores http(s) source links and refuses other schemes', async () => {
    const uri = copyFixture('border-crossing.txt', 'code-actions', 'note.txt');
    const { editor } = await openArticle(uri);
    const action = (await actionsAt(uri, wordRange(editor.document, 'January'))).find((a) => a.title === 'Add note with source to this claim…');
    assert.ok(action?.command);
    const [target, subject] = action.command.arguments ?? [];
    const { services } = await claimline();
    await vscode.commands.executeCommand('claimline.editNote', target, subject, { text: 'sneaky', source: 'javascript:alert(1)' });
    assert.strictEqual(services.article(uri)!.noteFor(subject), undefined, 'no note saved with a javascript: source');
    await articleAfter(
      uri,
      () => vscode.commands.executeCommand('claimline.editNote', target, subject, { text: 'Loan confirmed by the bank', source: 'https://bank.example.org/loan' }),
      (a) => a.noteFor(subject)?.sources[0] === 'https://bank.example.org/loan',
    );
    const titles = (await actionsAt(uri, wordRange(editor.document, 'January'))).map((a) => a.title);
    assert.ok(titles.includes('Edit note on this claim…'), titles.join(' | '));
  });
});
