// Seasons: "this summer", "last winter", "spring 2019", "the fall of 1989".
import { seasonRange, yearValue } from '../calendar';
import { type Candidate, storyYear } from '../context';
import { SEASON_NAMES, SEASON_START_MONTH, SEASONS } from '../en/lexicon';
import { DIRECTION_WORDS, EARLY_LATE_MID, LAST_THIS_NEXT, SEASON_CONTEXT } from '../en/words';
import { refNote, TENSE_WORD } from '../resolve';
import { Parser } from '../tokens';
import { spelledYear } from './numbers';

export function parseSeason(p: Parser, k: number): Candidate | null {
  const word = p.lower(k);
  const season = SEASONS.get(word)!;
  let first = k;
  let last = k;
  let fixedYear: number | null = null;
  const y = p.yearSlot(k);
  const year = p.yearNumber(y);
  const spelled = year === null && p.lower(y) === 'nineteen' ? spelledYear(p, y) : null;
  if (year !== null) {
    fixedYear = year;
    last = y;
  } else if (spelled) {
    fixedYear = spelled.year;
    last = spelled.last;
  } else if (p.yearNumber(k - 1) !== null) {
    fixedYear = p.yearNumber(k - 1);
    first = k - 1;
  } else if ((p.lower(k + 1) === 'and' || p.lower(k + 1) === 'to') && SEASONS.has(p.lower(k + 2 + (EARLY_LATE_MID.has(p.lower(k + 2)) ? 1 : 0)))) {
    // "the spring and early summer of 1943": the first season takes the year that closes the pair.
    const second = k + 2 + (EARLY_LATE_MID.has(p.lower(k + 2)) ? 1 : 0);
    fixedYear = p.yearNumber(p.yearSlot(second));
  }
  let direction: -1 | 0 | 1 | null = null;
  const prev = p.lower(first - 1);
  if (prev === 'last' || prev === 'this' || prev === 'next' || prev === 'coming' || prev === 'past') {
    direction = DIRECTION_WORDS.get(prev)!;
    first--;
  } else if (prev === 'early' || prev === 'late' || prev === 'mid') {
    first--;
    if (LAST_THIS_NEXT.has(p.lower(first - 1))) {
      direction = DIRECTION_WORDS.get(p.lower(first - 1))!;
      first--;
    }
  }
  if (p.lower(first - 1) === 'the') first--;
  // "fall" and "spring" are verbs and nouns too: require a determiner, a year or a time preposition.
  const before = p.lower(first - 1);
  const hasContext = first < k || fixedYear !== null || SEASON_CONTEXT.has(before);
  if (!hasContext) return null;
  const fixed = fixedYear;
  const dir = direction;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      const name = SEASON_NAMES[season];
      const startMonth = SEASON_START_MONTH[season];
      if (fixed !== null) return { value: `${yearValue(fixed)}-${season}`, reasoning: `explicit ${name}`, range: seasonRange(fixed, startMonth) };
      const story = dir === null && ctx.tense() !== 'future' ? storyYear(ctx) : null;
      if (story !== null) {
        // "In 1942 ... the winter": the passage's winter (see storyYear); flagged without a publication date.
        return { value: `${yearValue(story)}-${season}`, reasoning: `the ${name} of ${story}, the year the passage is set in; ${TENSE_WORD[ctx.tense()]}`, range: seasonRange(story, startMonth), ambiguous: !ctx.ref };
      }
      if (!ctx.ref) return { value: `XXXX-${season}`, reasoning: `${name} of an unknown year (no publication date)`, ambiguous: true };
      const refYear = ctx.ref.getFullYear();
      const refMonth = ctx.ref.getMonth() + 1;
      // The season containing or most recently before the publication date.
      const started = refMonth >= startMonth || (season === 'WI' && refMonth <= 2);
      const currentYear = season === 'WI' && refMonth <= 2 ? refYear - 1 : started ? refYear : refYear - 1;
      const inSeason = season === 'WI' ? refMonth === 12 || refMonth <= 2 : refMonth >= startMonth && refMonth < startMonth + 3;
      let year: number;
      let reasoning: string;
      if (dir === 0) {
        year = inSeason ? currentYear : season === 'WI' && refMonth <= 2 ? refYear - 1 : refYear;
        reasoning = `this ${name}, relative to ${refNote(ctx)}`;
      } else if (dir === -1) {
        year = inSeason ? currentYear - 1 : currentYear;
        reasoning = `the previous ${name}, relative to ${refNote(ctx)}`;
      } else if (dir === 1) {
        year = currentYear + 1;
        reasoning = `the next ${name}, relative to ${refNote(ctx)}`;
      } else {
        const tense = ctx.tense();
        year = tense === 'future' && !inSeason ? currentYear + 1 : currentYear;
        reasoning = `the ${name} ${tense === 'future' ? 'after' : 'before'} ${refNote(ctx)}; ${TENSE_WORD[tense]}`;
      }
      return { value: `${yearValue(year)}-${season}`, reasoning, range: seasonRange(year, startMonth) };
    },
  };
}
