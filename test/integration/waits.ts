// Waiting for Claimline's diagnostics, with VS Code's API only: shared by the suites that run in the
// Node extension host and by the one that also runs in the browser's web worker host (anyHost.test.ts).
import * as vscode from 'vscode';
import type { TimelineTestState } from '../../src/extension/timelinePanel';

const RENDER_TIMEOUT_MS = 20_000;

export function claimlineDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimline');
}

/**
 * Runs `action` and resolves with the claimline diagnostics of `uri` once they satisfy `accept`
 * (by default: at least one). Subscribes before acting so a fast analysis is not missed; also
 * accepts diagnostics that already satisfy `accept` after the action.
 */
export async function diagnosticsFor(
  uri: vscode.Uri,
  action: () => unknown,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  let subscription: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = new Promise<vscode.Diagnostic[]>((resolve, reject) => {
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const current = claimlineDiagnostics(uri);
      if (accept(current)) resolve(current);
    });
    timer = setTimeout(() => {
      const current = claimlineDiagnostics(uri);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics of ${uri.path.slice(uri.path.lastIndexOf('/') + 1)} (have ${current.length}: ${current.map((d) => d.message).slice(0, 3).join(' | ')})`));
    }, timeoutMs);
  });
  try {
    await action();
    const already = claimlineDiagnostics(uri);
    if (accept(already)) return already;
    return await settled;
  } finally {
    subscription?.dispose();
    clearTimeout(timer);
  }
}

/** What the timeline panel shows (a command registered only under tests). */
export function testState(): Thenable<TimelineTestState> {
  return vscode.commands.executeCommand<TimelineTestState>('claimline.timeline.testState');
}

/**
 * Runs `action`, then resolves with the panel state once the webview has rendered something that
 * satisfies `accept`. Subscribes to the next render before each check so none is missed.
 */
export async function renderWhere(accept: (state: TimelineTestState) => boolean, action?: () => unknown, what = 'the expected timeline'): Promise<TimelineTestState> {
  if (action) await action();
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  for (;;) {
    const remaining = deadline - Date.now();
    const next = Promise.resolve(vscode.commands.executeCommand('claimline.timeline.nextRender', Math.max(1, remaining)));
    next.catch(() => undefined); // handled below; avoids an unhandled rejection when accepted early
    const state = await testState();
    if (state.rendered && accept(state)) return state;
    try {
      await next;
    } catch {
      const last = await testState();
      throw new Error(`timed out waiting for ${what}; panel open=${last.open} ready=${last.ready} uri=${last.uri} version=${last.version} rendered=${JSON.stringify(last.rendered)?.slice(0, 300)}`);
    }
  }
}
