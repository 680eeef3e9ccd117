// Relative words: "today", "yesterday", "now", "recently", "soon", "in the near future", "one day",
// "noon", "midnight", and holidays by name.
import { addDays, addWeeks, getISODay, subMonths } from 'date-fns';
import { dayRange, dayValue, humanDate, quarterRange, yearRange, yearValue, ymd } from '../calendar';
import { ANAPHOR_CHARS, type Candidate, QUARTER_CONTEXT_CHARS, type TagState } from '../context';
import { DAY_PARTS, MONTHS, NUMBER_WORDS, SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS } from '../en/lexicon';
import { CLOCK_PREPOSITIONS, COUNT_ADJECTIVES, DAY_IDIOM_OBJECTS, DAY_IDIOM_VERBS, DAY_OFFSETS, PREPOSITIONS_BEFORE_THE_PAST, PRESENT_DAY_NOUNS, QUANTIFIERS_OF, SOMEDAY_BEFORE } from '../en/words';
import { refNote, weekdayDate } from '../resolve';
import { isApostrophe, Parser } from '../tokens';
import { fixedDate, unitValue } from '../values';
import { dayJustNamed } from './clockTimes';
import { parseHalf } from './halves';
import { easter, fixedHoliday, holiday } from './holidays';
import { spelledYear } from './numbers';
import { anaphoricDayPart } from './storyUnits';
import { parseUnit } from './units';
import { vagueLength } from './vagueLengths';
import { parseWeekday } from './weekdays';
import { calendarDate } from '../calendarDate';

/**
 * "Islam will one day be ...", "One day, the line will reach ...": an unspecified day, future or
 * past by the clause, not a one-day duration. Null for "in one day", "lasted one day".
 */
export function somedayCandidate(p: Parser, first: number, last: number): Candidate | null {
  const before = p.lower(first - 1);
  const fronted = p.lower(last + 1) === ',' && (!p.has(first - 1) || !p.isWord(first - 1) || before === 'but' || before === 'and');
  if (!fronted && !SOMEDAY_BEFORE.has(before)) return null;
  return {
    first,
    last,
    type: 'DATE',
    resolve(ctx) {
      return ctx.tense() === 'future' ? { value: 'FUTURE_REF', reasoning: 'some day after the publication date' } : { value: 'PAST_REF', reasoning: 'some day before the publication date' };
    },
  };
}

/** False when "the day" (tokens first..k) is part of an idiom rather than a calendar day. */
export function namesADay(p: Parser, first: number, k: number): boolean {
  if (DAY_IDIOM_OBJECTS.has(p.lower(first - 1))) return false;
  const next = p.lower(k + 1);
  if (next === 'has' || next === 'had') return !DAY_IDIOM_VERBS.has(p.lower(k + 2));
  return !DAY_IDIOM_VERBS.has(next);
}

export function parseRelativeWord(p: Parser, k: number, state: TagState): Candidate | null {
  const word = p.lower(k);
  const prev = p.lower(k - 1);
  if (DAY_OFFSETS[word] !== undefined) {
    if (word === 'today' && presentDayInGeneral(p, k)) return null;
    // "USA Today", "VOA Today": the name of a paper or a programme after its capitals.
    if (word === 'today' && p.isCapitalized(k) && p.has(k - 1) && !p.glued(k - 1) && isAcronym(p.text.slice(p.start(k - 1), p.end(k - 1)))) return null;
    const offset = DAY_OFFSETS[word];
    let first = k;
    let last = k;
    let part = word === 'tonight' ? 'NI' : '';
    if (prev === 'earlier' || prev === 'later' || prev === 'early' || prev === 'late') first = k - 1;
    const nextPart = DAY_PARTS.get(p.lower(k + 1));
    if (nextPart && word !== 'tonight') {
      part = nextPart;
      last = k + 1;
    }
    const label = offset === 0 ? 'the publication day' : offset < 0 ? 'the day before the publication date' : 'the day after the publication date';
    return {
      first,
      last,
      type: part ? 'TIME' : 'DATE',
      resolve(ctx) {
        if (!ctx.ref) return { value: offset === 0 ? 'PRESENT_REF' : `XXXX-XX-XX${part ? 'T' + part : ''}`, reasoning: `${label}, which is unknown`, ambiguous: true };
        const date = addDays(ctx.ref, offset);
        return { value: dayValue(date) + (part ? 'T' + part : ''), reasoning: `${label}, ${humanDate(date)}`, range: dayRange(date) };
      },
    };
  }
  // Day parts with a deictic: "this morning", "last night", "Friday morning" (weekday handles it).
  if (DAY_PARTS.get(word) !== undefined) {
    const part = DAY_PARTS.get(word)!;
    const anaphor = anaphoricDayPart(p, k, part, state);
    if (anaphor) return anaphor;
    const partOfDay = partBeforeDay(p, k, part, state);
    if (partOfDay) return partOfDay;
    if (prev === 'this' || prev === 'last') {
      const offset = prev === 'last' ? -1 : 0;
      return {
        first: k - 1,
        last: k,
        type: 'TIME',
        resolve(ctx) {
          if (!ctx.ref) return { value: `XXXX-XX-XXT${part}`, reasoning: 'part of an unknown day', ambiguous: true };
          const date = addDays(ctx.ref, offset);
          return { value: `${dayValue(date)}T${part}`, reasoning: `${offset < 0 ? 'the night before' : 'the same day as'} ${refNote(ctx)}`, range: dayRange(date) };
        },
      };
    }
    if (MARKET_SESSIONS.has(p.lower(k + 1))) return sessionPart(p, k, part, state);
    return null;
  }
  if (word === 'noon' || word === 'midnight' || word === 'midday') {
    const clock = word === 'midnight' ? 'T24:00' : 'T12:00';
    let last = k;
    let weekday: number | null = null;
    if (WEEKDAYS.get(p.lower(k + 1)) !== undefined && p.isCapitalized(k + 1)) {
      weekday = WEEKDAYS.get(p.lower(k + 1))!;
      last = k + 1;
    } else if (!CLOCK_PREPOSITIONS.has(prev)) {
      return null;
    }
    const wd = weekday;
    return {
      first: k,
      last,
      type: 'TIME',
      resolve(ctx) {
        const named = wd === null ? dayJustNamed(state, p.start(k)) : null;
        if (named) return { value: dayValue(named) + clock, reasoning: `${word} on the day just named, ${humanDate(named)}`, range: dayRange(named) };
        if (!ctx.ref) return { value: `XXXX-XX-XX${clock}`, reasoning: `${word} of an unknown day`, ambiguous: true };
        const found = wd !== null ? weekdayDate(wd, ctx, null)! : { date: ctx.ref, reasoning: refNote(ctx) };
        return { value: dayValue(found.date) + clock, reasoning: `${word}, ${found.reasoning}`, range: dayRange(found.date) };
      },
    };
  }
  switch (word) {
    case 'now':
      if (p.lower(k + 1) === '-' && p.glued(k)) return null; // "now-defunct"
      // "Now, he says, …" opening a sentence turns to the next point of the story: a discourse
      // marker, as "well" is, not the time of writing.
      if (p.lower(k + 1) === ',' && !p.isWord(k - 1) && !p.isDigits(k - 1)) return null;
      return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', prev === 'right' || prev === 'just' ? k - 1 : k, k);
    case 'currently':
    case 'nowadays':
      return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', k, k);
    case 'current':
      // "the current weakness": the state at the time of writing ("then current" is a past state).
      if (p.lower(k + 1) === '-' || p.lower(k + 1) === 'account' || p.lower(k + 1) === 'accounts') return null;
      if (UNITS.get(p.lower(k + 1)) !== undefined) return parseUnit(p, k + 1, state);
      if (p.lower(k + 1) === 'fiscal' && UNITS.get(p.lower(k + 2)) !== undefined) return parseUnit(p, k + 2, state);
      if (prev === 'then') return fixedDate('PAST_REF', 'current at an earlier time of the story', k - 1, k);
      return fixedDate('PRESENT_REF', 'the time of writing (the publication date)', k, k);
    case 'recent':
      if (UNITS.get(p.lower(k + 1)) !== undefined) return parseUnit(p, k + 1, state);
      return fixedDate('PAST_REF', 'shortly before the publication date', k, k);
    case 'recently':
    case 'lately':
      return fixedDate('PAST_REF', 'shortly before the publication date', prev === 'more' || prev === 'most' || prev === 'until' ? (prev === 'until' ? k : k - 1) : k, k);
    case 'soon':
      if (prev === 'as' || p.lower(k + 1) === 'as' || p.lower(k + 1) === 'after' || prev === 'too') return null;
      return soonCandidate(p, k);
    case 'future': {
      if (prev === 'the') {
        return fixedDate('FUTURE_REF', 'after the publication date', k - 1, k);
      }
      if ((prev === 'near' || prev === 'foreseeable' || prev === 'distant' || prev === 'immediate') && p.lower(k - 2) === 'the') {
        return fixedDate('FUTURE_REF', 'after the publication date', k - 2, k);
      }
      return null;
    }
    case 'past': {
      // "the past 11 months" is parsed from the unit; "in the past" alone is PAST_REF.
      let u = k + 1;
      while (u < k + 6 && u < p.count && !UNITS.get(p.lower(u))) {
        const w = p.lower(u);
        if (!(p.isDigits(u) || NUMBER_WORDS.get(w) !== undefined || VAGUE_QUANTITIES.has(w) || COUNT_ADJECTIVES.has(w) || w === '-' || w === 'of')) break;
        u++;
      }
      if (UNITS.get(p.lower(u)) !== undefined) return parseUnit(p, u, state);
      if (SEASONS.get(p.lower(k + 1)) !== undefined || MONTHS.get(p.lower(k + 1)) !== undefined || WEEKDAYS.get(p.lower(k + 1)) !== undefined) return null;
      if (prev === 'the' && (!p.isLowerWord(k + 1) || PREPOSITIONS_BEFORE_THE_PAST.has(p.lower(k - 2)))) return fixedDate('PAST_REF', 'before the publication date', k - 1, k);
      return null;
    }
    case 'half':
      return parseHalf(p, k);
    case 'while':
      return vagueLength(p, k);
    case 'period': {
      // "the latest period" in an earnings report: the quarter under discussion.
      if (prev !== 'latest' || p.lower(k - 2) !== 'the') return vagueLength(p, k);
      return {
        first: k - 2,
        last: k,
        type: 'DATE',
        resolve(ctx) {
          const recent = state.lastQuarter && p.start(k) - state.lastQuarter.end < QUARTER_CONTEXT_CHARS ? state.lastQuarter : null;
          if (recent) return { value: `${yearValue(recent.year)}-Q${recent.quarter}`, reasoning: 'the quarter under discussion', range: quarterRange(recent.year, recent.quarter) };
          if (!ctx.ref) return { value: 'XXXX-QX', reasoning: 'the latest quarter; no publication date', ambiguous: true };
          const date = subMonths(ctx.ref, 3);
          return { ...unitValue(date, 'Q'), reasoning: `the last full quarter before ${refNote(ctx)}` };
        },
      };
    }
    case 'term':
      // "in the near term", "for the long term": the time ahead of the publication date.
      if ((prev === 'near' || prev === 'short' || prev === 'long' || prev === 'medium') && p.lower(k - 2) === 'the' && p.lower(k + 1) !== '-') {
        return fixedDate('FUTURE_REF', 'after the publication date', k - 2, k);
      }
      return null;
    case 'nineteen': {
      const spelled = spelledYear(p, k);
      if (!spelled) return null;
      const year = spelled.year;
      return { first: k, last: spelled.last, type: 'DATE', resolve() { return { value: yearValue(year), reasoning: 'explicit year, in words', range: yearRange(year) }; } };
    }
    case 'christmas':
    case 'halloween': {
      const [month, day] = word === 'christmas' ? [12, 25] : [10, 31];
      let last = k;
      const isEve = word === 'christmas' && p.lower(k + 1) === 'eve';
      if (isEve || (p.lower(k + 1) === 'day' && word === 'christmas')) last = k + 1;
      const d = isEve ? 24 : day;
      const name = isEve ? 'Christmas Eve' : word === 'christmas' ? 'Christmas' : 'Halloween';
      return holiday(p, k, last, fixedHoliday(month, d), name);
    }
    case 'thanksgiving': {
      const last = p.lower(k + 1) === 'day' ? k + 1 : k;
      // US Thanksgiving: the fourth Thursday of November.
      return holiday(p, k, last, (year) => {
        const firstOfMonth = calendarDate(year, 11, 1);
        const firstThursday = getISODay(firstOfMonth) <= 4 ? addDays(firstOfMonth, 4 - getISODay(firstOfMonth)) : addDays(firstOfMonth, 11 - getISODay(firstOfMonth));
        return addWeeks(firstThursday, 3);
      }, 'Thanksgiving');
    }
    case 'easter':
      return easter(p, k);
    default:
      return null;
  }
}

/**
 * "soon" in a future clause ("will soon begin") is shortly after the publication date; in a story
 * told in the past ("was soon released", "soon became a flood") it is shortly after an event of the
 * story, no time a reader could place: not tagged. "the soon-to-open terminal" is an adjective.
 */
function soonCandidate(p: Parser, k: number): Candidate | null {
  if (p.lower(k + 1) === '-' && p.glued(k)) return null;
  return {
    // "very soon", "quite soon": the adverb of degree belongs to it, as "nearly" does to an amount.
    first: SOON_DEGREES.has(p.lower(k - 1)) ? k - 1 : k,
    last: k,
    type: 'DATE',
    resolve(ctx) {
      if (ctx.tense() === 'past') return { value: 'PAST_REF', reasoning: 'shortly after an event of the story', notTemporal: true };
      return { value: 'FUTURE_REF', reasoning: 'shortly after the publication date' };
    },
  };
}

/** Adverbs of degree before "soon". */
const SOON_DEGREES = new Set(['very', 'quite', 'fairly', 'relatively', 'pretty']);

/**
 * "today's youth", "in today's world", "many of today's computers": present-day in general, no
 * day a reader could check. "today's editions" and "today's vote" stay the publication day.
 */
function presentDayInGeneral(p: Parser, k: number): boolean {
  if (!isApostrophe(p.lower(k + 1)) || p.lower(k + 2) !== 's') return false;
  return PRESENT_DAY_NOUNS.has(p.lower(k + 3)) || (p.lower(k - 1) === 'of' && QUANTIFIERS_OF.has(p.lower(k - 2)));
}

/** Nouns after a day part that make it the time of a market's day: "in morning trading". */
const MARKET_SESSIONS = new Set(['trading', 'trade', 'session', 'dealings', 'deals']);

/**
 * "rose in morning trading", "during late afternoon trade": the part of the day the story tells,
 * the day just named or else the publication day. Only after "in" or "during" (with "early",
 * "late" or "mid" between), since "morning trading" can also name a habit.
 */
function sessionPart(p: Parser, k: number, part: string, state: TagState): Candidate | null {
  let first = k;
  const mod = p.lower(k - 1);
  if (mod === 'early' || mod === 'late' || mod === 'mid') first--;
  const prep = p.lower(first - 1);
  if (prep !== 'in' && prep !== 'during') return null;
  const start = p.start(first);
  return {
    first,
    last: k,
    type: 'TIME',
    resolve(ctx) {
      // The market's day is the one the story tells, as for "ended the day" (see parseUnit): a
      // report "said on Tuesday that ..." goes on about Tuesday's trading paragraphs later.
      const told = state.lastDay;
      const named = told.end >= 0 && start - told.end < ANAPHOR_CHARS ? ymd(told.year, told.month, told.day) : null;
      const date = named ?? ctx.ref;
      if (!date) return { value: `XXXX-XX-XXT${part}`, reasoning: 'part of an unknown day', ambiguous: true };
      return { value: `${dayValue(date)}T${part}`, reasoning: `part of ${named ? 'the day the story last named' : refNote(ctx)}`, range: dayRange(date) };
    },
  };
}

/**
 * "late afternoon yesterday", "mid-afternoon Tuesday", "early morning today": a part of the day
 * written before the day it belongs to (the other order, "Tuesday afternoon", is read from the
 * day). Null when no day follows.
 */
function partBeforeDay(p: Parser, k: number, part: string, state: TagState): Candidate | null {
  let first = k;
  if (p.lower(k - 1) === '-' && p.glued(k - 1) && p.lower(k - 2) === 'mid') first = k - 2;
  else if (p.lower(k - 1) === 'early' || p.lower(k - 1) === 'late' || p.lower(k - 1) === 'mid') first = k - 1;
  const next = p.lower(k + 1);
  const offset = next === 'tonight' ? undefined : DAY_OFFSETS[next];
  if (offset !== undefined) {
    return {
      first,
      last: k + 1,
      type: 'TIME',
      resolve(ctx) {
        if (!ctx.ref) return { value: `XXXX-XX-XXT${part}`, reasoning: 'part of an unknown day', ambiguous: true };
        const date = addDays(ctx.ref, offset);
        return { value: `${dayValue(date)}T${part}`, reasoning: `part of ${next}, ${humanDate(date)}`, range: dayRange(date) };
      },
    };
  }
  if (WEEKDAYS.get(next) === undefined || !p.isCapitalized(k + 1)) return null;
  const day = parseWeekday(p, k + 1, state);
  if (!day || day.first !== k + 1 || day.type !== 'DATE') return null;
  return {
    first,
    last: day.last,
    type: 'TIME',
    resolve(ctx) {
      const r = day.resolve(ctx);
      return /^\d{4}-\d\d-\d\d$/.test(r.value) ? { ...r, value: `${r.value}T${part}`, reasoning: `part of ${r.reasoning}` } : r;
    },
  };
}

/** "USA", "VOA", "BBC": a word of two or more capitals. */
function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[A-Z]+$/.test(word);
}
