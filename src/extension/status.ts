// Language status item: "N claims · M unverified" for the active article; click opens the timeline.
import * as vscode from 'vscode';
import { messages } from '../core/messages/catalog';
import { reviewSummary } from '../core/report';
import { BUILT_IN_SELECTOR, followLanguageSetting, isSupported } from './config';
import type { ArticleService } from './articleService';

export function registerStatus(context: vscode.ExtensionContext, services: ArticleService): void {
  const item = vscode.languages.createLanguageStatusItem('claimline.status', [...BUILT_IN_SELECTOR]);
  item.name = 'Claimline';
  const refresh = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'claimline.activeArticle', document !== undefined && isSupported(document));
    if (!document) return;
    item.severity = vscode.LanguageStatusSeverity.Information;
    if (!services.enabled) {
      item.text = vscode.l10n.t('Claimline off');
      item.detail = vscode.l10n.t('diagnostics switched off for this session');
      item.command = { title: vscode.l10n.t('Turn on'), command: 'claimline.toggle' };
      return;
    }
    if (services.isTooLarge(document.uri)) {
      item.text = vscode.l10n.t('Claimline skipped');
      item.detail = vscode.l10n.t('larger than claimline.maxFileSize');
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.command = { title: vscode.l10n.t('Open setting'), command: 'workbench.action.openSettings', arguments: ['claimline.maxFileSize'] };
      return;
    }
    const article = services.article(document.uri);
    if (!article) {
      item.text = 'Claimline';
      item.detail = vscode.l10n.t('analyzing…');
      item.command = undefined;
      return;
    }
    const summary = reviewSummary(article.analysis, article.noteFor);
    item.text = summary.total === 1 ? vscode.l10n.t('1 claim · {0} unverified', summary.unverified) : vscode.l10n.t('{0} claims · {1} unverified', summary.total, summary.unverified);
    const claims = summary.claims === 1 ? vscode.l10n.t('1 dated claim') : vscode.l10n.t('{0} dated claims', summary.claims);
    const quotes = summary.quotes === 1 ? vscode.l10n.t('1 quoted statement') : vscode.l10n.t('{0} quoted statements', summary.quotes);
    item.detail = `${claims}, ${quotes}` + (article.orphans.length ? vscode.l10n.t(', {0} orphaned notes', article.orphans.length) : '');
    if (article.notes.state === 'invalid' || article.notes.state === 'newer-version') {
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.detail += vscode.l10n.t(' — notes read-only');
    } else if (article.notes.state === 'memory') item.detail += vscode.l10n.t(' — notes kept in memory until saved');
    // An HTML page is read for its article; when there is none, the whole page was analyzed.
    const page = article.analysis.article;
    if (page?.fallback) {
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.detail += ` — ${messages(vscode.env.language).t('hover.articleFallback')}`;
    } else if (page) item.detail += vscode.l10n.t(' — article only');
    item.command = { title: vscode.l10n.t('Show timeline'), command: 'claimline.showTimeline' };
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    services.onDidUpdateArticle((article) => {
      if (article.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) refresh();
    }),
    services.onDidRemoveArticle(refresh),
    services.onDidChangeEnabled(refresh),
  );
  followLanguageSetting(context, (selector) => {
    item.selector = selector;
    refresh();
  });
}
