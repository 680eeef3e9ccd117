// `claimline timeline`: the claim timeline of one article, with the fact-checker's notes from its
// sidecar, exported as the editor's Export Timeline… command does (Markdown, CSV, JSON or
// ClaimReview). Notes are only read here: a sidecar that cannot be read is reported, and the export
// is not made without the notes it should have carried. Notes files come from others: only regular
// files under a size limit are read (see readRegularFileSync).

import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze, formatFor } from '../core/analyze';
import { exportTimeline, type ExportFormat } from '../core/exports';
import { parseNotesFile, reanchorNotes, sidecarPath, subjectKey, subjectsOf, type ClaimNote } from '../core/notes';
import { buildTimeline } from '../core/timeline';
import { RefusedFileError, readRegularFileSync } from '../node/regularFile';

/** Notes files above this many bytes are refused unless --max-notes-size says otherwise. */
export const DEFAULT_MAX_NOTES_BYTES = 20 * 1024 * 1024;

export interface TimelineRequest {
  /** The article's path as given, or the name standard input is reported under. */
  file: string;
  text: string;
  /** The article came from standard input: it has no sidecar beside it. */
  fromStdin: boolean;
  format: ExportFormat;
  published?: string;
  today?: string;
  /** --notes: the sidecar to read instead of the one beside the article. */
  notesFile?: string;
  /** Notes files larger than this are refused (default DEFAULT_MAX_NOTES_BYTES). */
  maxNotesBytes?: number;
  articleUrl?: string;
  reviewUrl?: string;
}

/** The export's text; throws an Error whose message says what is wrong with the notes. */
export function timelineExport(request: TimelineRequest): string {
  const { file, text } = request;
  const analysis = analyze(text, { published: request.published, today: request.today, format: formatFor(file) });
  const notes = readNotes(request);
  const anchoring = reanchorNotes(notes, subjectsOf(analysis), text);
  const model = buildTimeline(analysis, { noteFor: (subject) => anchoring.attached.get(subjectKey(subject)), orphans: anchoring.orphans });
  return exportTimeline(model, request.format, { articleName: basename(file), articleUrl: request.articleUrl, reviewUrl: request.reviewUrl }).text;
}

function readNotes(request: TimelineRequest): ClaimNote[] {
  // An explicit --notes file must exist; the sidecar beside the article is optional (no notes yet).
  const path = request.notesFile ?? (request.fromStdin ? undefined : sidecarPath(request.file, 'beside'));
  if (path === undefined || (request.notesFile === undefined && !existsSync(path))) return [];
  let raw: string;
  try {
    raw = new TextDecoder('utf-8').decode(readRegularFileSync(path, request.maxNotesBytes ?? DEFAULT_MAX_NOTES_BYTES, 'raise it with --max-notes-size'));
  } catch (error) {
    if (error instanceof RefusedFileError) throw new Error(`notes file ${path} is ${error.message}; nothing was exported`);
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`notes file ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const parsed = parseNotesFile(raw);
  if (!parsed.ok) throw new Error(`notes file ${path}: ${parsed.message}`);
  return parsed.file.notes;
}
