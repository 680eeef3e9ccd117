// `claimline timeline`: the claim timeline of one article, with the fact-checker's notes from its
// sidecar, exported as the editor's Export Timeline… command does (Markdown, CSV, JSON or
// ClaimReview). Notes are only read here: a sidecar that cannot be read is reported, and the export
// is not made without the notes it should have carried. Notes files come from others: only regular
// files under a size limit are read (see readRegularFileSync).

import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyze, formatFor } from '../core/analyze';
import { exportTimeline, type ExportFormat } from '../core/exports';
import { parseNotesFile, reanchorNotes, sidecarPath, subjectKey, subjectsOf, type ClaimNote } from '../core/notes';
import { buildTimeline } from '../core/timeline';
import { RefusedFileError, readRegularFileSync } from '../node/regularFile';
import { resolvedLocale, STDIN_ARGUMENT, type Options } from './args';
import { ConfigFileError, ConfigFinder } from './config';
import { readArticle, readStandardInput } from './input';
import type { CliIo } from './run';

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
  /** The configuration's notesLocation "workspaceFolder": sidecars live in FOLDER/.claimline/. */
  notesFolder?: string;
  /** Notes files larger than this are refused (default DEFAULT_MAX_NOTES_BYTES). */
  maxNotesBytes?: number;
  articleUrl?: string;
  reviewUrl?: string;
  /** The language of the labels and headings (the message catalog's); English when absent. */
  locale?: string;
}

/** The export's text; throws an Error whose message says what is wrong with the notes. */
export function timelineExport(request: TimelineRequest): string {
  const { file, text } = request;
  const { locale } = request;
  const analysis = analyze(text, { published: request.published, today: request.today, format: formatFor(file), locale });
  const notes = readNotes(request);
  const anchoring = reanchorNotes(notes, subjectsOf(analysis), text);
  const model = buildTimeline(analysis, { noteFor: (subject) => anchoring.attached.get(subjectKey(subject)), orphans: anchoring.orphans }, { locale });
  return exportTimeline(model, request.format, { articleName: basename(file), articleUrl: request.articleUrl, reviewUrl: request.reviewUrl, locale }).text;
}

function readNotes(request: TimelineRequest): ClaimNote[] {
  // An explicit --notes file must exist; the sidecar beside the article is optional (no notes yet).
  const path = request.notesFile ?? (request.fromStdin ? undefined : notesPathOf(request));
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

/** Where the editor keeps the article's notes, with the configuration's notesLocation. */
function notesPathOf(request: TimelineRequest): string {
  if (request.notesFolder === undefined) return sidecarPath(request.file, 'beside');
  const posix = (path: string) => path.split('\\').join('/');
  return sidecarPath(posix(resolve(request.file)), 'workspaceFolder', posix(request.notesFolder));
}

/** claimline timeline: one article's export on stdout; exit 2 when it or its notes cannot be read. */
export function runTimeline(options: Options, io: CliIo): number {
  const fromStdin = options.files[0] === STDIN_ARGUMENT;
  const file = fromStdin ? options.stdinName : options.files[0];
  try {
    let found;
    try {
      found = new ConfigFinder({ file: options.configFile, disabled: options.noConfig }).forFile(fromStdin ? null : file);
    } catch (error) {
      if (error instanceof ConfigFileError) throw new Error(`configuration ${error.message}`);
      throw error;
    }
    const { config } = found;
    const maxBytes = options.maxBytes ?? (config.maxFileSize ?? 50) * 1024 * 1024;
    const text = fromStdin ? readStandardInput(io, maxBytes) : readArticle(file, maxBytes);
    const exported = timelineExport({
      file,
      text,
      fromStdin,
      format: (options.format ?? 'markdown') as ExportFormat,
      published: options.published,
      today: options.today ?? config.today,
      notesFile: options.notesFile,
      maxNotesBytes: options.maxNotesBytes,
      notesFolder: config.notesLocation === 'workspaceFolder' ? found.root : undefined,
      reviewUrl: options.reviewUrl,
      articleUrl: options.articleUrl,
      locale: resolvedLocale(options, io.env),
    });
    io.stdout(exported.endsWith('\n') ? exported.slice(0, -1) : exported);
    return 0;
  } catch (error) {
    io.stderr(`claimline: ${file}: ${(error as Error).message}`);
    return 2;
  }
}
