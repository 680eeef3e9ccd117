// Entry point VS Code calls in the extension host (`extensionTestsPath`): runs every bundled
// extension-host suite with mocha and rejects if any test fails. The same file serves the code-server
// runner (scripts/test-vscode.ts) and @vscode/test-electron (scripts/test-desktop.ts).
//
// The suites are bundled one file each into out/integration-<run>/ beside this index; mocha is loaded from the
// project's node_modules because it loads the suites with require().
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import * as util from 'util';

/** Must match RESULT_MARKER in scripts/test-vscode.ts, which counts results from this line. */
const RESULT_MARKER = 'CLAIMLINE_TEST_RESULT ';

/**
 * Suites that must see a cold extension run first: the latency suite measures activation and the first
 * analysis, which any earlier suite would have warmed up.
 */
const RUN_FIRST = ['latency.test.js'];

function suiteFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...suiteFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort((a, b) => {
    const rank = (file: string): number => (RUN_FIRST.includes(path.basename(file)) ? 0 : 1);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
}

export async function run(): Promise<void> {
  // The workbench forwards console.log's arguments joined by commas, unformatted ("%s%s,  ,title"):
  // format here so the runner prints the reporter's lines as a terminal would.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    // The output travels through the workbench's log to the runner: colours would arrive as escapes.
    color: false,
    reporter: 'spec',
    timeout: 30_000,
    slow: 2_000,
    grep: process.env.CLAIMLINE_TEST_GREP || undefined,
  });
  const files = suiteFiles(__dirname);
  if (files.length === 0) throw new Error(`no extension-host suites (*.test.js) in ${__dirname}`);
  for (const file of files) mocha.addFile(file);

  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 } as Mocha.Stats));
    } catch (error) {
      // A suite that throws while loading (syntax, missing import) ends up here.
      reject(error);
    }
  });
  console.log(`${RESULT_MARKER}${JSON.stringify({ passes: stats.passes, failures: stats.failures, pending: stats.pending })}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} extension-host test(s) failed`);
  if (stats.passes === 0) throw new Error('no extension-host test ran');
}
