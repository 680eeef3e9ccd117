// Bugs the fuzzer found that are not fixed yet, each with a minimal reproducing input. This file is
// deliberately not named *.test.ts: mocha does not run it, so the suite stays green while the owner
// fixes the bug. The bounded fuzz suite tolerates exactly these failures (narrow `matches`), and
// `npm run fuzz` reports them unless run with --strict.
//
//   npx tsx test/unit/fuzz-known-failures.ts   lists which of them still reproduce
//
// When one no longer reproduces, delete its entry: the fuzz suite then guards against it again.

import { checkCase, type KnownFailure } from './fuzz-properties';

// Empty: every bug the fuzzer found so far is fixed, and its input is a regression test in
// fuzz.test.ts. Add an entry here only while a new one is being fixed.
export const KNOWN_FAILURES: KnownFailure[] = [];

/** Runs every repro without tolerance; returns the ids that still fail, with their messages. */
export function reproduceKnownFailures(): Array<{ id: string; message: string | null }> {
  return KNOWN_FAILURES.map((known) => {
    try {
      checkCase(known.repro);
      return { id: known.id, message: null };
    } catch (error) {
      return { id: known.id, message: (error as Error).message.split('\n')[0] };
    }
  });
}

if (require.main === module) {
  for (const { id, message } of reproduceKnownFailures()) {
    console.log(`${message === null ? 'FIXED (delete the entry)' : 'still fails'}  ${id}${message ? `\n    ${message}` : ''}`);
  }
}
