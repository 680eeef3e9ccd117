// Every feature through VS Code's API alone, so the same suite runs in both extension hosts: in the Node
// one with the other suites, and in the browser's web worker host (scripts/test-vscode.ts bundles it
// with webIndex.ts and places the extension there with `remote.extensionKind`). Files are read and
// written through vscode.workspace.fs, URIs built from the workspace folder: no Node module here.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimlineApi } from '../../src/extension';
import { claimlineDiagnostics, diagnosticsFor, renderWhere } from './waits';

/** Set by the web bundle (webIndex.ts's build): the extension must be running in a web worker. */
declare const CLAIMLINE_EXPECT_WEB_WORKER: boolean | undefined;
const expectWebWorker = typeof CLAIMLINE_EXPECT_WEB_WORKER !== 'undefined' && CLAIMLINE_EXPECT_WEB_WORKER;

const TODAY = '2026-11-28';
const decoder = new TextDecoder('utf-8');

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return folder.uri;
}

/** A private copy of a fixture under any-host/, made with vscode.workspace.fs. */
async function copyFixture(name: string, as: string): Promise<vscode.Uri> {
  const target = vscode.Uri.joinPath(workspaceFolder(), 'any-host', as);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(workspaceFolder(), name), target, { overwrite: true });
  await vscode.workspace.fs.delete(target.with({ path: `${target.path}.claims.json` })).then(undefined, () => undefined);
  return target;
}

async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(uri))) as T;
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  let editor!: vscode.TextEditor;
  await diagnosticsFor(uri, async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  });
  return editor;
}

function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in ${document.uri.path}`);
  return document.positionAt(offset);
}

describe(`every feature in the ${expectWebWorker ? 'browser (web worker)' : 'Node'} extension host`, function () {
  this.timeout(60_000);
  let api: ClaimlineApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<ClaimlineApi>('claimline.claimline');
    assert.ok(extension, 'claimline.claimline is not loaded');
    api = await extension.activate();
    await vscode.workspace.getConfiguration('claimline').update('today', TODAY, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it(`runs in the ${expectWebWorker ? 'web worker' : 'Node'} extension host`, () => {
    // A web worker has importScripts and no process; the Node host has process.versions.node.
    const inWorker = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';
    const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
    assert.strictEqual(inWorker, expectWebWorker, `web worker: ${inWorker}`);
    assert.strictEqual(inNode, !expectWebWorker, `Node: ${inNode}`);
    assert.strictEqual(api.activationCpuMs === null, expectWebWorker, 'CPU time is measured only in Node');
  });

  it('flags the dated claims and quotes, and explains one in a hover', async () => {
    const uri = await copyFixture('riverside-tram.txt', 'hover.txt');
    const editor = await open(uri);
    const diagnostics = claimlineDiagnostics(uri);
    assert.ok(diagnostics.some((d) => d.message.startsWith('in September → September 2020')), diagnostics.map((d) => d.message).join('\n'));
    assert.ok(diagnostics.some((d) => /Quoted statement by Elena Sorensen/.test(d.message)));
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, 'September').translate(0, 2))) ?? [];
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    // The hover's Markdown escapes punctuation of the text it quotes (a comma becomes \,).
    assert.match(text.replace(/\\([,;'])/g, '$1'), /the September on or before the publication date, 5 Dec 2020/);
    assert.match(text, /Elena Sorensen/);
  });

  it('reads a saved news page with the web-page chunk it loads on first use (dist/web.js)', async () => {
    const uri = await copyFixture('news-page.html', 'page.html');
    const editor = await open(uri);
    const diagnostics = await diagnosticsFor(uri, () => undefined, (d) => d.some((x) => /Quoted statement/.test(x.message)));
    const texts = diagnostics.map((d) => editor.document.getText(d.range));
    // Only the story is read: the year in its headline is flagged, the footer's founding year is not.
    assert.ok(texts.includes('2027'), texts.join(', '));
    assert.ok(!texts.some((t) => t.includes('1887')), `page furniture flagged: ${texts.join(', ')}`);
    assert.ok(diagnostics.some((d) => /Quoted statement by Sean O’Brien/.test(d.message)), diagnostics.map((d) => d.message).join('\n'));
  });

  it('marks a claim verified with a note from a quick fix, in a notes file written through vscode.workspace.fs', async () => {
    const uri = await copyFixture('border-crossing.txt', 'verify.txt');
    const editor = await open(uri);
    const start = positionOf(editor.document, 'January');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(start, start.translate(0, 7)))) ?? [];
    const verify = actions.find((a) => a.title === 'Mark claim verified');
    assert.ok(verify?.command, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(verify.command.command, ...(verify.command.arguments ?? []));
    const sidecar = await readJson<{ version: number; notes: { status: string; anchor: { text: string } }[] }>(uri.with({ path: `${uri.path}.claims.json` }));
    assert.strictEqual(sidecar.version, 1);
    assert.deepStrictEqual(sidecar.notes.map((n) => n.status), ['verified']);
    assert.match(sidecar.notes[0].anchor.text, /^In January, Ecuador received a loan/);
    const article = api.services.article(uri);
    const index = article!.analysis.claims.findIndex((c) => c.text.startsWith('In January'));
    assert.strictEqual(article!.noteFor({ kind: 'claim', index })?.status, 'verified', 'the analysis carries the note');
  });

  it('shows the timeline and exports it', async () => {
    const uri = await copyFixture('timeline-harbour.txt', 'timeline.txt');
    await open(uri);
    const state = await renderWhere(
      (s) => s.uri === uri.toString() && s.rendered!.ids.length > 0 && JSON.stringify(s.rendered!.ids) === JSON.stringify(s.modelIds),
      () => vscode.commands.executeCommand('claimline.showTimeline'),
      'the timeline of timeline.txt',
    );
    assert.ok(state.model!.years.length > 0 && state.model!.counts.dated > 0, 'the claims are placed in time');

    const target = vscode.Uri.joinPath(workspaceFolder(), 'any-host', 'timeline.export.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimline.exportTimeline', { uri, format: 'json', target });
    assert.strictEqual(written?.toString(), target.toString());
    const exported = await readJson<{ format: string }>(target);
    assert.strictEqual(exported.format, 'claimline-timeline');
    const markdownTarget = vscode.Uri.joinPath(workspaceFolder(), 'any-host', 'timeline.export.md');
    await vscode.commands.executeCommand('claimline.exportTimeline', { uri, format: 'markdown', target: markdownTarget });
    assert.match(decoder.decode(await vscode.workspace.fs.readFile(markdownTarget)), /^# /m);
  });

  it('analyzes the whole workspace into the Problems panel', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const unopened = vscode.Uri.joinPath(workspaceFolder(), 'undated.txt');
    const analyzed = await vscode.commands.executeCommand<number>('claimline.analyzeWorkspace');
    assert.ok(analyzed >= 5, `analyzed ${analyzed}`);
    assert.ok(claimlineDiagnostics(unopened).some((d) => d.code !== undefined && JSON.stringify(d.code).includes('no-publication-date')), 'a file never opened has its findings');
  });

  it('opens the walkthrough\'s sample article, analyzed', async () => {
    const opened = new Promise<vscode.Uri>((resolve) => {
      const subscription = vscode.window.onDidChangeActiveTextEditor((active) => {
        if (active?.document.uri.scheme !== 'untitled') return;
        subscription.dispose();
        resolve(active.document.uri);
      });
    });
    await vscode.commands.executeCommand('claimline.openSample');
    const uri = await opened;
    const diagnostics = await diagnosticsFor(uri, () => undefined, (d) => d.some((p) => p.message.startsWith('next year → 2022')));
    assert.match(vscode.window.activeTextEditor!.document.getText(), /^09:15 GMT 14 March 2021/);
    assert.ok(diagnostics.some((d) => /Quoted statement by Elena Voss/.test(d.message)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('validates a notes file by hand against the contributed schema', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'any-host', 'by-hand.txt.claims.json');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('{ "version": 1, "notes": [ { "id": "a", "anchor": { "kind": "claim", "text": "x", "before": "", "after": "" }, "status": "checked", "text": "", "sources": [], "updated": "2026-01-01T00:00:00Z", "mine": 1 } ] }\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const problems = await waitForDiagnostics(uri, (d) => d.some((p) => /checked/.test(p.message) || /Value is not accepted/.test(p.message)));
    assert.ok(problems.some((p) => /Value is not accepted|"unverified"/.test(p.message)), problems.map((p) => p.message).join(' | '));
    assert.ok(!problems.some((p) => /mine/.test(p.message)), 'unknown keys are allowed');
  });
});

/** Any source's diagnostics of `uri` (here the JSON language service's), once they satisfy `accept`. */
function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const done = () => {
      subscription.dispose();
      clearTimeout(timer);
      resolve(vscode.languages.getDiagnostics(uri));
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && accept(vscode.languages.getDiagnostics(uri))) done();
    });
    const timer = setTimeout(done, timeoutMs);
    if (accept(vscode.languages.getDiagnostics(uri))) done();
  });
}
