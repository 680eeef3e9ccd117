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
  /** Where the README's screenshots are written (docs/images/). */
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
export async function openWorkbench(options: { file?: string; width?: number; height?: number } = {}): Promise<Workbench> {
  const session = hostSession();
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1360, height: options.height ?? 860 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', remoteUri(session.extensionPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (options.file) payload.push(['openFile', remoteUri(path.join(session.workspace, options.file))]);
  const query = new URLSearchParams({ folder: session.workspace, payload: JSON.stringify(payload) });
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

/** Runs a command by its palette title, as a user would (F1, type, Enter). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Moves the cursor to line:column (1-based) with "Go to Line". */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The status bar's "Ln X, Col Y" as numbers: what the user sees as the cursor position. */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number }> {
  const text = await page.locator('#status\\.editor\\.selection').innerText();
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  if (!match) throw new Error(`unexpected cursor status "${text}"`);
  return { line: Number(match[1]), column: Number(match[2]) };
}

/**
 * The frame that holds a webview's own document. VS Code nests it: an outer iframe (the webview host,
 * class "webview") and, inside it, the "active-frame" iframe with the extension's HTML.
 */
export async function webviewFrame(page: Page, titleHint: RegExp, timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame.name() !== 'active-frame' && !/active-frame/.test(frame.url())) continue;
      const title = await frame.title().catch(() => '');
      const body = await frame.locator('body').innerText({ timeout: 1000 }).catch(() => '');
      if (titleHint.test(title) || titleHint.test(body)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview matching ${titleHint} appeared within ${timeout / 1000} s`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = hostSession().screenshotsDir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file });
  return file;
}
