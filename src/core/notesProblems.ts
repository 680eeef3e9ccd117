// What is wrong with a notes file, as data: the core says which problem and where, each view words
// it in its own language (the extension through its l10n bundles, src/extension/notesProblems.ts;
// the command line in English, notesProblemText below, like the rest of its error lines). A Spanish
// window used to say "el archivo de notas … no se puede usar (not valid JSON (…))".

import { NOTE_STATUSES } from './notes';

/** A field of a note that holds a wrong value (its JSON path inside the note). */
export type NoteField = 'id' | 'anchor' | 'anchor.kind' | 'anchor.text' | 'anchor.before' | 'anchor.after' | 'status' | 'text' | 'sources' | 'checked' | 'ignored' | 'updated';

/** Where in the file: 1-based line and column. */
export interface FilePosition {
  line: number;
  column: number;
}

export type NotesProblem =
  /** Objects or arrays nested deeper than `max` levels, first at the position given. */
  | ({ code: 'too-deep'; max: number } & FilePosition)
  /** Not JSON: `found` is the first character that makes it invalid, null at the end of the file. */
  | ({ code: 'invalid-json'; found: string | null } & FilePosition)
  /** Not JSON, and no position could be found: the JSON parser's own (English) message. */
  | { code: 'invalid-json-unplaced'; detail: string }
  | { code: 'not-an-object' }
  /** "version" is not a positive whole number; `current` is the version this Claimline writes. */
  | { code: 'bad-version'; current: number }
  | { code: 'newer-version'; version: number; current: number }
  | { code: 'notes-not-array' }
  /** notes[index] is not an object. */
  | { code: 'note-not-object'; index: number }
  /** notes[index] has a wrong `field`. */
  | { code: 'note-field'; index: number; field: NoteField }
  | { code: 'duplicate-id'; index: number; id: string };

/** What each field of a note must be (English); `status` lists the statuses (NOTE_STATUSES). */
const FIELD_RULES: Record<NoteField, string> = {
  id: '"id" must be a non-empty string',
  anchor: '"anchor" must be an object',
  'anchor.kind': '"anchor.kind" must be "claim" or "quote"',
  'anchor.text': '"anchor.text" must be a string',
  'anchor.before': '"anchor.before" must be a string',
  'anchor.after': '"anchor.after" must be a string',
  status: '"status" must be one of {statuses}',
  text: '"text" must be a string',
  sources: '"sources" must be an array of strings',
  checked: '"checked" must be a date YYYY-MM-DD',
  ignored: '"ignored" must be true or false',
  updated: '"updated" must be an ISO timestamp',
};

/** The problem in English, as the command line reports it ("not valid JSON (unexpected "}" at line 3, column 5)"). */
export function notesProblemText(problem: NotesProblem): string {
  switch (problem.code) {
    case 'too-deep':
      return `nests objects or arrays more than ${problem.max} levels deep (line ${problem.line}, column ${problem.column}); Claimline reads no deeper`;
    case 'invalid-json': {
      const found = problem.found === null ? 'unexpected end of file' : `unexpected ${JSON.stringify(problem.found)}`;
      return `not valid JSON (${found} at line ${problem.line}, column ${problem.column})`;
    }
    case 'invalid-json-unplaced':
      return `not valid JSON (${problem.detail})`;
    case 'not-an-object':
      return 'the top level must be an object with "version" and "notes"';
    case 'bad-version':
      return `"version" must be a positive whole number (this Claimline writes version ${problem.current})`;
    case 'newer-version':
      return `written by a newer Claimline (format version ${problem.version}; this version reads up to ${problem.current})`;
    case 'notes-not-array':
      return '"notes" must be an array';
    case 'note-not-object':
      return `notes[${problem.index}]: must be an object`;
    case 'note-field':
      return `notes[${problem.index}]: ${FIELD_RULES[problem.field].replace('{statuses}', NOTE_STATUSES.join(', '))}`;
    case 'duplicate-id':
      return `notes[${problem.index}]: duplicate id "${problem.id}"`;
  }
}
