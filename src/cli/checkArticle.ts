// One article checked and formatted: what a worker thread does for each task (and the main thread
// with --jobs 1). The result is the output text, ready to write, and the counts of what is shown,
// so the main thread only puts results in order.
import { analyze, formatFor } from '../core/analyze';
import type { DocumentFormat } from '../core/types';
import { parseSuppressions } from '../core/suppressions';
import { selectFindings, type RuleLevel } from '../core/report';
import { LineIndex } from '../core/text';
import type { Analysis, RuleId, Severity } from '../core/types';
import { readArticle, tooLarge } from './input';
import { chunked, jsonRecordPieces, type JsonHead } from './json';
import { sarifResults } from './sarif';
import { textLines } from './text';
import { noteAnalyzed } from './v8Flags';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckSettings {
  output: OutputFormat;
  published?: string;
  today?: string;
  rules: Partial<Record<RuleId, RuleLevel>>;
  maxBytes: number;
  minSeverity?: Severity;
  quiet: boolean;
  color: boolean;
  /** JSON: add each finding's message. */
  messages: boolean;
  /** The language of the messages (the message catalog's); English when absent. */
  locale?: string;
}

export interface CheckTask {
  /** Position in the output. */
  index: number;
  /** The name the article is reported under. */
  name: string;
  /** Read from this file (by the worker), or `text` is given (standard input, JSON Lines). */
  path?: string;
  text?: string;
  /** Overrides the format the name's extension gives (JSON Lines' "format"). */
  format?: DocumentFormat;
  /** JSON Lines' "id": the record carries it instead of "file". */
  id?: unknown;
  /** Known before checking: the input could not be read (standard input) or parsed (a JSON Lines line). */
  error?: string;
  /** SARIF: the artifact's location, relative to the folder the run started in. */
  location?: { uri: string; uriBaseId?: string };
  settings: CheckSettings;
}

/** Counts of the findings shown, by severity: error, warning, information, hint. */
export type Counts = [number, number, number, number];
export const SEVERITY_INDEX: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface CheckResult {
  index: number;
  /** Text to write to standard output, in pieces (a dense article's JSON is too long for one string). */
  output: string[];
  counts: Counts;
  /** Why the article could not be checked. */
  error?: string;
}

export function checkArticle(task: CheckTask): CheckResult {
  const { settings } = task;
  if (task.error !== undefined) return failure(task, task.error);
  let text: string;
  try {
    text = task.text !== undefined ? task.text : readArticle(task.path ?? task.name, settings.maxBytes);
    // Text given whole (a JSON Lines article) is held to the limit too, counted in UTF-16 units.
    if (task.text !== undefined && task.text.length > settings.maxBytes) throw new Error(tooLarge(null, settings.maxBytes));
  } catch (error) {
    return failure(task, (error as Error).message);
  }
  const format = task.format ?? formatFor(task.name);
  noteAnalyzed(text.length);
  let analysis: Analysis;
  try {
    // JSON records carry no message unless --messages asks: none is worded.
    const wordMessages = settings.output !== 'json' || settings.messages;
    // No format prints a finding's line and column from the analysis: text and SARIF count lines
    // with their own index below, JSON gives offsets.
    analysis = analyze(text, { published: settings.published, today: settings.today, format, locale: settings.locale, messages: wordMessages, positions: false });
  } catch (error) {
    // The analyzer is fuzzed never to throw; if it does, only this article fails.
    return failure(task, `internal error while analyzing: ${(error as Error).stack ?? error}`);
  }
  // Lines are only needed for disable comments, text and SARIF: not for most JSON records.
  let lineIndex: LineIndex | undefined;
  const lines = () => (lineIndex ??= new LineIndex(text));
  const suppressions = parseSuppressions(text, format);
  // As the editor shows them: severities of the configuration, disable comments, then --min-severity.
  const { shown } = selectFindings(analysis, {
    rules: settings.rules,
    suppressions: suppressions.count > 0 ? suppressions : undefined,
    lineOf: (offset) => lines().position(offset).line - 1,
  });
  const minimum = settings.minSeverity ? SEVERITY_INDEX[settings.minSeverity] : 3;
  const visible = minimum === 3 ? shown : shown.filter((item) => SEVERITY_INDEX[item.severity] <= minimum);
  const counts: Counts = [0, 0, 0, 0];
  for (const item of visible) counts[SEVERITY_INDEX[item.severity]]++;
  let output: string[];
  if (settings.output === 'json') {
    const head: JsonHead = task.id !== undefined ? { id: task.id } : { file: task.name };
    output = chunked(jsonRecordPieces(head, analysis, visible, settings));
    output.push('\n');
  } else if (settings.output === 'sarif') output = [sarifResults(task.location ?? { uri: task.name }, visible, lines())];
  else output = settings.quiet ? [] : [textLines(task.name, visible, lines(), settings.color)];
  return { index: task.index, output, counts };
}

/** An article that could not be read or analyzed: an error record in JSON, nothing in text or SARIF. */
export function failure(task: Pick<CheckTask, 'index' | 'name' | 'id' | 'settings'>, message: string): CheckResult {
  const head = task.id !== undefined ? { id: task.id } : { file: task.name };
  const output = task.settings.output === 'json' ? [`${JSON.stringify({ ...head, error: message })}\n`] : [];
  return { index: task.index, output, counts: [0, 0, 0, 0], error: message };
}
