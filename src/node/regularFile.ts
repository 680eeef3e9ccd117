// Reading files someone else may have planted (notes sidecars, --notes): only regular files, and never
// more than a byte limit. A sidecar that is a symlink to /dev/zero used to fill memory until the
// process died, and a FIFO blocked the read forever. The file is opened without blocking (a FIFO
// with no writer opens at once), the opened descriptor is checked (so a symlink counts for what it
// points to, and nothing can be swapped between the check and the read), and reading stops one byte
// past the limit whatever the size said. Shared by the CLI and the extension (files on disk).
import { RefusedFileError, type Refusal } from '../core/fileLimits';
import { constants, closeSync, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';

// Defined in core (the extension's browser build refuses this Node module); re-exported for callers here.
export { RefusedFileError };

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer. Absent on Windows (no FIFOs
// there to open this way).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1024 * 1024;

/** Why a file with these stats is not read, or undefined when it may be. */
function refusal(stats: Stats, maxBytes: number): Refusal | undefined {
  if (stats.isDirectory()) return { kind: 'folder' };
  if (!stats.isFile()) return { kind: stats.isFIFO() ? 'pipe' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'device' : 'other' };
  if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size, maxBytes };
  return undefined;
}

/**
 * The chunked read both readers share: yields a buffer to fill and is sent how many bytes went in;
 * returns the bytes at the end of the file, or throws once more than maxBytes came (the file grew
 * after fstat, or its size lied).
 */
function* chunkedRead(maxBytes: number, raise: string): Generator<Buffer, Uint8Array, number> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const read = yield chunk;
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new RefusedFileError({ kind: 'too-large', size: undefined, maxBytes }, raise);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. Throws RefusedFileError for anything else
 * (folder, device, FIFO, socket, too large), and the file system's own error (ENOENT…) otherwise.
 * `raise` says how to raise the limit ("raise claimline.maxNotesFileSize").
 */
export function readRegularFileSync(path: string, maxBytes: number, raise: string): Uint8Array {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const problem = refusal(fstatSync(fd), maxBytes);
    if (problem) throw new RefusedFileError(problem, raise);
    const reader = chunkedRead(maxBytes, raise);
    let step = reader.next();
    while (!step.done) step = reader.next(readSync(fd, step.value, 0, step.value.length, null));
    return step.value;
  } finally {
    closeSync(fd);
  }
}

/** readRegularFileSync without blocking the thread (the extension host). */
export async function readRegularFile(path: string, maxBytes: number, raise: string): Promise<Uint8Array> {
  const handle = await fs.open(path, OPEN_FLAGS);
  try {
    const problem = refusal(await handle.stat(), maxBytes);
    if (problem) throw new RefusedFileError(problem, raise);
    const reader = chunkedRead(maxBytes, raise);
    let step = reader.next();
    while (!step.done) step = reader.next((await handle.read(step.value, 0, step.value.length, null)).bytesRead);
    return step.value;
  } finally {
    await handle.close();
  }
}
