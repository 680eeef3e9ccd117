// Claimline's settings, read in one place with defaults and validation, so a hand-edited
// settings.json with a wrong value degrades to the default instead of breaking analysis.
import * as vscode from 'vscode';
import type { DocumentFormat } from '../core/types';
import { formatFor } from '../core/analyze';

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

export function readConfig(scope?: vscode.ConfigurationScope): ClaimlineConfig {
  const c = vscode.workspace.getConfiguration('claimline', scope);
  const number = (key: string, fallback: number, min: number) => {
    const value = c.get<number>(key);
    return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
  };
  const today = c.get<string>('today')?.trim();
  const extra = c.get<unknown>('languages');
  const rules = c.get<unknown>('rules');
  return {
    run: c.get('run') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: number('debounceMs', 300, 0),
    maxFileSize: number('maxFileSize', 2, 0),
    languages: [...new Set([...BUILT_IN_LANGUAGES, ...(Array.isArray(extra) ? extra.filter((x): x is string => typeof x === 'string') : [])])],
    rules: rules && typeof rules === 'object' ? (rules as Record<string, unknown>) : {},
    maxDiagnostics: Math.floor(number('maxDiagnostics', 500, 0)),
    today: today && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : undefined,
    notesLocation: c.get('notesLocation') === 'workspaceFolder' ? 'workspaceFolder' : 'beside',
    maxNotesFileSize: number('maxNotesFileSize', 20, 0),
  };
}

// Documents that are not articles even when their language matches: output panes, diff sides of
// version control, comment input boxes, Claimline's own read-only view of a note (noteViewer.ts).
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'comment', 'vscode-settings', 'debug', 'claimline-note']);

export function isSupported(document: vscode.TextDocument, config?: ClaimlineConfig): boolean {
  // Checked first: output channels change on every log line and must cost nothing here.
  if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
  if (BUILT_IN_LANGUAGES.includes(document.languageId)) return true;
  return (config ?? readConfig(document.uri)).languages.includes(document.languageId);
}

/** How the analyzer reads a language: HTML and Markdown flavours by name, anything else as plain text. */
export function formatOfLanguage(languageId: string): DocumentFormat {
  return formatFor(languageId);
}

export function languageSelector(config: ClaimlineConfig = readConfig()): vscode.DocumentFilter[] {
  return config.languages.map((language) => ({ language }));
}

/**
 * Hands `apply` the languages to work in: the built-in ones at once, then those of the settings just
 * after activation and again whenever claimline.languages changes (so adding a language needs no
 * reload). The settings are not read during activate(): the extension host's first configuration
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
