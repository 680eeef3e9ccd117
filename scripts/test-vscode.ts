// Runs Claimline's tests inside a real VS Code, offline: code-server 4.100.3 (VS Code 1.100.3's web
// workbench, Node server and remote extension host) driven by Debian's headless Chromium through
// playwright-core.
//
//   1. installs the host into test/vscode-host/node_modules on first use (cached afterwards),
//   2. builds the extension (node esbuild.js) and bundles test/integration/** into out/integration-<pid>/,
//   3. starts code-server on a free loopback port, in its own process group,
//   4. runs the extension-host suites (mocha, test/integration/index.ts) through the workbench's
//      extensionTestsPath payload, streaming their output from the page,
//   5. runs the host-neutral suite (test/integration/anyHost.test.ts, bundled for the browser with
//      webIndex.ts) with the extension placed in the browser's web worker extension host: the user
//      setting `remote.extensionKind: { "claimline.claimline": ["web"] }` makes the workbench run it
//      there from its `browser` entry (dist/extension.js) instead of in the Node host (`main`, dist/node.js),
//   6. runs the end-to-end suites (test/e2e/*.test.ts) against the same server with playwright, on the
//      extension installed from a .vsix packaged from this build (as a user installs it: no
//      "Extension Development Host" window),
//   7. stops everything and exits non-zero on any failure.
//
// It never skips: if code-server or Chromium cannot start, that is a failure with the reason.
//
// Usage: npx tsx scripts/test-vscode.ts [--suite host|web|e2e] [--grep <regexp>] [--update-screenshots]
//                                       [--keep] [--extension-dir <dir>]
// Screenshots go to out/screenshots/; with --update-screenshots (or CLAIMLINE_UPDATE_SCREENSHOTS=1) to
// docs/images/, the README's copies, so an ordinary test run leaves the working tree clean.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import Mocha from 'mocha';
import * as os from 'os';
import * as path from 'path';
import { Browser, chromium } from 'playwright-core';
import { HostSession, placeInWebWorker, setHostSession } from '../test/e2e/harness';

export const ROOT = path.resolve(__dirname, '..');
// One bundle folder per run: helpers and CI may run the suites side by side, and one run must not delete
// another's suites. Kept at the same depth as out/integration so paths relative to a suite still work.
const OUT_INTEGRATION = path.join(ROOT, 'out', `integration-${process.pid}`);
const LOG_DIR = path.join(ROOT, 'out', 'vscode-logs');
// Every test has its own mocha timeout, so the runner only has to notice a host that stopped reporting
// (crashed or hung): it gives up after this long without a line from the suites. A fixed budget for the
// whole run (5 minutes) failed on a loaded machine: the suites took 300.6 s there (190 s on a quiet one)
// while every test was within its own timeout. The overall cap is only a backstop.
const HOST_SILENCE_TIMEOUT_MS = 4 * 60_000;
const HOST_TOTAL_TIMEOUT_MS = 30 * 60_000;
const SERVER_START_TIMEOUT_MS = 60_000;

/** Result counts of one group of suites. */
export interface SuiteCounts {
  passes: number;
  failures: number;
  pending: number;
}

/** The extension-host index prints this line last so the runner can count without parsing the reporter. */
export const RESULT_MARKER = 'CLAIMLINE_TEST_RESULT ';

class RunnerError extends Error {}

function say(message: string): void {
  process.stdout.write(`[test-vscode] ${message}\n`);
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------
// Build

export function buildExtension(): void {
  const result = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new RunnerError(`building the extension (node esbuild.js) failed with exit code ${result.status}`);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new RunnerError('node esbuild.js did not produce dist/extension.js');
}

function listFiles(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full, suffix));
    else if (entry.name.endsWith(suffix)) found.push(full);
  }
  return found.sort();
}

/**
 * Bundles each extension-host suite and the mocha index into out/integration-<pid>/. `vscode` is provided by
 * the extension host and mocha is loaded from the project's node_modules at run time (it loads the
 * suites with require, which a bundle of it would break).
 */
export async function bundleIntegrationTests(outDir = OUT_INTEGRATION): Promise<string> {
  const suites = listFiles(path.join(ROOT, 'test', 'integration'), '.test.ts');
  if (suites.length === 0) throw new RunnerError('no extension-host suites found (test/integration/**/*.test.ts)');
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'integration', 'index.ts'), ...suites],
    outdir: outDir,
    outbase: path.join(ROOT, 'test', 'integration'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

/**
 * Bundles the host-neutral suite for the web worker extension host: one file (a worker cannot
 * require() the suites), mocha's browser build inside, platform browser like dist/extension.js.
 */
export async function bundleWebWorkerTests(grep: string | undefined, outDir = OUT_INTEGRATION): Promise<string> {
  const outfile = path.join(outDir, 'web', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'integration', 'webIndex.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
    // No Node modules in a web worker: the suite's `assert` is a browser implementation of it.
    alias: { assert: path.join(ROOT, 'test', 'integration', 'webAssert.ts') },
    define: { CLAIMLINE_EXPECT_WEB_WORKER: 'true', CLAIMLINE_TEST_GREP: JSON.stringify(grep ?? ''), global: 'globalThis' },
    logLevel: 'warning',
  });
  return outfile;
}

export function removeIntegrationBundle(outDir = OUT_INTEGRATION): void {
  fs.rmSync(outDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// code-server

interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** A throw-away profile: user data, extensions, config and settings, and a workspace per phase. */
interface Session {
  dir: string;
  userDataDir: string;
  /** The user settings.json (the web phase adds `remote.extensionKind` to it). */
  settingsFile: string;
  extensionsDir: string;
  configFile: string;
}

function createSession(): Session {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimline-vscode-'));
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  // Quiet, deterministic workbench: no welcome page, no update or gallery chatter, no git scanning.
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    'editor.hover.delay': 100,
    // Below the line there is room for the whole hover (and for the screenshot of it).
    'editor.hover.above': false,
    // Articles are prose: wrapped lines make the README's screenshots readable.
    'editor.wordWrap': 'on',
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
  };
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  // An explicit empty config keeps code-server from writing ~/.config/code-server/config.yaml.
  const configFile = path.join(dir, 'config.yaml');
  fs.writeFileSync(configFile, '');
  return { dir, userDataDir, settingsFile, extensionsDir, configFile };
}

/** A private copy of the fixtures, so tests may write notes sidecars without touching the repository. */
export function createWorkspace(parent: string, name: string): string {
  const workspace = path.join(parent, name);
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  return workspace;
}

function codeServerBinary(hostDir: string): string {
  const binary = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(binary)) throw new RunnerError(`code-server is not installed (${binary} missing)`);
  return binary;
}

async function startCodeServer(session: Session, hostDir: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const args = [
    codeServerBinary(hostDir),
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--config', session.configFile,
    '--user-data-dir', session.userDataDir,
    '--extensions-dir', session.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  const logFile = fs.createWriteStream(path.join(LOG_DIR, 'code-server.log'));
  // Detached: code-server and the extension hosts it spawns form one process group we can end at once.
  const child = spawn(process.execPath, args, {
    cwd: session.dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // An inherited VSCODE_IPC_HOOK_CLI (when run from a VS Code terminal) makes code-server forward
    // to that VS Code instead of starting.
    env: { ...process.env, ...env, VSCODE_IPC_HOOK_CLI: '' },
  });
  child.stdout?.pipe(logFile);
  child.stderr?.pipe(logFile);

  const listening = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`code-server did not report a listening port within ${SERVER_START_TIMEOUT_MS / 1000} s`), SERVER_START_TIMEOUT_MS);
    function fail(reason: string): void {
      clearTimeout(timer);
      reject(new RunnerError(`${reason}\n--- code-server output ---\n${output.trim()}`));
    }
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(`code-server could not be started: ${error.message}`));
    child.once('exit', (code, signal) => fail(`code-server exited before listening (code ${code}, signal ${signal})`));
  });
  // Interrupted runs (Ctrl+C, a CI timeout) must not leave the detached server behind.
  const pid = child.pid;
  if (pid !== undefined) {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        killGroup(pid, 'SIGKILL');
        process.exit(130);
      });
    }
  }
  const baseUrl = listening.replace(/\/$/, '');
  const port = Number(new URL(baseUrl).port);

  let stopped = false;
  async function stop(): Promise<void> {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    killGroup(child.pid, 'SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(child.pid, 'SIGKILL');
    // The extension hosts are in the same group and may outlive the server by a moment.
    killGroup(child.pid, 'SIGKILL');
  }
  return { child, baseUrl, port, stop };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Packages the build into a .vsix (vsce, as `npm run package` does, without its production rebuild)
 * and installs it into the session's extensions folder with code-server's own installer.
 */
function installVsix(session: Session, hostDir: string): string {
  const vsix = path.join(session.dir, 'claimline.vsix');
  const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
  const packaged = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (packaged.status !== 0) throw new RunnerError(`vsce package failed (exit ${packaged.status}): ${packaged.stderr || packaged.stdout}`);
  const installed = spawnSync(
    process.execPath,
    [codeServerBinary(hostDir), '--extensions-dir', session.extensionsDir, '--user-data-dir', session.userDataDir, '--config', session.configFile, '--install-extension', vsix],
    { cwd: session.dir, encoding: 'utf8', env: { ...process.env, VSCODE_IPC_HOOK_CLI: '' } },
  );
  if (installed.status !== 0 || !/successfully installed/i.test(installed.stdout + installed.stderr)) {
    throw new RunnerError(`code-server --install-extension ${vsix} failed (exit ${installed.status}): ${installed.stdout}${installed.stderr}`);
  }
  return vsix;
}

// ---------------------------------------------------------------------------------------------
// Browser

function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new RunnerError(`Chromium not found at ${candidate}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return candidate;
}

async function launchBrowser(): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      timeout: 60_000,
    });
  } catch (error) {
    if (error instanceof RunnerError) throw error;
    throw new RunnerError(`Chromium could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Extension-host suites

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

async function runHostSuites(browser: Browser, server: ServerProcess, extensionPath: string, workspace: string, testIndex: string, webWorker = false): Promise<SuiteCounts> {
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

// ---------------------------------------------------------------------------------------------
// End-to-end suites (playwright in this process, against the workbench)

async function runEndToEndSuites(session: HostSession, grep: string | undefined): Promise<SuiteCounts> {
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

// ---------------------------------------------------------------------------------------------

interface Options {
  suites: Set<'host' | 'web' | 'e2e'>;
  grep?: string;
  keep: boolean;
  updateScreenshots: boolean;
  /** Test a prebuilt extension folder instead of building this one (for debugging the runner). */
  extensionDir?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { suites: new Set(['host', 'web', 'e2e']), keep: false, updateScreenshots: process.env.CLAIMLINE_UPDATE_SCREENSHOTS === '1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--suite') {
      const value = argv[++i];
      if (value !== 'host' && value !== 'web' && value !== 'e2e') throw new RunnerError('--suite takes host, web or e2e');
      options.suites = new Set([value]);
    } else if (arg === '--grep') {
      options.grep = argv[++i];
    } else if (arg === '--extension-dir') {
      options.extensionDir = path.resolve(argv[++i]);
    } else if (arg === '--update-screenshots') {
      options.updateScreenshots = true;
    } else if (arg === '--keep') {
      options.keep = true;
    } else {
      throw new RunnerError(`unknown argument ${arg}`);
    }
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  fs.mkdirSync(LOG_DIR, { recursive: true });

  // The host installer is plain CommonJS so it can run before anything is built or installed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const host = require('../test/vscode-host/install.js') as { install(): { cached: boolean; seconds: number }; HOST_DIR: string };
  let step = Date.now();
  const installed = host.install();
  say(`code-server host ${installed.cached ? 'cached' : `installed in ${seconds(step)}`}`);

  step = Date.now();
  const extensionPath = options.extensionDir ?? ROOT;
  if (!options.extensionDir) buildExtension();
  const testIndex = await bundleIntegrationTests();
  const webTestIndex = await bundleWebWorkerTests(options.grep);
  say(`extension and extension-host suites built in ${seconds(step)}`);

  const session = createSession();
  const hostWorkspace = createWorkspace(session.dir, 'workspace-host');
  const webWorkspace = createWorkspace(session.dir, 'workspace-web');
  const e2eWorkspace = createWorkspace(session.dir, 'workspace-e2e');
  const latencyFile = path.join(ROOT, 'out', 'latency.json');
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const results: Record<string, SuiteCounts> = {};
  try {
    step = Date.now();
    // The end-to-end suites use the extension as installed from its .vsix (unless a folder is given).
    const installed = options.suites.has('e2e') && !options.extensionDir;
    if (installed) say(`installed ${path.basename(installVsix(session, host.HOST_DIR))} (${(fs.statSync(path.join(session.dir, 'claimline.vsix')).size / 1024).toFixed(1)} KB) in ${seconds(step)}`);
    step = Date.now();
    server = await startCodeServer(session, host.HOST_DIR, {
      // Read by the extension-host suites (the remote extension host inherits the server's environment).
      CLAIMLINE_TEST_WORKSPACE: hostWorkspace,
      CLAIMLINE_LATENCY_FILE: latencyFile,
      ...(options.grep ? { CLAIMLINE_TEST_GREP: options.grep } : {}),
    });
    browser = await launchBrowser();
    say(`code-server ${server.baseUrl} and Chromium ${browser.version()} up in ${seconds(step)}`);

    if (options.suites.has('host')) {
      step = Date.now();
      say('extension-host suites (mocha inside VS Code 1.100.3):');
      results['extension host'] = await runHostSuites(browser, server, extensionPath, hostWorkspace, testIndex);
      say(`extension-host suites finished in ${seconds(step)}`);
    }
    if (options.suites.has('web')) {
      step = Date.now();
      say('host-neutral suite in the web worker extension host (the browser entry, dist/extension.js):');
      placeInWebWorker(session.settingsFile, true);
      try {
        results['web worker extension host'] = await runHostSuites(browser, server, extensionPath, webWorkspace, webTestIndex, true);
      } finally {
        placeInWebWorker(session.settingsFile, false);
      }
      say(`web worker suite finished in ${seconds(step)}`);
    }
    if (options.suites.has('e2e')) {
      step = Date.now();
      say('end-to-end suites (playwright against the workbench):');
      results['end-to-end'] = await runEndToEndSuites({
        browser,
        baseUrl: server.baseUrl,
        workspace: e2eWorkspace,
        extensionPath,
        installed,
        settingsFile: session.settingsFile,
        screenshotsDir: options.updateScreenshots ? path.join(ROOT, 'docs', 'images') : path.join(ROOT, 'out', 'screenshots'),
        logDir: LOG_DIR,
        latencyFile,
      }, options.grep);
      say(`end-to-end suites finished in ${seconds(step)}`);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (!options.keep) {
      fs.rmSync(session.dir, { recursive: true, force: true });
      removeIntegrationBundle();
    } else {
      say(`kept ${session.dir} and ${path.relative(ROOT, OUT_INTEGRATION)}`);
    }
  }

  let passes = 0;
  let failures = 0;
  let pending = 0;
  for (const [name, counts] of Object.entries(results)) {
    say(`${name}: ${counts.passes} passed, ${counts.failures} failed${counts.pending ? `, ${counts.pending} pending` : ''}`);
    passes += counts.passes;
    failures += counts.failures;
    pending += counts.pending;
  }
  // A run that executed nothing proves nothing.
  if (passes + failures === 0) failures = 1;
  say(`total time ${seconds(started)}`);
  process.stdout.write(`vscode: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}\n`);
  return failures === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`[test-vscode] FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
