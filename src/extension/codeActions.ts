// Quick fixes on claims and quotes: set a verdict, add a note, ignore, set the publication date,
// disable a rule here or in the file, and mark all of a speaker's quotes reviewed.
import * as vscode from 'vscode';
import { disableFileEdit, disableNextLineEdit, type TextReplacement } from '../core/edits';
import { identifiedSpeaker, speakerInSentence } from '../core/speakers';
import type { NoteStatus } from '../core/notes';
import type { SubjectRef } from '../core/types';
import { registerForLanguages } from './config';
import type { ArticleService } from './articleService';
import { currentArticle } from './hover';
import { quotesBy } from './noteCommands';
import type { AnalyzedArticle } from './services';

const QUICK_FIX = vscode.CodeActionKind.QuickFix;
const VERDICTS: NoteStatus[] = ['verified', 'disputed', 'false', 'needs-source'];

export function registerCodeActions(context: vscode.ExtensionContext, services: ArticleService): void {
  registerForLanguages(context, (selector) =>
    vscode.languages.registerCodeActionsProvider(
      selector,
      { provideCodeActions: (document, range, codeActionContext) => provideCodeActions(services, document, range, codeActionContext) },
      { providedCodeActionKinds: [QUICK_FIX] },
    ),
  );
}

function provideCodeActions(services: ArticleService, document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const article = currentArticle(services, document);
  if (!article) return [];
  const ours = context.diagnostics.filter((d) => d.source === 'claimline');
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const actions: vscode.CodeAction[] = [];

  for (const diagnostic of ours) {
    if (ruleOf(diagnostic) === 'no-publication-date') {
      const action = new vscode.CodeAction(vscode.l10n.t('Set the publication date…'), QUICK_FIX);
      action.command = { command: 'claimline.setPublicationDate', title: vscode.l10n.t('Set the publication date'), arguments: [document.uri] };
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
  }

  for (const subject of subjectsTouching(article, start, end)) {
    const noun = subject.kind;
    const linked = ours.filter((d) => overlaps(document, d.range, spanOf(article, subject)));
    const note = article.noteFor(subject);
    const args = [document.uri, subject];
    const add = (title: string, command: string, extra: unknown[] = []) => {
      const action = new vscode.CodeAction(title, QUICK_FIX);
      action.command = { command, title, arguments: [...args, ...extra] };
      if (linked.length > 0) action.diagnostics = linked;
      actions.push(action);
    };
    for (const status of VERDICTS) {
      if (note?.status !== status) add(verdictTitle(noun, status), 'claimline.setStatus', [status]);
    }
    const quote = noun === 'quote';
    const hasNote = note && (note.text || note.sources.length > 0);
    add(hasNote ? (quote ? vscode.l10n.t('Edit note on this quote…') : vscode.l10n.t('Edit note on this claim…')) : quote ? vscode.l10n.t('Add note with source to this quote…') : vscode.l10n.t('Add note with source to this claim…'), 'claimline.editNote');
    if (note?.ignored) add(quote ? vscode.l10n.t('Stop ignoring this quote') : vscode.l10n.t('Stop ignoring this claim'), 'claimline.ignoreClaim', [false]);
    else add(quote ? vscode.l10n.t('Ignore this quote') : vscode.l10n.t('Ignore this claim'), 'claimline.ignoreClaim');
    if (subject.kind === 'quote') {
      const speaker = article.analysis.quotes[subject.index].speaker;
      const name = identifiedSpeaker(speaker);
      const count = name ? quotesBy(article, name).length : 0;
      if (name && speaker && count > 1) {
        // The speaker as inside any sentence ("by the minister"); the command matches the name itself.
        const title = vscode.l10n.t('Mark all {0} quotes by {1} reviewed', count, speakerInSentence(speaker));
        const action = new vscode.CodeAction(title, QUICK_FIX);
        action.command = { command: 'claimline.markSpeakerReviewed', title, arguments: [document.uri, name] };
        actions.push(action);
      }
    }
  }

  const text = document.getText();
  const seen = new Set<string>();
  for (const diagnostic of ours) {
    const rule = ruleOf(diagnostic);
    if (!rule || seen.has(rule)) continue;
    seen.add(rule);
    actions.push(editAction(document, vscode.l10n.t('Disable {0} for this line', rule), disableNextLineEdit(text, document.offsetAt(diagnostic.range.start), rule), diagnostic));
    actions.push(editAction(document, vscode.l10n.t('Disable {0} for the entire file', rule), disableFileEdit(text, article.format, rule), diagnostic));
  }
  return actions;
}

function verdictTitle(noun: string, status: NoteStatus): string {
  // One whole sentence per kind and status, so a translation can agree in gender and number.
  const quote = noun === 'quote';
  switch (status) {
    case 'verified': return quote ? vscode.l10n.t('Mark quote verified') : vscode.l10n.t('Mark claim verified');
    case 'disputed': return quote ? vscode.l10n.t('Mark quote disputed') : vscode.l10n.t('Mark claim disputed');
    case 'false': return quote ? vscode.l10n.t('Mark quote false') : vscode.l10n.t('Mark claim false');
    case 'outdated': return quote ? vscode.l10n.t('Mark quote outdated') : vscode.l10n.t('Mark claim outdated');
    case 'needs-source': return quote ? vscode.l10n.t('Mark quote as needing a source') : vscode.l10n.t('Mark claim as needing a source');
    default: return quote ? vscode.l10n.t('Mark quote {0}', status) : vscode.l10n.t('Mark claim {0}', status);
  }
}

function editAction(document: vscode.TextDocument, title: string, replacement: TextReplacement, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, QUICK_FIX);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(document.positionAt(replacement.start), document.positionAt(replacement.end)), replacement.text);
  action.diagnostics = [diagnostic];
  return action;
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

function spanOf(article: AnalyzedArticle, subject: SubjectRef): { start: number; end: number } {
  return (subject.kind === 'claim' ? article.analysis.claims : article.analysis.quotes)[subject.index];
}

/** Claims and quotes the selection (or cursor) touches: claims first, they carry the dates. */
function subjectsTouching(article: AnalyzedArticle, start: number, end: number): SubjectRef[] {
  const touches = (s: { start: number; end: number }) => s.start <= end && start <= s.end;
  return [
    ...article.analysis.claims.flatMap((c, index) => (touches(c) ? [{ kind: 'claim' as const, index }] : [])),
    ...article.analysis.quotes.flatMap((q, index) => (touches(q) ? [{ kind: 'quote' as const, index }] : [])),
  ];
}

function overlaps(document: vscode.TextDocument, range: vscode.Range, span: { start: number; end: number }): boolean {
  return document.offsetAt(range.start) <= span.end && span.start <= document.offsetAt(range.end);
}
