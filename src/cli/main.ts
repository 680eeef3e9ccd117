// Entry point of dist/cli.js. Exit codes are set, not forced, so piped output is flushed first.
// The command line itself (run.ts and all it imports) is dist/cli-run.js, loaded after this file
// has started the worker threads a folder check will want (workerStart.ts): they start while it
// loads. Only what does not import the analyzer is imported here.
import { readSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { version } from '../../package.json';
import type * as RunModule from './run';
import type { CliIo } from './run';
import { tuneForShortRuns } from './v8Flags';
import { startEarlyWorkers, type EarlyWorkers } from './workerStart';

// Output lines are written in blocks rather than one write per line: a dense file has 900,000
// findings, and every write to a file or a pipe is a system call (it took seconds). Standard error
// empties the block first, so messages keep their order in a terminal showing both.
const BLOCK = 1 << 16;
let pending: string[] = [];
/** The longest JSON Lines line read (an article of 50 MB, as --max-size allows by default, escaped). */
const JSONL_LINE_LIMIT = 128 * 1024 * 1024;
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

/**
 * Standard input line by line as it arrives (for --input jsonl), read only as fast as lines are
 * taken, so a pipe of any size is never held whole. A line longer than maxBytes is skipped to its
 * end and given as null.
 */
async function* stdinLines(maxBytes: number): AsyncGenerator<string | null> {
  process.stdin.setEncoding('utf8');
  let rest = '';
  let skipping = false;
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', start)) {
      const line = rest + chunk.slice(start, newline);
      rest = '';
      start = newline + 1;
      if (skipping) {
        skipping = false;
        continue;
      }
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (skipping) continue;
    rest += chunk.slice(start);
    if (rest.length > maxBytes) {
      rest = '';
      skipping = true;
      yield null;
    }
  }
  if (rest && !skipping) yield rest;
}

if (isMainThread) {
  // The compiler flags are set before the analyzer runs and before any worker starts.
  tuneForShortRuns();
  // A reader that stops early (`claimline check … | head`) is not an error of the check.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const args = process.argv.slice(2);
  main(args, startEarlyWorkers(args));
}

function main(args: string[], earlyWorkers: EarlyWorkers | undefined): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the early workers started, synchronously
  const { runCli } = require('./run') as typeof RunModule;
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
    stdinLines: () => stdinLines(JSONL_LINE_LIMIT),
    env: process.env,
    isTerminal: process.stdout.isTTY === true,
    earlyWorkers,
  };
  runCli(args, io, version)
    .then(
      (code) => {
        flush();
        process.exitCode = code;
      },
      (error: unknown) => {
        flush();
        process.stderr.write(`claimline: internal error: ${(error as Error)?.stack ?? error}\n`);
        process.exitCode = 2;
      },
    )
    // Workers started for a run that did not use them (a configuration error, a usage error).
    .finally(() => earlyWorkers?.terminateUnused());
}
