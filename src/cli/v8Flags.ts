// Tuning of V8's optimizing compiler for the command line, set before any article is analyzed (the
// flags are the process's, so the worker threads get them too). A check run is short and mostly
// spends its time warming up a large analyzer: each analyzing thread has TurboFan compile hundreds
// of functions on its first few hundred articles, on the second core, and compiles the same again
// in each worker. Two settings make that cheaper, measured in docs/performance.md ("claimline check
// at scale"):
//   - less inlining: the compilations are smaller, and undone less often when a rule meets a new
//     kind of input;
//   - when every core analyzes (as many threads as cores), a larger interrupt budget (8× the
//     default): a function is optimized only once it has run eight times as much bytecode, so the
//     many functions that are warm but not hot stay in Ignition and Sparkplug and only the hot ones
//     are compiled. With a core to spare, compiling there costs the run no time, and optimizing
//     early is faster: the default stays.
// The larger budget costs optimized code in long runs (a thread reaches the default's speed later),
// so a thread that has analyzed LONG_RUN_CHARS puts the default budget back (noteAnalyzed).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** V8's default --interrupt-budget (Node 20, V8 11.3). */
const DEFAULT_INTERRUPT_BUDGET = 67584;
/** Characters analyzed by one thread after which the run counts as long (about 16 MB of text). */
const LONG_RUN_CHARS = 16 * 1024 * 1024;

let analyzed = 0;

/** Called once in the main thread, before any article is analyzed. */
export function tuneForShortRuns(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}

/**
 * Called in the main thread before the first article is analyzed, with the threads that will
 * analyze; again if that number changes before then (workers started early, fewer articles).
 */
export function tuneForThreads(threads: number): void {
  const everyCore = threads >= availableParallelism() && analyzed < LONG_RUN_CHARS;
  setFlagsFromString(`--interrupt-budget=${everyCore ? 8 * DEFAULT_INTERRUPT_BUDGET : DEFAULT_INTERRUPT_BUDGET}`);
}

/** Counts the characters this thread analyzed; past LONG_RUN_CHARS, V8 tiers up as by default. */
export function noteAnalyzed(chars: number): void {
  if (analyzed >= LONG_RUN_CHARS) return;
  analyzed += chars;
  if (analyzed >= LONG_RUN_CHARS) setFlagsFromString(`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`);
}
