// Child process for the real-file-system test in atomicWrite.test.ts: replaces a sidecar with a
// large notes payload through writeFileAtomically and node:fs/promises, the way the extension does
// through vscode.workspace.fs. The parent kills it with SIGKILL while the temporary file is being
// written.
//
// Usage: node --import tsx atomicWriteChild.ts <sidecar path> <note count> <pause after bytes>
//
// After <pause after bytes> of the temporary file are on disk the write stops until a line arrives
// on stdin. A real disk would not wait, but without the pause the kill would race the write (a fast
// disk finishes 1 MB before the parent notices the file), and the test would be flaky instead of
// proving anything. The parent either kills the child during the pause or lets it finish.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { writeFileAtomically, type AtomicFileSystem } from '../../src/core/atomicWrite';
import { serializeNotesFile, type ClaimNote } from '../../src/core/notes';

const CHUNK_BYTES = 64 * 1024;

/** A sidecar with `count` notes (about 600 bytes each), as the extension would serialize it. */
export function largeNotesPayload(count: number): string {
  const notes: ClaimNote[] = [];
  for (let n = 0; n < count; n++) {
    notes.push({
      id: `note-${n}`,
      anchor: {
        kind: 'claim',
        text: `In ${1900 + (n % 120)}, the harbour authority approved extension number ${n} of the northern quay.`,
        before: 'the town council said on Monday. ',
        after: ' Work was expected to start soon.',
      },
      status: n % 3 === 0 ? 'verified' : 'disputed',
      text: `Checked against the council minutes for meeting ${n}; the vote count matches the article.`,
      sources: [`https://example.org/minutes/${n}`],
      checked: '2026-11-20',
      updated: '2026-11-20T10:00:00.000Z',
    });
  }
  return serializeNotesFile(notes, 'harbour.txt');
}

function waitForLine(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.once('data', () => resolve());
  });
}

function nodeFileSystem(pauseAfterBytes: number): AtomicFileSystem {
  return {
    // Written in chunks through one file handle, as a large write reaches the disk.
    async writeFile(path, content) {
      const handle = await open(path, 'w');
      try {
        let paused = false;
        for (let offset = 0; offset < content.length; offset += CHUNK_BYTES) {
          await handle.write(content, offset, Math.min(CHUNK_BYTES, content.length - offset));
          if (!paused && offset + CHUNK_BYTES >= pauseAfterBytes) {
            paused = true;
            await waitForLine();
          }
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => rename(from, to),
    delete: (path) => rm(path, { force: true }),
    createDirectory: async (path) => {
      await mkdir(path, { recursive: true });
    },
  };
}

async function main(): Promise<void> {
  const [target, count, pauseAfter] = process.argv.slice(2);
  const payload = new TextEncoder().encode(largeNotesPayload(Number(count)));
  await writeFileAtomically(nodeFileSystem(Number(pauseAfter)), target, payload, () => 'child');
  process.stdin.destroy();
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
