// Claimline's entry point: wiring only. Each feature registers itself through its own register…
// function; they share one ArticleService (the ClaimlineServices contract). activate() is
// synchronous and cheap: the first analyses run on a timer after it returns.
import * as vscode from 'vscode';
import { ArticleService } from './extension/articleService';
import { registerCodeActions } from './extension/codeActions';
import { registerCommands } from './extension/commands';
import { registerDiagnostics } from './extension/diagnostics';
import { registerHover } from './extension/hover';
import { registerNoteCommands } from './extension/noteCommands';
import { NotesStore } from './extension/notesStore';
import { registerStatus } from './extension/status';
import { registerTimelinePanel } from './extension/timelinePanel';

/** What activate() returns: lets the extension-host tests wait for analyses instead of sleeping. */
export interface ClaimlineApi {
  services: ArticleService;
  /** Milliseconds activate() took (reported by the benchmark). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ClaimlineApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Claimline', { log: true });
  const store = new NotesStore(log);
  const services = new ArticleService(store, log);
  context.subscriptions.push(log, store, services);

  const diagnostics = registerDiagnostics(context, services);
  registerHover(context, services);
  registerCodeActions(context, services);
  registerNoteCommands(context, services);
  registerCommands(context, services, diagnostics);
  registerStatus(context, services);
  registerTimelinePanel(context, services);

  services.start();
  const activationMs = performance.now() - started;
  log.info(`Claimline activated in ${activationMs.toFixed(1)} ms`);
  return { services, activationMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
