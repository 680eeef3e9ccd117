// Decades: "the 1990s", "the '80s", "the nineties", "the early 2000s".
import { decadeRange } from '../calendar';
import type { Candidate } from '../context';
import { DECADE_WORDS, EARLY_LATE_MID } from '../en/words';
import { Parser } from '../tokens';
import { decadeValue } from '../values';

/**
 * Whether "70s" at k is a decade: after "the" ("the 70s", "the late 80s"), or after another decade
 * ("the 70s and 80s", "the 50s, 60s and 70s", "the late 80s and early 90s"). Not "in her 60s" (an age).
 */
export function twoDigitDecadeContext(p: Parser, k: number): boolean {
  // The decade before a joiner, itself a decade: "1970s", or "70s" read the same way.
  return decadeContext(p, k, (j) => {
    if (p.lower(j) !== 's' || !p.isDigits(j - 1) || !p.glued(j - 1) || p.num(j - 1) % 10 !== 0) return false;
    return p.raw(j - 1).length === 4 || twoDigitDecadeContext(p, j - 1);
  });
}

function decadeWordContext(p: Parser, k: number): boolean {
  return decadeContext(p, k, (j) => DECADE_WORDS.has(p.lower(j)) && decadeWordContext(p, j));
}

/**
 * Whether the decade word at k ("70s", "sixties") is read as a decade: after "the", with or without
 * "early", "late" or "mid"; or after a joiner that follows a decade (`decadeEndsAt(j)`: a decade
 * ends at token j).
 */
function decadeContext(p: Parser, k: number, decadeEndsAt: (j: number) => boolean): boolean {
  let j = k - 1;
  if (p.lower(j) === '-' && p.lower(j - 1) === 'mid') j -= 2;
  else if (p.lower(j) === 'early' || p.lower(j) === 'late' || p.lower(j) === 'mid') j--;
  if (p.lower(j) === 'the') return true;
  const joiner = p.lower(j);
  if (joiner !== 'and' && joiner !== 'or' && joiner !== 'to' && joiner !== ',' && joiner !== '-' && joiner !== '–') return false;
  return decadeEndsAt(j - 1);
}

export function withDecadeModifiers(p: Parser, first: number, last: number, firstYear: number): Candidate {
  let start = first;
  let j = first - 1;
  if (p.lower(j) === '-' && p.lower(j - 1) === 'mid') j--;
  if (EARLY_LATE_MID.has(p.lower(j))) {
    start = j;
    j--;
  }
  if (p.lower(j) === 'the') start = j;
  return {
    first: start,
    last,
    type: 'DATE',
    resolve() { return { value: decadeValue(firstYear), reasoning: `the decade ${firstYear}–${firstYear + 9}`, range: decadeRange(firstYear) }; },
  };
}

/** "the nineties": a decade in words, read as the twentieth century's. */
export function parseDecadeWord(p: Parser, k: number): Candidate | null {
  return decadeWordContext(p, k) ? withDecadeModifiers(p, k, k, DECADE_WORDS.get(p.lower(k))!) : null;
}
