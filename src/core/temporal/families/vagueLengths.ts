// Lengths of time with no amount or unit: "for a while", "for a fairly lengthy period" (TimeML: a
// DURATION of unknown length, PXX). "For some time" and "for a long time" are left out: "time" is
// too common a word to scan for, and the corpora disagree on them (WikiWars tags them without a
// value, TimeBank now and then).
import type { Candidate } from '../context';
import type { Parser } from '../tokens';

/** Adjectives of "a lengthy period". */
const LENGTH_ADJECTIVES = new Set(['long', 'short', 'brief', 'lengthy', 'extended', 'considerable']);

/** Adverbs before those adjectives: "a fairly lengthy period", "a very long period". */
const DEGREE_ADVERBS = new Set(['very', 'fairly', 'rather', 'quite', 'relatively', 'really']);

/**
 * Token k is "while" or "period". Only after "for" (or "in"/"after" for "a while"), where the
 * words measure how long something lasts: "once in a while" and "a long period of" are not.
 */
export function vagueLength(p: Parser, k: number): Candidate | null {
  const word = p.lower(k);
  let first = k - 1;
  if (word === 'while' && p.lower(first) === 'a') {
    // "for a while"; "once in a while" is a frequency.
    if (p.lower(k - 2) === 'in' && p.lower(k - 3) === 'once') return null;
  } else if (word === 'period' && LENGTH_ADJECTIVES.has(p.lower(first))) {
    first--;
    if (DEGREE_ADVERBS.has(p.lower(first))) first--;
    if (p.lower(first) !== 'a') return null;
  } else {
    return null;
  }
  const before = p.lower(first - 1);
  if (before !== 'for' && !(word === 'while' && (before === 'in' || before === 'after'))) return null;
  if (p.lower(k + 1) === 'ago' || p.lower(k + 1) === 'of') return null;
  return { first, last: k, type: 'DURATION', resolve() { return { value: 'PXX', reasoning: 'a length of time not told', ambiguous: true }; } };
}
