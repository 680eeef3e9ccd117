// The command line's arguments: usage text and parsing into Options. A wrong argument is a
// UsageError (exit 2 with the usage), raised before anything is read or checked.
import { availableParallelism } from 'node:os';
import { parseRules, ConfigError } from '../core/config';
import { LOCALES, localeFromEnvironment, type Locale } from '../core/messages/catalog';
import type { ExportFormat } from '../core/exports';
import { parseIsoDay } from '../core/publication';
import type { RuleLevel } from '../core/report';
import { openableUrl } from '../core/timeline';
import type { RuleId, Severity } from '../core/types';

/** The commands, with the usage `claimline COMMAND --help` prints (import's lives in import.ts). */
export const COMMANDS = ['check', 'timeline', 'import'] as const;
export type Command = (typeof COMMANDS)[number];

export const USAGE = `Usage: claimline check [options] FILE|DIR|GLOB...
       claimline check --input jsonl -
       claimline timeline [options] FILE
       claimline import [options] URL|FILE

Commands:
  check      flag dated claims, predictions and quoted statements in news articles, folders of
             articles, patterns, or a stream of articles (JSON Lines)
  timeline   one article's claim timeline with the notes of its sidecar, as the editor's Export
             Timeline… makes it (Markdown, CSV, JSON or ClaimReview)
  import     save a web page's article (an http(s) URL or a saved .html file) as Markdown with its
             provenance, as the editor's Import Article… does

Run claimline COMMAND --help (or claimline help COMMAND) for a command's options.

Options:
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 success (for check: no finding shown at warning or above), 1 (check only) a finding
shown at warning or above, 2 usage, configuration, file or page errors.`;

/** Options of check and timeline alike: configuration, dates, sizes, standard input. */
const SHARED_OPTIONS = `  --config FILE          use this configuration instead of the .claimline.json (or package.json
                         "claimline" key) found from each article's folder upwards
  --no-config            use no configuration file
  --published YYYY-MM-DD publication date to resolve relative dates against (overrides detection)
  --today YYYY-MM-DD     the date predictions are compared with (default: the configuration's
                         "today", or the current date)
  --max-size MB          skip files larger than this (default: the configuration's maxFileSize,
                         or 50)
  --stdin-name NAME      the name standard input is reported under, and whose extension
                         (.html, .md) says how to read it (default: <stdin>, plain text)
  -h, --help             show this help`;

export const CHECK_USAGE = `Usage: claimline check [options] FILE|DIR|GLOB...
       claimline check --input jsonl -

Flags dated claims, predictions and quoted statements in news articles. A DIR is searched for
articles (.txt .md .markdown .html .htm and the configuration's "extensions"); a GLOB
("news/**/*.md") is matched by claimline itself. A FILE of - reads one article from standard input.

Options:
  --format text|json|sarif
                         text (default), one line per finding, file:line:col: severity rule:
                         message; json, JSON Lines, one object per file; sarif, SARIF 2.1.0
  --rule NAME=LEVEL      a rule's severity (error, warning, information, hint) or off; repeatable
  --min-severity LEVEL   show only findings at LEVEL or above (hint, information, warning, error)
  --quiet                text: print only the summary
  --messages             json: each finding's message too (the lean record leaves it out)
  --help-uri URL         sarif: where your team publishes the rules' help (media/rules.md); each
                         rule links to URL#rule-<name>. Without it the log carries the help
                         itself and no link
  --locale es|en         the language of messages, labels and the summary (default: LC_ALL,
                         LC_MESSAGES or LANG; English otherwise). The finding lines' severity and
                         rule stay in English, as problem matchers read them
  --color, --no-color    colours in the text format (default: when writing to a terminal, unless
                         NO_COLOR is set; FORCE_COLOR forces them)
  --jobs N               articles analyzed at once, in worker threads (default: the number of cores)
  --input jsonl          read articles from standard input ("-"), one JSON object a line:
                         {"id", "text", "format"?, "published"?}; one result line per article,
                         in order
${SHARED_OPTIONS}

Exit status: 0 no finding shown at warning or above, 1 a finding shown at warning or above, 2 usage,
configuration or file errors (other files are still checked; a broken configuration stops the run
before anything is checked).`;

export const TIMELINE_USAGE = `Usage: claimline timeline [options] FILE

Prints one article's claim timeline with the notes of its sidecar (FILE.claims.json, or where the
configuration's notesLocation puts it), as the editor's Export Timeline… does. A FILE of - reads
the article from standard input (without notes, unless --notes names them).

Options:
  --format markdown|csv|json|claimreview
                         Markdown (default), CSV, the JSON model, or schema.org ClaimReview JSON-LD
                         of the claims with a verdict
  --notes FILE           the notes file to read instead of the article's sidecar
  --max-notes-size MB    notes files larger than this are refused (default 20); only regular files
                         are read as notes, never devices or pipes
  --review-url URL       the page publishing the fact-check (ClaimReview url)
  --article-url URL      where the article is published (ClaimReview appearance)
  --locale es|en         the language of the export's headings, labels and dates (default: LC_ALL,
                         LC_MESSAGES or LANG; English otherwise)
${SHARED_OPTIONS}

Exit status: 0 exported, 2 usage or configuration error, or the article or its notes could not be
read (nothing is exported).`;

/** The usage of check or timeline, printed with their usage errors and for --help. */
export function usageOf(command: 'check' | 'timeline'): string {
  return command === 'check' ? CHECK_USAGE : TIMELINE_USAGE;
}

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface Options {
  command: 'check' | 'timeline';
  /** check: text, json or sarif; timeline: an export format (markdown when not given). */
  format?: string;
  notesFile?: string;
  /** --max-notes-size, in bytes. */
  maxNotesBytes?: number;
  reviewUrl?: string;
  articleUrl?: string;
  /** --help-uri: where the rules' help is published; each rule's SARIF link is it + #rule-<id>. */
  helpUri?: string;
  published?: string;
  today?: string;
  /** --max-size in bytes, when given. */
  maxBytes?: number;
  files: string[];
  stdinName: string;
  configFile?: string;
  noConfig: boolean;
  rules: Partial<Record<RuleId, RuleLevel>>;
  minSeverity?: Severity;
  quiet: boolean;
  color?: boolean;
  jobs: number;
  inputJsonl: boolean;
  /** JSON: each finding's message too. */
  messages: boolean;
  /** --locale: the language of the messages; when absent, the environment's (resolvedLocale). */
  locale?: Locale;
}

const CHECK_FORMATS: CheckFormat[] = ['text', 'json', 'sarif'];
const TIMELINE_FORMATS: ExportFormat[] = ['markdown', 'csv', 'json', 'claimreview'];
const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];
/** The default --max-size: the CLI reads archives, so more than the editor's 2 MB. */
export const DEFAULT_MAX_MEGABYTES = 50;

/** The FILE argument that stands for standard input, as in most Unix tools. */
export const STDIN_ARGUMENT = '-';

export class UsageError extends Error {}

export function parseArguments(args: string[]): Options | 'help' | 'version' {
  const options: Options = {
    command: 'check',
    files: [],
    stdinName: '<stdin>',
    noConfig: false,
    rules: {},
    quiet: false,
    jobs: availableParallelism(),
    inputJsonl: false,
    messages: false,
  };
  const rest = [...args];
  const command = rest.shift();
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  // import has its own parser (import.ts); runCli sends it there before this is reached.
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
    if (onlyFiles || !arg.startsWith('-') || arg === STDIN_ARGUMENT) {
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
        const formats: string[] = options.command === 'check' ? CHECK_FORMATS : TIMELINE_FORMATS;
        if (!formats.includes(format)) throw new UsageError(`--format of claimline ${options.command} must be one of ${formats.map((f) => `"${f}"`).join(', ')}, not "${format}"`);
        options.format = format;
        break;
      }
      case '--notes':
        only(arg, 'timeline');
        options.notesFile = value(arg);
        break;
      case '--review-url':
      case '--article-url':
      case '--help-uri': {
        only(arg, arg === '--help-uri' ? 'check' : 'timeline');
        const raw = value(arg);
        const url = openableUrl(raw);
        if (!url) throw new UsageError(`${arg} must be an http(s) address, not "${raw}"`);
        if (arg === '--review-url') options.reviewUrl = url;
        else if (arg === '--article-url') options.articleUrl = url;
        else options.helpUri = url.replace(/#.*$/, '');
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
      case '--config':
        options.configFile = value(arg);
        break;
      case '--no-config':
        options.noConfig = true;
        break;
      case '--rule': {
        only(arg, 'check');
        const raw = value(arg);
        const [name, level, extra] = raw.split('=');
        if (!name || level === undefined || extra !== undefined) throw new UsageError(`--rule takes NAME=LEVEL (e.g. quote=off), not "${raw}"`);
        try {
          Object.assign(options.rules, parseRules({ [name]: level }, '--rule'));
        } catch (error) {
          if (error instanceof ConfigError) throw new UsageError(error.message.replace(' in "--rule"', ''));
          throw error;
        }
        break;
      }
      case '--min-severity': {
        only(arg, 'check');
        const raw = value(arg);
        if (!(SEVERITIES as string[]).includes(raw)) throw new UsageError(`--min-severity must be one of hint, information, warning, error, not "${raw}"`);
        options.minSeverity = raw as Severity;
        break;
      }
      case '--messages':
        only(arg, 'check');
        options.messages = true;
        break;
      case '--quiet':
        only(arg, 'check');
        options.quiet = true;
        break;
      case '--locale': {
        const raw = value(arg);
        if (!(LOCALES as readonly string[]).includes(raw)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, not "${raw}"`);
        options.locale = raw as Locale;
        break;
      }
      case '--color':
      case '--no-color':
        only(arg, 'check');
        options.color = arg === '--color';
        break;
      case '--jobs': {
        only(arg, 'check');
        const raw = value(arg);
        const jobs = Number(raw);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${raw}"`);
        options.jobs = jobs;
        break;
      }
      case '--input': {
        only(arg, 'check');
        const raw = value(arg);
        if (raw !== 'jsonl') throw new UsageError(`--input must be "jsonl", not "${raw}"`);
        options.inputJsonl = true;
        break;
      }
      case '-h':
      case '--help':
        return 'help';
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  checkCombinations(options);
  return options;
}

function checkCombinations(options: Options): void {
  if (options.files.length === 0) throw new UsageError('no files given');
  if (options.configFile !== undefined && options.noConfig) throw new UsageError('--config and --no-config cannot be given together');
  // One export is one document (a CSV header, a JSON value): one article per run.
  if (options.command === 'timeline' && options.files.length > 1) throw new UsageError('claimline timeline takes one article (run it once per file)');
  // Standard input can be read once: a second "-" would silently be an empty article.
  if (options.files.filter((file) => file === STDIN_ARGUMENT).length > 1) throw new UsageError('standard input (-) can be given only once');
  if (options.inputJsonl) {
    if (options.files.length !== 1 || options.files[0] !== STDIN_ARGUMENT) throw new UsageError('--input jsonl reads standard input: give - as the only FILE');
    if (options.format === 'sarif') throw new UsageError('--input jsonl writes JSON Lines (or text), not SARIF');
  }
  if (options.quiet && options.format !== undefined && options.format !== 'text') throw new UsageError('--quiet is for the text format (the summary line)');
}

/** The language of the output: --locale, else the environment's (LC_ALL, LC_MESSAGES, LANG). */
export function resolvedLocale(options: Pick<Options, 'locale'>, env: Readonly<Record<string, string | undefined>> | undefined): Locale {
  return options.locale ?? localeFromEnvironment(env ?? {});
}
