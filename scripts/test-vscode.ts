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
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { placeInWebWorker } from '../test/e2e/harness';
import { buildExtension, bundleIntegrationTests, bundleWebWorkerTests, createWorkspace, removeIntegrationBundle } from './vscode-test/build';
import { createSession, installVsix, launchBrowser, type ServerProcess, startCodeServer } from './vscode-test/codeServer';
import { LOG_DIR, OUT_INTEGRATION, ROOT, RunnerError, say, seconds } from './vscode-test/common';
import { runEndToEndSuites, runHostSuites, type SuiteCounts } from './vscode-test/suites';

// scripts/test-desktop.ts runs the same extension-host suites in desktop VS Code.
export { buildExtension, bundleIntegrationTests, createWorkspace, removeIntegrationBundle, ROOT };

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
      // mocha's own -i (invert) and a case flag are not options here: say so instead of "unknown argument".
      if (!options.grep || options.grep.startsWith('-')) throw new RunnerError(`--grep takes a regular expression of test titles (case sensitive, e.g. '[Tt]imeline'), not "${options.grep ?? ''}"`);
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
