// Claimline's settings, read in one place with defaults and validation, so a hand-edited
// settings.json with a wrong value degrades to the default instead of breaking analysis.
// The project's .claimline.json (projectConfig.ts) is layered in: workspace and folder settings
// win over it, it wins over user settings and defaults.
import * as vscode from 'vscode';
import type { DocumentFormat } from '../core/types';
import { formatFor } from '../core/analyze';
import type { ProjectConfig } from '../core/config';
import { ignoredBy } from '../core/ignoreRules';
import { ignoreSourcesNow, onDidChangeProjectConfig, onDidLoadProjectConfig, projectConfigToApply, projectLanguages } from './projectConfig';

export const BUILT_IN_LANGUAGES = ['plaintext', 'markdown', 'html'];
/** The built-in languages as a document selector (what providers start with, see followLanguageSetting). */
export const BUILT_IN_SELECTOR: readonly vscode.DocumentFilter[] = BUILT_IN_LANGUAGES.map((language) => ({ language }));

export interface ClaimlineConfig {
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** Megabytes (counted as UTF-16 characters of the document). */
  maxFileSize: number;
  languages: string[];
  rules: Record<string, unknown>;
  maxDiagnostics: number;
  today: string | undefined;
  notesLocation: 'beside' | 'workspaceFolder';
  /** Megabytes: larger notes files are not read (nor written). */
  maxNotesFileSize: number;
}

/** The keys a .claimline.json can give, with the setting of the same name. */
type ProjectKey = 'rules' | 'today' | 'maxFileSize' | 'languages' | 'notesLocation' | 'maxDiagnostics';

export function readConfig(scope?: vscode.ConfigurationScope): ClaimlineConfig {
  const c = vscode.workspace.getConfiguration('claimline', scope);
  const project: ProjectConfig = (scope instanceof vscode.Uri ? projectConfigToApply(scope)?.config : undefined) ?? {};
  /** A setting's value: the workspace's or folder's, else the project file's, else the user's or default. */
  const get = <T>(key: ProjectKey): T | undefined => {
    if (project[key] === undefined) return c.get<T>(key);
    const inspected = c.inspect<T>(key);
    const workspace = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
    return workspace !== undefined ? workspace : (project[key] as T);
  };
  const number = (key: 'maxFileSize' | 'maxDiagnostics' | 'debounceMs' | 'maxNotesFileSize', fallback: number, min: number) => {
    const value = key === 'maxFileSize' || key === 'maxDiagnostics' ? get<number>(key) : c.get<number>(key);
    return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
  };
  const today = get<string>('today')?.trim();
  const extra = get<unknown>('languages');
  const rules = rulesOf(c, project);
  return {
    run: c.get('run') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: number('debounceMs', 300, 0),
    maxFileSize: number('maxFileSize', 2, 0),
    languages: [...new Set([...BUILT_IN_LANGUAGES, ...(Array.isArray(extra) ? extra.filter((x): x is string => typeof x === 'string') : [])])],
    rules: rules && typeof rules === 'object' ? (rules as Record<string, unknown>) : {},
    maxDiagnostics: Math.floor(number('maxDiagnostics', 500, 0)),
    today: today && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : undefined,
    notesLocation: get('notesLocation') === 'workspaceFolder' ? 'workspaceFolder' : 'beside',
    maxNotesFileSize: number('maxNotesFileSize', 20, 0),
  };
}

/**
 * The language of what the core writes (diagnostics, hovers, timeline dates, exports): the
 * claimline.messageLanguage setting, or VS Code's display language when it is "auto".
 */
export function messageLocale(): string {
  const chosen = vscode.workspace.getConfiguration('claimline').get<string>('messageLanguage');
  return chosen === 'en' || chosen === 'es' ? chosen : vscode.env.language;
}

/** Rule by rule: user settings, then the project file, then workspace and folder settings. */
function rulesOf(c: vscode.WorkspaceConfiguration, project: ProjectConfig): unknown {
  if (!project.rules) return c.get<unknown>('rules');
  const inspected = c.inspect<Record<string, unknown>>('rules');
  const layer = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
  return { ...layer(inspected?.globalValue), ...project.rules, ...layer(inspected?.workspaceValue), ...layer(inspected?.workspaceFolderValue) };
}

// Documents that are not articles even when their language matches: output panes, diff sides of
// version control, comment input boxes, Claimline's own read-only view of a note (noteViewer.ts).
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'comment', 'vscode-settings', 'debug', 'claimline-note']);

export function isSupported(document: vscode.TextDocument, config?: ClaimlineConfig): boolean {
  // Checked first: output channels change on every log line and must cost nothing here.
  if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
  if (!BUILT_IN_LANGUAGES.includes(document.languageId) && !(config ?? readConfig(document.uri)).languages.includes(document.languageId)) return false;
  return !isIgnored(document.uri);
}

/**
 * Whether the project's `ignore` globs or a .claimlineignore leave this file out, as `claimline
 * check` leaves it out of a folder walk. False while they are not loaded yet (see loadIgnoreSources).
 */
export function isIgnored(uri: vscode.Uri): boolean {
  const sources = ignoreSourcesNow(uri);
  if (!sources) return false;
  return sources.some(({ folder, patterns }) => {
    if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return false;
    const root = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
    return uri.path.startsWith(root) && ignoredBy(patterns, uri.path.slice(root.length));
  });
}

/** How the analyzer reads a language: HTML and Markdown flavours by name, anything else as plain text. */
export function formatOfLanguage(languageId: string): DocumentFormat {
  return formatFor(languageId);
}

/** The settings' languages and those of every loaded .claimline.json (isSupported decides per file). */
export function languageSelector(config: ClaimlineConfig = readConfig()): vscode.DocumentFilter[] {
  return [...new Set([...config.languages, ...projectLanguages()])].map((language) => ({ language }));
}

/**
 * Hands `apply` the languages to work in: the built-in ones at once, then those of the settings just
 * after activation and again whenever claimline.languages changes or a .claimline.json adding
 * languages is read (so adding a language needs no reload). The settings are not read during activate(): the extension host's first configuration
 * read took about 10 ms, the largest step of activation (measured by the latency test), and only
 * languages added in the settings need it.
 */
export function followLanguageSetting(context: vscode.ExtensionContext, apply: (selector: vscode.DocumentFilter[]) => void): void {
  let appliedFor = BUILT_IN_LANGUAGES.join();
  apply([...BUILT_IN_SELECTOR]);
  const update = () => {
    const selector = languageSelector();
    const languages = selector.map((filter) => filter.language).join();
    if (languages === appliedFor) return;
    appliedFor = languages;
    apply(selector);
  };
  const afterActivation = setTimeout(update, 0);
  context.subscriptions.push(
    { dispose: () => clearTimeout(afterActivation) },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('claimline.languages')) update();
    }),
    onDidLoadProjectConfig(update),
    onDidChangeProjectConfig(update),
  );
}

/** Registers a provider for the languages to work in, again whenever they change. */
export function registerForLanguages(context: vscode.ExtensionContext, register: (selector: vscode.DocumentFilter[]) => vscode.Disposable): void {
  let current: vscode.Disposable | undefined;
  context.subscriptions.push({ dispose: () => current?.dispose() });
  followLanguageSetting(context, (selector) => {
    current?.dispose();
    current = register(selector);
  });
}
