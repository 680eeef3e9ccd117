// Claimline's entry point: wiring only. Each feature registers itself through its own register…
// function; they share one ArticleService (the ClaimlineServices contract). activate() is
// synchronous and cheap: the first analyses run on a timer after it returns.
import * as vscode from 'vscode';
import { ArticleService } from './extension/articleService';
import { registerCodeActions } from './extension/codeActions';
import { registerCommands } from './extension/commands';
import { registerDiagnostics } from './extension/diagnostics';
import { registerHover } from './extension/hover';
import { registerImportArticle } from './extension/importArticle';
import { registerNoteCommands } from './extension/noteCommands';
import { registerNoteViewer } from './extension/noteViewer';
import { registerRuleHelp } from './extension/ruleHelp';
import { NotesStore } from './extension/notesStore';
import { registerProjectConfig } from './extension/projectConfig';
import { registerStatus } from './extension/status';
import { registerTimelinePanel } from './extension/timelinePanel';
import { registerWalkthrough } from './extension/walkthrough';
import { setExtensionUri } from './extension/webChunkLoader';

export { installNodeHost } from './extension/platform';
// dist/node.js rethrows its disk reader's refusals as this bundle's class, which notesStore.ts checks.
export { RefusedFileError } from './core/fileLimits';

/** What activate() returns: lets the extension-host tests wait for analyses instead of sleeping. */
export interface ClaimlineApi {
  services: ArticleService;
  /** Milliseconds activate() took (reported by the benchmark). */
  activationMs: number;
  /**
   * CPU milliseconds the extension host spent meanwhile: activate()'s own work. On a busy machine
   * the wall time above also counts the time the host waited for a core.
   */
  activationCpuMs: number | null;
  /** Milliseconds each step of activate() took, in order (recorded by the latency tests). */
  activationSteps: Record<string, number>;
}

export function activate(context: vscode.ExtensionContext): ClaimlineApi {
  const started = performance.now();
  // process.cpuUsage is absent in the browser's web worker extension host (no `process` there).
  const cpuStarted = typeof process === 'undefined' ? undefined : process.cpuUsage();
  const activationSteps: Record<string, number> = {};
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    activationSteps[name] = Math.round((now - last) * 10) / 10;
    last = now;
  };
  setExtensionUri(context.extensionUri);
  const log = vscode.window.createOutputChannel('Claimline', { log: true });
  step('output channel');
  const store = new NotesStore(log);
  const services = new ArticleService(store, log);
  context.subscriptions.push(log, store, services);
  step('services');

  registerProjectConfig(context, log);
  step('project configuration');
  const diagnostics = registerDiagnostics(context, services);
  step('diagnostics');
  registerHover(context, services);
  step('hover');
  registerCodeActions(context, services);
  step('code actions');
  registerNoteCommands(context, services);
  registerNoteViewer(context, services);
  registerRuleHelp(context);
  registerCommands(context, services, diagnostics);
  step('commands');
  registerStatus(context, services);
  step('status');
  registerTimelinePanel(context, services);
  step('timeline');
  registerImportArticle(context);
  step('import');
  registerWalkthrough(context, services);
  step('walkthrough');

  services.start();
  step('open documents scheduled');
  const activationMs = performance.now() - started;
  const cpu = cpuStarted && process.cpuUsage(cpuStarted);
  const activationCpuMs = cpu ? (cpu.user + cpu.system) / 1000 : null;
  log.info(`Claimline activated in ${activationMs.toFixed(1)} ms (${activationCpuMs?.toFixed(1) ?? '?'} ms of CPU)`);
  log.debug(`Activation steps (ms): ${JSON.stringify(activationSteps)}`);
  return { services, activationMs, activationCpuMs, activationSteps };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
