// The contract between the extension's feature adapters (diagnostics, hover, code actions,
// timeline panel, status). One object implements it (see extension.ts); features depend only on it.
import type * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { ClaimNote } from '../core/notes';

/** A claim or quote in an analysis. */
export interface SubjectRef {
  kind: 'claim' | 'quote';
  index: number;
}

export interface AnalyzedArticle {
  uri: vscode.Uri;
  /** Document version the analysis was computed from. */
  version: number;
  analysis: Analysis;
  /** Note attached to each claim / quote (re-anchored to the current text). */
  noteFor(subject: SubjectRef): ClaimNote | undefined;
  /** Notes whose claim no longer exists in the text: kept and shown, never dropped. */
  orphans: ClaimNote[];
}

export interface ClaimlineServices {
  /** Latest analysis of an open article, if it is a supported document. */
  article(uri: vscode.Uri): AnalyzedArticle | undefined;
  /** Fires after every (re-)analysis and after notes change. */
  readonly onDidUpdateArticle: vscode.Event<AnalyzedArticle>;
  /** Creates or updates the note of a claim or quote, and persists it to the sidecar. */
  updateNote(uri: vscode.Uri, subject: SubjectRef, change: Partial<Omit<ClaimNote, 'id' | 'anchor'>>): Promise<void>;
  /** Selects the claim / quote in its editor and reveals it. */
  reveal(uri: vscode.Uri, subject: SubjectRef): Promise<void>;
}
