// Adverbs of frequency: "daily", "weekly", "annually" name how often (a TimeML SET).
import type { Candidate } from '../context';
import { FREQUENCY_WORDS } from '../en/lexicon';
import { ADVERB_FOLLOWERS } from '../en/words';
import type { Parser } from '../tokens';

export function parseFrequency(p: Parser, k: number): Candidate | null {
  const word = p.lower(k);
  const value = FREQUENCY_WORDS.get(word)!;
  // "quarterly dividend", "annual report": used as an adjective it names a kind of thing, not when;
  // "daily" and "weekly" name how often ("weekly unemployment claims").
  if (p.isLowerWord(k + 1) && !ADVERB_FOLLOWERS.has(p.lower(k + 1)) && word !== 'daily' && word !== 'weekly') return null;
  return { first: k, last: k, type: 'SET', resolve() { return { value, reasoning: `recurs ${word.replace(/ly$/, '').replace(/i$/, 'y')}ly` }; } };
}
