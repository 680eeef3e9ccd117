// A worker for the pool tests: the real one (check and format an article), except that it crashes
// the whole thread on an article whose name contains "crash", and deletes an article whose name
// contains "vanish" just before reading it (a file removed while the run goes on).
import { unlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { checkArticle, type CheckTask } from '../../src/cli/checkArticle';

parentPort?.on('message', (task: CheckTask) => {
  if (task.name.includes('crash')) {
    // Thrown outside the message handler's reach, as a bug in a native add-on or the engine would.
    setImmediate(() => {
      throw new Error('simulated crash');
    });
    return;
  }
  if (task.name.includes('vanish') && task.path) unlinkSync(task.path);
  parentPort?.postMessage(checkArticle(task));
});
