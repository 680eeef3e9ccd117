// Fact-checker notes: the pure model (no vscode). Stored in a sidecar `<article>.claims.json`.
// Notes are anchored by the claim's text plus a little context so they re-attach after edits.

import { notesProblemText, type FilePosition, type NoteField, type NotesProblem } from './notesProblems';
import type { Analysis, SubjectRef } from './types';

export type NoteStatus = 'unverified' | 'verified' | 'disputed' | 'false' | 'outdated' | 'needs-source' | 'reviewed';

export const NOTE_STATUSES: readonly NoteStatus[] = ['unverified', 'verified', 'disputed', 'false', 'outdated', 'needs-source', 'reviewed'];

export interface NoteAnchor {
  /** What the note is about. */
  kind: 'claim' | 'quote';
  /** The claim sentence or quote text, exactly as it was when the note was written. */
  text: string;
  /** Up to ~40 characters before and after, used to pick among repeated texts. */
  before: string;
  after: string;
}

export interface ClaimNote {
  /** Stable id (random), survives re-anchoring. */
  id: string;
  anchor: NoteAnchor;
  status: NoteStatus;
  /** Free text written by the fact-checker. */
  text: string;
  /** Source URLs (http/https). */
  sources: string[];
  /** ISO date (YYYY-MM-DD) the claim was last checked. */
  checked?: string;
  /** The fact-checker chose to hide this claim's diagnostic. */
  ignored?: boolean;
  /** ISO timestamp of the last change (used to merge concurrent edits). */
  updated: string;
}

/** The sidecar format version this code writes. Files with a higher version are opened read-only. */
export const NOTES_FORMAT_VERSION = 1;

/**
 * Deepest nesting of objects and arrays a sidecar may have. Claimline's own notes nest four deep;
 * the rest is room for a newsroom's own fields. A file nested 100,000 deep parsed, then made every
 * write fail with "Maximum call stack size exceeded".
 */
export const MAX_NOTES_DEPTH = 64;

/** How many characters around a claim are remembered to tell repeated texts apart. */
export const ANCHOR_CONTEXT = 40;

export interface NotesFile {
  version: number;
  /** The article's file name, so a sidecar found on its own says what it belongs to. */
  article?: string;
  notes: ClaimNote[];
  /**
   * Top-level keys Claimline does not know (a newsroom's own fields), kept as they were and written
   * back on every save. Unknown keys inside a note stay on the note object itself.
   */
  extra?: Record<string, unknown>;
}

const KNOWN_TOP_LEVEL_KEYS = new Set(['version', 'article', 'notes']);

export type ParseNotesResult =
  | { ok: true; file: NotesFile }
  /** `problem` says what is wrong as data, for each view to word; `message` is its English (notesProblemText). */
  | { ok: false; reason: 'invalid' | 'newer-version'; problem: NotesProblem; message: string; version?: number };

/**
 * Parses a sidecar. Never throws: a hand-broken file yields a message precise enough to fix it
 * (line and column for JSON errors, the JSON path for wrong fields). An empty file is an empty store.
 */
export function parseNotesFile(text: string): ParseNotesResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: true, file: { version: NOTES_FORMAT_VERSION, notes: [] } };
  const tooDeep = nestingBeyond(body, MAX_NOTES_DEPTH);
  if (tooDeep !== undefined) {
    return invalid({ code: 'too-deep', max: MAX_NOTES_DEPTH, ...position(body, tooDeep) });
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return invalid(jsonProblem(body, error));
  }
  if (!isObject(data)) return invalid({ code: 'not-an-object' });
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid({ code: 'bad-version', current: NOTES_FORMAT_VERSION });
  }
  if (version > NOTES_FORMAT_VERSION) {
    const problem: NotesProblem = { code: 'newer-version', version, current: NOTES_FORMAT_VERSION };
    return { ok: false, reason: 'newer-version', version, problem, message: notesProblemText(problem) };
  }
  if (!Array.isArray(data.notes)) return invalid({ code: 'notes-not-array' });
  const notes: ClaimNote[] = [];
  for (let i = 0; i < data.notes.length; i++) {
    const problem = noteProblem(data.notes[i], i);
    if (problem) return invalid(problem);
    notes.push(data.notes[i] as ClaimNote);
  }
  const ids = new Set<string>();
  for (let i = 0; i < notes.length; i++) {
    if (ids.has(notes[i].id)) return invalid({ code: 'duplicate-id', index: i, id: notes[i].id });
    ids.add(notes[i].id);
  }
  const file: NotesFile = { version, notes };
  if (typeof data.article === 'string') file.article = data.article;
  const extra = Object.entries(data).filter(([key]) => !KNOWN_TOP_LEVEL_KEYS.has(key));
  if (extra.length > 0) file.extra = Object.fromEntries(extra);
  return { ok: true, file };
}

function invalid(problem: NotesProblem): ParseNotesResult {
  return { ok: false, reason: 'invalid', problem, message: notesProblemText(problem) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function noteProblem(value: unknown, index: number): NotesProblem | undefined {
  if (!isObject(value)) return { code: 'note-not-object', index };
  const field = wrongField(value);
  return field === undefined ? undefined : { code: 'note-field', index, field };
}

/** The first field of a note that does not hold what it must (notesProblems.ts words each). */
function wrongField(value: Record<string, unknown>): NoteField | undefined {
  if (typeof value.id !== 'string' || value.id === '') return 'id';
  const anchor = value.anchor;
  if (!isObject(anchor)) return 'anchor';
  if (anchor.kind !== 'claim' && anchor.kind !== 'quote') return 'anchor.kind';
  for (const key of ['text', 'before', 'after'] as const) {
    if (typeof anchor[key] !== 'string') return `anchor.${key}`;
  }
  if (!NOTE_STATUSES.includes(value.status as NoteStatus)) return 'status';
  if (typeof value.text !== 'string') return 'text';
  if (!Array.isArray(value.sources) || !value.sources.every((s) => typeof s === 'string')) return 'sources';
  if (value.checked !== undefined && (typeof value.checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.checked))) return 'checked';
  if (value.ignored !== undefined && typeof value.ignored !== 'boolean') return 'ignored';
  if (typeof value.updated !== 'string' || Number.isNaN(Date.parse(value.updated))) return 'updated';
  return undefined;
}

/**
 * Offset of the first bracket that opens level `max + 1`, counting brackets outside strings (one
 * pass, no recursion: the point is to refuse what recursion could not handle).
 */
export function nestingBeyond(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

function position(text: string, offset: number): FilePosition {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

// JSON.parse messages differ between engines and often give no position; people fix files by line,
// so the first offending character is located with a small recursive-descent scan.
function jsonProblem(text: string, error: unknown): NotesProblem {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return { code: 'invalid-json-unplaced', detail: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  return { code: 'invalid-json', found: offset < text.length ? text[offset] : null, ...position(text, offset) };
}

/** Offset of the first character that makes `text` invalid JSON (undefined when it is valid). */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail();
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value(0);
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

/**
 * Pretty-printed so the sidecar stays readable and diffs well in version control. `extra`: the
 * unknown top-level keys of the file being replaced (NotesFile.extra), written after the notes.
 */
export function serializeNotesFile(notes: readonly ClaimNote[], article?: string, extra?: Record<string, unknown>): string {
  const kept = Object.entries(extra ?? {}).filter(([key]) => !KNOWN_TOP_LEVEL_KEYS.has(key));
  const file = { version: NOTES_FORMAT_VERSION, ...(article ? { article } : {}), notes: [...notes], ...Object.fromEntries(kept) };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Merges two versions of the same store (e.g. this window's and what another window wrote since).
 * Notes are never deleted by a merge: the union by id, and for a note present in both the one with
 * the later `updated` wins (ties keep `ours`). Order: ours first, then notes only in theirs.
 */
export function mergeNotes(ours: readonly ClaimNote[], theirs: readonly ClaimNote[]): ClaimNote[] {
  const theirsById = new Map(theirs.map((note) => [note.id, note]));
  const result: ClaimNote[] = [];
  const seen = new Set<string>();
  for (const note of ours) {
    const other = theirsById.get(note.id);
    result.push(other && Date.parse(other.updated) > Date.parse(note.updated) ? other : note);
    seen.add(note.id);
  }
  for (const note of theirs) if (!seen.has(note.id)) result.push(note);
  return result;
}

/** Something a note can be attached to: a claim or a quote of the current analysis. */
export interface NoteSubject extends SubjectRef {
  start: number;
  end: number;
  text: string;
}

/** Everything of an analysis a note can be about: its claims, then its quotes. */
export function subjectsOf(analysis: Analysis): NoteSubject[] {
  return [
    ...analysis.claims.map((c, index) => ({ kind: 'claim' as const, index, start: c.start, end: c.end, text: c.text })),
    ...analysis.quotes.map((q, index) => ({ kind: 'quote' as const, index, start: q.start, end: q.end, text: q.text })),
  ];
}

export function anchorFor(documentText: string, subject: NoteSubject): NoteAnchor {
  return {
    kind: subject.kind,
    text: subject.text,
    before: documentText.slice(Math.max(0, subject.start - ANCHOR_CONTEXT), subject.start),
    after: documentText.slice(subject.end, subject.end + ANCHOR_CONTEXT),
  };
}

export interface Reanchoring {
  /** Note attached to each subject, keyed by `subjectKey`. */
  attached: Map<string, ClaimNote>;
  /** How each attached note was found (for hovers and tests). */
  how: Map<string, 'exact' | 'context' | 'similar'>;
  /** Notes whose claim is gone: kept and shown, never dropped. */
  orphans: ClaimNote[];
}

export function subjectKey(subject: SubjectRef): string {
  return `${subject.kind}:${subject.index}`;
}

/** Below this similarity an edited claim is considered a different claim, and its note an orphan. */
export const SIMILARITY_THRESHOLD = 0.6;

/**
 * Re-attaches notes to the claims and quotes of the current text. Preference order: the same text
 * (when it occurs once), the same text elsewhere picked by the surrounding context (when the claim
 * is repeated or moved), then the most similar text (the sentence was edited). Each subject takes at
 * most one note and each note one subject; the best-scoring pairs are matched first.
 */
export function reanchorNotes(notes: readonly ClaimNote[], subjects: readonly NoteSubject[], documentText: string): Reanchoring {
  interface Candidate {
    note: number;
    subject: number;
    score: number;
    how: 'exact' | 'context' | 'similar';
  }
  const candidates: Candidate[] = [];
  const byText = new Map<string, number[]>();
  subjects.forEach((subject, i) => {
    const key = subject.kind + '\u0000' + subject.text;
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
  });
  const subjectGrams = new Map<number, Map<string, number>>();
  const gramsOf = (i: number) => {
    let grams = subjectGrams.get(i);
    if (!grams) subjectGrams.set(i, (grams = bigrams(subjects[i].text)));
    return grams;
  };
  notes.forEach((note, n) => {
    const same = byText.get(note.anchor.kind + '\u0000' + note.anchor.text);
    if (same) {
      for (const s of same) {
        // Exact matches always outrank similar ones (score ≥ 2); context breaks ties among repeats.
        const context = contextSimilarity(note.anchor, subjects[s], documentText);
        candidates.push({ note: n, subject: s, score: 2 + context, how: same.length === 1 ? 'exact' : 'context' });
      }
      return;
    }
    const noteGrams = bigrams(note.anchor.text);
    subjects.forEach((subject, s) => {
      if (subject.kind !== note.anchor.kind) return;
      const lengths = [subject.text.length, note.anchor.text.length].sort((a, b) => a - b);
      if (lengths[0] * 2 < lengths[1]) return;
      const similarity = dice(noteGrams, gramsOf(s));
      if (similarity < SIMILARITY_THRESHOLD) return;
      const context = contextSimilarity(note.anchor, subject, documentText);
      candidates.push({ note: n, subject: s, score: similarity + context * 0.1, how: 'similar' });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.note - b.note || a.subject - b.subject);
  const attached = new Map<string, ClaimNote>();
  const how = new Map<string, 'exact' | 'context' | 'similar'>();
  const usedNotes = new Set<number>();
  for (const candidate of candidates) {
    if (usedNotes.has(candidate.note)) continue;
    const key = subjectKey(subjects[candidate.subject]);
    if (attached.has(key)) continue;
    attached.set(key, notes[candidate.note]);
    how.set(key, candidate.how);
    usedNotes.add(candidate.note);
  }
  const orphans = notes.filter((_, n) => !usedNotes.has(n));
  return { attached, how, orphans };
}

function contextSimilarity(anchor: NoteAnchor, subject: NoteSubject, documentText: string): number {
  const before = documentText.slice(Math.max(0, subject.start - ANCHOR_CONTEXT), subject.start);
  const after = documentText.slice(subject.end, subject.end + ANCHOR_CONTEXT);
  // Characters nearest the claim matter most: compare the common suffix of "before" and the common
  // prefix of "after" rather than bag-of-bigrams.
  const denominator = Math.max(1, anchor.before.length + anchor.after.length);
  return (commonSuffix(anchor.before, before) + commonPrefix(anchor.after, after)) / denominator;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

function bigrams(text: string): Map<string, number> {
  const normalized = text.toLowerCase().replace(/\s+/g, ' ');
  const grams = new Map<string, number>();
  for (let i = 0; i < normalized.length - 1; i++) {
    const gram = normalized.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient over character bigram multisets (robust to small edits). */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  if (total === 0) return 1;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return (2 * shared) / total;
}

export function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

/** The change a fact-checker can make to a note (everything but identity and anchor). */
export type NoteChange = Partial<Omit<ClaimNote, 'id' | 'anchor'>>;

/**
 * Applies a change to a subject's note, creating the note when the subject has none. The anchor is
 * refreshed to the current text: the fact-checker is looking at this version of the claim.
 */
export function upsertNote(
  notes: readonly ClaimNote[],
  existing: ClaimNote | undefined,
  anchor: NoteAnchor,
  change: NoteChange,
  now: Date,
  newId: () => string,
): { notes: ClaimNote[]; note: ClaimNote } {
  const base: ClaimNote = existing ?? { id: newId(), anchor, status: 'unverified', text: '', sources: [], updated: now.toISOString() };
  const note: ClaimNote = { ...base, ...stripUndefined(change), anchor, updated: now.toISOString() };
  if (change.status && change.status !== 'unverified' && change.checked === undefined) note.checked = isoDate(now);
  if (note.ignored === false) delete note.ignored;
  const index = existing ? notes.findIndex((n) => n.id === existing.id) : -1;
  const result = [...notes];
  if (index >= 0) result[index] = note;
  else result.push(note);
  return { notes: result, note };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Only web links are kept as sources: they are shown as clickable links in hovers and the timeline. */
export function validateSourceUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'Enter a full web address starting with http:// or https://';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http:// and https:// links can be stored as sources';
  if (!url.hostname) return 'The address has no host name';
  // "https://bank.example@evil.example" goes to evil.example: such sources are never shown as links.
  if (url.username || url.password) return 'Leave out the user name and password (the part before @): they can disguise the real host';
  return undefined;
}

export function statusLabel(status: NoteStatus): string {
  return status === 'needs-source' ? 'Needs source' : status.charAt(0).toUpperCase() + status.slice(1);
}

/**
 * Where a sidecar lives, as a path (POSIX separators, as in URIs). `beside`: next to the article;
 * `workspaceFolder`: under `<folder>/.claimline/` mirroring the article's relative path. Articles
 * outside the workspace folder fall back to `beside`.
 */
export function sidecarPath(articlePath: string, location: 'beside' | 'workspaceFolder', folderPath?: string): string {
  if (location === 'workspaceFolder' && folderPath !== undefined) {
    const folder = folderPath.endsWith('/') ? folderPath.slice(0, -1) : folderPath;
    if (articlePath.startsWith(folder + '/')) {
      return `${folder}/.claimline/${articlePath.slice(folder.length + 1)}.claims.json`;
    }
  }
  return `${articlePath}.claims.json`;
}
