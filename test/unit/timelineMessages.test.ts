// Setting a claim's status and note from the timeline: the messages the webview sends, how the
// extension validates them (src/extension/timelineMessages.ts), and the status menu and note button
// of the webview script (media/timeline/) on the fake DOM.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { NOTE_STATUSES } from '../../src/core/notes';
import { buildTimeline, timelineEntries, type TimelineModel } from '../../src/core/timeline';
import { checkReviewTarget, parseReviewMessage, type ReviewContext, type ReviewMessage } from '../../src/extension/timelineMessages';
import { parseWebviewMessage } from '../../src/extension/timelineWebview';
import { FakeDocument, FakeElement, FakeEvent, FakeVsCodeApi, FakeWindow } from './fakeDom';
import { fixtureAnalysis, note, notesOf } from './timelineFixture';

const URI = 'file:///harbour.txt';
const valid = { type: 'setStatus', id: 'claim:2@2', subject: { kind: 'claim', index: 2 }, uri: URI, version: 3, status: 'disputed' };

describe('timeline review messages: shape', () => {
  it('accepts a status change and a note request, reduced to their fields', () => {
    assert.deepEqual(parseReviewMessage({ ...valid, extra: '<script>', subject: { kind: 'claim', index: 2, evil: true } }), {
      type: 'setStatus',
      id: 'claim:2@2',
      subject: { kind: 'claim', index: 2 },
      uri: URI,
      version: 3,
      status: 'disputed',
    });
    assert.deepEqual(parseReviewMessage({ type: 'editNote', id: 'quote:0', subject: { kind: 'quote', index: 0 }, uri: URI, version: 1, status: 'nonsense' }), {
      type: 'editNote',
      id: 'quote:0',
      subject: { kind: 'quote', index: 0 },
      uri: URI,
      version: 1,
    });
  });

  it('accepts every status of the notes model and nothing else', () => {
    for (const status of NOTE_STATUSES) assert.equal(parseReviewMessage({ ...valid, status })?.type, 'setStatus', status);
    for (const status of ['approved', 'Verified', 'verified ', '', '__proto__', 'toString', 'constructor', 1, null, ['verified'], { toString: 'verified' }]) {
      assert.equal(parseReviewMessage({ ...valid, status }), undefined, JSON.stringify(status));
    }
    const { status: _omitted, ...withoutStatus } = valid;
    assert.equal(parseReviewMessage(withoutStatus), undefined, 'a status change needs a status');
  });

  it('refuses malformed subjects, ids, URIs and versions', () => {
    for (const raw of [
      undefined,
      null,
      'setStatus',
      [valid],
      { ...valid, type: 'setstatus' },
      { ...valid, type: 'runCommand' },
      { ...valid, subject: undefined },
      { ...valid, subject: { kind: 'timex', index: 0 } },
      { ...valid, subject: { kind: 'claim', index: -1 } },
      { ...valid, subject: { kind: 'claim', index: 1.5 } },
      { ...valid, subject: { kind: 'claim', index: '2' } },
      { ...valid, subject: { kind: 'claim', index: Number.MAX_SAFE_INTEGER + 1 } },
      { ...valid, subject: [2] },
      { ...valid, id: undefined },
      { ...valid, id: '' },
      { ...valid, id: 7 },
      { ...valid, id: 'x'.repeat(65) },
      { ...valid, uri: undefined },
      { ...valid, uri: '' },
      { ...valid, uri: 'file:///' + 'a'.repeat(5000) },
      { ...valid, version: undefined },
      { ...valid, version: -1 },
      { ...valid, version: 2.5 },
      { ...valid, version: '3' },
      { ...valid, version: Number.NaN },
    ]) {
      assert.equal(parseReviewMessage(raw), undefined, JSON.stringify(raw));
    }
  });

  it('is the validation the panel applies to every webview message', () => {
    assert.deepEqual(parseWebviewMessage(valid), parseReviewMessage(valid));
    assert.equal(parseWebviewMessage({ ...valid, status: 'approved' }), undefined);
    assert.equal(parseWebviewMessage({ type: 'editNote', subject: { kind: 'claim', index: 0 } }), undefined);
  });
});

describe('timeline review messages: against what the panel shows', () => {
  const model = buildTimeline(fixtureAnalysis(), notesOf({}), { today: '2026-11-28' });
  const analysis = fixtureAnalysis();
  const context: ReviewContext = {
    uri: URI,
    analyzedVersion: 3,
    posted: { version: 3, entries: timelineEntries(model) },
    counts: { claim: analysis.claims.length, quote: analysis.quotes.length },
  };
  const message = parseReviewMessage(valid)!;

  it('accepts an entry of the model the webview was given', () => {
    assert.ok(timelineEntries(model).some((entry) => entry.id === 'claim:2@2'), 'fixture has claim:2@2');
    assert.deepEqual(checkReviewTarget(message, context), { ok: true });
    const quote = timelineEntries(model).find((entry) => entry.subject.kind === 'quote')!;
    const editNote: ReviewMessage = { type: 'editNote', id: quote.id, subject: quote.subject, uri: URI, version: 3 };
    assert.deepEqual(checkReviewTarget(editNote, context), { ok: true });
  });

  it('refuses another article, no article, and a model older than the analysis', () => {
    const refused = (candidate: ReviewMessage, ctx: ReviewContext) => {
      const result = checkReviewTarget(candidate, ctx);
      assert.equal(result.ok, false);
      return result.ok ? '' : result.reason;
    };
    assert.match(refused({ ...message, uri: 'file:///other.txt' }, context), /another article/);
    assert.match(refused(message, { ...context, uri: undefined }), /another article/);
    assert.match(refused(message, { ...context, analyzedVersion: undefined }), /no analysis/);
    // The user typed after the timeline was drawn: the index may name another claim now.
    assert.match(refused(message, { ...context, analyzedVersion: 4 }), /changed/);
    assert.match(refused({ ...message, version: 2 }, context), /changed/);
    assert.match(refused(message, { ...context, posted: undefined }), /changed/);
  });

  it('refuses ids the model does not have, ids of another subject, and subjects past the analysis', () => {
    const reason = (candidate: ReviewMessage, ctx = context) => {
      const result = checkReviewTarget(candidate, ctx);
      return result.ok ? 'accepted' : result.reason;
    };
    assert.match(reason({ ...message, id: 'claim:99@1' }), /no timeline entry/);
    assert.match(reason({ ...message, subject: { kind: 'claim', index: 0 } }), /is not claim 0/);
    assert.match(reason({ ...message, subject: { kind: 'quote', index: 2 } }), /is not quote 2/);
    assert.match(reason(message, { ...context, counts: { claim: 2, quote: 1 } }), /no claim 2/);
  });
});

// ------------------------------------------------------------------------------------------------
// The webview side (media/timeline/ on the fake DOM)

const MEDIA = path.join(__dirname, '..', '..', 'media');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webviewScript = require(path.join(MEDIA, 'timeline', 'main.js')) as { start(api: unknown, doc: unknown, win: unknown): void };

interface Running {
  document: FakeDocument;
  window: FakeWindow;
  vscode: FakeVsCodeApi;
  main: FakeElement;
}

function run(): Running {
  const document = new FakeDocument();
  const window = new FakeWindow();
  const vscode = new FakeVsCodeApi();
  webviewScript.start(vscode, document, window);
  return { document, window, vscode, main: document.getElementById('timeline')! };
}

function send(running: Running, model: TimelineModel, version = 3) {
  running.window.postFromExtension({ type: 'model', uri: URI, fileName: 'harbour.txt', version, model });
}

/** The entry's <li> (its main button carries the id). */
function entryItem(running: Running, id: string): FakeElement {
  const button = running.main.querySelectorAll('button.entry-main').find((candidate) => candidate.dataset.id === id);
  assert.ok(button?.parentElement, `no entry ${id}`);
  return button.parentElement;
}

const statusButton = (item: FakeElement) => item.querySelector('button.status-button')!;
const noteButton = (item: FakeElement) => item.querySelector('button.note-button')!;
const menuOptions = (item: FakeElement) => item.querySelectorAll('button.status-option');

describe('timeline webview: status menu and note button', () => {
  const notes = notesOf({ 'claim:2': note('verified', { text: 'Checked with the port.', sources: [] }) });
  const model = buildTimeline(fixtureAnalysis(), notes, { today: '2026-11-28' });

  it('gives every entry a labelled status menu button and a note button', () => {
    const running = run();
    send(running, model);
    const items = running.main.querySelectorAll('button.entry-main').map((button) => button.parentElement!);
    assert.equal(items.length, timelineEntries(model).length);
    for (const item of items) {
      const status = statusButton(item);
      assert.equal(status.getAttribute('aria-haspopup'), 'menu');
      assert.equal(status.getAttribute('aria-expanded'), 'false');
      assert.match(status.getAttribute('aria-label')!, /^Set status, now /);
      assert.ok(noteButton(item), 'note button');
      assert.equal(item.querySelector('span.entry-actions')!.getAttribute('role'), 'group');
    }
    const checked = entryItem(running, 'claim:2@2');
    assert.equal(statusButton(checked).getAttribute('aria-label'), 'Set status, now Verified');
    assert.equal(noteButton(checked).textContent, 'Edit note');
    assert.equal(noteButton(entryItem(running, 'claim:0@6')).textContent, 'Add note');
  });

  it('opens a menu of every status with the current one checked and focused, and sets the chosen one', () => {
    const running = run();
    send(running, model);
    const item = entryItem(running, 'claim:2@2');
    statusButton(item).click();
    const menu = item.querySelector('ul.status-menu')!;
    assert.equal(menu.getAttribute('role'), 'menu');
    assert.equal(statusButton(item).getAttribute('aria-expanded'), 'true');
    const options = menuOptions(item);
    assert.deepEqual(options.map((option) => option.dataset.status), [...NOTE_STATUSES]);
    assert.ok(options.every((option) => option.getAttribute('role') === 'menuitemradio'));
    assert.deepEqual(options.filter((option) => option.getAttribute('aria-checked') === 'true').map((option) => option.dataset.status), ['verified']);
    assert.equal(running.document.activeElement, options[1], 'focus on the current status');

    // Keyboard: down to "Disputed", then Enter (a click on a button).
    options[1].dispatch(new FakeEvent('keydown', { key: 'ArrowDown' }));
    assert.equal(running.document.activeElement, options[2]);
    const before = running.vscode.posted.length;
    options[2].click();
    const posted = running.vscode.posted.slice(before);
    assert.deepEqual(posted, [{ type: 'setStatus', id: 'claim:2@2', subject: { kind: 'claim', index: 2 }, uri: URI, version: 3, status: 'disputed' }]);
    assert.equal(item.querySelector('ul.status-menu'), null, 'menu closed');
    assert.equal(statusButton(item).getAttribute('aria-expanded'), 'false');
    assert.equal(running.document.activeElement, statusButton(item), 'focus back on the menu button');

    // What the webview sends passes the extension's checks against the model it was given.
    const message = parseWebviewMessage(posted[0]);
    assert.ok(message && message.type === 'setStatus');
    const entries = timelineEntries(model);
    assert.deepEqual(checkReviewTarget(message, { uri: URI, analyzedVersion: 3, posted: { version: 3, entries }, counts: { claim: 5, quote: 4 } }), { ok: true });
  });

  it('keeps focus on the status button when the updated model comes back', () => {
    const running = run();
    send(running, model);
    const item = entryItem(running, 'claim:2@2');
    statusButton(item).click();
    menuOptions(item)[3].click(); // False
    const updated = buildTimeline(fixtureAnalysis(), notesOf({ 'claim:2': note('false') }), { today: '2026-11-28' });
    send(running, updated);
    const fresh = entryItem(running, 'claim:2@2');
    assert.notEqual(fresh, item, 're-rendered');
    assert.equal(statusButton(fresh).getAttribute('aria-label'), 'Set status, now False');
    assert.equal(running.document.activeElement, statusButton(fresh));
  });

  it('closes on Escape without sending anything, and sends nothing for the current status', () => {
    const running = run();
    send(running, model);
    const item = entryItem(running, 'claim:2@2');
    const before = running.vscode.posted.length;
    statusButton(item).dispatch(new FakeEvent('keydown', { key: 'ArrowDown' }));
    assert.ok(item.querySelector('ul.status-menu'), 'the down arrow opens the menu');
    menuOptions(item)[0].dispatch(new FakeEvent('keydown', { key: 'Escape' }));
    assert.equal(item.querySelector('ul.status-menu'), null);
    assert.equal(running.document.activeElement, statusButton(item));
    statusButton(item).click();
    menuOptions(item)[1].click(); // Verified, already the status
    assert.deepEqual(running.vscode.posted.slice(before), []);
  });

  it('asks the extension to edit the note of the entry', () => {
    const running = run();
    send(running, model);
    const entry = timelineEntries(model).find((candidate) => candidate.subject.kind === 'quote')!;
    noteButton(entryItem(running, entry.id)).click();
    assert.deepEqual(running.vscode.last('editNote'), { type: 'editNote', id: entry.id, subject: entry.subject, uri: URI, version: 3 });
  });

  it('makes only the focused entry’s actions tab stops', () => {
    const running = run();
    send(running, model);
    const tabStops = () => running.main.querySelectorAll('button').filter((button) => button.tabIndex === 0 && !button.classList.contains('link'));
    const first = running.main.querySelectorAll('button.entry-main')[0];
    assert.deepEqual(tabStops().map((button) => `${button.dataset.id}/${button.dataset.action ?? 'entry'}`), [
      `${first.dataset.id}/entry`,
      `${first.dataset.id}/status`,
      `${first.dataset.id}/note`,
    ]);
    first.focus();
    first.dispatch(new FakeEvent('keydown', { key: 'ArrowDown' }));
    const second = running.main.querySelectorAll('button.entry-main')[1];
    assert.equal(running.document.activeElement, second);
    assert.deepEqual(tabStops().map((button) => `${button.dataset.id}/${button.dataset.action ?? 'entry'}`), [
      `${second.dataset.id}/entry`,
      `${second.dataset.id}/status`,
      `${second.dataset.id}/note`,
    ]);
    // Focusing an action (a mouse click) moves the tab stop to its entry.
    const last = running.main.querySelectorAll('button.entry-main').at(-1)!;
    noteButton(last.parentElement!).focus();
    assert.equal(last.tabIndex, 0);
    assert.equal(second.tabIndex, -1);
  });
});
