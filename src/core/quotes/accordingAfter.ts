// "“…,” according to CNN", "“…” according to a Pentagon readout": a quote followed directly by
// "according to X" (nothing but a comma between) is X's account, even when the sentence before it
// names someone: X is who the words are attributed to. Not "“…,” Sanders said, according to CNN",
// where a speech verb comes first and the speaker stays the person (attribution.ts reads that).
import { isLetterOrDigit } from '../chars';
import type { Attribution } from './attribution';
import { attributionOf } from './attributionShape';
import { isPunctToken, tokenize } from './mentions';
import { accordingTo } from './subjectAfter';

// How far after the quote "according to X" is read: the phrase and a long description.
const REACH = 90;

/** The mention after "according to" right after the quote ending at `quoteEnd`, within `limit`; or null. */
export function accordingAfter(text: string, quoteEnd: number, limit: number): Attribution | null {
  const end = Math.min(limit, quoteEnd + REACH);
  if (!firstWordMayBeAccording(text, quoteEnd, end)) return null;
  const tokens = tokenize(text, quoteEnd, end);
  let k = 0;
  while (k < tokens.length && tokens[k].lower === ',') k++;
  if (k >= tokens.length || tokens[k].cap || tokens[k].lower !== 'according') return null;
  const mention = accordingTo(tokens, k);
  return mention ? attributionOf(mention, 'according') : null;
}

/**
 * Whether the first token of [from, to) after any commas can be a lower-case "according": it
 * starts with "a". Read on the text before tokenizing, as tokenize() skips and splits it: most
 * quotes are followed by something else.
 */
function firstWordMayBeAccording(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigit(c)) return c === 97;
    if (c !== 44 && isPunctToken(c)) return false;
  }
  return false;
}
