// Atomic replacement of a small file through any file-system API (vscode.workspace.fs in the
// extension, an in-memory fake in tests): write a temporary sibling, then rename it over the target.
// An interruption before the rename leaves the previous file intact; a failure cleans the temporary.

export interface AtomicFileSystem {
  writeFile(path: string, content: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  createDirectory(path: string): Promise<void>;
}

export async function writeFileAtomically(fs: AtomicFileSystem, target: string, content: Uint8Array, random: () => string): Promise<void> {
  const slash = target.lastIndexOf('/');
  if (slash > 0) await fs.createDirectory(target.slice(0, slash));
  // Same folder as the target: a rename across file systems would not be atomic.
  const temporary = `${target}.${random()}.tmp`;
  try {
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** A temporary left by an interrupted write is this old before it is removed: a younger one may still be in use by another window. */
export const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/**
 * Whether `name` (a file in the target's folder) is a temporary that writeFileAtomically left for
 * `targetName` when it was interrupted, and old enough that no write can still be using it.
 */
export function isStaleTemporary(name: string, targetName: string, modifiedMs: number, nowMs: number): boolean {
  if (!name.startsWith(`${targetName}.`) || !name.endsWith('.tmp')) return false;
  const random = name.slice(targetName.length + 1, -'.tmp'.length);
  return /^[a-z0-9]{1,16}$/.test(random) && nowMs - modifiedMs > STALE_TEMPORARY_MS;
}
