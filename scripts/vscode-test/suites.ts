// Runs the suites: the extension-host suites (mocha inside the workbench, in the Node or the web
// worker extension host), streaming their output from the page, and the end-to-end suites (playwright
// in this process, against the workbench).
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { type HostSession, setHostSession } from '../../test/e2e/harness';
import { listFiles } from './build';
import type { ServerProcess } from './codeServer';
import { LOG_DIR, ROOT, RunnerError, say } from './common';

// Every test has its own mocha timeout, so the runner only has to notice a host that stopped reporting
// (crashed or hung): it gives up after this long without a line from the suites. A fixed budget for the
// whole run (5 minutes) failed on a loaded machine: the suites took 300.6 s there (190 s on a quiet one)
// while every test was within its own timeout. The overall cap is only a backstop.
const HOST_SILENCE_TIMEOUT_MS = 4 * 60_000;
const HOST_TOTAL_TIMEOUT_MS = 30 * 60_000;

/** Result counts of one group of suites. */
export interface SuiteCounts {
  passes: number;
  failures: number;
  pending: number;
}

/** The extension-host index prints this line last so the runner can count without parsing the reporter. */
export const RESULT_MARKER = 'CLAIMLINE_TEST_RESULT ';


/**
 * Lines the workbench logs because this machine has no network (extension gallery, marketplace,
 * update and experiment look-ups). They say nothing about Claimline, so they are not shown.
 */
const NETWORK_NOISE = [
  /gallery/i,
  /marketplace/i,
  /net::ERR_/,
  /Failed to fetch/i,
  /getaddrinfo|ERR_NAME_NOT_RESOLVED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/,
  /Error while getting the latest version for the extension/i,
];

/** Start-up and shutdown chatter of the workbench itself: kept in the log file, not shown. */
const WORKBENCH_CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution '.*' took \d+ms/,
  /Long running operations during shutdown are unsupported in the web/,
];

export function isNetworkNoise(message: string): boolean {
  return NETWORK_NOISE.some((pattern) => pattern.test(message));
}

function isWorkbenchChatter(message: string): boolean {
  return WORKBENCH_CHATTER.some((pattern) => pattern.test(message));
}

/** vscode-remote URI of a path on this machine, with the page's authority (the workbench insists on it). */
export function remoteUri(baseUrl: string, absolutePath: string): string {
  const { host } = new URL(baseUrl);
  return `vscode-remote://${host}${absolutePath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

export function workbenchUrl(baseUrl: string, folder: string, payload: [string, string][]): string {
  const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${baseUrl}/?${query.toString()}`;
}

export async function runHostSuites(browser: Browser, server: ServerProcess, extensionPath: string, workspace: string, testIndex: string, webWorker = false): Promise<SuiteCounts> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pageLog = fs.createWriteStream(path.join(LOG_DIR, webWorker ? 'web-host-page-console.log' : 'host-page-console.log'));
  let counts: SuiteCounts | undefined;
  let hidden = 0;
  // When the suites last printed a line (a test result, a suite title, a failure).
  let lastProgress = Date.now();
  let resolveExit: (code: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => {
    resolveExit = resolve;
  });

  await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
    const text = String(message);
    pageLog.write(`[${level}] ${text}\n`);
    if (text.startsWith(RESULT_MARKER)) {
      counts = JSON.parse(text.slice(RESULT_MARKER.length)) as SuiteCounts;
      return;
    }
    if (isNetworkNoise(text)) {
      hidden++;
      return;
    }
    // Trace/debug messages and the workbench's own chatter go only to the log file.
    if (level === 'trace' || level === 'debug' || isWorkbenchChatter(text)) return;
    lastProgress = Date.now();
    process.stdout.write(`${level === 'info' ? '' : `[${level}] `}${text.replace(/\n$/, '')}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number, logs?: { relativePath: string; contents: string }[]) => {
    for (const log of logs ?? []) {
      const target = path.join(LOG_DIR, 'host-logs', log.relativePath);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, log.contents);
    }
    resolveExit(code);
  });
  page.on('console', (message) => {
    const text = message.text();
    pageLog.write(`[console.${message.type()}] ${text}\n`);
    // The web worker extension host's console reaches the page's console (prefixed), not the automation log.
    const marker = text.indexOf(RESULT_MARKER);
    if (marker >= 0 && !counts) counts = JSON.parse(/\{[^}]*\}/.exec(text.slice(marker))![0]) as SuiteCounts;
    else if (webWorker && !isNetworkNoise(text) && !isWorkbenchChatter(text) && /Extension Host/.test(text)) {
      lastProgress = Date.now();
      process.stdout.write(`${text.replace(/%c/g, '').replace(/^\s*\[Extension Host\]\s*/, '').replace(/\s*color: [^ ]+\s*/g, ' ').trimEnd()}\n`);
    }
  });
  page.on('pageerror', (error) => pageLog.write(`[pageerror] ${error.message}\n`));

  const url = workbenchUrl(server.baseUrl, workspace, [
    ['extensionDevelopmentPath', remoteUri(server.baseUrl, extensionPath)],
    ['extensionTestsPath', remoteUri(server.baseUrl, testIndex)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ]);
  await page.goto(url);
  const started = Date.now();
  let watchdog: ReturnType<typeof setInterval> | undefined;
  const timeout = new Promise<string>((resolve) => {
    watchdog = setInterval(() => {
      if (Date.now() - lastProgress > HOST_SILENCE_TIMEOUT_MS) resolve(`printed nothing for ${HOST_SILENCE_TIMEOUT_MS / 60_000} minutes`);
      else if (Date.now() - started > HOST_TOTAL_TIMEOUT_MS) resolve(`did not finish within ${HOST_TOTAL_TIMEOUT_MS / 60_000} minutes`);
    }, 1000);
  });
  const code = await Promise.race([exit, timeout]).finally(() => clearInterval(watchdog));
  if (typeof code === 'string') {
    await page.screenshot({ path: path.join(LOG_DIR, 'host-timeout.png') }).catch(() => undefined);
    await context.close();
    throw new RunnerError(`the extension-host suites ${code} (see out/vscode-logs/)`);
  }
  await context.close();
  pageLog.end();
  if (hidden > 0) say(`(${hidden} offline network messages of the workbench hidden; all in out/vscode-logs/host-page-console.log)`);
  if (!counts) {
    // The index never reported: it failed to load or the extension host crashed.
    return { passes: 0, failures: Math.max(1, code), pending: 0 };
  }
  if (code !== 0 && counts.failures === 0) counts.failures = 1;
  return counts;
}

export async function runEndToEndSuites(session: HostSession, grep: string | undefined): Promise<SuiteCounts> {
  const files = listFiles(path.join(ROOT, 'test', 'e2e'), '.test.ts');
  if (files.length === 0) throw new RunnerError('no end-to-end suites found (test/e2e/*.test.ts)');
  setHostSession(session);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 90_000, slow: 10_000, grep });
  for (const file of files) mocha.addFile(file);
  return await new Promise<SuiteCounts>((resolve) => {
    const runner = mocha.run(() => {
      const stats = runner.stats ?? { passes: 0, failures: 1, pending: 0 };
      resolve({ passes: stats.passes, failures: stats.failures, pending: stats.pending });
    });
  });
}
