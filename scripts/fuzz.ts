// npm run fuzz: long property-based fuzzing of the analyzer with a random seed.
//
//   npx tsx scripts/fuzz.ts [SECONDS] [--seed N] [--strict] [--runs N]
//
// SECONDS is the time budget (default 3600). The same properties as the unit suite
// (test/unit/fuzz-properties.ts) run round-robin in batches, each batch with its own seed, until the
// budget is spent. Every batch prints its seed; a failure prints the shrunk counterexample, the seed
// and the replay path, and the run exits 1. Reproduce with `--seed N` (the first batch uses it).
// Bugs already listed in test/unit/fuzz-known-failures.ts are tolerated unless --strict is given.
// The slowest documents seen are printed at the end: a document far slower per byte than the others
// is where to look for a super-linear step.

import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KNOWN_FAILURES } from '../test/unit/fuzz-known-failures';
import { analyzerProperties, type FuzzCase } from '../test/unit/fuzz-properties';

interface Arguments {
  seconds: number;
  seed: number | null;
  strict: boolean;
  runsPerBatch: number;
}

function parseArguments(argv: string[]): Arguments {
  const args: Arguments = { seconds: 3600, seed: null, strict: false, runsPerBatch: 500 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = (flag: string) => {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value)) throw new Error(`${flag} needs a number`);
      return value;
    };
    if (arg === '--seed') args.seed = Math.trunc(number(arg));
    else if (arg === '--runs') args.runsPerBatch = Math.max(1, Math.trunc(number(arg)));
    else if (arg === '--strict') args.strict = true;
    else if (/^\d+(\.\d+)?$/.test(arg)) args.seconds = Number(arg);
    else throw new Error(`unknown argument ${arg} (usage: scripts/fuzz.ts [SECONDS] [--seed N] [--strict] [--runs N])`);
  }
  return args;
}

/** Keeps the few slowest cases, by milliseconds per kilobyte (tiny documents excluded: timer noise). */
class SlowestCases {
  private readonly cases: Array<{ msPerKb: number; ms: number; fuzzCase: FuzzCase }> = [];

  readonly observe = (fuzzCase: FuzzCase, ms: number): void => {
    if (fuzzCase.text.length < 2000) return;
    const msPerKb = ms / (fuzzCase.text.length / 1024);
    if (this.cases.length === 3 && msPerKb <= this.cases[2].msPerKb) return;
    this.cases.push({ msPerKb, ms, fuzzCase });
    this.cases.sort((a, b) => b.msPerKb - a.msPerKb);
    this.cases.length = Math.min(this.cases.length, 3);
  };

  print(): void {
    if (this.cases.length === 0) return;
    // Whole documents go to a file: they are too long for the console and are needed to profile.
    const file = join(tmpdir(), `claimline-fuzz-slowest-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(this.cases, null, 1));
    console.log(`\nslowest documents seen (CPU ms per KB of the first analysis; a super-linear step shows up here first; full cases in ${file}):`);
    for (const { msPerKb, ms, fuzzCase } of this.cases) {
      console.log(`  ${msPerKb.toFixed(2)} ms/KB, ${ms.toFixed(1)} ms, ${fuzzCase.text.length} chars, ${JSON.stringify(fuzzCase.options)}: ${JSON.stringify(fuzzCase.text.slice(0, 120))}…`);
    }
  }
}

function main(): number {
  const args = parseArguments(process.argv.slice(2));
  const tolerated = args.strict ? [] : KNOWN_FAILURES;
  const slowest = new SlowestCases();
  const properties = analyzerProperties(tolerated, slowest.observe);
  const deadline = performance.now() + args.seconds * 1000;
  let seed = args.seed ?? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
  let totalRuns = 0;
  let batch = 0;
  console.log(`fuzzing for ${args.seconds} s, ${properties.length} properties, ${args.runsPerBatch} runs per batch` +
    (args.strict ? ', strict (known failures count)' : `, ${tolerated.length} known failures tolerated (--strict to count them)`));
  while (performance.now() < deadline) {
    const { name, property } = properties[batch % properties.length];
    const remaining = deadline - performance.now();
    const details = fc.check(property, {
      seed,
      numRuns: args.runsPerBatch,
      // A batch may not outlive the budget; shrinking a failure is still allowed to finish.
      interruptAfterTimeLimit: Math.max(1000, remaining),
      markInterruptAsFailure: false,
    });
    totalRuns += details.numRuns;
    if (details.failed) {
      console.log(`\nFAILED: ${name}`);
      console.log(fc.defaultReportMessage(details));
      const error = details.errorInstance;
      console.log(`\nerror: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      console.log(`\nreproduce: npx tsx scripts/fuzz.ts 60 --seed ${seed}${args.strict ? ' --strict' : ''} (property "${name}", path ${details.counterexamplePath})`);
      console.log(`counterexample as a test case:\n${JSON.stringify(details.counterexample?.[0])}`);
      slowest.print();
      return 1;
    }
    batch++;
    console.log(`batch ${batch}: seed ${seed}, ${details.numRuns} runs ok (${name}); ${totalRuns} runs so far, ${Math.max(0, Math.round((deadline - performance.now()) / 1000))} s left`);
    seed = (seed * 1103515245 + 12345) | 0;
  }
  console.log(`\nno failures in ${totalRuns} runs over ${batch} batches`);
  slowest.print();
  return 0;
}

process.exitCode = main();
