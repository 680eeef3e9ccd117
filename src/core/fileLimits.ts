// What Claimline says when it refuses to read a file someone else may have planted (a notes sidecar
// that is a device, a pipe, a folder, or too large). One wording for the CLI, the extension's disk
// reader and its vscode.workspace.fs reader; the caller puts the path in front ("<path> is …").

/** The kinds of file that are not read: only regular files are. */
export type RefusedKind = 'folder' | 'device' | 'pipe' | 'other';

export function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} MB`;
}

/** "not a regular file (a device): only regular files are read" and the like, without "is". */
export function notRegularFile(kind: RefusedKind): string {
  if (kind === 'folder') return 'a folder, not a file';
  const what = kind === 'device' ? 'a device' : kind === 'pipe' ? 'a named pipe (FIFO)' : 'a socket or other special file';
  return `not a regular file (${what}): only regular files are read`;
}

/**
 * Over the size limit. `size` is undefined when reading stopped at the limit (the file grew, or
 * its size was not known); `raise` says how to raise the limit.
 */
export function overLimit(size: number | undefined, maxBytes: number, raise: string): string {
  return size === undefined ? `larger than the ${megabytes(maxBytes)} limit (${raise})` : `${megabytes(size)}, above the ${megabytes(maxBytes)} limit (${raise})`;
}

/** Why a file was not read, as data, for views that word it in another language (the extension). */
export type Refusal = { kind: RefusedKind } | { kind: 'too-large'; size: number | undefined; maxBytes: number };

/**
 * The file was not read, for the reason the message gives in English ("not a regular file…"; callers
 * add "<path> is"); `refusal` gives the same reason as data.
 */
export class RefusedFileError extends Error {
  constructor(readonly refusal: Refusal, raise = '') {
    super(refusal.kind === 'too-large' ? overLimit(refusal.size, refusal.maxBytes, raise) : notRegularFile(refusal.kind));
  }
}
