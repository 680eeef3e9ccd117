// Claimline's settings, read in one place with defaults and validation, so a hand-edited
// settings.json with a wrong value degrades to the default instead of breaking analysis.
import * as vscode from 'vscode';
import type { DocumentFormat } from '../core/suppressions';
import { formatFor } from '../core/analyze';

export const BUILT_IN_LANGUAGES = ['plaintext', 'markdown', 'html'];

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
  };
}

// Documents that are not articles even when their language matches: output panes, diff sides of
// version control, comment input boxes.
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'comment', 'vscode-settings', 'debug']);

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
 * Registers a provider for the supported languages and registers it again when `claimline.languages`
 * changes, so adding a language needs no reload.
 */
export function registerForLanguages(context: vscode.ExtensionContext, register: (selector: vscode.DocumentFilter[]) => vscode.Disposable): void {
  let current = register(languageSelector());
  context.subscriptions.push(
    { dispose: () => current.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('claimline.languages')) return;
      current.dispose();
      current = register(languageSelector());
    }),
  );
}
