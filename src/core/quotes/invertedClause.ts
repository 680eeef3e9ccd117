// "Marsh, the author of the book, said the days when the town had “…” are gone", "Olsen, a clerk
// who ran the local, said her boss was “…”": after a speech verb whose subject is far before it,
// a noun phrase that is not a speaker's description (no role noun: "the days", "her boss was") and
// runs on into more words or into the quote is the subject of the reported clause, not an
// inverted speaker ("…, said the spokesman", "…, said the 46-year-old,").
import { ROLE_NOUNS } from './en/lexicon';
import { type Mention, type Token, tokenIndexFrom } from './mentions';

/** `subject`, read after an inverted verb, is a plain noun phrase that runs on past its end. */
export function runsOnAsClause(tokens: Token[], subject: Mention): boolean {
  if (subject.kind !== 'description' || (subject.role !== undefined && ROLE_NOUNS.has(subject.role))) return false;
  const after = tokenIndexFrom(tokens, subject.end);
  if (after >= 0 && tokens[after].punct) return false;
  // Its last word is a verb ("her boss was"), or a word follows it ("the days when").
  const last = tokens[(after < 0 ? tokens.length : after) - 1];
  return after >= 0 || /^(?:was|were|is|are|has|had|have|would|will|could|can|should)$/.test(last.lower);
}
