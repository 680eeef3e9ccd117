// The project configuration in the editor: the nearest .claimline.json (or package.json with a
// "claimline" key) from the article's folder up to its workspace folder, the same file the
// command line reads, so CI and the editor agree. Read through VS Code's file system API (remote,
// virtual and browser workspaces work), cached per folder and re-read when such a file changes.
// readConfig() (config.ts) layers it under the workspace settings.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, ConfigError, parseConfigText, type ProjectConfig } from '../core/config';

export interface FoundProjectConfig {
  config: ProjectConfig;
  /** The file it came from; undefined when there is none. */
  uri?: vscode.Uri;
}

const NONE: FoundProjectConfig = { config: {} };
/** Folders searched at most above an article outside any workspace folder. */
const MAX_LEVELS = 32;

const loading = new Map<string, Promise<FoundProjectConfig>>();
const loaded = new Map<string, FoundProjectConfig>();
const changed = new vscode.EventEmitter<void>();
const reported = new Set<string>();
let log: vscode.LogOutputChannel | undefined;

/** Fires when a configuration file was created, changed or deleted (after the cache is cleared). */
export const onDidChangeProjectConfig = changed.event;

function folderOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

/** The configuration of a document, if already loaded (see loadProjectConfig); never reads. */
export function projectConfigNow(uri: vscode.Uri): FoundProjectConfig | undefined {
  if (uri.scheme === 'untitled') return NONE;
  return loaded.get(folderOf(uri).toString());
}

/** Loads (once) the configuration that applies to a document. */
export function loadProjectConfig(uri: vscode.Uri): Promise<FoundProjectConfig> {
  if (uri.scheme === 'untitled') return Promise.resolve(NONE);
  const top = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  return forFolder(folderOf(uri), top, 0);
}

function forFolder(folder: vscode.Uri, top: vscode.Uri | undefined, level: number): Promise<FoundProjectConfig> {
  const key = folder.toString();
  let pending = loading.get(key);
  if (!pending) {
    pending = (async () => {
      const here = await lookIn(folder);
      const parent = folderOf(folder);
      const atTop = (top && key === top.toString()) || parent.toString() === key || level >= MAX_LEVELS;
      const found = here ?? (atTop ? NONE : await forFolder(parent, top, level + 1));
      // A newer load (after a change) may have replaced this one: keep the newest.
      if (loading.get(key) === pending) loaded.set(key, found);
      return found;
    })();
    loading.set(key, pending);
  }
  return pending;
}

async function lookIn(folder: vscode.Uri): Promise<FoundProjectConfig | null> {
  for (const name of [CONFIG_FILE_NAME, 'package.json']) {
    const uri = vscode.Uri.joinPath(folder, name);
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue; // absent (the usual case) or unreadable
    }
    try {
      const config = parseConfigText(text, name === 'package.json');
      if (config) return { config, uri };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      reportBroken(uri, error.message);
      // Broken: the editor goes on with the settings alone, as if the file were not there.
      return { config: {}, uri };
    }
  }
  return null;
}

function reportBroken(uri: vscode.Uri, message: string): void {
  log?.warn(`Claimline configuration ${uri.fsPath || uri.toString()}: ${message}`);
  const key = `${uri.toString()}\n${message}`;
  if (reported.has(key)) return;
  reported.add(key);
  const openFile = vscode.l10n.t('Open File');
  void vscode.window.showWarningMessage(vscode.l10n.t('Claimline configuration {0}: {1}. The settings are used without it.', vscode.workspace.asRelativePath(uri), message), openFile).then((choice) => {
    if (choice === openFile) void vscode.window.showTextDocument(uri);
  });
}

/** Watches configuration files: any change clears the cache and fires onDidChangeProjectConfig. */
export function registerProjectConfig(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  log = output;
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAME},package.json}`);
  const reset = () => {
    loading.clear();
    loaded.clear();
    changed.fire();
  };
  context.subscriptions.push(watcher, watcher.onDidCreate(reset), watcher.onDidChange(reset), watcher.onDidDelete(reset), changed);
}
