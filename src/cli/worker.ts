// A worker thread of `claimline check` (bundled as dist/cli-worker.js): reads, analyzes and formats
// the articles the pool sends, one at a time, in the order they come.
import { parentPort } from 'node:worker_threads';
import { checkArticle, failure, type CheckTask } from './checkArticle';

const port = parentPort;
if (!port) throw new Error('src/cli/worker.ts runs as a worker thread of claimline check');
port.on('message', (task: CheckTask) => {
  let result;
  try {
    result = checkArticle(task);
  } catch (error) {
    result = failure(task, `internal error: ${(error as Error).stack ?? error}`);
  }
  port.postMessage(result);
});
