// The suites pass functions to page.evaluate(), which run in the browser: they need the DOM types.
// Shared set-up of the end-to-end suites: the running code-server and browser (handed over by
// scripts/test-vscode.ts) and the few workbench gestures the suites repeat — open a file, run a
// command from the palette, wait for the editor. Selectors are VS Code 1.100's workbench DOM.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

export interface HostSession {
  browser: Browser;
  /** http://127.0.0.1:PORT of the code-server under test. */
  baseUrl: string;
  /** Private copy of test/fixtures opened as the workspace folder. */
  workspace: string;
  /** Folder of the extension under development (the repository root). */
  extensionPath: string;
  /**
   * The extension is installed from its .vsix in the server's extensions folder: windows open without
   * extensionDevelopmentPath (else they load the development folder, in an "Extension Development Host").
   */
  installed: boolean;
  /** The server's user settings.json (a suite may add settings for its own windows, and remove them). */
  settingsFile: string;
  /** Where screenshots are written: out/screenshots/, or docs/images/ when updating the README's. */
  screenshotsDir: string;
  logDir: string;
  latencyFile: string;
}

let current: HostSession | undefined;

export function setHostSession(session: HostSession): void {
  current = session;
}

export function hostSession(): HostSession {
  if (!current) throw new Error('the end-to-end suites run only under scripts/test-vscode.ts (no code-server session)');
  return current;
}

/** The user setting that places the extension in the web worker extension host (or removes it). */
export function placeInWebWorker(settingsFile: string, on: boolean): void {
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
  if (on) settings['remote.extensionKind'] = { 'claimline.claimline': ['web'] };
  else delete settings['remote.extensionKind'];
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
}

export function remoteUri(absolutePath: string): string {
  const { host } = new URL(hostSession().baseUrl);
  return `vscode-remote://${host}${absolutePath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

export interface Workbench {
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the workbench page itself (not in webviews). */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Opens a fresh workbench window on the workspace with the extension under development loaded and,
 * if given, a workspace file in the editor. Resolves once the editor shows the file's text.
 */
export async function openWorkbench(options: { file?: string; width?: number; height?: number; folder?: string } = {}): Promise<Workbench> {
  const session = hostSession();
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1360, height: options.height ?? 860 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const payload: [string, string][] = [
    ...(session.installed ? [] : [['extensionDevelopmentPath', remoteUri(session.extensionPath)] as [string, string]]),
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  // Another folder than the shared workspace starts without the editors earlier windows left open.
  const folder = options.folder ?? session.workspace;
  if (options.file) payload.push(['openFile', remoteUri(path.join(folder, options.file))]);
  const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  await page.goto(`${session.baseUrl}/?${query.toString()}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  if (options.file) {
    await page.locator(`.tabs-container .tab[data-resource-name="${path.basename(options.file)}"]`).waitFor({ timeout: 60_000 });
    await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
  }
  return {
    context,
    page,
    pageErrors,
    close: () => context.close(),
  };
}

/**
 * Runs a command by its exact palette title, as a user would (F1, type, pick the row). Commands with
 * a `when` clause (e.g. "an article is active") appear only once the extension has set its context,
 * so the palette is reopened until the command shows up (bounded). A command that asks with a picker
 * of its own ("Welcome: Open Walkthrough...") reuses the palette's widget, which then never hides:
 * pass `opensPicker` and wait for that picker instead.
 */
export async function runCommand(page: Page, title: string, timeoutMs = 30_000, options: { opensPicker?: boolean } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input.input');
  const row = page.locator('.quick-input-list .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
  }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    // The palette closes when the focus moves (a window that has just started still settles, an
    // editor just opened takes the focus late): then open it again, here and before the click below.
    try {
      await input.fill(`>${title}`, { timeout: 5000 });
    } catch (error) {
      if (await input.isVisible()) await input.fill(`>${title}`); // still open, only slow
      else if (Date.now() > deadline) throw new Error(`the palette closed before "${title}" could be typed`, { cause: error });
      else continue;
    }
    try {
      await row.waitFor({ state: 'visible', timeout: 3000 });
    } catch (error) {
      const offered = await page.locator('.quick-input-list .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`command "${title}" is not in the palette (offered: ${offered.join(' | ')})`, { cause: error });
      await page.waitForTimeout(500);
      continue;
    }
    // A row found a moment ago is hidden and never clickable if the palette closed since.
    try {
      await row.click({ timeout: 5000 });
      break;
    } catch (error) {
      if (await row.isVisible()) {
        await row.click(); // still open, only slow: as before, wait for the row as long as a click may
        break;
      }
      if (Date.now() > deadline) throw new Error(`the palette closed before "${title}" could be picked`, { cause: error });
    }
  }
  if (!options.opensPicker) await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file with Quick Open (Ctrl+P), as a user would, and waits for its tab. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await row.click();
  await page.locator(`.tabs-container .tab.active[data-resource-name="${fileName}"]`).waitFor({ timeout: 15_000 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Viewport centre of the first occurrence of `needle` in the visible editor text. Monaco renders
 * spaces as no-break spaces and may split a line into several spans, so the search is per line.
 */
export async function editorTextPoint(page: Page, needle: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const lines = document.querySelectorAll('.editor-instance .view-lines .view-line');
    for (const line of Array.from(lines)) {
      const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = text.indexOf(wanted);
      if (at < 0) continue;
      // Walk the text nodes to turn the line offset into a DOM range.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      let node: Node | null;
      const range = document.createRange();
      let started = false;
      while ((node = walker.nextNode())) {
        const length = node.textContent?.length ?? 0;
        if (!started && at < offset + length) {
          range.setStart(node, at - offset);
          started = true;
        }
        if (started && at + wanted.length <= offset + length) {
          range.setEnd(node, at + wanted.length - offset);
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
        offset += length;
      }
    }
    return null;
  }, needle);
  if (!point) throw new Error(`"${needle}" is not visible in the editor`);
  return point;
}

/** Hovers the mouse over `needle` in the editor and returns the hover widget's text. */
export async function hoverOver(page: Page, needle: string, expected: RegExp): Promise<string> {
  const point = await editorTextPoint(page, needle);
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected }).first();
  // A hover can be dismissed by a layout change; move away and back until it shows (bounded).
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.mouse.move(point.x - 40, point.y + 120);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 5000 });
      return await hover.innerText();
    } catch {
      // Try again.
    }
  }
  const shown = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
  throw new Error(`no hover matching ${expected} over "${needle}" (hovers shown: ${JSON.stringify(shown).slice(0, 500)})`);
}

/** The status bar's cursor item ("Ln 7, Col 44 (120 selected)"): what the user sees of the selection. */
export async function cursorStatus(page: Page): Promise<{ line: number; column: number; selected: number }> {
  const text = await page.locator('[id="status.editor.selection"]').innerText();
  const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  if (!match) throw new Error(`unexpected cursor status "${text}"`);
  return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
}

/**
 * Waits for the cursor to be on `line` (status bar "Ln N,"). On a timeout the error says what the
 * status bar, the focus and the active editor tab showed instead, so a failure on a loaded CI
 * machine tells whether the reveal never came, went to another editor or came late.
 */
export async function waitForCursorLine(page: Page, line: number, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction((n) => new RegExp(`Ln ${n},`).test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), line, { timeout });
  } catch (error) {
    const seen = await page
      .evaluate(() => ({
        status: document.querySelector('[id="status.editor.selection"]')?.textContent ?? '(no cursor status)',
        focus: document.activeElement ? `${document.activeElement.tagName}.${document.activeElement.className}`.slice(0, 120) : '(none)',
        // Every group has an active tab; the active group's is the one that counts.
        tab: document.querySelector('.editor-group-container.active .tab.active')?.getAttribute('aria-label') ?? '(no active tab)',
      }))
      .catch(() => ({ status: '?', focus: '?', tab: '?' }));
    throw new Error(`the cursor did not reach line ${line} within ${timeout / 1000} s: status "${seen.status}", focus ${seen.focus}, active group's tab "${seen.tab}" (${(error as Error).message})`);
  }
}

/**
 * The frame that holds a webview's own document. VS Code nests it: an outer iframe (the webview host)
 * and inside it the frame with the extension's HTML, which starts as "pending-frame" and is swapped
 * in when loaded; so frames are matched by their content, not their name.
 */
export async function webviewFrame(page: Page, contentHint: RegExp, timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || !frame.url().includes('/webview/') || frame.isDetached()) continue;
      const text = await Promise.race([
        frame.evaluate(() => `${document.title}\n${document.body ? document.body.innerText : ''}`).catch(() => ''),
        new Promise<string>((resolve) => setTimeout(() => resolve(''), 1000)),
      ]);
      if (contentHint.test(text)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview showing ${contentHint} appeared within ${timeout / 1000} s`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = hostSession().screenshotsDir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file });
  return file;
}
