// A worker for the pool tests: the real one (check and format an article), except that it crashes
// the whole thread on an article whose name contains "crash", and deletes an article whose name
// contains "vanish" just before reading it (a file removed while the run goes on).
import { unlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { checkArticle, type CheckTask } from '../../src/cli/checkArticle';

parentPort?.on('message', (batch: CheckTask[]) => {
  const results = [];
  for (const task of batch) {
    // As a bug in a native add-on or the engine would: the thread dies, no answer for the batch.
    if (task.name.includes('crash')) process.exit(70);
    if (task.name.includes('vanish') && task.path) unlinkSync(task.path);
    results.push(checkArticle(task));
  }
  parentPort?.postMessage(results);
});
