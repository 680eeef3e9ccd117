// Editor responsiveness, measured where users feel it: inside VS Code's extension host.
//   - activation time (what activate() reports, and the activate() call as seen from outside),
//   - opening a ~30 KB article until its diagnostics are published (target ≤ 200 ms),
//   - an edit until the diagnostics include the new claim (includes the configured debounce).
// The numbers go to out/latency.json for `npm run bench`. The assertions here only catch gross
// regressions (a CI machine is shared and noisy); the benchmark compares against the targets.
//
// index.ts runs this suite first so activation and the first analysis are measured cold.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { claimline } from './articles';
import { claimlineDiagnostics, diagnosticsFor, latencyFile, testWorkspace, timedDiagnosticsFor } from './support';
import { syntheticArticle } from './syntheticArticle';

const TARGET_OPEN_MS = 200;
const TARGET_ACTIVATION_MS = 30;
const ARTICLE_BYTES = 30_000;
// Medians of a few samples: one sample on a shared CI machine says little.
const OPEN_SAMPLES = 5;
const EDIT_SAMPLES = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

describe('latency: responsiveness in the extension host', function () {
  this.timeout(60_000);
  const results: Record<string, unknown> = {};
  const articles: vscode.Uri[] = [];

  before(() => {
    const dir = path.join(testWorkspace(), 'latency');
    fs.mkdirSync(dir, { recursive: true });
    for (let n = 0; n < OPEN_SAMPLES + 1; n++) {
      const file = path.join(dir, `article-${n}.txt`);
      fs.writeFileSync(file, syntheticArticle(ARTICLE_BYTES, n * 7 + 1));
      articles.push(vscode.Uri.file(file));
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const file = latencyFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const report = {
      measuredAt: new Date().toISOString(),
      vscodeVersion: vscode.version,
      host: vscode.env.remoteName ? `remote extension host (${vscode.env.appName}, ${vscode.env.remoteName})` : `desktop extension host (${vscode.env.appName})`,
      targets: { openToDiagnosticsMs: TARGET_OPEN_MS, activationMs: TARGET_ACTIVATION_MS },
      // Timings on a shared machine mean little without how busy it was.
      machine: { cpus: os.cpus().length, loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100 },
      ...results,
    };
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    console.log(`latency: ${JSON.stringify(results)}`);
  });

  it('activates (activation time reported by the extension)', async () => {
    const extension = vscode.extensions.getExtension<{ activationMs?: number; activationCpuMs?: number | null; activationSteps?: Record<string, number> }>('claimline.claimline');
    assert.ok(extension, 'claimline.claimline is not loaded');
    const wasActive = extension.isActive;
    const started = performance.now();
    const api = await extension.activate();
    const callMs = performance.now() - started;
    assert.strictEqual(typeof api?.activationMs, 'number', 'activate() returns { activationMs }');
    results.activation = {
      activationMs: round(api.activationMs as number),
      // The host's CPU time over the same interval: the work, without the waits for a busy core.
      activationCpuMs: typeof api.activationCpuMs === 'number' ? round(api.activationCpuMs) : null,
      // Where activate() spent its time, step by step (the steps add up to activationMs).
      steps: api.activationSteps,
      // Loading the bundle plus activate(), as the extension host sees it (only when this suite woke it).
      activateCallMs: wasActive ? null : round(callMs),
      alreadyActive: wasActive,
    };
    assert.ok((api.activationMs as number) < 1000, `activation took ${api.activationMs} ms`);
    assert.strictEqual(typeof api.activationCpuMs, 'number', 'activate() reports its CPU time in the Node extension host');
    const steps = Object.values(api.activationSteps ?? {});
    assert.ok(steps.length >= 5, 'activate() reports its steps');
    const sum = steps.reduce((total, ms) => total + ms, 0);
    assert.ok(Math.abs(sum - (api.activationMs as number)) < 1, `the steps (${sum} ms) add up to activationMs (${api.activationMs} ms)`);
  });

  it(`publishes diagnostics for a ~${ARTICLE_BYTES / 1000} KB article soon after it opens`, async () => {
    const samples: number[] = [];
    // Opening and showing the document alone (round trips to the workbench), to tell it from analysis.
    const showSamples: number[] = [];
    // From the moment VS Code tells extensions the document is open: the extension's own share.
    const fromOpenEventSamples: number[] = [];
    // The analyzer's own share of each open, as the extension timed it.
    const analysisSamples: number[] = [];
    // The extension's whole run: from its timer firing to the result (the notes file read included).
    const runSamples: number[] = [];
    const notesWaitSamples: number[] = [];
    const services = (await claimline()).services;
    let diagnosticsCount = 0;
    // Each sample opens a different file: a document opened before would be answered from cache.
    for (const uri of articles.slice(0, OPEN_SAMPLES)) {
      const started = performance.now();
      let shown = 0;
      let openEvent = NaN;
      const listener = vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.uri.toString() === uri.toString()) openEvent = performance.now();
      });
      const { diagnostics, at: published } = await timedDiagnosticsFor(uri, async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
        shown = performance.now() - started;
      });
      listener.dispose();
      samples.push(published - started);
      showSamples.push(shown);
      fromOpenEventSamples.push(published - openEvent);
      const timings = services.article(uri)?.timings;
      assert.ok(timings, 'the extension reports how long the analysis took');
      analysisSamples.push(timings.analysisMs);
      runSamples.push(timings.runMs);
      notesWaitSamples.push(timings.notesWaitMs);
      diagnosticsCount = diagnostics.length;
    }
    results.openToDiagnosticsMs = {
      articleBytes: fs.statSync(articles[0].fsPath).size,
      diagnostics: diagnosticsCount,
      first: round(samples[0]),
      median: round(median(samples)),
      samples: samples.map(round),
      fromOpenEventMedian: round(median(fromOpenEventSamples)),
      fromOpenEventSamples: fromOpenEventSamples.map(round),
      showDocumentMedian: round(median(showSamples)),
      analysisMedian: round(median(analysisSamples)),
      analysisSamples: analysisSamples.map(round),
      runMedian: round(median(runSamples)),
      runSamples: runSamples.map(round),
      notesWaitMedian: round(median(notesWaitSamples)),
      notesWaitSamples: notesWaitSamples.map(round),
      note: 'median/samples: openTextDocument+showTextDocument call until the diagnostics event (VS Code debounces it by 50 ms); fromOpenEvent: workspace.onDidOpenTextDocument until that event; showDocument: until showTextDocument resolved; analysis: analyze() alone, as the extension timed it; run: from the extension’s timer firing to the result, notes file included',
    };
    assert.ok(diagnosticsCount > 20, `a 30 KB article full of dates yields many diagnostics (got ${diagnosticsCount})`);
    assert.ok(median(samples) < 5000, `opening took ${median(samples)} ms`);
  });

  it('updates diagnostics after an edit adds a dated claim', async () => {
    const uri = articles[OPEN_SAMPLES];
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await diagnosticsFor(uri, () => undefined);
    const debounceMs = vscode.workspace.getConfiguration('claimline').get<number>('debounceMs');
    const samples: number[] = [];
    const fromChangeEventSamples: number[] = [];
    for (let n = 0; n < EDIT_SAMPLES; n++) {
      // Near the top: a per-file cap on diagnostics may hide claims at the end of a long article.
      const line = 3;
      const year = 1990 + n;
      const sentence = `The tunnel was first proposed in March ${year}, officials said.\n\n`;
      const started = performance.now();
      let changeEvent = NaN;
      const listener = vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === uri.toString() && Number.isNaN(changeEvent)) changeEvent = performance.now();
      });
      const { at: published } = await timedDiagnosticsFor(
        uri,
        () => editor.edit((edit) => edit.insert(new vscode.Position(line, 0), sentence)),
        (diagnostics) => diagnostics.some((d) => d.range.start.line === line && d.message.includes(String(year))),
      );
      listener.dispose();
      samples.push(published - started);
      fromChangeEventSamples.push(published - changeEvent);
    }
    results.editToDiagnosticsMs = {
      median: round(median(samples)),
      samples: samples.map(round),
      fromChangeEventMedian: round(median(fromChangeEventSamples)),
      debounceMs: debounceMs ?? null,
      note: 'editor.edit() call (or onDidChangeTextDocument) until the diagnostics event flagging the new claim; includes the claimline.debounceMs wait and VS Code’s 50 ms event debounce',
    };
    const years = claimlineDiagnostics(uri).filter((d) => /March 199\d/.test(d.message)).length;
    assert.strictEqual(years, EDIT_SAMPLES, 'each inserted claim is flagged');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
