// Helpers shared by the extension-host suites. Waiting is always on VS Code events
// (languages.onDidChangeDiagnostics), never on fixed sleeps: a sleep is either too short on a busy CI
// machine or wastes time everywhere else.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { claimlineDiagnostics, diagnosticsFor } from './waits';

export { claimlineDiagnostics, diagnosticsFor };

/**
 * The folder the suites may read and write: a throw-away copy of test/fixtures made by the runner
 * (CLAIMLINE_TEST_WORKSPACE), else the window's workspace folder.
 */
export function testWorkspace(): string {
  const fromRunner = process.env.CLAIMLINE_TEST_WORKSPACE;
  if (fromRunner && fs.existsSync(fromRunner)) return fromRunner;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: run the suites through scripts/test-vscode.ts or scripts/test-desktop.ts');
  return folder.uri.fsPath;
}

/** Where latency measurements go (out/latency.json unless the runner says otherwise). */
export function latencyFile(): string {
  // The bundled suites live in out/integration-<run>/; out/ is one level up.
  return process.env.CLAIMLINE_LATENCY_FILE || path.resolve(__dirname, '..', 'latency.json');
}

/**
 * Like diagnosticsFor, and also tells when the diagnostics arrived: the time of the
 * onDidChangeDiagnostics event that first satisfied `accept`, even if `action` (showing an editor:
 * a round trip to the workbench) finished later. Waiting for the action before reading the clock
 * measured the workbench, not the analysis.
 */
export async function timedDiagnosticsFor(
  uri: vscode.Uri,
  action: () => unknown,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
): Promise<{ diagnostics: vscode.Diagnostic[]; at: number }> {
  let at = NaN;
  const watcher = vscode.languages.onDidChangeDiagnostics((event) => {
    if (Number.isNaN(at) && event.uris.some((changed) => changed.toString() === uri.toString()) && accept(claimlineDiagnostics(uri))) at = performance.now();
  });
  try {
    const diagnostics = await diagnosticsFor(uri, action, accept);
    return { diagnostics, at: Number.isNaN(at) ? performance.now() : at };
  } finally {
    watcher.dispose();
  }
}
