// The `claimline` command: the same analyzer as the editor, for newsroom pipelines.
// A bad file never stops the others: it gets a message on stderr and exit code 2 at the end.

import { readFileSync, statSync } from 'node:fs';
import { analyze, formatFor } from '../core/analyze';
import { parseIsoDay } from '../core/publication';
import type { Analysis, Finding, Severity } from '../core/types';
import type { ExportFormat } from '../core/exports';
import { openableUrl } from '../core/timeline';
import { jsonRecordPieces } from './json';
import { timelineExport } from './timeline';

export const USAGE = `Usage: claimline check [options] FILE...
       claimline timeline [options] FILE

check flags dated claims, predictions and quoted statements in news articles.
timeline prints one article's claim timeline with the notes of its sidecar (FILE.claims.json),
as the editor's Export Timeline… does.
A FILE of - reads the article from standard input.

Options:
  --format text|json     check: text (default), one line per finding, file:line:col: severity rule:
                         message; json, JSON Lines, one object per file
  --format markdown|csv|json|claimreview
                         timeline: Markdown (default), CSV, the JSON model, or schema.org
                         ClaimReview JSON-LD of the claims with a verdict
  --notes FILE           timeline: the notes file to read instead of FILE.claims.json
  --max-notes-size MB    timeline: notes files larger than this are refused (default 20);
                         only regular files are read as notes, never devices or pipes
  --review-url URL       timeline: the page publishing the fact-check (ClaimReview url)
  --article-url URL      timeline: where the article is published (ClaimReview appearance)
  --published YYYY-MM-DD publication date to resolve relative dates against (overrides detection)
  --today YYYY-MM-DD     the date predictions are compared with (default: today)
  --max-size MB          skip files larger than this (default 50)
  --stdin-name NAME      the name standard input is reported under, and whose extension
                         (.html, .md) says how to read it (default: <stdin>, plain text)
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 no warnings, 1 warnings found, 2 usage or file errors (other files are still checked).`;

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /**
   * Reads standard input to its end, for the FILE "-"; it may stop early once more than maxBytes
   * arrived (such input is reported as too large). Optional: without it, "-" is reported as
   * unreadable.
   */
  readStdin?: (maxBytes: number) => Buffer;
  /**
   * Writes part of a line to standard output (the line ends with a stdout call or "\n"). Optional:
   * without it, a JSON record is joined into one string first (fine for tests, too long for the
   * largest files).
   */
  stdoutPiece?: (piece: string) => void;
}

interface Options {
  command: 'check' | 'timeline';
  /** check: text or json; timeline: an export format (markdown when not given). */
  format?: string;
  notesFile?: string;
  /** --max-notes-size, in bytes. */
  maxNotesBytes?: number;
  reviewUrl?: string;
  articleUrl?: string;
  published?: string;
  today?: string;
  maxBytes: number;
  files: string[];
  stdinName: string;
}

const CHECK_FORMATS = ['text', 'json'];
const TIMELINE_FORMATS: ExportFormat[] = ['markdown', 'csv', 'json', 'claimreview'];

/** The FILE argument that stands for standard input, as in most Unix tools. */
const STDIN_ARGUMENT = '-';

class UsageError extends Error {}

function parseArguments(args: string[]): Options | 'help' | 'version' {
  const options: Options = { command: 'check', maxBytes: 50 * 1024 * 1024, files: [], stdinName: '<stdin>' };
  const rest = [...args];
  const command = rest.shift();
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'check' && command !== 'timeline') throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  options.command = command;
  const only = (flag: string, wanted: Options['command']) => {
    if (options.command !== wanted) throw new UsageError(`${flag} is an option of claimline ${wanted}`);
  };
  const value = (flag: string): string => {
    const next = rest.shift();
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  let onlyFiles = false;
  while (rest.length > 0) {
    let arg = rest.shift() as string;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    if (arg.startsWith('--') && equals > 0) {
      rest.unshift(arg.slice(equals + 1));
      arg = arg.slice(0, equals);
    }
    switch (arg) {
      case '--':
        onlyFiles = true;
        break;
      case '--format': {
        const format = value(arg);
        const formats = options.command === 'check' ? CHECK_FORMATS : TIMELINE_FORMATS;
        if (!formats.includes(format)) throw new UsageError(`--format of claimline ${options.command} must be ${formats.map((f) => `"${f}"`).join(', ')}, not "${format}"`);
        options.format = format;
        break;
      }
      case '--notes':
        only(arg, 'timeline');
        options.notesFile = value(arg);
        break;
      case '--review-url':
      case '--article-url': {
        only(arg, 'timeline');
        const raw = value(arg);
        const url = openableUrl(raw);
        if (!url) throw new UsageError(`${arg} must be an http(s) address, not "${raw}"`);
        if (arg === '--review-url') options.reviewUrl = url;
        else options.articleUrl = url;
        break;
      }
      case '--published':
      case '--today': {
        const raw = value(arg);
        const day = parseIsoDay(raw);
        if (!day || day.length !== 10) throw new UsageError(`${arg} must be a calendar date YYYY-MM-DD, not "${raw}"`);
        if (arg === '--published') options.published = day;
        else options.today = day;
        break;
      }
      case '--max-size':
      case '--max-notes-size': {
        if (arg === '--max-notes-size') only(arg, 'timeline');
        const raw = value(arg);
        const megabytes = Number(raw);
        if (!Number.isFinite(megabytes) || megabytes <= 0) throw new UsageError(`${arg} must be a positive number of megabytes, not "${raw}"`);
        if (arg === '--max-size') options.maxBytes = megabytes * 1024 * 1024;
        else options.maxNotesBytes = megabytes * 1024 * 1024;
        break;
      }
      case '--stdin-name':
        options.stdinName = value(arg);
        break;
      case '-h':
      case '--help':
        return 'help';
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (options.files.length === 0) throw new UsageError('no files given');
  // One export is one document (a CSV header, a JSON value): one article per run.
  if (options.command === 'timeline' && options.files.length > 1) throw new UsageError('claimline timeline takes one article (run it once per file)');
  // Standard input can be read once: a second "-" would silently be an empty article.
  if (options.files.filter((file) => file === STDIN_ARGUMENT).length > 1) throw new UsageError('standard input (-) can be given only once');
  return options;
}

/** Reads a file as VS Code would hold it: UTF-8 decoded, BOM dropped. Throws a readable Error. */
export function readArticle(file: string, maxBytes: number): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new Error('is a directory (pass the article files inside it)');
    if (!stat.isFile()) throw new Error('is not a regular file');
    size = stat.size;
  } catch (error) {
    throw new Error(describeFsError(error));
  }
  if (size > maxBytes) throw new Error(tooLarge(size, maxBytes));
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(describeFsError(error));
  }
  return decodeArticle(bytes);
}

/** The message for input over the limit; `size` is null when reading stopped at the limit. */
function tooLarge(size: number | null, maxBytes: number): string {
  const limit = `the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (raise it with --max-size)`;
  return size === null ? `is larger than ${limit}` : `is ${(size / 1024 / 1024).toFixed(1)} MB, above ${limit}`;
}

/** An article's bytes as text, with the checks a file gets: not binary, valid UTF-8, no BOM. */
function decodeArticle(bytes: Uint8Array): string {
  // NUL bytes in the first 8 KB: an image, archive or other binary, not an article.
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('is a binary file, not a text article');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8 text (convert it to UTF-8 first)');
  }
}

/** The name an input is reported under: its path, or standard input's --stdin-name. */
function inputName(argument: string, options: Options): { file: string; fromStdin: boolean } {
  const fromStdin = argument === STDIN_ARGUMENT;
  // Standard input is reported under its --stdin-name, and read by that name's extension.
  return { file: fromStdin ? options.stdinName : argument, fromStdin };
}

function readInput(file: string, fromStdin: boolean, io: CliIo, maxBytes: number): string {
  return fromStdin ? readStandardInput(io, maxBytes) : readArticle(file, maxBytes);
}

/** claimline timeline: one article's export on stdout; exit 2 when it or its notes cannot be read. */
function runTimeline(options: Options, io: CliIo): number {
  const { file, fromStdin } = inputName(options.files[0], options);
  try {
    const text = readInput(file, fromStdin, io, options.maxBytes);
    const exported = timelineExport({
      file,
      text,
      fromStdin,
      format: (options.format ?? 'markdown') as ExportFormat,
      published: options.published,
      today: options.today,
      notesFile: options.notesFile,
      maxNotesBytes: options.maxNotesBytes,
      reviewUrl: options.reviewUrl,
      articleUrl: options.articleUrl,
    });
    io.stdout(exported.endsWith('\n') ? exported.slice(0, -1) : exported);
    return 0;
  } catch (error) {
    io.stderr(`claimline: ${file}: ${(error as Error).message}`);
    return 2;
  }
}

function readStandardInput(io: CliIo, maxBytes: number): string {
  if (!io.readStdin) throw new Error('standard input cannot be read here');
  let bytes: Buffer;
  try {
    bytes = io.readStdin(maxBytes);
  } catch (error) {
    throw new Error(describeFsError(error));
  }
  // The reader stops soon after the limit: how much more there was is not known.
  if (bytes.length > maxBytes) throw new Error(tooLarge(null, maxBytes));
  return decodeArticle(bytes);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory (pass the article files inside it)';
  return error instanceof Error ? error.message : String(error);
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

function formatTextFinding(file: string, finding: Finding): string {
  return `${file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule}: ${finding.message}`;
}

function writeJsonRecord(io: CliIo, file: string, analysis: Analysis): void {
  const pieces = jsonRecordPieces(file, analysis);
  if (!io.stdoutPiece) {
    io.stdout([...pieces].join(''));
    return;
  }
  for (const piece of pieces) io.stdoutPiece(piece);
  io.stdoutPiece('\n');
}

export function runCli(args: string[], io: CliIo, version = '0.0.0'): number {
  let options: Options | 'help' | 'version';
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`claimline: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (options === 'version') {
    io.stdout(version);
    return 0;
  }
  if (options.command === 'timeline') return runTimeline(options, io);
  const format = options.format ?? 'text';
  let failedFiles = 0;
  let warned = false;
  const counts = new Map<Severity, number>();
  let checked = 0;
  for (const argument of options.files) {
    const { file, fromStdin } = inputName(argument, options);
    let text: string;
    try {
      text = readInput(file, fromStdin, io, options.maxBytes);
    } catch (error) {
      failedFiles++;
      io.stderr(`claimline: ${file}: ${(error as Error).message}`);
      if (format === 'json') io.stdout(JSON.stringify({ file, error: (error as Error).message }));
      continue;
    }
    checked++;
    let analysis: Analysis;
    try {
      analysis = analyze(text, { published: options.published, today: options.today, format: formatFor(file) });
    } catch (error) {
      // The analyzer is fuzzed never to throw; if it does, report it as this file's failure only.
      failedFiles++;
      io.stderr(`claimline: ${file}: internal error while analyzing: ${(error as Error).stack ?? error}`);
      continue;
    }
    for (const finding of analysis.findings) {
      counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
      if (finding.severity === 'error' || finding.severity === 'warning') warned = true;
    }
    if (format === 'json') writeJsonRecord(io, file, analysis);
    else for (const finding of analysis.findings) io.stdout(formatTextFinding(file, finding));
  }
  if (format === 'text') {
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const breakdown = SEVERITY_ORDER.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s}`).join(', ');
    const failures = failedFiles > 0 ? `; ${failedFiles} file${failedFiles === 1 ? '' : 's'} could not be read` : '';
    io.stdout(`${checked} file${checked === 1 ? '' : 's'} checked: ${total} finding${total === 1 ? '' : 's'}${breakdown ? ` (${breakdown})` : ''}${failures}`);
  }
  if (failedFiles > 0) return 2;
  return warned ? 1 : 0;
}
