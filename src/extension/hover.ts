// Hovers that explain a claim, quote or date (text built by the pure explainAt()). Command links
// are trusted for Claimline's own commands only, and theme icons are off, so article or note text
// can neither run anything nor pass for one of the editor's icons.
import * as vscode from 'vscode';
import { explainAt, HOVER_COMMANDS, type HoverLinkLabels } from '../core/explain';
import { messageLocale, registerForLanguages } from './config';
import type { ArticleService } from './articleService';
import type { AnalyzedArticle } from './services';

export function registerHover(context: vscode.ExtensionContext, services: ArticleService): void {
  registerForLanguages(context, (selector) =>
    vscode.languages.registerHoverProvider(selector, {
      provideHover(document, position) {
        const article = currentArticle(services, document);
        if (!article) return undefined;
        const explanation = explainAt({
          analysis: article.analysis,
          text: article.text,
          offset: document.offsetAt(position),
          uri: document.uri.toString(),
          noteFor: article.noteFor,
          linkLabels: linkLabels(),
          locale: messageLocale(),
        });
        if (!explanation) return undefined;
        const markdown = new vscode.MarkdownString(explanation.markdown, false);
        markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(explanation.start), document.positionAt(explanation.end)));
      },
    }),
  );
}

/** The hover's command-link labels in the user's language, keyed by ENGLISH_HOVER_LINKS' text. */
function linkLabels(): HoverLinkLabels {
  return {
    openInTimeline: vscode.l10n.t('Open in timeline'),
    markVerified: vscode.l10n.t('Mark verified'),
    addNote: vscode.l10n.t('Add note'),
    editNote: vscode.l10n.t('Edit note'),
    openFullNote: vscode.l10n.t('Open the full note'),
  };
}

/** The article's analysis when it matches the document's current text (offsets are valid). */
export function currentArticle(services: ArticleService, document: vscode.TextDocument): AnalyzedArticle | undefined {
  const article = services.article(document.uri);
  if (!article) return undefined;
  if (article.version === document.version) return article;
  // In onSave mode, or between an edit and its debounced analysis, offsets may have moved.
  return article.text === document.getText() ? article : undefined;
}
