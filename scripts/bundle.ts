// The analyzer bundled by esbuild as the extension and the CLI ship it, for the benchmarks: a
// module loaded through tsx instead pays a getter per imported function (1.5–2× slower on dense
// documents, docs/performance.md).
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

/** Bundles `contents` (a module of re-exports, resolved from `resolveDir`) to `outfile` and loads it. */
export function bundleAndLoad<T>(contents: string, resolveDir: string, outfile: string): T {
  buildSync({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    nodePaths: [join(REPO_ROOT, 'node_modules')],
    // linkedom (the benchmarks' peer, plain Readability.js) needs neither its optional canvas nor its
    // CSS parser (scripts/noStyleSheets.ts says why).
    external: ['canvas'],
    alias: { 'cssomnom/parse': join(REPO_ROOT, 'scripts', 'noStyleSheets.ts') },
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as T;
}
