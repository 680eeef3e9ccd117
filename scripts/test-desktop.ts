// Runs the same extension-host suites as scripts/test-vscode.ts, in desktop VS Code through
// @vscode/test-electron: for machines that can download VS Code, or that have it installed.
//
//   npx tsx scripts/test-desktop.ts
//   VSCODE_EXECUTABLE_PATH=/usr/share/code/code npx tsx scripts/test-desktop.ts   (an installed VS Code)
//   VSCODE_VERSION=1.100.3 npx tsx scripts/test-desktop.ts                         (which one to download)
//
// On Linux without a display, run it under a virtual one: `xvfb-run -a npm run test:desktop`.
// The end-to-end (playwright) suites need the browser workbench and run only under test-vscode.
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildExtension, bundleIntegrationTests, createWorkspace, removeIntegrationBundle, ROOT } from './test-vscode';

async function main(): Promise<number> {
  buildExtension();
  const testIndex = await bundleIntegrationTests();
  const session = fs.mkdtempSync(path.join(os.tmpdir(), 'claimline-desktop-'));
  const workspace = createWorkspace(session, 'workspace');
  try {
    const exitCode = await runTests({
      ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : { version: process.env.VSCODE_VERSION || 'stable' }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testIndex,
      extensionTestsEnv: {
        CLAIMLINE_TEST_WORKSPACE: workspace,
        CLAIMLINE_LATENCY_FILE: path.join(ROOT, 'out', 'latency-desktop.json'),
        ...(process.env.CLAIMLINE_TEST_GREP ? { CLAIMLINE_TEST_GREP: process.env.CLAIMLINE_TEST_GREP } : {}),
      },
      launchArgs: [
        workspace,
        // Only the extension under development: other installed extensions would make results vary.
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(session, 'user-data'),
      ],
    });
    return exitCode;
  } finally {
    fs.rmSync(session, { recursive: true, force: true });
    removeIntegrationBundle();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[test-desktop] FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('[test-desktop] VS Code could not be downloaded or started. Set VSCODE_EXECUTABLE_PATH to an installed VS Code, or use `npm run test:vscode` (code-server, offline).\n');
    process.exit(1);
  },
);
