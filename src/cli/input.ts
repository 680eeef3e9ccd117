// Reading an article as VS Code would hold it (UTF-8 decoded, BOM dropped), with the checks every
// input gets: a regular file, under the size limit, not binary, valid UTF-8. Errors are readable
// messages for the report ("no such file", "is a binary file, not a text article").
import { readFileSync, statSync } from 'node:fs';

/** Reads a file as VS Code would hold it: UTF-8 decoded, BOM dropped. Throws a readable Error. */
export function readArticle(file: string, maxBytes: number): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new Error('is a directory');
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
  // The file may have grown between the two calls.
  if (bytes.length > maxBytes) throw new Error(tooLarge(bytes.length, maxBytes));
  return decodeArticle(bytes);
}

/** The message for input over the limit; `size` is null when reading stopped at the limit. */
export function tooLarge(size: number | null, maxBytes: number): string {
  const megabytes = maxBytes / 1024 / 1024;
  const limit = `the ${megabytes >= 1 ? megabytes.toFixed(0) : megabytes.toPrecision(2)} MB limit (raise it with --max-size or maxFileSize)`;
  return size === null ? `is larger than ${limit}` : `is ${(size / 1024 / 1024).toFixed(1)} MB, above ${limit}`;
}

// One decoder for every article (a whole decode() call keeps no state between calls): making one
// per file showed in profiles of a folder of small articles.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** An article's bytes as text, with the checks a file gets: not binary, valid UTF-8, no BOM. */
export function decodeArticle(bytes: Uint8Array): string {
  // NUL bytes in the first 8 KB: an image, archive or other binary, not an article.
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('is a binary file, not a text article');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8 text (convert it to UTF-8 first)');
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}

/** Standard input (the FILE "-"), through the reader main.ts provides, with the checks a file gets. */
export function readStandardInput(io: { readStdin?: (maxBytes: number) => Buffer }, maxBytes: number): string {
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
