// The contract between the extension's feature adapters (diagnostics, hover, code actions,
// timeline panel, status). One object implements it (ArticleService in articleService.ts); features
// depend only on it.
import type * as vscode from 'vscode';
import type { Analysis, DocumentFormat, SubjectRef } from '../core/types';
import type { ClaimNote } from '../core/notes';
import type { ClaimlineConfig } from './config';

/** A claim or quote in an analysis. */
export type { SubjectRef };

export interface AnalyzedArticle {
  uri: vscode.Uri;
  /** Document version the analysis was computed from (-1 for files analyzed from disk). */
  version: number;
  /** The text that was analyzed (offsets in `analysis` index into it). */
  text: string;
  /** How the text was read. */
  format: DocumentFormat;
  analysis: Analysis;
  /** Note attached to each claim / quote (re-anchored to the current text). */
  noteFor(subject: SubjectRef): ClaimNote | undefined;
  /** Notes whose claim no longer exists in the text: kept and shown, never dropped. */
  orphans: ClaimNote[];
  /** Whether notes can be changed, and where they are stored. */
  notes: { state: 'ok' | 'invalid' | 'newer-version' | 'memory'; sidecar?: vscode.Uri; problem?: string };
  /**
   * The rules and the cap of the configuration the analysis was made with (its `today` is in the
   * analysis). The diagnostics apply these, not the configuration read again when they are published:
   * a .claimline.json change clears the cached file in between, and diagnostics then mixed the file's
   * today with the user settings' rules.
   */
  config: Pick<ClaimlineConfig, 'rules' | 'maxDiagnostics'>;
  /**
   * Where the time of the last (re-)analysis went, in milliseconds: the analyzer itself, the wait
   * for the notes file after it (the file is read while the analyzer runs), and the whole run from
   * the timer firing to the result. Reported by the latency tests and logged at debug level.
   */
  timings?: { analysisMs: number; notesWaitMs: number; runMs: number };
}

export interface ClaimlineServices {
  /** Latest analysis of an open article, if it is a supported document. */
  article(uri: vscode.Uri): AnalyzedArticle | undefined;
  /** Fires after every (re-)analysis and after notes change. */
  readonly onDidUpdateArticle: vscode.Event<AnalyzedArticle>;
  /** Fires when an article stops being analyzed (closed, too large, language no longer supported). */
  readonly onDidRemoveArticle: vscode.Event<vscode.Uri>;
  /** Creates or updates the note of a claim or quote, and persists it to the sidecar. */
  updateNote(uri: vscode.Uri, subject: SubjectRef, change: Partial<Omit<ClaimNote, 'id' | 'anchor'>>): Promise<void>;
  /** Several notes of one article in one write. */
  updateNotes(uri: vscode.Uri, changes: { subject: SubjectRef; change: Partial<Omit<ClaimNote, 'id' | 'anchor'>> }[]): Promise<void>;
  /** Selects the claim / quote in its editor and reveals it. */
  reveal(uri: vscode.Uri, subject: SubjectRef): Promise<void>;
  /** Diagnostics switched on (the Toggle command switches them off for the session). */
  readonly enabled: boolean;
}
