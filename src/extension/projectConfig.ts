// The project configuration in the editor: the nearest .claimline.json (or package.json with a
// "claimline" key) from the article's folder up to its workspace folder, the same file the
// command line reads, so CI and the editor agree. Read through VS Code's file system API (remote,
// virtual and browser workspaces work), cached per folder and re-read when such a file changes.
// readConfig() (config.ts) layers it under the workspace settings. The .claimlineignore files
// between the article and its workspace folder are read here too: with the file's `ignore` globs
// they leave articles out in the editor as `claimline check` leaves them out of a folder.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, ConfigError, IGNORE_FILE_NAME, parseConfigText, type ProjectConfig } from '../core/config';

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
/**
 * Each folder's configuration as last read, kept when a change clears `loaded`: until the file is read
 * again (a moment later), what the settings say is layered over it is this, not "no file". Read as
 * "no file", a publish or a notes lookup in that window used the user settings alone (the file's rules
 * off, its notesLocation ignored) while the analysis had used the file.
 */
const lastRead = new Map<string, FoundProjectConfig>();
const changed = new vscode.EventEmitter<void>();
/** Fires when a folder's configuration was loaded with other languages than before (providers follow them). */
const languagesChanged = new vscode.EventEmitter<void>();
/**
 * The languages of each folder's configuration as last loaded. Not cleared when a file changes: the
 * providers' selector built from a cleared cache lost the file's languages until it was read again, and
 * a hover asked for in that window found no provider. A folder's entry is replaced when it is read again.
 */
const languagesByFolder = new Map<string, readonly string[]>();
const ignoreLoading = new Map<string, Promise<IgnoreSource | null>>();
const ignoreLoaded = new Map<string, IgnoreSource | null>();
const reported = new Set<string>();
let log: vscode.LogOutputChannel | undefined;

/** Fires when a configuration file was created, changed or deleted (after the cache is cleared). */
export const onDidChangeProjectConfig = changed.event;
export const onDidLoadProjectConfig = languagesChanged.event;

/** Patterns in gitignore syntax, relative to `folder`: a file's `ignore` globs or a .claimlineignore. */
export interface IgnoreSource {
  folder: vscode.Uri;
  patterns: readonly string[];
}

/** The folder a configuration file is in (its `ignore` globs and notes are relative to it). */
export function projectRoot(found: FoundProjectConfig): vscode.Uri | undefined {
  return found.uri && folderOf(found.uri);
}

/** The languages every loaded configuration adds, for the providers' document selector. */
export function projectLanguages(): string[] {
  return [...new Set([...languagesByFolder.values()].flat())];
}

function folderOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

/** The configuration of a document, if already loaded (see loadProjectConfig); never reads. */
export function projectConfigNow(uri: vscode.Uri): FoundProjectConfig | undefined {
  if (uri.scheme === 'untitled') return NONE;
  return loaded.get(folderOf(uri).toString());
}

/**
 * The configuration to apply to a document now: as loaded, or while a change is being read again, as
 * last read (see lastRead). Undefined only before the folder's first read.
 */
export function projectConfigToApply(uri: vscode.Uri): FoundProjectConfig | undefined {
  if (uri.scheme === 'untitled') return NONE;
  const key = folderOf(uri).toString();
  return loaded.get(key) ?? lastRead.get(key);
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
      if (loading.get(key) === pending) {
        loaded.set(key, found);
        lastRead.set(key, found);
        const languages = found.config.languages ?? [];
        const before = languagesByFolder.get(key) ?? [];
        languagesByFolder.set(key, languages);
        if (languages.join() !== before.join()) languagesChanged.fire();
      }
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

/**
 * The ignore rules that apply to a document, once loaded (see loadIgnoreSources); never reads.
 * Undefined until both the configuration and the .claimlineignore files are loaded.
 */
export function ignoreSourcesNow(uri: vscode.Uri): IgnoreSource[] | undefined {
  if (uri.scheme === 'untitled') return [];
  const found = projectConfigNow(uri);
  if (!found) return undefined;
  const files: IgnoreSource[] = [];
  for (const folder of ignoreFolders(uri, found)) {
    const key = folder.toString();
    if (!ignoreLoaded.has(key)) return undefined;
    const source = ignoreLoaded.get(key);
    if (source) files.push(source);
  }
  return [...configIgnore(found), ...files];
}

/** Loads the configuration and the .claimlineignore files that apply to a document. */
export async function loadIgnoreSources(uri: vscode.Uri): Promise<IgnoreSource[]> {
  if (uri.scheme === 'untitled') return [];
  const found = await loadProjectConfig(uri);
  const files = await Promise.all(ignoreFolders(uri, found).map(ignoreFileIn));
  return [...configIgnore(found), ...files.filter((source): source is IgnoreSource => source !== null)];
}

function configIgnore(found: FoundProjectConfig): IgnoreSource[] {
  const root = projectRoot(found);
  return root && found.config.ignore?.length ? [{ folder: root, patterns: found.config.ignore }] : [];
}

/**
 * The folders whose .claimlineignore applies: from the workspace folder (else the configuration's
 * folder, else the article's own) down to the article's folder, as a folder walk from there meets them.
 */
function ignoreFolders(uri: vscode.Uri, found: FoundProjectConfig): vscode.Uri[] {
  const top = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? projectRoot(found);
  const folders: vscode.Uri[] = [];
  let folder = folderOf(uri);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    folders.push(folder);
    const parent = folderOf(folder);
    if (!top || folder.toString() === top.toString() || parent.toString() === folder.toString()) break;
    folder = parent;
  }
  return folders;
}

function ignoreFileIn(folder: vscode.Uri): Promise<IgnoreSource | null> {
  const key = folder.toString();
  let pending = ignoreLoading.get(key);
  if (!pending) {
    pending = (async () => {
      let source: IgnoreSource | null = null;
      try {
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, IGNORE_FILE_NAME)));
        source = { folder, patterns: text.split(/\r?\n/) };
      } catch {
        // absent (the usual case) or unreadable
      }
      if (ignoreLoading.get(key) === pending) ignoreLoaded.set(key, source);
      return source;
    })();
    ignoreLoading.set(key, pending);
  }
  return pending;
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
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAME},package.json,${IGNORE_FILE_NAME}}`);
  const reset = () => {
    loading.clear();
    loaded.clear();
    ignoreLoading.clear();
    ignoreLoaded.clear();
    changed.fire();
  };
  context.subscriptions.push(watcher, watcher.onDidCreate(reset), watcher.onDidChange(reset), watcher.onDidDelete(reset), changed, languagesChanged);
}
