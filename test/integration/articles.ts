// Helpers for the Claimline feature suites (diagnostics, hover, code actions, notes, settings).
// Every wait is on an event (diagnostics changed, article re-analyzed), never a fixed sleep.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimlineApi } from '../../src/extension';
import type { AnalyzedArticle } from '../../src/extension/services';
import { claimlineDiagnostics, diagnosticsFor, testWorkspace } from './support';

export const TODAY = '2026-11-28';

export async function claimline(): Promise<ClaimlineApi> {
  const extension = vscode.extensions.getExtension<ClaimlineApi>('claimline.claimline');
  if (!extension) throw new Error('claimline.claimline is not loaded');
  return extension.activate();
}

/** A private copy of a fixture under `<workspace>/<folder>/`, so suites do not see each other's edits. */
export function copyFixture(name: string, folder: string, as = name): vscode.Uri {
  const dir = path.join(testWorkspace(), folder);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, as);
  fs.copyFileSync(path.join(testWorkspace(), name), target);
  for (const leftover of [`${target}.claims.json`]) fs.rmSync(leftover, { force: true });
  return vscode.Uri.file(target);
}

/** Opens an article in an editor and resolves once Claimline has published its diagnostics. */
export async function openArticle(uri: vscode.Uri, accept?: (d: vscode.Diagnostic[]) => boolean): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  let editor!: vscode.TextEditor;
  const diagnostics = await diagnosticsFor(uri, async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  }, accept);
  return { editor, diagnostics };
}

/** Resolves with the article once it satisfies `accept` after `action` (re-analysis or notes change). */
export async function articleAfter(
  uri: vscode.Uri,
  action: () => unknown,
  accept: (article: AnalyzedArticle) => boolean,
  timeoutMs = 15_000,
): Promise<AnalyzedArticle> {
  const { services } = await claimline();
  let subscription: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  const settled = new Promise<AnalyzedArticle>((resolve, reject) => {
    subscription = services.onDidUpdateArticle((article) => {
      if (article.uri.toString() === uri.toString() && accept(article)) resolve(article);
    });
    timer = setTimeout(() => reject(new Error(`timed out waiting for an update of ${path.basename(uri.path)}`)), timeoutMs);
  });
  try {
    await action();
    const current = services.article(uri);
    if (current && accept(current)) return current;
    return await settled;
  } finally {
    subscription?.dispose();
    clearTimeout(timer);
  }
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('claimline').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Changes a setting and waits until the article's diagnostics satisfy `accept`. */
export function diagnosticsAfterSetting(uri: vscode.Uri, key: string, value: unknown, accept: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return diagnosticsFor(uri, () => setSetting(key, value), accept);
}

/** The text of every hover at `position` (all providers), and the hovers. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const text = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
  return { text, hovers };
}

export function textAt(document: vscode.TextDocument, range: vscode.Range): string {
  return document.getText(range);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function byRule(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return claimlineDiagnostics(uri).filter((d) => ruleOf(d) === rule);
}

/** Position of the n-th occurrence (0-based) of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0, delta = 0): vscode.Position {
  const text = document.getText();
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" (#${occurrence}) not found in ${path.basename(document.uri.path)}`);
  }
  return document.positionAt(offset + delta);
}

/** Closes every editor, reverting unsaved changes first (a save prompt would block the run). */
export async function closeAll(): Promise<void> {
  for (const document of [...vscode.workspace.textDocuments]) {
    if (document.uri.scheme === 'untitled') {
      await closeUntitled(document);
      continue;
    }
    if (!document.isDirty || document.isClosed) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Opens a new untitled document and shows it. VS Code names untitled documents Untitled-1, -2, … and
 * reuses a name once its document is gone, so every test that opens one must close it with
 * closeUntitled (which waits until the extension host has seen it close) before the next test opens
 * another: otherwise the next document can get the same URI while the previous one's diagnostics are
 * still published for it.
 */
export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  // The workbench fills a new untitled document from the backup of the one that had its name, and on a
  // loaded machine the previous test's Untitled-1 backup can be written after the revert discarded it:
  // the next test's Untitled-1 then held the previous test's text (and "In 2017 → 2017"), not `content`.
  // Put the text the test asked for back; the extension analyzes the edit like any other.
  if (document.getText() !== content) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length)), content);
    if (!(await vscode.workspace.applyEdit(edit)) || document.getText() !== content) throw new Error(`${document.uri.toString()} did not take the test's text`);
  }
  await vscode.window.showTextDocument(document);
  return document;
}

/** Reverts and closes an untitled document and resolves once the extension host has seen it close. */
export async function closeUntitled(document: vscode.TextDocument, timeoutMs = 10_000): Promise<void> {
  if (document.isClosed) return;
  let subscription: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<void>((resolve, reject) => {
    subscription = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d === document) resolve();
    });
    timer = setTimeout(() => reject(new Error(`${document.uri.toString()} was not closed within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (!document.isClosed) await closed;
  } finally {
    subscription?.dispose();
    clearTimeout(timer);
  }
}

/** Reverts and closes the active editor, so a suite's edits never reach the disk copy used by the next test. */
export async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Baseline settings of every Claimline suite: reproducible "today", analysis as you type, fast. */
export async function baselineSettings(): Promise<void> {
  await claimline();
  for (const [key, value] of Object.entries({ today: TODAY, run: undefined, debounceMs: 0, rules: undefined, maxDiagnostics: undefined, maxFileSize: undefined, languages: undefined, notesLocation: undefined })) {
    if (vscode.workspace.getConfiguration('claimline').inspect(key)?.globalValue !== value) await setSetting(key, value);
  }
}
