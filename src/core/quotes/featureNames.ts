// The speaker model's feature names ("cd:b2|name", "carried>rule") are strings, so the weights
// file stays readable; but a quote's candidates carry dozens of them each and the scorer looks
// every one up. A name is made here once from its two parts and shared afterwards: no string is
// built per candidate, and the look-ups hash no new string (docs/performance.md). Every part comes
// from a small closed set (prefixes, kinds, digits, categories), so the table stays small.

const names = new Map<string, Map<string, string>>();

function namesAfter(head: string): Map<string, string> {
  let byTail = names.get(head);
  if (byTail === undefined) {
    byTail = new Map();
    names.set(head, byTail);
  }
  return byTail;
}

function named(byTail: Map<string, string>, head: string, tail: string): string {
  let name = byTail.get(tail);
  if (name === undefined) {
    name = head + tail;
    byTail.set(tail, name);
  }
  return name;
}

/** head + tail, the same string object every time for the same parts. */
export function featureName(head: string, tail: string): string {
  return named(namesAfter(head), head, tail);
}

/** featureName(head, tail) for one head and many tails (the head looked up once). */
export function featureNamer(head: string): (tail: string) => string {
  const byTail = namesAfter(head);
  return (tail) => named(byTail, head, tail);
}

/** The digits small counts and distances are written with in feature names. */
export const DIGITS: readonly string[] = ['0', '1', '2', '3', '4'];
