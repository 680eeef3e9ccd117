// Review actions sent by the timeline webview: set a claim's status, or add/edit its note. Free of
// the vscode module so the validation is unit-tested in plain Node (test/unit/timelineMessages.test.ts).
//
// The webview renders hostile article text, so a message is checked twice before any note changes:
// its shape (parseReviewMessage: known type, subject, allowed status), then against what the panel
// currently shows (checkReviewTarget: same article, same analysis, an entry with that id and subject).

import { NOTE_STATUSES, type NoteStatus } from '../core/notes';
import type { SubjectRef } from '../core/types';

export type ReviewMessage =
  /** The status menu of an entry: set the claim's note status. */
  | { type: 'setStatus'; id: string; subject: SubjectRef; uri: string; version: number; status: NoteStatus }
  /** The note button of an entry: the extension asks for the note text and a source (claimline.editNote). */
  | { type: 'editNote'; id: string; subject: SubjectRef; uri: string; version: number };

export const REVIEW_MESSAGE_TYPES: readonly string[] = ['setStatus', 'editNote'];

const MAX_URI_LENGTH = 4096;
const MAX_ID_LENGTH = 64;

/**
 * The review message in `raw`, reduced to its known fields, or undefined when anything is missing,
 * of the wrong type or out of range (an unknown status, a negative or fractional index, ...).
 */
export function parseReviewMessage(raw: unknown): ReviewMessage | undefined {
  if (!isRecord(raw) || (raw.type !== 'setStatus' && raw.type !== 'editNote')) return undefined;
  const subject = parseSubject(raw.subject);
  if (!subject) return undefined;
  if (typeof raw.id !== 'string' || raw.id.length === 0 || raw.id.length > MAX_ID_LENGTH) return undefined;
  if (typeof raw.uri !== 'string' || raw.uri.length === 0 || raw.uri.length > MAX_URI_LENGTH) return undefined;
  if (!isCount(raw.version)) return undefined;
  const common = { id: raw.id, subject, uri: raw.uri, version: raw.version };
  if (raw.type === 'editNote') return { type: 'editNote', ...common };
  // includes() on a string array: a value such as "__proto__" or "toString" is not a status.
  if (typeof raw.status !== 'string' || !NOTE_STATUSES.includes(raw.status as NoteStatus)) return undefined;
  return { type: 'setStatus', ...common, status: raw.status as NoteStatus };
}

/** What the panel shows when a review message arrives. */
export interface ReviewContext {
  /** The article the panel follows (its URI string), if any. */
  uri: string | undefined;
  /** Document version of the current analysis of that article (undefined when it has none). */
  analyzedVersion: number | undefined;
  /** The model last posted to the webview: its version and entries (id and subject). */
  posted: { version: number; entries: readonly { id: string; subject: SubjectRef }[] } | undefined;
  /** How many claims and quotes the current analysis has. */
  counts: { claim: number; quote: number };
}

export type ReviewCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a well-formed review message may change a note now. A message about another article, or
 * built from an older analysis (the text changed since, so the index may name another claim), is
 * refused rather than guessed at; the webview gets the fresh model and the user can act again.
 */
export function checkReviewTarget(message: ReviewMessage, context: ReviewContext): ReviewCheck {
  if (context.uri === undefined || message.uri !== context.uri) return { ok: false, reason: 'the message is about another article than the one shown' };
  if (context.analyzedVersion === undefined) return { ok: false, reason: 'the article has no analysis' };
  if (!context.posted || context.posted.version !== context.analyzedVersion || message.version !== context.analyzedVersion) {
    return { ok: false, reason: 'the article changed since the timeline was drawn' };
  }
  const entry = context.posted.entries.find((candidate) => candidate.id === message.id);
  if (!entry) return { ok: false, reason: `no timeline entry "${message.id}"` };
  if (entry.subject.kind !== message.subject.kind || entry.subject.index !== message.subject.index) {
    return { ok: false, reason: `entry "${message.id}" is not ${message.subject.kind} ${message.subject.index}` };
  }
  if (message.subject.index >= context.counts[message.subject.kind]) return { ok: false, reason: `no ${message.subject.kind} ${message.subject.index} in the article` };
  return { ok: true };
}

export function parseSubject(raw: unknown): SubjectRef | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.kind !== 'claim' && raw.kind !== 'quote') return undefined;
  if (!isCount(raw.index)) return undefined;
  return { kind: raw.kind, index: raw.index };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-negative safe integer (document versions and subject indexes). */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
