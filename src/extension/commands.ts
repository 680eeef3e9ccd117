// Document-level commands: Toggle, Set Publication Date, Analyze Workspace.
import * as vscode from 'vscode';
import { format as formatDate } from 'date-fns';
import { isIsoDate, publicationDateEdit } from '../core/edits';
import { formatOfLanguage, isIgnored, readConfig } from './config';
import { loadIgnoreSources } from './projectConfig';
import type { ArticleService } from './articleService';
import type { DiagnosticsFeature } from './diagnostics';

const ARTICLE_GLOB = '**/*.{txt,md,markdown,html,htm}';
// Passing no exclude keeps the user's files.exclude; these folders never hold articles either.
const NEVER_ARTICLES = /\/(node_modules|\.git|\.claimline)\//;

export function registerCommands(context: vscode.ExtensionContext, services: ArticleService, diagnostics: DiagnosticsFeature): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('claimline.toggle', () => {
      services.setEnabled(!services.enabled);
      void vscode.window.setStatusBarMessage(services.enabled ? vscode.l10n.t('Claimline diagnostics on for this session') : vscode.l10n.t('Claimline diagnostics off for this session'), 3000);
    }),
    vscode.commands.registerCommand('claimline.setPublicationDate', (uri?: unknown, date?: unknown) => setPublicationDate(services, uri, date)),
    vscode.commands.registerCommand('claimline.analyzeWorkspace', () => analyzeWorkspace(services, diagnostics)),
  );
}

async function setPublicationDate(services: ArticleService, uri: unknown, date: unknown): Promise<boolean> {
  const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to set its publication date.'));
    return false;
  }
  const document = await vscode.workspace.openTextDocument(target);
  let value = typeof date === 'string' ? date : undefined;
  if (value === undefined) {
    value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Publication date of this article'),
      prompt: vscode.l10n.t('Relative dates ("last year", "in September") are resolved against it. Format: YYYY-MM-DD'),
      // The date found in the article (to correct it), else today.
      value: services.article(target)?.analysis.published?.value.slice(0, 10) ?? readConfig(target).today ?? formatDate(new Date(), 'yyyy-MM-dd'),
      validateInput: (input) => (isIsoDate(input) ? undefined : vscode.l10n.t('Enter a date as YYYY-MM-DD, e.g. 2020-12-05')),
    });
    if (value === undefined) return false;
  }
  if (!isIsoDate(value)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Claimline: "{0}" is not a date in the form YYYY-MM-DD.', value));
    return false;
  }
  const text = document.getText();
  const replacement = publicationDateEdit(text, formatOfLanguage(document.languageId), value.trim());
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target, new vscode.Range(document.positionAt(replacement.start), document.positionAt(replacement.end)), replacement.text);
  return vscode.workspace.applyEdit(edit);
}

async function analyzeWorkspace(services: ArticleService, diagnostics: DiagnosticsFeature): Promise<number> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to analyze all of its articles.'));
    return 0;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Claimline: analyzing articles'), cancellable: true },
    async (progress, token) => {
      const found = (await vscode.workspace.findFiles(ARTICLE_GLOB, undefined, undefined, token)).filter((uri) => !NEVER_ARTICLES.test(uri.path));
      // What the project's ignore globs and .claimlineignore files leave out, as claimline check does.
      const files: vscode.Uri[] = [];
      for (const uri of found) {
        await loadIgnoreSources(uri);
        if (!isIgnored(uri)) files.push(uri);
      }
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      let done = 0;
      let skipped = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${done + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        try {
          // Open documents are analyzed from the editor's (possibly unsaved) text.
          const document = open.get(uri.toString());
          const result = document ? await services.analyzeDocument(document) : await services.analyzeFile(uri);
          if (result === 'too-large') skipped++;
          else if (result && !document) diagnostics.publish(result);
        } catch {
          // Unreadable or vanished since the search: counted, the rest still analyzed.
          skipped++;
        }
        done++;
        // Let the extension host breathe between files so the editor stays responsive.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const summary = token.isCancellationRequested
        ? skipped
          ? vscode.l10n.t('Claimline analyzed {0} of {1} articles ({2} skipped: too large or unreadable), cancelled. Results are in the Problems panel.', done, files.length, skipped)
          : vscode.l10n.t('Claimline analyzed {0} of {1} articles, cancelled. Results are in the Problems panel.', done, files.length)
        : skipped
          ? vscode.l10n.t('Claimline analyzed {0} of {1} articles ({2} skipped: too large or unreadable). Results are in the Problems panel.', done, files.length, skipped)
          : vscode.l10n.t('Claimline analyzed {0} of {1} articles. Results are in the Problems panel.', done, files.length);
      void vscode.window.showInformationMessage(summary);
      return done;
    },
  );
}
