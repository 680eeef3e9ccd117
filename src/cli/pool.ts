// Checks articles on all cores: a pool of worker threads (node:worker_threads), results handed back
// in input order as soon as each is next in line, so output streams and memory stays flat however
// many articles come (at most a few per worker are in flight or waiting to be written). A worker
// that crashes takes down only the article it was analyzing: that article is reported, the pool
// starts a new worker and the others go on. With one job, articles are checked in this thread.
import type { Worker } from 'node:worker_threads';
import { checkArticle, failure, type CheckResult, type CheckTask } from './checkArticle';
import { tuneForThreads } from './v8Flags';
import { defaultWorkerScript, FILES_PER_BATCH, startWorker, type EarlyWorkers, type WorkerScript } from './workerStart';

export type { WorkerScript };

export interface PoolOptions {
  jobs: number;
  /** Called once per task, in input order. */
  write: (result: CheckResult) => void;
  /** The worker to run (tests give one that crashes); default: defaultWorkerScript(). */
  worker?: WorkerScript;
  /** Workers of the default script already started (main.ts), taken before any is started here. */
  early?: EarlyWorkers;
}

/** Batches in flight per worker: enough to keep a core busy while the main thread answers. */
const QUEUED_PER_WORKER = 4;

export async function checkInOrder(tasks: AsyncIterable<Omit<CheckTask, 'index'>> | Iterable<Omit<CheckTask, 'index'>>, options: PoolOptions): Promise<void> {
  // Workers only pay off with more than one article (each starts by loading the analyzer).
  const jobs = Array.isArray(tasks) ? Math.min(options.jobs, tasks.length) : options.jobs;
  tuneForThreads(Math.max(1, jobs));
  if (jobs <= 1 && !options.worker) {
    options.early?.terminateUnused();
    let index = 0;
    for await (const task of tasks) options.write(checkArticle({ ...task, index: index++ }));
    return;
  }
  await new Pool({ ...options, jobs: Math.max(1, jobs) }, Array.isArray(tasks) ? FILES_PER_BATCH : 1).run(tasks);
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not answered, oldest first: the first is the one being analyzed. */
  batches: CheckTask[][];
  dead: boolean;
}

class Pool {
  private readonly workers: PoolWorker[] = [];
  private readonly done = new Map<number, CheckResult>();
  private nextToWrite = 0;
  private dispatched = 0;
  private readonly script: WorkerScript;
  private readonly window: number;

  constructor(
    private readonly options: PoolOptions,
    private readonly batchSize: number,
  ) {
    this.script = options.worker ?? defaultWorkerScript();
    this.window = Math.max(1, options.jobs) * QUEUED_PER_WORKER * batchSize;
  }

  run(tasks: AsyncIterable<Omit<CheckTask, 'index'>> | Iterable<Omit<CheckTask, 'index'>>): Promise<void> {
    const iterator = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<Omit<CheckTask, 'index'>>)[Symbol.iterator]();
    let exhausted = false;
    let pulling = false;
    return new Promise<void>((resolve, reject) => {
      const finishIfDone = () => {
        if (exhausted && !pulling && this.nextToWrite === this.dispatched) {
          this.options.early?.terminateUnused();
          Promise.all(this.workers.map((w) => w.worker.terminate())).then(() => resolve(), reject);
        }
      };
      const pump = async () => {
        if (pulling) return;
        pulling = true;
        let batch: CheckTask[] = [];
        try {
          while (!exhausted && this.dispatched - this.nextToWrite < this.window) {
            const next = await iterator.next();
            if (next.done) {
              exhausted = true;
              break;
            }
            batch.push({ ...next.value, index: this.dispatched++ });
            if (batch.length >= this.batchSize) {
              this.dispatch(batch);
              batch = [];
            }
          }
          if (batch.length > 0) this.dispatch(batch);
        } catch (error) {
          reject(error);
          return;
        } finally {
          pulling = false;
        }
        finishIfDone();
      };
      this.onProgress = () => {
        void pump();
        finishIfDone();
      };
      void pump();
    });
  }

  private onProgress: () => void = () => undefined;

  private dispatch(batch: CheckTask[]): void {
    const target = this.idlest();
    target.batches.push(batch);
    target.worker.postMessage(batch);
  }

  private idlest(): PoolWorker {
    const alive = this.workers.filter((w) => !w.dead);
    if (alive.length < this.options.jobs) return this.spawn();
    return alive.reduce((best, w) => (w.batches.length < best.batches.length ? w : best));
  }

  private spawn(): PoolWorker {
    const worker = (!this.options.worker && this.options.early?.take()) || startWorker(this.script);
    const entry: PoolWorker = { worker, batches: [], dead: false };
    this.workers.push(entry);
    worker.on('message', (results: CheckResult[]) => {
      // A worker answers its batches in the order it got them.
      entry.batches.shift();
      for (const result of results) this.finished(result);
    });
    worker.on('error', (error) => this.crashed(entry, error.message));
    worker.on('exit', (code) => {
      if (!entry.dead && entry.batches.length > 0) this.crashed(entry, `the worker exited with code ${code}`);
    });
    return entry;
  }

  /**
   * The batch being analyzed when the worker crashed: alone, its article is reported; with others,
   * each goes again on its own, so only the one that crashes is lost. Batches queued behind it go to
   * the other workers.
   */
  private crashed(entry: PoolWorker, reason: string): void {
    if (entry.dead) return;
    entry.dead = true;
    void entry.worker.terminate();
    const [current, ...queued] = entry.batches;
    entry.batches = [];
    if (current?.length === 1) this.finished(failure(current[0], `the analysis crashed (${reason}); the other articles are still checked`));
    else if (current) for (const task of current) this.dispatch([task]);
    for (const batch of queued) this.dispatch(batch);
  }

  private finished(result: CheckResult): void {
    this.done.set(result.index, result);
    while (this.done.has(this.nextToWrite)) {
      const next = this.done.get(this.nextToWrite) as CheckResult;
      this.done.delete(this.nextToWrite);
      this.nextToWrite++;
      this.options.write(next);
    }
    this.onProgress();
  }
}
