// The claim timeline panel inside a real VS Code: the webview loads under its CSP, receives the model,
// renders the entries in chronological order (it reports the ids it put in the DOM), follows the
// active article, updates live on edits and note changes, reveals claims in the editor, refuses
// non-http(s) links and exports. Observed through hidden test commands that the extension registers
// only under the extension test host (this bundle has its own copy of the panel module).
// Waits are on the webview's own "rendered" reports and VS Code events, never on fixed sleeps.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TimelineEntry, TimelineModel } from '../../src/core/timeline';
import type { ClaimlineApi } from '../../src/extension';
import type { TimelineTestState } from '../../src/extension/timelinePanel';
import { testWorkspace } from './support';
import { renderWhere, testState } from './waits';

const TIMEOUT_MS = 20_000;

/** The webview shows exactly the model the extension built for the current document version. */
function showsModelOf(uri: vscode.Uri, version?: number) {
  return (state: TimelineTestState) =>
    state.uri === uri.toString() &&
    (version === undefined || state.version === version) &&
    state.rendered!.version === state.version &&
    JSON.stringify(state.rendered!.ids) === JSON.stringify(state.modelIds);
}

function entries(model: TimelineModel): TimelineEntry[] {
  const result: TimelineEntry[] = [];
  for (const year of model.years) for (const month of year.months) for (const item of month.items) if (item.type === 'entry') result.push(item);
  for (const group of model.undated) result.push(...group.entries);
  return result;
}

async function api(): Promise<ClaimlineApi> {
  const extension = vscode.extensions.getExtension<ClaimlineApi>('claimline.claimline');
  assert.ok(extension, 'claimline.claimline is not loaded');
  return extension.activate();
}

/** Opens a document and resolves once the extension has analyzed its current version. */
async function openAnalyzed(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const { services } = await api();
  const document = await vscode.workspace.openTextDocument(uri);
  const analyzed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no analysis of ${path.basename(uri.path)} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    const subscription = services.onDidUpdateArticle((article) => {
      if (article.uri.toString() === uri.toString() && article.version === document.version) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
    if (services.article(uri)?.version === document.version) {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
  await analyzed;
  return editor;
}

describe('timeline panel', function () {
  this.timeout(60_000);
  let harbour: vscode.Uri;
  let second: vscode.Uri;

  before(async () => {
    const dir = path.join(testWorkspace(), 'timeline');
    fs.mkdirSync(dir, { recursive: true });
    // Scratch copies: the suite edits and annotates them.
    for (const name of ['timeline-harbour.txt', 'timeline-second.txt']) {
      fs.copyFileSync(path.join(testWorkspace(), name), path.join(dir, name));
    }
    harbour = vscode.Uri.file(path.join(dir, 'timeline-harbour.txt'));
    second = vscode.Uri.file(path.join(dir, 'timeline-second.txt'));
    await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens on the active article and renders its model in chronological order', async () => {
    const editor = await openAnalyzed(harbour);
    const state = await renderWhere(showsModelOf(harbour, editor.document.version), () => vscode.commands.executeCommand('claimline.showTimeline'), 'the first render');
    assert.strictEqual(state.open, true);
    assert.strictEqual(state.ready, true, 'the webview script ran (its nonce was accepted) and said ready');
    const model = state.model!;
    assert.strictEqual(model.published?.date, '2021-03-14');
    // The rendered DOM order is the model order; dated entries are chronological.
    const dated = entries(model).filter((entry) => entry.date);
    assert.ok(dated.length >= 4, `expected at least 4 dated entries, got ${dated.length}`);
    for (let i = 1; i < dated.length; i++) {
      assert.ok(dated[i - 1].date!.range.from <= dated[i].date!.range.from, `${dated[i - 1].id} after ${dated[i].id}`);
    }
    assert.strictEqual(dated[0].date!.label, '2015');
    assert.ok(dated.some((entry) => entry.stale && entry.text.includes('expected to open in 2022')), 'the 2022 opening is a stale prediction');
    const years = model.years.map((year) => year.year);
    assert.deepStrictEqual(years, [...years].sort((a, b) => a - b));
    const markers = model.years.flatMap((year) => year.months.flatMap((month) => month.items.filter((item) => item.type === 'marker')));
    assert.deepStrictEqual(markers.map((marker) => marker.type === 'marker' && marker.marker), ['published', 'today']);
    assert.ok(model.undated.some((group) => group.entries.some((entry) => entry.text.includes('Nobody asked the fishermen'))), 'undated quote listed');
  });

  it('reveals and selects the claim when the webview asks', async () => {
    const state = await testState();
    const target = entries(state.model!).find((entry) => entry.text.includes('September 2020'));
    assert.ok(target, 'the September 2020 claim is on the timeline');
    const accepted = await vscode.commands.executeCommand<boolean>('claimline.timeline.receive', { type: 'reveal', subject: target.subject });
    assert.strictEqual(accepted, true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === harbour.toString(), 'the article editor is active');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), target.start);
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), target.end);
    assert.strictEqual(editor.document.getText(editor.selection), target.text);
  });

  it('ignores malformed messages and refuses links that are not http(s)', async () => {
    const editor = vscode.window.activeTextEditor!;
    const before = editor.selection;
    for (const message of [
      { type: 'reveal', subject: { kind: 'claim', index: 9999 } },
      { type: 'reveal', subject: { kind: 'timex', index: 0 } },
      { type: 'runCommand', command: 'workbench.action.quit' },
      // A click racing a switch of article: the subject belongs to another document.
      { type: 'reveal', subject: { kind: 'claim', index: 0 }, uri: second.toString() },
      'reveal',
      null,
    ]) {
      assert.strictEqual(await vscode.commands.executeCommand('claimline.timeline.receive', message), false, JSON.stringify(message));
    }
    assert.ok(editor.selection.isEqual(before), 'selection unchanged');
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'command:workbench.action.quit', 'file:///etc/passwd', 'vscode://settings']) {
      assert.strictEqual(await vscode.commands.executeCommand('claimline.timeline.receive', { type: 'openLink', url }), false, url);
    }
    assert.strictEqual(await vscode.commands.executeCommand('claimline.timeline.receive', { type: 'openLink', url: 'https://example.org/source' }), true);
    const state = await testState();
    assert.deepStrictEqual(state.openedLinks, ['https://example.org/source']);
    assert.strictEqual(state.refusedLinks.length, 5);
  });

  it('updates live when the article is edited', async () => {
    const editor = await openAnalyzed(harbour);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(harbour, editor.document.positionAt(editor.document.getText().indexOf('The authority signed')), 'The harbour was founded in 1890 by local merchants.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const version = editor.document.version;
    const state = await renderWhere(
      (candidate) => showsModelOf(harbour, version)(candidate) && candidate.modelIds.length > 0,
      undefined,
      'a render of the edited article',
    );
    const first = entries(state.model!).find((entry) => entry.date);
    assert.strictEqual(first?.date?.label, '1890');
    assert.ok(first.text.includes('founded in 1890'));
    await editor.document.save();
  });

  it('shows note status changes', async () => {
    const { services } = await api();
    const before = await testState();
    const target = entries(before.model!).find((entry) => entry.text.includes('expected to open in 2022'))!;
    await services.updateNote(harbour, target.subject, { status: 'false', text: 'It opened in 2024.', sources: ['https://example.org/opening'] });
    const state = await renderWhere(
      (candidate) => entries(candidate.model!).some((entry) => entry.id === target.id && entry.status === 'false') && JSON.stringify(candidate.rendered!.ids) === JSON.stringify(candidate.modelIds),
      undefined,
      'the note status in the timeline',
    );
    const updated = entries(state.model!).find((entry) => entry.id === target.id)!;
    assert.deepStrictEqual(updated.note?.sources, [{ url: 'https://example.org/opening', openable: true }]);
  });

  it('exports CSV, JSON and ClaimReview without dialogs when given a target', async () => {
    const dir = path.dirname(harbour.fsPath);
    const csvTarget = vscode.Uri.file(path.join(dir, 'export.csv'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimline.exportTimeline', { uri: harbour, format: 'csv', target: csvTarget });
    assert.strictEqual(written?.toString(), csvTarget.toString());
    const csv = fs.readFileSync(csvTarget.fsPath, 'utf8');
    assert.ok(csv.startsWith('section,date,from,to,'));
    assert.ok(csv.includes('\r\n'));

    const jsonTarget = vscode.Uri.file(path.join(dir, 'export.json'));
    await vscode.commands.executeCommand('claimline.exportTimeline', { uri: harbour, format: 'json', target: jsonTarget });
    const json = JSON.parse(fs.readFileSync(jsonTarget.fsPath, 'utf8')) as TimelineModel & { format: string };
    assert.strictEqual(json.format, 'claimline-timeline');
    assert.deepStrictEqual(entries(json).map((entry) => entry.id), (await testState()).modelIds);

    const reviewTarget = vscode.Uri.file(path.join(dir, 'export.jsonld'));
    await vscode.commands.executeCommand('claimline.exportTimeline', { uri: harbour, format: 'claimreview', target: reviewTarget, reviewUrl: 'https://checks.example/harbour' });
    const reviews = JSON.parse(fs.readFileSync(reviewTarget.fsPath, 'utf8')) as { reviewRating: { alternateName: string }; url: string; claimReviewed: string }[];
    assert.strictEqual(reviews.length, 1);
    assert.strictEqual(reviews[0].reviewRating.alternateName, 'False');
    assert.strictEqual(reviews[0].url, 'https://checks.example/harbour');
    assert.ok(reviews[0].claimReviewed.includes('expected to open in 2022'));
  });

  it('sets a claim status from the timeline through the note commands, and refuses invalid requests', async () => {
    const { services } = await api();
    const editor = await openAnalyzed(harbour);
    const shown = await renderWhere(showsModelOf(harbour, editor.document.version), undefined, 'the timeline of the harbour article');
    const target = entries(shown.model!).find((entry) => entry.text.includes('September 2020'))!;
    assert.ok(target, 'the September 2020 claim is on the timeline');
    assert.strictEqual(target.status, 'unverified');
    const sidecar = harbour.fsPath + '.claims.json';
    const message = { type: 'setStatus', id: target.id, subject: target.subject, uri: harbour.toString(), version: shown.version, status: 'disputed' };

    const state = await renderWhere(
      (candidate) => entries(candidate.model!).some((entry) => entry.id === target.id && entry.status === 'disputed') && JSON.stringify(candidate.rendered!.ids) === JSON.stringify(candidate.modelIds),
      async () => assert.strictEqual(await vscode.commands.executeCommand('claimline.timeline.receive', message), true),
      'the new status in the timeline',
    );
    // Stored like a status set from the editor: in the sidecar, anchored to the claim, dated.
    const stored = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { notes: { status: string; anchor: { text: string }; checked?: string }[] };
    const written = stored.notes.find((note) => note.anchor.text === target.text);
    assert.strictEqual(written?.status, 'disputed');
    assert.match(written.checked ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.strictEqual(services.article(harbour)!.noteFor(target.subject)?.status, 'disputed');
    assert.strictEqual(entries(state.model!).find((entry) => entry.id === target.id)!.status, 'disputed');

    const before = fs.readFileSync(sidecar);
    const refusedBefore = (await testState()).refusedReviews.length;
    const other = entries(state.model!).find((entry) => entry.subject.kind === 'claim' && entry.subject.index !== target.subject.index && entry.status === 'unverified')!;
    assert.ok(other, 'another claim without a status');
    for (const invalid of [
      { ...message, status: 'approved' },
      { ...message, status: '__proto__' },
      { ...message, status: undefined },
      { ...message, id: 'claim:999@1' },
      { ...message, subject: other.subject },
      { ...message, subject: { kind: 'claim', index: 9999 } },
      { ...message, version: state.version! - 1 },
      { ...message, uri: second.toString() },
      { ...message, type: 'editNote', uri: second.toString() },
      { ...message, type: 'editNote', id: 'quote:999' },
    ]) {
      assert.strictEqual(await vscode.commands.executeCommand('claimline.timeline.receive', invalid), false, JSON.stringify(invalid));
    }
    assert.ok(fs.readFileSync(sidecar).equals(before), 'the sidecar is untouched by refused requests');
    assert.strictEqual(services.article(harbour)!.noteFor(target.subject)?.status, 'disputed');
    assert.strictEqual(services.article(harbour)!.noteFor(other.subject), undefined, 'no note created on another claim');
    // Shape errors never reach the panel's checks; the rest are refused with a reason.
    const reasons = (await testState()).refusedReviews.slice(refusedBefore);
    assert.deepStrictEqual(reasons.map((reason) => reason.replace(/".*"/, '"…"').replace(/\d+/g, 'N')), [
      'no timeline entry "…"',
      'entry "…" is not claim N',
      'entry "…" is not claim N',
      'the article changed since the timeline was drawn',
      'the message is about another article than the one shown',
      'the message is about another article than the one shown',
      'no timeline entry "…"',
    ]);
  });

  it('renders long timelines in batches and shows a claim past the batch on "Open in timeline"', async () => {
    // 600 dated claims: more than one batch (500) of the webview.
    const lines = ['RIVERSIDE, 2 June 2022 - A long chronicle of the town.', ''];
    for (let n = 0; n < 600; n++) lines.push(`In ${1400 + n}, the town council approved project ${n}.`, '');
    const file = path.join(path.dirname(harbour.fsPath), 'timeline-long.txt');
    fs.writeFileSync(file, lines.join('\n'));
    const long = vscode.Uri.file(file);
    const editor = await openAnalyzed(long);
    const batched = await renderWhere(
      (state) => state.uri === long.toString() && state.version === editor.document.version && state.rendered!.version === state.version && state.modelIds.length >= 600,
      undefined,
      'the long article',
    );
    assert.strictEqual(batched.rendered!.ids.length, 500, 'first batch only');
    assert.deepStrictEqual(batched.rendered!.ids, batched.modelIds.slice(0, 500), 'the batch is the start of the chronology');
    const late = entries(batched.model!).find((entry) => entry.text.includes('project 580.'))!;
    assert.ok(late, 'project 580 is on the timeline');
    const all = await renderWhere(
      (state) => state.uri === long.toString() && state.rendered!.ids.includes(late.id),
      () => vscode.commands.executeCommand('claimline.showTimeline', long.toString(), late.subject),
      'the render that brings project 580 into view',
    );
    assert.strictEqual(all.rendered!.ids.length, all.modelIds.length);
  });

  it('follows the active article', async () => {
    const editor = await openAnalyzed(second);
    const state = await renderWhere(showsModelOf(second, editor.document.version), undefined, 'the timeline of the second article');
    assert.strictEqual(state.model!.published?.date, '2022-06-02');
    assert.ok(entries(state.model!).some((entry) => entry.date?.label === '2030' && entry.future));
    // Back to the first article.
    const back = await openAnalyzed(harbour);
    await renderWhere(showsModelOf(harbour, back.document.version), undefined, 'the timeline of the first article again');
  });
});
