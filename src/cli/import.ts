// `claimline import URL|FILE`: a web page (fetched, or saved as .html) as a clean Markdown article
// with its provenance. Nothing is written when anything goes wrong, and an existing file is never
// replaced without --force.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../net/loadPage';
import { importPage, PageError, snapshotPath, type PageImport } from '../net/importPage';
import type { CliIo } from './run';

export const IMPORT_USAGE = `Usage: claimline import [options] URL|FILE

Imports a web page (an http(s) URL, or a saved .html FILE) as a Markdown article: the article
without the page's menus and teasers, with front matter giving its title, byline, site, address,
publication date (and where it came from), when it was retrieved and the sha256 of the original
HTML, which is saved beside the article as .claimline/sources/<name>.html.

Options:
  -o, --output OUT       where to write (default: <slug of the title>.md in the current folder for
                         markdown, standard output for text and json; - is standard output)
  --format markdown|text|json
                         markdown (default): the article file; text: only the article text (what
                         is analyzed); json: the metadata and the text
  --force                replace OUT and its saved original if they exist
  --timeout SECONDS      give up on a page after this long (default ${DEFAULT_TIMEOUT_MS / 1000})
  --max-size MB          refuse pages larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  -h, --help             show this help

Exit status: 0 imported, 2 usage error or the page could not be imported (nothing is written).`;

type ImportFormat = 'markdown' | 'text' | 'json';
const FORMATS: ImportFormat[] = ['markdown', 'text', 'json'];
const STDOUT = '-';

interface ImportArguments {
  source: string;
  output?: string;
  format: ImportFormat;
  force: boolean;
  timeoutMs: number;
  maxBytes: number;
}

class UsageError extends Error {}

const IMPORT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  force: { type: 'boolean' },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Node's own argument parser, its errors shortened to the one line a usage message needs. */
function parseImportArguments(args: string[]): ImportArguments | 'help' {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof IMPORT_OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: IMPORT_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) throw new UsageError(`unknown option ${unknown[1]}`);
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const positive = (flag: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    const number = Number(raw);
    if (!Number.isFinite(number) || number <= 0) throw new UsageError(`${flag} must be a positive number, not "${raw}"`);
    return number;
  };
  const format = values.format ?? 'markdown';
  if (!FORMATS.includes(format as ImportFormat)) throw new UsageError(`--format of claimline import must be one of ${FORMATS.map((f) => `"${f}"`).join(', ')}, not "${format}"`);
  if (positionals.length === 0) throw new UsageError('no URL or FILE given');
  if (positionals.length > 1) throw new UsageError('claimline import takes one URL or FILE (run it once per page)');
  if (positionals[0] === STDOUT) throw new UsageError('claimline import reads a URL or a saved file, not standard input');
  return {
    source: positionals[0],
    output: values.output,
    format: format as ImportFormat,
    force: values.force ?? false,
    timeoutMs: positive('--timeout', values.timeout, DEFAULT_TIMEOUT_MS / 1000) * 1000,
    maxBytes: positive('--max-size', values['max-size'], DEFAULT_MAX_BYTES / 1024 / 1024) * 1024 * 1024,
  };
}

/** The output of the chosen format; the article composed with the snapshot's path relative to it. */
function render(imported: PageImport, format: ImportFormat, snapshotFile: string | undefined): string {
  const composed = imported.compose(snapshotFile);
  if (format === 'markdown') return composed.markdown;
  if (format === 'text') return composed.text;
  const { metadata } = composed;
  return `${JSON.stringify({
    source: imported.page.source,
    url: metadata.url ?? null,
    title: metadata.title ?? null,
    byline: metadata.byline ?? null,
    site: metadata.site ?? null,
    published: metadata.published ?? null,
    published_source: metadata.publishedSource ?? null,
    retrieved: metadata.retrieved,
    snapshot: `sha256:${metadata.sha256}`,
    snapshot_file: snapshotFile ?? null,
    encoding: imported.page.encoding.encoding,
    text: composed.text,
  }, null, 2)}\n`;
}

/** Writes `content` to `file`, refusing to replace an existing file unless `force`. */
function writeNew(file: string, content: string | Uint8Array, force: boolean): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { flag: force ? 'w' : 'wx' });
}

/** Whether the file holds exactly these bytes (an earlier import of the same page). */
function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    return Buffer.compare(readFileSync(file), bytes) === 0;
  } catch {
    return false;
  }
}

export async function runImport(args: string[], io: CliIo, now?: Date): Promise<number> {
  let options: ImportArguments | 'help';
  try {
    options = parseImportArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`claimline: ${error.message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  const refuse = (file: string) => {
    io.stderr(`claimline: ${file}: already exists (nothing imported; use --force to replace it)`);
    return 2;
  };
  const givenOutput = options.output;
  // Checked before the page is fetched too: no download for a file that will not be written.
  if (givenOutput !== undefined && givenOutput !== STDOUT && !options.force && existsSync(givenOutput)) return refuse(givenOutput);
  let imported: PageImport;
  try {
    imported = await importPage(options.source, { now, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
  } catch (error) {
    if (!(error instanceof PageError)) throw error;
    io.stderr(`claimline: ${error.message}`);
    return 2;
  }
  const output = givenOutput ?? (options.format === 'markdown' ? `${imported.slug}.md` : STDOUT);
  if (output === STDOUT) {
    const rendered = render(imported, options.format, undefined);
    io.stdout(rendered.endsWith('\n') ? rendered.slice(0, -1) : rendered);
    return 0;
  }
  // The original is saved beside the article, under the article's own name.
  const name = basename(output, extname(output)) || imported.slug;
  const snapshotFile = snapshotPath(name);
  const snapshot = join(dirname(output), snapshotFile);
  if (!options.force) {
    if (existsSync(output)) return refuse(output);
    if (existsSync(snapshot) && !sameBytes(snapshot, imported.page.bytes)) return refuse(snapshot);
  }
  try {
    if (options.force || !existsSync(snapshot)) writeNew(snapshot, imported.page.bytes, options.force);
    writeNew(output, render(imported, options.format, snapshotFile), options.force);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return refuse(output);
    io.stderr(`claimline: ${output}: cannot be written (${(error as Error).message})`);
    return 2;
  }
  const { title } = imported.article;
  const date = imported.date ? `published ${imported.date.value.slice(0, 10)} (${imported.date.description})` : 'no publication date found';
  io.stdout(`Imported ${title ? `"${title.replace(/\s+/g, ' ').trim()}"` : options.source}, ${date}, to ${output}; original saved as ${snapshot}`);
  return 0;
}
