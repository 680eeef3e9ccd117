// Starting a worker thread of `claimline check`, and the workers dist/cli.js starts before it loads
// the rest of the command line. This file imports nothing of the analyzer: main.ts runs it first.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { tuneForThreads } from './v8Flags';

export interface WorkerScript {
  /** A JavaScript file, or a TypeScript one (run through tsx: from source, in tests). */
  file: string;
}

/** dist/cli-worker.js beside the bundled command; the TypeScript source when run from source (tests). */
export function defaultWorkerScript(): WorkerScript {
  const bundled = join(__dirname, 'cli-worker.js');
  return { file: existsSync(bundled) ? bundled : join(__dirname, 'worker.ts') };
}

export function startWorker(script: WorkerScript): Worker {
  if (!script.file.endsWith('.ts')) return new Worker(script.file);
  // Loader hooks given with --import do not reach worker threads: register tsx's require hook inside.
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(script.file)});`, { eval: true });
}

/**
 * Workers of the default script started as the command begins, for the pool to take instead of
 * starting its own. A worker takes about as long to start (Node's set-up of the thread, then the
 * analyzer's bundle) as the main thread takes to load the command line and walk the folders, so
 * starting them first, side by side with that, brings the first article forward. They do not keep
 * the process alive until the pool takes them; the entry terminates those left over.
 */
export class EarlyWorkers {
  private readonly waiting: Worker[];
  private readonly exited = new Set<Worker>();

  static start(count: number, script: WorkerScript = defaultWorkerScript()): EarlyWorkers {
    return new EarlyWorkers(Array.from({ length: count }, () => startWorker(script)));
  }

  constructor(workers: Worker[]) {
    this.waiting = [...workers];
    for (const worker of workers) {
      worker.unref();
      // One that fails before it is taken is passed over (take()); the pool listens for errors
      // from the moment it takes a worker.
      worker.on('error', () => undefined);
      worker.once('exit', () => this.exited.add(worker));
    }
  }

  /** A started worker that is still running, or undefined when none is left. */
  take(): Worker | undefined {
    for (let worker = this.waiting.shift(); worker; worker = this.waiting.shift()) {
      // A thread that has ended has the id -1, even before its 'exit' event.
      if (this.exited.has(worker) || worker.threadId < 0) continue;
      worker.ref();
      return worker;
    }
    return undefined;
  }

  /** Ends the workers never taken (those taken are the pool's to end; ending them twice is harmless). */
  terminateUnused(): void {
    for (const worker of this.waiting.splice(0)) void worker.terminate();
  }
}

/**
 * Articles sent in one message, and answered in one. A message per article cost each worker about
 * a seventh of its time in postMessage on a busy machine (waking the other thread gives up the
 * core); batches of files cut that. Lines of --input jsonl go one by one, as they arrive.
 */
export const FILES_PER_BATCH = 8;

const NO_EARLY_WORKERS = 0;

/**
 * How many workers a command line will want, before its options are parsed: for a `check` of a
 * folder with more than one job, one per job, at most one per core and one per batch of the entries
 * of the folders named (FILES_PER_BATCH), so that a folder of one article starts none and one of
 * a few articles one: a worker started for
 * nothing costs its start and its end, which were longer than checking one short article. A guess
 * from the raw arguments that errs to none (files or patterns alone start their workers when the
 * articles are known, as before); a wrong guess costs time, never a different result, as the pool
 * still decides how many workers it uses. The pool starts any more that --jobs asks for.
 */
export function earlyWorkerCount(args: string[], cores = availableParallelism(), entriesOf = folderEntries): number {
  if (args[0] !== 'check' || cores < 2) return NO_EARLY_WORKERS;
  let jobs = cores;
  let entries = 0;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--jobs') {
      jobs = Number(args[++i]);
      continue;
    }
    if (arg.startsWith('--jobs=')) {
      jobs = Number(arg.slice('--jobs='.length));
      continue;
    }
    // Standard input (one article, or JSON Lines arriving line by line) and help: no early start.
    if (arg === '-' || arg === '--input' || arg.startsWith('--input=') || arg === '-h' || arg === '--help') return NO_EARLY_WORKERS;
    if (arg.startsWith('-')) continue;
    // Only folders count: a file, a pattern and an option's value ("--today 2026-11-28") look alike here.
    const inFolder = entriesOf(arg);
    if (inFolder !== null) entries += inFolder;
  }
  if (!Number.isInteger(jobs) || jobs < 2 || entries < 2) return NO_EARLY_WORKERS;
  // The pool gives each worker whole batches: a folder of a few articles is one batch, one worker.
  return Math.min(jobs, cores, Math.ceil(entries / FILES_PER_BATCH));
}

/** The number of entries of a folder (not counting those of its subfolders), or null for anything else. */
function folderEntries(path: string): number | null {
  try {
    return readdirSync(path).length;
  } catch {
    return null;
  }
}

/**
 * Starts the workers a command line will want (earlyWorkerCount), with V8 tuned for that many
 * analyzing threads first (the flags are the process's, and a thread's isolate is made with them).
 */
export function startEarlyWorkers(args: string[]): EarlyWorkers | undefined {
  const count = earlyWorkerCount(args);
  if (count === 0) return undefined;
  tuneForThreads(count);
  return EarlyWorkers.start(count);
}
