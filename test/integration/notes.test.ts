// Fact-checker notes in a real VS Code: sidecar written atomically, notes surviving edits, reloads,
// renames, a corrupt or newer sidecar (never overwritten), and another window's concurrent notes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { AnalyzedArticle } from '../../src/extension/services';
import { articleAfter, baselineSettings, claimline, closeAll, copyFixture, openArticle, openUntitled, positionOf, setSetting } from './articles';
import { testWorkspace } from './support';

function claimIndex(article: AnalyzedArticle, prefix: string): number {
  const index = article.analysis.claims.findIndex((c) => c.text.startsWith(prefix));
  assert.ok(index >= 0, `no claim starting "${prefix}"`);
  return index;
}

const noteOn = (prefix: string) => (article: AnalyzedArticle) => article.noteFor({ kind: 'claim', index: claimIndex(article, prefix) });

async function addNote(uri: vscode.Uri, prefix: string, text: string): Promise<AnalyzedArticle> {
  const { services } = await claimline();
  const index = claimIndex(services.article(uri)!, prefix);
  return articleAfter(uri, () => services.updateNote(uri, { kind: 'claim', index }, { status: 'verified', text }), (a) => noteOn(prefix)(a)?.text === text);
}

function otherWindowNote(id: string, anchorText: string) {
  return { id, anchor: { kind: 'claim', text: anchorText, before: '', after: '' }, status: 'false', text: 'from the other window', sources: [], updated: new Date().toISOString() };
}

describe('notes', function () {
  this.timeout(60_000);
  before(baselineSettings);
  afterEach(closeAll);

  it('writes a readable sidecar beside the article, atomically', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'write.txt');
    await openArticle(uri);
    await addNote(uri, 'In January', 'Confirmed with the bank');
    const sidecar = uri.fsPath + '.claims.json';
    const text = fs.readFileSync(sidecar, 'utf8');
    assert.ok(text.includes('\n  "version": 1'), 'pretty-printed with a version');
    assert.strictEqual(JSON.parse(text).notes[0].text, 'Confirmed with the bank');
    assert.deepStrictEqual(fs.readdirSync(path.dirname(sidecar)).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left');
  });

  it('removes temporaries that interrupted writes left beside the sidecar, and only old ones', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'leftovers.txt');
    const sidecar = uri.fsPath + '.claims.json';
    const stale = `${sidecar}.k3j9x0ab.tmp`;
    const recent = `${sidecar}.q8w7e6rt.tmp`;
    fs.writeFileSync(stale, '{"version": 1, "notes": [');
    fs.writeFileSync(recent, '{"version": 1, "notes": [');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    fs.utimesSync(stale, anHourAgo, anHourAgo);
    await openArticle(uri);
    await addNote(uri, 'In January', 'Checked against the register');
    for (let waited = 0; fs.existsSync(stale) && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(!fs.existsSync(stale), 'an hour-old temporary is removed');
    assert.ok(fs.existsSync(recent), 'a fresh one may belong to a write in progress in another window: kept');
    assert.strictEqual(JSON.parse(fs.readFileSync(sidecar, 'utf8')).notes[0].text, 'Checked against the register');
    fs.rmSync(recent);
  });

  it('keeps a note on its claim when text is inserted above, and after a reload', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'edit.txt');
    const { editor } = await openArticle(uri);
    await addNote(uri, 'In January', 'still here');
    await articleAfter(
      uri,
      () => editor.edit((b) => b.insert(positionOf(editor.document, 'QUITO'), 'In 2015, the first study was published.\n\n    ')),
      (a) => a.analysis.claims.some((c) => c.text.startsWith('In 2015')) && noteOn('In January')(a)?.text === 'still here',
    );
    await editor.document.save();
    await closeAll();
    const { services } = await claimline();
    const reopened = await articleAfter(uri, () => vscode.window.showTextDocument(uri), (a) => a.analysis.claims.length > 0);
    assert.strictEqual(noteOn('In January')(reopened)?.text, 'still here', 'note re-attached after reopening');
    assert.strictEqual(services.article(uri)?.orphans.length, 0);
  });

  it('keeps the note of a deleted claim as an orphan, in the file too', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'orphan.txt');
    const { editor } = await openArticle(uri);
    await addNote(uri, 'In January', 'about to vanish');
    const line = positionOf(editor.document, 'In January').line;
    const orphaned = await articleAfter(
      uri,
      () => editor.edit((b) => b.delete(editor.document.lineAt(line).rangeIncludingLineBreak)),
      (a) => a.orphans.some((n) => n.text === 'about to vanish'),
    );
    assert.strictEqual(orphaned.orphans.length, 1);
    assert.ok(fs.readFileSync(uri.fsPath + '.claims.json', 'utf8').includes('about to vanish'));
  });

  it('never overwrites a corrupt sidecar and reports it read-only', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'corrupt.txt');
    const sidecar = uri.fsPath + '.claims.json';
    const broken = '{ "version": 1, "notes": [ { "id": "x", } ] }';
    fs.writeFileSync(sidecar, broken);
    await openArticle(uri);
    const { services } = await claimline();
    const article = await articleAfter(uri, () => undefined, (a) => a.notes.state !== 'ok');
    assert.strictEqual(article.notes.state, 'invalid');
    assert.match(article.notes.problem ?? '', /not valid JSON .*line 1, column/);
    await assert.rejects(services.updateNote(uri, { kind: 'claim', index: 0 }, { status: 'verified' }), /corrupt\.txt\.claims\.json/);
    assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), broken, 'file left untouched');
    // Fixing the file by hand makes the notes editable again, without reopening the article.
    await articleAfter(uri, () => fs.writeFileSync(sidecar, JSON.stringify({ version: 1, notes: [] })), (a) => a.notes.state === 'ok');
    await addNote(uri, 'In January', 'after the fix');
  });

  it('opens a sidecar from a newer format read-only', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'newer.txt');
    const sidecar = uri.fsPath + '.claims.json';
    const future = JSON.stringify({ version: 99, notes: [], somethingNew: true });
    fs.writeFileSync(sidecar, future);
    await openArticle(uri);
    const { services } = await claimline();
    const article = await articleAfter(uri, () => undefined, (a) => a.notes.state !== 'ok');
    assert.strictEqual(article.notes.state, 'newer-version');
    await assert.rejects(services.updateNote(uri, { kind: 'claim', index: 0 }, { status: 'verified' }), /newer Claimline/);
    assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), future);
  });

  it('keeps the unknown keys of a sidecar, top-level and per note, when it writes', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'unknown-keys.txt');
    await openArticle(uri);
    await addNote(uri, 'In January', 'first');
    const sidecar = uri.fsPath + '.claims.json';
    const file = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    file.desk = { name: 'Verification', reviewers: ['ana'] };
    file.notes[0].assignedTo = 'ana';
    await articleAfter(uri, () => fs.writeFileSync(sidecar, JSON.stringify(file, null, 2)), (a) => (noteOn('In January')(a) as { assignedTo?: string } | undefined)?.assignedTo === 'ana');
    await addNote(uri, 'Officials expect', 'second');
    const written = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    assert.deepStrictEqual(written.desk, { name: 'Verification', reviewers: ['ana'] });
    assert.strictEqual(written.notes.find((n: { text: string }) => n.text === 'first').assignedTo, 'ana');
    assert.strictEqual(written.notes.length, 2);
  });

  it('keeps notes written by another window', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'windows.txt');
    await openArticle(uri);
    const mine = await addNote(uri, 'In January', 'mine');
    const sidecar = uri.fsPath + '.claims.json';
    // The other window merged before writing, as Claimline does: the file holds both notes.
    const file = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    const anchor = mine.analysis.claims[claimIndex(mine, 'Ecuador and Peru signed')].text;
    file.notes.push(otherWindowNote('other-window', anchor));
    await articleAfter(uri, () => fs.writeFileSync(sidecar, JSON.stringify(file, null, 2)), (a) => noteOn('Ecuador and Peru signed')(a)?.id === 'other-window');
    await addNote(uri, 'Officials expect', 'mine again');
    const texts = JSON.parse(fs.readFileSync(sidecar, 'utf8')).notes.map((n: { text: string }) => n.text).sort();
    assert.deepStrictEqual(texts, ['from the other window', 'mine', 'mine again']);
  });

  it('merges a write from another window that arrived just before its own', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'race.txt');
    await openArticle(uri);
    const mine = await addNote(uri, 'In January', 'mine');
    const sidecar = uri.fsPath + '.claims.json';
    const file = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    file.notes.push(otherWindowNote('racing-window', mine.analysis.claims[claimIndex(mine, 'Ecuador and Peru signed')].text));
    // No wait for the file watcher: the store must re-read the file before writing.
    fs.writeFileSync(sidecar, JSON.stringify(file, null, 2));
    const { services } = await claimline();
    await services.updateNote(uri, { kind: 'claim', index: claimIndex(mine, 'Officials expect') }, { status: 'verified', text: 'right after' });
    const ids = JSON.parse(fs.readFileSync(sidecar, 'utf8')).notes.map((n: { text: string }) => n.text).sort();
    assert.deepStrictEqual(ids, ['from the other window', 'mine', 'right after']);
  });

  it('follows the article when it is renamed in VS Code', async () => {
    const uri = copyFixture('border-crossing.txt', 'notes', 'before-rename.txt');
    await openArticle(uri);
    await addNote(uri, 'In January', 'moves along');
    const renamed = vscode.Uri.file(path.join(path.dirname(uri.fsPath), 'after-rename.txt'));
    fs.rmSync(renamed.fsPath + '.claims.json', { force: true });
    fs.rmSync(renamed.fsPath, { force: true });
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    // The renamed article can be analyzed with the new sidecar before the old one is deleted; the
    // store announces the move once it is complete, so wait for an update that sees both.
    const oldSidecarGone = () => !fs.existsSync(uri.fsPath + '.claims.json');
    const article = await articleAfter(renamed, () => vscode.workspace.applyEdit(edit), (a) => noteOn('In January')(a)?.text === 'moves along' && oldSidecarGone());
    assert.ok(article);
    assert.ok(fs.existsSync(renamed.fsPath + '.claims.json'));
    assert.ok(oldSidecarGone(), 'old sidecar moved, not copied');
  });

  it('stores notes under .claimline/ when notesLocation is workspaceFolder', async () => {
    await setSetting('notesLocation', 'workspaceFolder');
    try {
      const uri = copyFixture('border-crossing.txt', 'notes', 'central.txt');
      await openArticle(uri);
      await addNote(uri, 'In January', 'central');
      const central = path.join(testWorkspace(), '.claimline', 'notes', 'central.txt.claims.json');
      assert.ok(fs.existsSync(central), `${central} missing`);
      assert.ok(!fs.existsSync(uri.fsPath + '.claims.json'));
    } finally {
      await setSetting('notesLocation', undefined);
    }
  });

  it('keeps notes of untitled documents in memory', async () => {
    const document = await openUntitled('5 December 2020\n\nIn 2017, the two agencies signed a contract.\n');
    const { services } = await claimline();
    const analyzed = await articleAfter(document.uri, () => undefined, (a) => a.analysis.claims.length > 0);
    assert.strictEqual(analyzed.notes.state, 'memory');
    const updated = await articleAfter(
      document.uri,
      () => services.updateNote(document.uri, { kind: 'claim', index: 0 }, { status: 'verified' }),
      (a) => a.noteFor({ kind: 'claim', index: 0 })?.status === 'verified',
    );
    assert.strictEqual(updated.notes.sidecar, undefined);
  });

  it('hands an untitled document’s notes to the file it is saved as', async () => {
    const content = '6 December 2020\n\nIn 2016, the two agencies signed a first contract.\n';
    const document = await openUntitled(content);
    const { services } = await claimline();
    await articleAfter(document.uri, () => undefined, (a) => a.analysis.claims.length > 0);
    await services.updateNote(document.uri, { kind: 'claim', index: 0 }, { status: 'disputed', text: 'drafted before saving' });
    // What "Save As" does: the untitled document closes and the saved file opens with the same text.
    const saved = vscode.Uri.file(path.join(testWorkspace(), 'notes', 'saved-untitled.txt'));
    // Its own folder: the test ran alone (--grep) only after the suite's earlier tests had made it.
    fs.mkdirSync(path.dirname(saved.fsPath), { recursive: true });
    fs.rmSync(saved.fsPath + '.claims.json', { force: true });
    fs.writeFileSync(saved.fsPath, content);
    // Not closeUntitled: waiting for the close lets the extension analyze the reverted, empty text
    // first, and Save As never reverts. The saved file opens at once, as it does after Save As.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const adopted = await articleAfter(saved, () => vscode.window.showTextDocument(saved), (a) => a.noteFor({ kind: 'claim', index: 0 })?.text === 'drafted before saving');
    assert.strictEqual(adopted.notes.state, 'ok');
    assert.ok(fs.readFileSync(saved.fsPath + '.claims.json', 'utf8').includes('drafted before saving'));
  });
});
