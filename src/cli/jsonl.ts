// --input jsonl: articles arrive on standard input one JSON object a line,
// {"id", "text", "format"?, "published"?}, as a batch engine's pipe operator sends them (Spark's
// RDD.pipe, Dask's map_partitions with a subprocess). Each line gives one result line, in order,
// carrying its id; a line that is not such an object gives an error line and the stream goes on.
import { parseIsoDay } from '../core/publication';
import type { DocumentFormat } from '../core/types';
import type { CheckSettings, CheckTask } from './checkArticle';

const FORMATS: DocumentFormat[] = ['plaintext', 'markdown', 'html'];

/** A line longer than the size limit arrives as this marker instead of its text. */
export const TOO_LONG = null;

export async function* jsonlTasks(lines: AsyncIterable<string | typeof TOO_LONG>, settings: CheckSettings): AsyncGenerator<Omit<CheckTask, 'index'>> {
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line !== TOO_LONG && line.trim() === '') continue;
    const name = `line ${number}`;
    if (line === TOO_LONG) {
      yield { name, id: null, settings, error: `line ${number} is longer than the size limit (raise it with --max-size)` };
      continue;
    }
    const parsed = parseLine(line);
    if (typeof parsed === 'string') yield { name, id: idOf(line), settings, error: `line ${number}: ${parsed}` };
    else {
      const lineSettings = parsed.published ? { ...settings, published: parsed.published } : settings;
      yield { name: String(parsed.id), id: parsed.id, text: parsed.text, format: parsed.format ?? 'plaintext', settings: lineSettings };
    }
  }
}

interface JsonlArticle {
  id: string | number;
  text: string;
  format?: DocumentFormat;
  published?: string;
}

/** The article of a line, or what is wrong with it. */
function parseLine(line: string): JsonlArticle | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' && typeof record.id !== 'number') return '"id" must be a string or a number';
  if (typeof record.text !== 'string') return '"text" must be a string';
  if (record.format !== undefined && !(FORMATS as unknown[]).includes(record.format)) return `"format" must be one of ${FORMATS.join(', ')}`;
  let published: string | undefined;
  if (record.published !== undefined && record.published !== null) {
    const day = typeof record.published === 'string' ? parseIsoDay(record.published) : null;
    if (!day || day.length !== 10) return '"published" must be a date YYYY-MM-DD';
    published = day;
  }
  return { id: record.id, text: record.text, format: record.format as DocumentFormat | undefined, published };
}

/** The id of a line that is otherwise wrong, when it has one, so the error line can say whose it is. */
function idOf(line: string): unknown {
  try {
    const value = JSON.parse(line) as Record<string, unknown>;
    return typeof value?.id === 'string' || typeof value?.id === 'number' ? value.id : null;
  } catch {
    return null;
  }
}
