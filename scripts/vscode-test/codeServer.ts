// The VS Code under test: a throw-away code-server profile and server (in its own process group),
// the .vsix installed into it, and the headless Chromium that opens the workbench.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Browser, chromium } from 'playwright-core';
import { LOG_DIR, ROOT, RunnerError } from './common';

const SERVER_START_TIMEOUT_MS = 60_000;

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** A throw-away profile: user data, extensions, config and settings, and a workspace per phase. */
export interface Session {
  dir: string;
  userDataDir: string;
  /** The user settings.json (the web phase adds `remote.extensionKind` to it). */
  settingsFile: string;
  extensionsDir: string;
  configFile: string;
}

export function createSession(): Session {
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

function codeServerBinary(hostDir: string): string {
  const binary = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(binary)) throw new RunnerError(`code-server is not installed (${binary} missing)`);
  return binary;
}

export async function startCodeServer(session: Session, hostDir: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
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
export function installVsix(session: Session, hostDir: string): string {
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

function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new RunnerError(`Chromium not found at ${candidate}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return candidate;
}

export async function launchBrowser(): Promise<Browser> {
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
