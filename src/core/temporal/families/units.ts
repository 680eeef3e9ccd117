// Time-unit words ("year", "months", "week", "quarter"...): decides which unit construction the words
// around the unit make (duration, relative period, set, story-relative period).
import { subYears } from 'date-fns';
import { centuryRange, pad } from '../calendar';
import { type Candidate, type Context, type Resolved, storyMention, type TagState } from '../context';
import { NUMBER_WORDS, ORDINALS, UNITS } from '../en/lexicon';
import { AGO_EARLIER_LATER, COUNT_ADJECTIVES, EARLY_LATE_MID, OPENING_QUOTES, ORDINAL_SUFFIXES, PER_UNIT_COUNTS, RELATIVE_FOLLOWERS } from '../en/words';
import { refNote } from '../resolve';
import { isApostrophe, Parser } from '../tokens';
import { durationValue, unitName, unitValue } from '../values';
import { amountBefore } from './amounts';
import { durationOrOffset } from './durations';
import { namedDay } from './holidays';
import { yearAgoPeriod } from './periods';
import { quarterCandidate } from './quarters';
import { relativeUnit } from './relativeUnits';
import { unitInRun } from './runs';

export function parseUnit(p: Parser, k: number, state: TagState): Candidate | null {
  const word = p.lower(k);
  const unit = UNITS.get(word)!;
  const plural = word.endsWith('s') && word !== 's';
  // "CBS's ''60 Minutes''", "ABC's \"This Week\"": a capitalized unit word opening a quotation, after
  // a number or "this", is the title of a show or a book, not a time.
  const titleLead = p.isDigits(k - 1) || (p.isCapitalized(k - 1) && (p.lower(k - 1) === 'this' || NUMBER_WORDS.get(p.lower(k - 1)) !== undefined));
  if (p.isCapitalized(k) && titleLead && OPENING_QUOTES.has(p.lower(k - 2))) return null;
  // Ages ("five-year-old") and compounds like "year-old" are not temporal expressions.
  if ((p.lower(k + 1) === '-' && p.lower(k + 2) === 'old') || p.lower(k + 1) === 'old') return null;
  // "a decades-long feud", "a day-long meeting": a length used as an adjective.
  if (p.lower(k + 1) === '-' && p.lower(k + 2) === 'long' && p.glued(k) && p.glued(k + 1) && unit !== 'Q' && unit !== 'S' && !p.glued(k - 1)) {
    const value = plural ? durationValue(unit, null) : durationValue(unit, 1);
    return { first: k, last: k + 2, type: 'DURATION', resolve() { return { value, reasoning: plural ? `an unspecified number of ${word}` : `one ${word}`, ambiguous: plural }; } };
  }
  if (unit === 'D' && !plural) {
    const holiday = namedDay(p, k);
    if (holiday) return holiday;
  }
  // Century with ordinal: "the 20th century", "the nineteenth century".
  if (unit === 'CE' && !plural) {
    let ordinal: number | null = null;
    let first = k - 1;
    const prev = p.lower(k - 1);
    if (ORDINAL_SUFFIXES.has(prev) && p.isDigits(k - 2)) {
      ordinal = p.num(k - 2);
      first = k - 2;
    } else if (ORDINALS.get(prev) !== undefined && ORDINALS.get(prev)! > 0) {
      ordinal = ORDINALS.get(prev)!;
    } else if (/^(twentieth|nineteenth|eighteenth|twenty-first)$/.test(prev)) {
      ordinal = { twentieth: 20, nineteenth: 19, eighteenth: 18 }[prev] ?? null;
    }
    // A century past the 100th would be written with three digits, which is how TimeML writes a
    // decade ("199"): not read as a century.
    if (ordinal !== null && ordinal <= 100) {
      if (p.lower(first - 1) === '-' && p.lower(first - 2) === 'mid') first -= 2;
      else if (EARLY_LATE_MID.has(p.lower(first - 1))) first--;
      if (p.lower(first - 1) === 'the') first--;
      const c = ordinal - 1;
      return { first, last: k, type: 'DATE', resolve() { return { value: pad(c, 2), reasoning: `the years ${c * 100 + 1}–${c * 100 + 100}`, range: centuryRange(c * 100) }; } };
    }
  }
  // Quarters and halves with an ordinal: "the third quarter", "third-quarter", "the first half of 2019".
  if (unit === 'Q' && !plural) {
    const q = quarterCandidate(p, k, state);
    if (q) return q;
  }
  if (!plural) {
    const run = unitInRun(p, k, unit, state);
    if (run) return run;
  }
  // "the past five trading days", "six straight days", "two consecutive quarters"
  const amount = COUNT_ADJECTIVES.has(p.lower(k - 1)) ? amountBefore(p, k - 1) : amountBefore(p, k);
  // "three-quarters of its food", "about a quarter of its dealers": fractions, not quarters of a year.
  if (unit === 'Q' && amount && (plural ? p.lower(k - 1) === '-' : (p.lower(amount.first) === 'a' || p.lower(amount.first) === 'an') && !AGO_EARLIER_LATER.has(p.lower(k + 1)))) return null;
  // "a second betrayal", "the 1988 second quarter": ordinals, not seconds.
  if (unit === 'S' && !plural && (!amount || amount.value === 1)) return null;
  if (amount && amount.value !== null && amount.value >= 1000 && unit !== 'Y') return null;
  // "by year-end", "around year end", "by year's end": the end of the publication year; in a past
  // clause ("the percentage change is since year-end", "sales slowed at year-end") the one before.
  const possessiveEnd = isApostrophe(p.lower(k + 1)) && p.lower(k + 2) === 's' && p.lower(k + 3) === 'end' && p.lower(k - 1) !== 'this' && p.lower(k - 1) !== 'last' && p.lower(k - 1) !== 'next';
  if (unit === 'Y' && !plural && (p.lower(k + 1) === 'end' || (p.lower(k + 1) === '-' && p.lower(k + 2) === 'end') || possessiveEnd)) {
    const last = p.lower(k + 1) === 'end' ? k + 1 : possessiveEnd ? k + 3 : k + 2;
    return { first: k, last, type: 'DATE', resolve: yearEnd };
  }
  // "At month's end", "by month-end": the end of the month the story tells.
  const monthEnd = unit === 'M' && !plural && (possessiveEnd || (p.lower(k + 1) === '-' && p.lower(k + 2) === 'end' && p.glued(k)));
  if (monthEnd) {
    const last = possessiveEnd ? k + 3 : k + 2;
    const mention = storyMention(state, 'M', p.start(k));
    return {
      first: k,
      last,
      type: 'DATE',
      resolve(ctx) {
        if (mention) return { value: `${pad(mention.year, 4)}-${pad(mention.month, 2)}`, reasoning: 'the end of the month the story last named' };
        return ctx.ref ? { ...unitValue(ctx.ref, 'M'), reasoning: `the end of the month of ${refNote(ctx)}` } : { value: 'XXXX-XX', reasoning: 'the end of an unknown month', ambiguous: true };
      },
    };
  }
  // "the year-ago quarter", "year-earlier profit": the same period a year before.
  if (unit === 'Y' && !plural && p.lower(k + 1) === '-' && (p.lower(k + 2) === 'ago' || p.lower(k + 2) === 'earlier') && p.glued(k)) {
    return yearAgoPeriod(p, k, state);
  }
  // "a year" after a count or money means a frequency: "$5 a day", "twice a year".
  const relativeFollower = RELATIVE_FOLLOWERS.has(p.lower(k + 1));
  if (amount && amount.value === 1 && (p.lower(amount.first) === 'a' || p.lower(amount.first) === 'an') && !plural && !relativeFollower) {
    const before = amount.first - 1;
    if (p.isDigits(before) || PER_UNIT_COUNTS.has(p.lower(before)) || countedNoun(p, before)) {
      return { first: amount.first, last: k, type: 'SET', resolve() { return { value: durationValue(unit, 1), reasoning: `once per ${unitName(unit, false)}` }; } };
    }
  }
  if (p.lower(k - 1) === 'per' || p.lower(k - 1) === 'every' || p.lower(k - 1) === 'each') {
    if (!plural) {
      const every = p.lower(k - 1) === 'per' ? 'per' : p.lower(k - 1);
      return { first: k - 1, last: k, type: 'SET', resolve() { return { value: durationValue(unit, 1), reasoning: `${every} ${unitName(unit, false)}` }; } };
    }
  }
  if (amount) return durationOrOffset(p, k, unit, amount, state);
  return relativeUnit(p, k, unit, plural, state);
}

/** The year whose end "year-end" names (see parseUnit). */
function yearEnd(ctx: Context): Resolved {
  if (!ctx.ref) return { value: 'XXXX', reasoning: 'the end of an unknown year', ambiguous: true };
  // December is the year-end itself: its past and present tell of the same year's end.
  if (ctx.ref.getMonth() < 11 && ctx.tense() === 'past') {
    return { ...unitValue(subYears(ctx.ref, 1), 'Y'), reasoning: `the end of the year before ${refNote(ctx)}; past tense` };
  }
  return { ...unitValue(ctx.ref, 'Y'), reasoning: `the end of the year of ${refNote(ctx)}` };
}

/** "100 cars", "three meals", "24 hours" at token i: a plural noun after a number, what a rate counts ("100 cars a day"). */
function countedNoun(p: Parser, i: number): boolean {
  const word = p.lower(i);
  if (word.length < 3 || !word.endsWith('s') || !p.isLowerWord(i)) return false;
  return p.isDigits(i - 1) || (NUMBER_WORDS.get(p.lower(i - 1)) !== undefined && p.lower(i - 1) !== 'a' && p.lower(i - 1) !== 'an');
}
