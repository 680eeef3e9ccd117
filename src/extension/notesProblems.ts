// What is wrong with a notes file, in VS Code's display language: the core says which problem it is
// (src/core/notesProblems.ts, src/core/fileLimits.ts), this file words it through the l10n bundles,
// so a Spanish window no longer shows "no se puede usar (not valid JSON (…))". Each wording fits the
// frames of notesStore.ts: "the notes file PATH is …" / "… was …" (the command line's frame is
// "notes file PATH: …", with the core's English).
import * as vscode from 'vscode';
import { megabytes, type Refusal } from '../core/fileLimits';
import { NOTE_STATUSES } from '../core/notes';
import type { NotesProblem } from '../core/notesProblems';

export function wordNotesProblem(problem: NotesProblem): string {
  switch (problem.code) {
    case 'too-deep':
      return vscode.l10n.t('nested too deep (objects or arrays more than {0} levels deep at line {1}, column {2}; Claimline reads no deeper)', problem.max, problem.line, problem.column);
    case 'invalid-json':
      return problem.found === null
        ? vscode.l10n.t('not valid JSON (unexpected end of file at line {0}, column {1})', problem.line, problem.column)
        : vscode.l10n.t('not valid JSON (unexpected {0} at line {1}, column {2})', JSON.stringify(problem.found), problem.line, problem.column);
    case 'invalid-json-unplaced':
      // The JSON parser's own message, which only the engine words: rare, since a position is almost always found.
      return vscode.l10n.t('not valid JSON ({0})', problem.detail);
    case 'not-an-object':
      return vscode.l10n.t('not a notes file: the top level must be an object with "version" and "notes"');
    case 'bad-version':
      return vscode.l10n.t('not a notes file Claimline can read: "version" must be a positive whole number (this Claimline writes version {0})', problem.current);
    case 'newer-version':
      return vscode.l10n.t('written by a newer Claimline (format version {0}; this version reads up to {1})', problem.version, problem.current);
    case 'notes-not-array':
      return vscode.l10n.t('not a notes file Claimline can read: "notes" must be an array');
    case 'note-not-object':
      return vscode.l10n.t('wrong at notes[{0}]: each note must be an object', problem.index);
    case 'duplicate-id':
      return vscode.l10n.t('wrong at notes[{0}]: the id "{1}" is used twice', problem.index, problem.id);
    case 'note-field':
      return noteField(problem.index, problem.field);
  }
}

function noteField(index: number, field: Extract<NotesProblem, { code: 'note-field' }>['field']): string {
  switch (field) {
    case 'id':
      return vscode.l10n.t('wrong at notes[{0}]: "id" must be a non-empty string', index);
    case 'anchor':
      return vscode.l10n.t('wrong at notes[{0}]: "anchor" must be an object', index);
    case 'anchor.kind':
      return vscode.l10n.t('wrong at notes[{0}]: "anchor.kind" must be "claim" or "quote"', index);
    case 'status':
      return vscode.l10n.t('wrong at notes[{0}]: "status" must be one of {1}', index, NOTE_STATUSES.join(', '));
    case 'sources':
      return vscode.l10n.t('wrong at notes[{0}]: "sources" must be an array of strings', index);
    case 'checked':
      return vscode.l10n.t('wrong at notes[{0}]: "checked" must be a date YYYY-MM-DD', index);
    case 'ignored':
      return vscode.l10n.t('wrong at notes[{0}]: "ignored" must be true or false', index);
    case 'updated':
      return vscode.l10n.t('wrong at notes[{0}]: "updated" must be an ISO timestamp', index);
    default:
      // text, anchor.text, anchor.before, anchor.after
      return vscode.l10n.t('wrong at notes[{0}]: "{1}" must be a string', index, field);
  }
}

/** Why a notes file was not read at all (a folder, a device, too large). */
export function wordRefusal(refusal: Refusal): string {
  switch (refusal.kind) {
    case 'folder':
      return vscode.l10n.t('a folder, not a file');
    case 'device':
      return vscode.l10n.t('not a regular file (a device): only regular files are read');
    case 'pipe':
      return vscode.l10n.t('not a regular file (a named pipe, FIFO): only regular files are read');
    case 'other':
      return vscode.l10n.t('not a regular file (a socket or other special file): only regular files are read');
    case 'too-large':
      return refusal.size === undefined
        ? vscode.l10n.t('larger than the {0} limit (raise claimline.maxNotesFileSize to read it)', megabytes(refusal.maxBytes))
        : vscode.l10n.t('{0}, above the {1} limit (raise claimline.maxNotesFileSize to read it)', megabytes(refusal.size), megabytes(refusal.maxBytes));
  }
}

/** A notes file that exists but could not be read (permissions, a file system error): the system's own words. */
export function wordUnreadable(detail: string): string {
  return vscode.l10n.t('unreadable ({0})', detail);
}
