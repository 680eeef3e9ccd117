// What every part of the VS Code test runner (scripts/test-vscode.ts) shares: paths, the error that
// ends a run with its reason, and the progress lines.
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
// One bundle folder per run: helpers and CI may run the suites side by side, and one run must not delete
// another's suites. Kept at the same depth as out/integration so paths relative to a suite still work.
export const OUT_INTEGRATION = path.join(ROOT, 'out', `integration-${process.pid}`);
export const LOG_DIR = path.join(ROOT, 'out', 'vscode-logs');

/** A failure of the runner itself (not of a test): the run stops and prints the reason. */
export class RunnerError extends Error {}

export function say(message: string): void {
  process.stdout.write(`[test-vscode] ${message}\n`);
}

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
