// Stands in for core/analyze.ts in dist/cli-run.js (esbuild.js swaps it in): the command line's main
// thread analyzes only with --jobs 1, for a single article or for `timeline`; in a run with worker
// threads it never does, yet setting up the analyzer's modules (word lists, patterns, tables) was
// half of loading the command line, on the main thread, before the first batch went out. The
// analyzer is dist/cli-analyze.js, required on first use.
import type * as AnalyzeModule from '../core/analyze';

let loaded: typeof AnalyzeModule | undefined;

function analyzer(): typeof AnalyzeModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use, synchronously
  loaded ??= require('../core/analyze') as typeof AnalyzeModule;
  return loaded;
}

export function analyze(...args: Parameters<typeof AnalyzeModule.analyze>): ReturnType<typeof AnalyzeModule.analyze> {
  return analyzer().analyze(...args);
}

export function formatFor(...args: Parameters<typeof AnalyzeModule.formatFor>): ReturnType<typeof AnalyzeModule.formatFor> {
  return analyzer().formatFor(...args);
}
