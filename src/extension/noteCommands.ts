// Commands that change fact-checker notes. Each works from a hover link or quick fix (which pass the
// article and the claim) and from the Command Palette (the claim under the cursor).
import * as vscode from 'vscode';
import { identifiedSpeaker, speakerInSentence } from '../core/speakers';
import { NOTE_STATUSES, statusLabel, validateSourceUrl, type NoteStatus } from '../core/notes';
import type { SubjectRef } from '../core/types';
import type { ArticleService } from './articleService';
import { currentArticle } from './hover';
import type { AnalyzedArticle } from './services';

interface Target {
  article: AnalyzedArticle;
  subject: SubjectRef;
}

export function registerNoteCommands(context: vscode.ExtensionContext, services: ArticleService): void {
  const command = (id: string, run: (...args: unknown[]) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (error) {
        void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
        return undefined;
      }
    });

  context.subscriptions.push(
    command('claimline.markVerified', async (uri, subject) => {
      const target = resolveTarget(services, uri, subject);
      if (target) await services.updateNote(target.article.uri, target.subject, { status: 'verified' });
    }),
    command('claimline.setStatus', async (uri, subject, status) => {
      const target = resolveTarget(services, uri, subject);
      if (!target) return;
      let chosen = NOTE_STATUSES.includes(status as NoteStatus) ? (status as NoteStatus) : undefined;
      if (!chosen) {
        const current = target.article.noteFor(target.subject)?.status ?? 'unverified';
        const pick = await vscode.window.showQuickPick(
          NOTE_STATUSES.map((s) => ({ label: statusLabel(s), description: s === current ? vscode.l10n.t('current') : undefined, status: s })),
          { title: target.subject.kind === 'quote' ? vscode.l10n.t('Status of this quote') : vscode.l10n.t('Status of this claim') },
        );
        chosen = pick?.status;
      }
      if (chosen) await services.updateNote(target.article.uri, target.subject, { status: chosen });
    }),
    // Optional third argument { text, source } skips the prompts (keybindings, scripts, tests).
    command('claimline.editNote', async (uri, subject, values) => {
      const target = resolveTarget(services, uri, subject);
      if (!target) return;
      const note = target.article.noteFor(target.subject);
      const given = typeof values === 'object' && values !== null ? (values as { text?: unknown; source?: unknown }) : undefined;
      const text =
        given && typeof given.text === 'string'
          ? given.text
          : given
            ? (note?.text ?? '')
            : await vscode.window.showInputBox({
                title: target.subject.kind === 'quote' ? vscode.l10n.t('Note on this quote (1/2)') : vscode.l10n.t('Note on this claim (1/2)'),
                prompt: vscode.l10n.t('What you checked and what you found'),
                value: note?.text ?? '',
                // A click elsewhere (or the timeline taking focus back) must not throw away what was typed.
                ignoreFocusOut: true,
              });
      if (text === undefined) return;
      const sources = [...(note?.sources ?? [])];
      const source =
        given
          ? typeof given.source === 'string' ? given.source : ''
          : await vscode.window.showInputBox({
              title: target.subject.kind === 'quote' ? vscode.l10n.t('Note on this quote (2/2)') : vscode.l10n.t('Note on this claim (2/2)'),
              prompt: sources.length > 0 ? vscode.l10n.t('Add another source URL ({0} saved), or leave empty', sources.length) : vscode.l10n.t('Source URL (http or https), or leave empty'),
              placeHolder: 'https://',
              validateInput: validateSourceUrl,
              ignoreFocusOut: true,
            });
      // Escape on the optional source still keeps the note typed in the first step.
      if (source === undefined) {
        if (text !== (note?.text ?? '')) await services.updateNote(target.article.uri, target.subject, { text, sources });
        return;
      }
      const problem = validateSourceUrl(source);
      if (problem) throw new Error(vscode.l10n.t('Claimline did not save the note: {0}.', problem));
      if (source.trim() && !sources.includes(source.trim())) sources.push(source.trim());
      await services.updateNote(target.article.uri, target.subject, { text, sources });
    }),
    // Third argument false brings an ignored claim back.
    command('claimline.ignoreClaim', async (uri, subject, ignored) => {
      const target = resolveTarget(services, uri, subject);
      if (target) await services.updateNote(target.article.uri, target.subject, { ignored: ignored !== false });
    }),
    command('claimline.markSpeakerReviewed', async (uri, speaker) => {
      let article: AnalyzedArticle | undefined;
      let name: string | undefined;
      if (typeof speaker === 'string') {
        article = articleOf(services, uri);
        name = speaker;
      } else {
        const target = resolveTarget(services, uri, undefined);
        article = target?.article;
        name = target && speakerAt(target.article, target.subject);
      }
      if (!article) return;
      if (!name) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a quote with a speaker to mark all of that speaker’s quotes reviewed.'));
        return;
      }
      const reviewedArticle = article;
      const changes = quotesBy(reviewedArticle, name)
        // Never downgrade a verdict the fact-checker already gave.
        .filter((index) => (reviewedArticle.noteFor({ kind: 'quote', index })?.status ?? 'unverified') === 'unverified')
        .map((index) => ({ subject: { kind: 'quote' as const, index }, change: { status: 'reviewed' as const } }));
      if (changes.length > 0) await services.updateNotes(reviewedArticle.uri, changes);
      // Named as inside any sentence: "by the minister", not "by The minister" (speakerInSentence).
      const first = reviewedArticle.analysis.quotes[quotesBy(reviewedArticle, name)[0]]?.speaker;
      const shown = first ? speakerInSentence(first) : name;
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Claimline: {0} quotes by {1} marked reviewed', changes.length, shown), 4000);
    }),
    command('claimline.openNotesFile', async (uri) => {
      const article = articleOf(services, uri);
      if (!article) return;
      const sidecar = article.notes.sidecar;
      if (!sidecar) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Notes of an unsaved document are kept in memory until it is saved.'));
        return;
      }
      try {
        await vscode.window.showTextDocument(sidecar);
      } catch {
        void vscode.window.showInformationMessage(vscode.l10n.t("No notes yet for {0}: add one from a claim's hover or quick fix.", article.uri.path.slice(article.uri.path.lastIndexOf('/') + 1)));
      }
    }),
  );
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value);
  return undefined;
}

function articleOf(services: ArticleService, uri: unknown): AnalyzedArticle | undefined {
  const explicit = toUri(uri);
  if (explicit) return services.article(explicit);
  const editor = vscode.window.activeTextEditor;
  return editor ? currentArticle(services, editor.document) : undefined;
}

function isSubject(value: unknown): value is SubjectRef {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (s.kind === 'claim' || s.kind === 'quote') && typeof s.index === 'number' && Number.isInteger(s.index) && s.index >= 0;
}

/** The claim the command is about: given by the caller, else the one under the cursor. */
export function resolveTarget(services: ArticleService, uri: unknown, subject: unknown): Target | undefined {
  const article = articleOf(services, uri);
  if (!article) {
    const document = toUri(uri) ?? vscode.window.activeTextEditor?.document.uri;
    void vscode.window.showInformationMessage(
      document
        ? vscode.l10n.t('Claimline has not analyzed {0} (is its language in claimline.languages?).', vscode.workspace.asRelativePath(document))
        : vscode.l10n.t('Open an article and put the cursor on a claim or quote flagged by Claimline.'),
    );
    return undefined;
  }
  if (isSubject(subject)) {
    const list = subject.kind === 'claim' ? article.analysis.claims : article.analysis.quotes;
    if (subject.index < list.length) return { article, subject };
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.uri.toString() === article.uri.toString()) {
    const found = subjectAt(article, editor.document.offsetAt(editor.selection.active));
    if (found) return { article, subject: found };
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a claim or quote flagged by Claimline.'));
  return undefined;
}

/** The claim under an offset, else the quote. */
export function subjectAt(article: AnalyzedArticle, offset: number): SubjectRef | undefined {
  const inside = (s: { start: number; end: number }) => s.start <= offset && offset <= s.end;
  const claim = article.analysis.claims.findIndex(inside);
  if (claim >= 0) return { kind: 'claim', index: claim };
  const quote = article.analysis.quotes.findIndex(inside);
  return quote >= 0 ? { kind: 'quote', index: quote } : undefined;
}

/** The identified speaker of the claim or quote (an unresolved "he" is nobody in particular). */
function speakerAt(article: AnalyzedArticle, subject: SubjectRef): string | undefined {
  if (subject.kind === 'quote') return identifiedSpeaker(article.analysis.quotes[subject.index]?.speaker) ?? undefined;
  const claim = article.analysis.claims[subject.index];
  if (claim?.quote !== null && claim?.quote !== undefined) return identifiedSpeaker(article.analysis.quotes[claim.quote]?.speaker) ?? undefined;
  return identifiedSpeaker(claim?.speaker) ?? undefined;
}

export function quotesBy(article: AnalyzedArticle, name: string): number[] {
  return article.analysis.quotes.flatMap((q, index) => (identifiedSpeaker(q.speaker) === name ? [index] : []));
}
