// A worker thread of `claimline check` (bundled as dist/cli-worker.js): reads, analyzes and formats
// the batches of articles the pool sends, in the order they come, one answer per batch.
import { parentPort } from 'node:worker_threads';
import { checkArticle, failure, type CheckTask } from './checkArticle';

const port = parentPort;
if (!port) throw new Error('src/cli/worker.ts runs as a worker thread of claimline check');
port.on('message', (batch: CheckTask[]) => {
  port.postMessage(
    batch.map((task) => {
      try {
        return checkArticle(task);
      } catch (error) {
        return failure(task, `internal error: ${(error as Error).stack ?? error}`);
      }
    }),
  );
});
