// Entry point of dist/cli.js. Exit codes are set, not forced, so piped output is flushed first.
import { readSync } from 'node:fs';
import { version } from '../../package.json';
import { runImport } from './import';
import { runCli, type CliIo } from './run';

// Output lines are written in blocks rather than one write per line: a dense file has 900,000
// findings, and every write to a file or a pipe is a system call (it took seconds). Standard error
// empties the block first, so messages keep their order in a terminal showing both.
const BLOCK = 1 << 16;
let pending: string[] = [];
let pendingLength = 0;

function flush(): void {
  if (pending.length === 0) return;
  process.stdout.write(pending.join(''));
  pending = [];
  pendingLength = 0;
}

/** Standard input to its end, stopping one chunk past maxBytes rather than holding a huge pipe. */
function readStdin(maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  while (total <= maxBytes) {
    let read: number;
    try {
      read = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking standard input (some CI runners, some shells) has no data yet: wait, retry.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break; // Windows: the writer closed the pipe
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

const io: CliIo = {
  stdout: (line) => {
    pending.push(line, '\n');
    pendingLength += line.length + 1;
    if (pendingLength >= BLOCK) flush();
  },
  stdoutPiece: (piece) => {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength >= BLOCK) flush();
  },
  stderr: (line) => {
    flush();
    process.stderr.write(`${line}\n`);
  },
  readStdin,
};

const args = process.argv.slice(2);
if (args[0] === 'import') {
  // The only command that waits on the network.
  void runImport(args.slice(1), io).then((code) => {
    flush();
    process.exitCode = code;
  });
} else {
  process.exitCode = runCli(args, io, version);
  flush();
}
