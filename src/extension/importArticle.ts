// Claimline: Import Article… — a web page (an http(s) address, or a saved .html file) becomes a
// Markdown article in the workspace, with its original saved beside it as provenance, and opens.
// The importer (fetching, extraction, conversion) is in dist/web.js with the HTML reader, loaded
// the first time either is needed: activation does not pay for it. Node extension host only
// (importUnavailable.ts says why in the browser).
import * as vscode from 'vscode';
import type * as Importer from '../net/importPage';
import { registerImportUnavailable } from './importUnavailable';
import { wordPageProblem } from './pageProblems';
import { nodeHost } from './platform';
import { completeWalkthroughStep, IMPORTED_ARTICLE } from './walkthrough';
import { webChunkNow, type WebChunkModule } from './webChunkLoader';

type ImporterModule = WebChunkModule;

/** What to do when the article's file exists already; asked in a dialog unless a caller (a test, the walkthrough) says. */
export type IfExists = 'replace' | 'keep-both' | 'cancel';

export interface ImportCommandOptions {
  ifExists?: IfExists;
}

function loadImporter(): ImporterModule {
  return webChunkNow();
}

export function registerImportArticle(context: vscode.ExtensionContext): void {
  if (!nodeHost()) return registerImportUnavailable(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('claimline.importArticle', (source?: unknown, folder?: unknown, options?: ImportCommandOptions) =>
      importArticle(source, folder, options ?? {}),
    ),
  );
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The page to import: the argument, else an address typed by the user, else a saved file picked. */
async function askSource(source: unknown): Promise<string | undefined> {
  if (source instanceof vscode.Uri) return source.scheme === 'file' ? source.fsPath : source.toString();
  if (typeof source === 'string' && source.trim()) return source.trim();
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Import Article'),
    prompt: vscode.l10n.t('The web address of the article (http or https). Leave it empty and press Enter to pick a saved .html file instead.'),
    placeHolder: 'https://…',
    ignoreFocusOut: true,
    validateInput: (input) => (input.trim() === '' || isWebAddress(input) ? undefined : vscode.l10n.t('Enter an http:// or https:// address, or leave empty to pick a saved page')),
  });
  if (typed === undefined) return undefined;
  if (typed.trim()) return typed.trim();
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import a saved web page'),
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('Web pages')]: ['html', 'htm', 'xhtml'] },
  });
  return picked?.[0]?.fsPath;
}

/** The folder the article goes into: the argument, the only workspace folder, or one the user picks. */
async function askFolder(folder: unknown): Promise<vscode.Uri | undefined> {
  if (folder instanceof vscode.Uri) return folder;
  if (typeof folder === 'string' && folder) return vscode.Uri.file(folder);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Workspace folder to save the imported article in') }))?.uri;
  const picked = await vscode.window.showOpenDialog({ title: vscode.l10n.t('Folder to save the imported article in'), canSelectFiles: false, canSelectFolders: true, openLabel: vscode.l10n.t('Save Here') });
  return picked?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function sameBytes(uri: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
  try {
    const existing = await vscode.workspace.fs.readFile(uri);
    return existing.length === bytes.length && existing.every((byte, index) => byte === bytes[index]);
  } catch {
    return false;
  }
}

interface Target {
  article: vscode.Uri;
  snapshot: vscode.Uri;
  snapshotFile: string;
}

function targetFor(folder: vscode.Uri, name: string, module: ImporterModule): Target {
  const snapshotFile = module.snapshotPath(name);
  return { article: vscode.Uri.joinPath(folder, `${name}.md`), snapshot: vscode.Uri.joinPath(folder, ...snapshotFile.split('/')), snapshotFile };
}

/** Free when neither file exists, or the snapshot there is this very page (an earlier import). */
async function isFree(target: Target, bytes: Uint8Array): Promise<boolean> {
  return !(await exists(target.article)) && (!(await exists(target.snapshot)) || (await sameBytes(target.snapshot, bytes)));
}

/**
 * Where to write: `<slug>.md`, or after the user's answer when it exists: the same name (replace),
 * the first free `<slug>-2.md`, `-3`… (keep both), or nothing (cancel).
 */
async function chooseTarget(folder: vscode.Uri, slug: string, bytes: Uint8Array, module: ImporterModule, ifExists: IfExists | undefined): Promise<Target | undefined> {
  const first = targetFor(folder, slug, module);
  if (await isFree(first, bytes)) return first;
  let answer = ifExists;
  if (answer === undefined) {
    const replace = vscode.l10n.t('Replace');
    const keepBoth = vscode.l10n.t('Keep Both');
    const picked = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it (and its saved original) with the page just imported?', vscode.workspace.asRelativePath(first.article)),
      { modal: true },
      replace,
      keepBoth,
    );
    answer = picked === replace ? 'replace' : picked === keepBoth ? 'keep-both' : 'cancel';
  }
  if (answer === 'replace') return first;
  if (answer === 'cancel') return undefined;
  for (let n = 2; ; n++) {
    const next = targetFor(folder, `${slug}-${n}`, module);
    if (await isFree(next, bytes)) return next;
  }
}

async function importArticle(sourceArgument: unknown, folderArgument: unknown, options: ImportCommandOptions): Promise<vscode.Uri | undefined> {
  const source = await askSource(sourceArgument);
  if (source === undefined) return undefined;
  const folder = await askFolder(folderArgument);
  if (folder === undefined) return undefined;
  const module = loadImporter();
  let imported: Importer.PageImport;
  try {
    imported = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Claimline: importing {0}', source), cancellable: true },
      (_progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return module.importPage(source, { signal: abort.signal });
      },
    );
  } catch (error) {
    // The reason in the display language when the importer says it as data (pageProblems.ts).
    const reason = error instanceof module.PageError ? (error.problem ? wordPageProblem(error.problem) : error.reason) : (error as Error).message;
    const named = error instanceof module.PageError ? error.source : source;
    void vscode.window.showErrorMessage(vscode.l10n.t('Claimline could not import {0}: {1}', named, reason));
    return undefined;
  }
  const target = await chooseTarget(folder, imported.slug, imported.page.bytes, module, options.ifExists);
  if (target === undefined) return undefined;
  const composed = imported.compose(target.snapshotFile);
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target.snapshot, '..'));
    await vscode.workspace.fs.writeFile(target.snapshot, imported.page.bytes);
    await vscode.workspace.fs.writeFile(target.article, new TextEncoder().encode(composed.markdown));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Claimline could not save the imported article in {0}: {1}', folder.fsPath, (error as Error).message));
    return undefined;
  }
  completeWalkthroughStep(IMPORTED_ARTICLE);
  await vscode.window.showTextDocument(target.article, { preview: false });
  const path = vscode.workspace.asRelativePath(target.article);
  // Short enough for the status bar beside the editor's items; where the date came from is in the
  // front matter (published_source) and the hover.
  const done = imported.date
    ? vscode.l10n.t('Claimline imported {0}, published {1}', path, composed.metadata.published ?? '')
    : vscode.l10n.t('Claimline imported {0}, no publication date found: set one with Set Publication Date…', path);
  void vscode.window.setStatusBarMessage(done, 8000);
  return target.article;
}
