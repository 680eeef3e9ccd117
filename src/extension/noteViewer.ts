// The whole text of one note, in a read-only editor: hovers show only the start of a long note and
// link here (claimline.showNote). The editor shows the text as it is, with VS Code's own highlighting
// of invisible and bidirectional characters; nothing in it is run or linked.
import * as vscode from 'vscode';
import type { ArticleService } from './articleService';
import { resolveTarget } from './noteCommands';

export const NOTE_SCHEME = 'claimline-note';

export function registerNoteViewer(context: vscode.ExtensionContext, services: ArticleService): void {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      const { article, subject } = JSON.parse(uri.query) as { article: string; subject: unknown };
      const target = resolveTarget(services, article, subject);
      const note = target?.article.noteFor(target.subject);
      return note ? note.text : vscode.l10n.t('This note no longer exists.');
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(NOTE_SCHEME, provider),
    vscode.commands.registerCommand('claimline.showNote', async (uri: unknown, subject: unknown) => {
      const target = resolveTarget(services, uri, subject);
      if (!target) return;
      if (!target.article.noteFor(target.subject)) {
        void vscode.window.showInformationMessage(target.subject.kind === 'quote' ? vscode.l10n.t('This quote has no note.') : vscode.l10n.t('This claim has no note.'));
        return;
      }
      const name = target.article.uri.path.slice(target.article.uri.path.lastIndexOf('/') + 1);
      const query = JSON.stringify({ article: target.article.uri.toString(), subject: target.subject });
      const document = await vscode.workspace.openTextDocument(
        vscode.Uri.from({ scheme: NOTE_SCHEME, path: `/${name} — note on ${target.subject.kind} ${target.subject.index + 1}`, query }),
      );
      await vscode.window.showTextDocument(document, { preview: true });
    }),
  );
}
