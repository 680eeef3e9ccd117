// Bugs the fuzzer found that are not fixed yet, each with a minimal reproducing input. This file is
// deliberately not named *.test.ts: mocha does not run it, so the suite stays green while the owner
// fixes the bug. The bounded fuzz suite tolerates exactly these failures (narrow `matches`), and
// `npm run fuzz` reports them unless run with --strict.
//
//   npx tsx test/unit/fuzz-known-failures.ts   lists which of them still reproduce
//
// When one no longer reproduces, delete its entry: the fuzz suite then guards against it again.

import { checkCase, type KnownFailure } from './fuzz-properties';

export const KNOWN_FAILURES: KnownFailure[] = [
  {
    id: 'numeric-date-with-overlong-year',
    owner: 'src/core/temporal (tagger)',
    description:
      'A year beyond 9999 is written into the value, which TimeML cannot express: "12/31/199912" = 199912-12-31; ' +
      'with the dateline "Dec. 5 9999", "two years later" = 10001.',
    repro: { text: 'It closed on 12/31/199912.', options: { format: 'plaintext', published: '2020-12-05', today: '2026-11-28' } },
    matches: (error) => /value is not a TimeML value/.test(error.message) && /" = \d{5,}(?:-|\))/.test(error.message),
  },
  {
    id: 'ordinal-century-with-overlong-number',
    owner: 'src/core/temporal (tagger)',
    description:
      'An ordinal century with three or more digits is tagged with an invalid value or range: "119th century" = 118 with ' +
      'range 11800-01-01..11899-12-31 (not an ISO day), "202019th century" = 202018, and fifty 1s before "9th century" ' +
      'give the value 1.1111111111111111e+51.',
    repro: { text: 'Built in the 119th century.', options: { format: 'plaintext', published: '2020-12-05', today: '2026-11-28' } },
    matches: (error) => /\d{3,}(?:st|nd|rd|th)\s+century" = /.test(error.message),
  },
  {
    id: 'huge-number-in-exponent-notation',
    owner: 'src/core/temporal (tagger)',
    description:
      'A number too long for exact arithmetic is printed by JavaScript in exponent notation inside the value: fifty 1s ' +
      'before "year" = P1.1111111111111111e+49Y; 318 digits before "year" = PInfinityYNaNM. Cap the digits a quantity ' +
      'may have before it is read as one.',
    repro: { text: `It lasted ${'1'.repeat(50)} years.`, options: { format: 'plaintext', published: '2020-12-05', today: '2026-11-28' } },
    matches: (error) => /" = [^)]*(?:e\+\d+|Infinity|NaN)[^)]*\): value is not a TimeML value/.test(error.message),
  },
  {
    id: 'anchored-duration-before-year-zero',
    owner: 'src/core/temporal (tagger)',
    description:
      'A duration anchored to the publication date that reaches before year 1 gets a reversed anchoredRange: ' +
      '"last 40 century" published 1970-01-01 = P4000Y with range 2030-01-02..1970-01-01 (the year -2030 loses its sign).',
    repro: { text: 'It grew over the last 40 centuries.', options: { format: 'plaintext', published: '1970-01-01', today: '2026-11-28' } },
    matches: (error) => /" = P\d+[A-Z]+\): range \S+ after \S+/.test(error.message),
  },
];

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
