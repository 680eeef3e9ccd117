// The construction families in the order they are tried, like a parser configuration: the first
// family that accepts the trigger word parses the expression around it (a null parse ends the search).
import type { Candidate, TagState } from './context';
import { FREQUENCY_WORDS, MONTHS, SEASONS, UNITS, WEEKDAY_NAMES, WEEKDAYS } from './en/lexicon';
import { ADVERB_FOLLOWERS, DECADE_WORDS } from './en/words';
import { decadeWordContext, withDecadeModifiers } from './families/decades';
import { parseMonth } from './families/months';
import { parseNumber } from './families/numbers';
import { parseRelativeWord } from './families/relativeWords';
import { parseSeason } from './families/seasons';
import { parseUnit } from './families/units';
import { parseWeekday } from './families/weekdays';
import { Parser } from './tokens';

/** Parses the expression around trigger token k. */
export function parseAt(p: Parser, k: number, state: TagState): Candidate | null {
  // Numbers first: no word list holds digits, and most triggers in dense text are numbers.
  if (p.isDigits(k)) return parseNumber(p, k, state);
  const word = p.lower(k);
  if (MONTHS.get(word) !== undefined) return parseMonth(p, k, null);
  if (WEEKDAYS.get(word) !== undefined) return parseWeekday(p, k);
  if (word.endsWith('s') && WEEKDAYS.get(word.slice(0, -1)) !== undefined && p.isCapitalized(k)) {
    const weekday = WEEKDAYS.get(word.slice(0, -1))!;
    return { first: k, last: k, type: 'SET', resolve() { return { value: `XXXX-WXX-${weekday}`, reasoning: `every ${WEEKDAY_NAMES[weekday]}` }; } };
  }
  if (UNITS.get(word) !== undefined) return parseUnit(p, k, state);
  if (SEASONS.get(word) !== undefined) return parseSeason(p, k);
  const decade = DECADE_WORDS.get(word);
  if (decade !== undefined) return decadeWordContext(p, k) ? withDecadeModifiers(p, k, k, decade) : null;
  if (FREQUENCY_WORDS.get(word) !== undefined) {
    const value = FREQUENCY_WORDS.get(word)!;
    // "quarterly dividend", "annual report": used as an adjective it names a kind of thing, not when;
    // "daily" and "weekly" name how often ("weekly unemployment claims").
    if (p.isLowerWord(k + 1) && !ADVERB_FOLLOWERS.has(p.lower(k + 1)) && word !== 'daily' && word !== 'weekly') return null;
    return { first: k, last: k, type: 'SET', resolve() { return { value, reasoning: `recurs ${word.replace(/ly$/, '').replace(/i$/, 'y')}ly` }; } };
  }
  return parseRelativeWord(p, k, state);
}
