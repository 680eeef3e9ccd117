// "“…,” Murphy, the head of the super PAC, tweeted on Friday", "“…,” Trump, the front-runner
// nationally and the polling leader in the state by a wide margin, said": a name right after a
// quote that hands over (, ! ?), set off by a comma, is the subject of the speech verb that ends
// its apposition, however long the apposition (the trailing rules read a bounded few words).
import type { Attribution } from './attribution';
import { attributionOf } from './attributionShape';
import { SPEECH_VERBS } from './en/lexicon';
import type { QuotePiece } from './marks';
import { isNounLikeWord, nameStartingAt, type Token, tokenIndexFrom, tokenize } from './mentions';

// How far after the quote the apposition and its verb may run.
const REACH = 260;
// Tokens of the apposition up to the verb.
const APPOSITION_TOKENS = 40;

/** The name after the quote `piece` whose apposition ends at a speech verb, within `limit`; or null. */
export function appositionAfter(text: string, piece: QuotePiece, limit: number): Attribution | null {
  const mark = text.charCodeAt(piece.end - piece.closeWidth - 1);
  if (mark !== 44 && mark !== 33 && mark !== 63) return null;
  const tokens = tokenize(text, piece.end, Math.min(limit, piece.end + REACH));
  if (tokens.length < 4 || !tokens[0].cap) return null;
  const name = nameStartingAt(tokens, 0);
  if (!name || name.titles.length > 0) return null;
  const comma = tokenIndexFrom(tokens, name.end);
  if (comma < 0 || tokens[comma].lower !== ',') return null;
  for (let k = comma + 1; k < tokens.length && k - comma <= APPOSITION_TOKENS; k++) {
    const t = tokens[k];
    if (t.stop || t.lower === '“' || t.lower === '”' || t.lower === '"') return null;
    // The verb closes the apposition: after its comma, or right after a relative clause's last word.
    if (k > comma + 1 && !t.punct && SPEECH_VERBS.has(t.lower) && !isNounLikeWord(t.lower) && !t.lower.endsWith('ing')) {
      return tokens[k - 1].lower === ',' || hasRelative(tokens, comma + 1, k) ? attributionOf(name, 'trailing') : null;
    }
  }
  return null;
}

/**
 * A relative "who" opens the apposition tokens[from, to) or follows its head noun ("the pollster
 * who founded the site"): its clause may run up to the verb without a comma.
 */
function hasRelative(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k - from <= 4; k++) if (tokens[k].lower === 'who') return true;
  return false;
}
