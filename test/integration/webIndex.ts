// Entry point of the extension-host tests in the browser's web worker extension host
// (`extensionTestsPath` when scripts/test-vscode.ts runs the web phase). A web worker cannot require()
// files, so mocha's browser build and the host-neutral suite are bundled into this one file
// (platform browser); results are reported with the same marker line as index.ts.
import * as vscode from 'vscode';

/** Must match RESULT_MARKER in scripts/test-vscode.ts. */
const RESULT_MARKER = 'CLAIMLINE_TEST_RESULT ';
/** Set by the runner's bundle (esbuild define): the --grep of the run, if any. */
declare const CLAIMLINE_TEST_GREP: string;

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
}

export async function run(): Promise<void> {
  // mocha's browser build installs itself as globalThis.mocha; the bdd globals exist after setup().
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- must load before the suites, which need its globals
  require('mocha/mocha.js');
  const { mocha, Mocha } = globalThis as unknown as { mocha: BrowserMocha; Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } } };
  // The reporter writes printf-style ("%s (%dms)"); the worker's console forwards the raw arguments.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(printf(args));
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 2_000, ...(CLAIMLINE_TEST_GREP ? { grep: CLAIMLINE_TEST_GREP } : {}) });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- after setup(): describe/it exist only now
  require('./anyHost.test');
  const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 }));
  });
  console.log(`${RESULT_MARKER}${JSON.stringify({ passes: stats.passes, failures: stats.failures, pending: stats.pending })}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} web worker extension-host test(s) failed`);
  if (stats.passes === 0) throw new Error(`no web worker extension-host test ran (vscode ${vscode.version})`);
}

/** console.log's own %s/%d/%j substitution, which the extension host's forwarding does not apply. */
function printf([format, ...args]: unknown[]): string {
  if (typeof format !== 'string') return [format, ...args].map(String).join(' ');
  let next = 0;
  const text = format.replace(/%[sdij%]/g, (token) => (token === '%%' ? '%' : next < args.length ? String(args[next++]) : token));
  return [text, ...args.slice(next).map(String)].join(' ');
}
