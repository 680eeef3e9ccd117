// `claimline check`: configuration first (a broken one stops the run before anything is checked),
// then the articles named, found in folders or matched by patterns, checked on all cores and
// written in input order as text, JSON Lines or SARIF. A bad file never stops the others: it is
// reported and the exit status is 2 at the end.
import { format as formatDate } from 'date-fns';
import { messages, type Locale } from '../core/messages/catalog';
import { DEFAULT_MAX_MEGABYTES, resolvedLocale, STDIN_ARGUMENT, type Options } from './args';
import type { CheckResult, CheckSettings, CheckTask, OutputFormat } from './checkArticle';
import { SEVERITY_INDEX } from './checkArticle';
import { ConfigFileError, ConfigFinder, type FoundConfig } from './config';
import { readStandardInput } from './input';
import { jsonlTasks } from './jsonl';
import { checkInOrder, type WorkerScript } from './pool';
import { artifactLocation, sarifHead, sarifTail, type SarifNotification } from './sarif';
import { summaryLine, wantsColor } from './text';
import { ArticleWalker, type ArticleFile } from './walk';
import type { CliIo } from './run';

const MB = 1024 * 1024;

/** The settings an article is checked with: its configuration, overridden by the command line. */
export function settingsFor(found: FoundConfig, options: Options, output: OutputFormat, color: boolean, locale?: Locale): CheckSettings {
  const { config } = found;
  return {
    output,
    published: options.published,
    // The run's date, read once: left to analyze(), each article read the clock and formatted it.
    today: options.today ?? config.today ?? formatDate(new Date(), 'yyyy-MM-dd'),
    rules: { ...config.rules, ...options.rules },
    maxBytes: options.maxBytes ?? (config.maxFileSize !== undefined ? config.maxFileSize * MB : DEFAULT_MAX_MEGABYTES * MB),
    minSeverity: options.minSeverity,
    quiet: options.quiet,
    color,
    messages: options.messages,
    locale,
  };
}

export async function runCheck(options: Options, io: CliIo & Required<Pick<CliIo, 'stdoutPiece'>>, version: string, worker?: WorkerScript): Promise<number> {
  const output = (options.format ?? (options.inputJsonl ? 'json' : 'text')) as OutputFormat;
  const color = output === 'text' && wantsColor(options.color, io.env ?? {}, io.isTerminal ?? false);
  const locale = resolvedLocale(options, io.env);
  const cwd = process.cwd();
  const failures: SarifNotification[] = [];
  const fail = (file: string, message: string) => {
    failures.push({ file, message });
    io.stderr(`claimline: ${file}: ${message}`);
  };

  // Every configuration is found and parsed before the first article is checked.
  let tasks: AsyncIterable<Omit<CheckTask, 'index'>> | Array<Omit<CheckTask, 'index'>>;
  let files: ArticleFile[] = [];
  try {
    const finder = new ConfigFinder({ file: options.configFile, disabled: options.noConfig });
    const settingsOf = new Map<FoundConfig, CheckSettings>();
    const settings = (found: FoundConfig) => {
      let known = settingsOf.get(found);
      if (!known) settingsOf.set(found, (known = settingsFor(found, options, output, color, locale)));
      return known;
    };
    if (options.inputJsonl) {
      if (!io.stdinLines) throw new Error('standard input cannot be read here');
      tasks = jsonlTasks(io.stdinLines(), settings(finder.forFile(null)));
    } else {
      files = new ArticleWalker((folder) => finder.forFolder(folder), { fail, notice: (file, message) => io.stderr(`claimline: ${file}: ${message}`) }).collect(options.files);
      tasks = files.map((file) => articleTask(file, settings(finder.forFile(file.path === STDIN_ARGUMENT ? null : file.path)), options, io, cwd));
    }
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error;
    io.stderr(`claimline: configuration ${error.message}`);
    return 2;
  }

  const counts = [0, 0, 0, 0];
  let checked = 0;
  let failed = failures.length;
  if (output === 'sarif') io.stdoutPiece(sarifHead(version, cwd, options.helpUri));
  let firstSarif = true;
  const write = (result: CheckResult) => {
    const file = options.inputJsonl ? undefined : files[result.index];
    if (result.error !== undefined) {
      // A file a folder walk listed and that is gone when read is no longer part of the set.
      if (file?.walked && result.error === 'no such file') {
        io.stderr(`claimline: ${file.path}: vanished before it was read, skipped`);
        return;
      }
      failed++;
      const name = file ? reportedName(file, options) : `line ${result.index + 1}`;
      failures.push({ file: name, message: result.error });
      io.stderr(`claimline: ${name}: ${result.error}`);
    } else checked++;
    result.counts.forEach((n, i) => (counts[i] += n));
    for (const piece of result.output) {
      if (output === 'sarif' && piece.length > 0) {
        if (!firstSarif) io.stdoutPiece(',');
        firstSarif = false;
      }
      io.stdoutPiece(piece);
    }
  };
  await checkInOrder(tasks, { jobs: options.jobs, write, worker, early: io.earlyWorkers });

  if (output === 'sarif') io.stdoutPiece(`${sarifTail(failures, cwd)}\n`);
  if (output === 'text') io.stdout(summaryLine(checked, counts, failed, color, messages(locale)));
  if (failed > 0) return 2;
  // The exit status follows what is shown (--rule, --min-severity, disable comments).
  return counts[SEVERITY_INDEX.error] + counts[SEVERITY_INDEX.warning] > 0 ? 1 : 0;
}

function reportedName(file: ArticleFile, options: Options): string {
  return file.path === STDIN_ARGUMENT ? options.stdinName : file.path;
}

function articleTask(file: ArticleFile, settings: CheckSettings, options: Options, io: CliIo, cwd: string): Omit<CheckTask, 'index'> {
  const name = reportedName(file, options);
  // Only SARIF names the artifact by URI (a path to URL conversion per file, for nothing otherwise).
  const task: Omit<CheckTask, 'index'> = { name, path: file.path, settings, location: settings.output === 'sarif' ? artifactLocation(name, cwd) : undefined };
  if (file.path !== STDIN_ARGUMENT) return task;
  try {
    return { ...task, path: undefined, text: readStandardInput(io, settings.maxBytes) };
  } catch (error) {
    return { ...task, path: undefined, error: (error as Error).message };
  }
}
