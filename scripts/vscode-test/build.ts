// Builds what the VS Code suites run: the extension (esbuild.js), the extension-host suites bundled
// for Node and for the web worker, and a private copy of the fixtures as the workspace.
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { OUT_INTEGRATION, ROOT, RunnerError } from './common';

export function buildExtension(): void {
  const result = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new RunnerError(`building the extension (node esbuild.js) failed with exit code ${result.status}`);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new RunnerError('node esbuild.js did not produce dist/extension.js');
}

export function listFiles(dir: string, suffix: string): string[] {
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

/** A private copy of the fixtures, so tests may write notes sidecars without touching the repository. */
export function createWorkspace(parent: string, name: string): string {
  const workspace = path.join(parent, name);
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  return workspace;
}
