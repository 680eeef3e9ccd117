// Clock times: "10:30 a.m.", "7 pm EST", "at noon", placed on the day the sentence names or the
// publication day.
import { addDays } from 'date-fns';
import { dayRange, dayValue, humanDate, pad } from '../calendar';
import type { Candidate, TagState } from '../context';
import { MONTHS, TIME_ZONES, WEEKDAYS } from '../en/lexicon';
import { CLOCK_PREPOSITIONS, DEADLINE_WORDS, RESULT_WORDS } from '../en/words';
import { refNote, weekdayDate } from '../resolve';
import { Parser } from '../tokens';
import { parseMonth } from './months';
import { calendarDate } from '../calendarDate';

/** "finished in 3:07:35", "a time of 2:05:10": how long a race or a record took, not a time of day. */
function timeTaken(k: number, hours: number, minutes: number, seconds: number, last = k + 4, fraction = '', written = 'hours:minutes:seconds'): Candidate | null {
  if (seconds > 59) return null;
  const value = `PT${hours ? hours + 'H' : ''}${minutes ? minutes + 'M' : ''}${seconds || fraction || (!hours && !minutes) ? seconds + (fraction ? '.' + fraction : '') + 'S' : ''}`;
  return { first: k, last, type: 'DURATION', resolve() { return { value, reasoning: `a time taken, written ${written}` }; } };
}

/**
 * "ran the mile in 3:59.4", "won in 2:03:11.6": a time with tenths or hundredths of a second is a
 * measured time (minutes:seconds, or hours:minutes:seconds), never a time of day. Null otherwise.
 */
function fractionalTime(p: Parser, k: number, last: number): Candidate | null {
  if (p.lower(last + 1) !== '.' || !p.glued(last) || !p.glued(last + 1) || !p.isDigits(last + 2) || p.len(last + 2) > 3) return null;
  const fraction = p.raw(last + 2);
  if (last === k + 4) return timeTaken(k, p.num(k), p.num(k + 2), p.num(k + 4), last + 2, fraction);
  if (p.num(k + 2) > 59) return null;
  return timeTaken(k, 0, p.num(k), p.num(k + 2), last + 2, fraction, 'minutes:seconds');
}

/** "in the morning", "in the afternoon", "in the evening", "at night" from token i, or null. */
function dayPartAfter(p: Parser, i: number): { last: number; evening: boolean } | null {
  if (p.lower(i) === 'at' && p.lower(i + 1) === 'night') return { last: i + 1, evening: true };
  if (p.lower(i) !== 'in' || p.lower(i + 1) !== 'the') return null;
  const part = p.lower(i + 2);
  if (part === 'morning') return { last: i + 2, evening: false };
  if (part === 'afternoon' || part === 'evening') return { last: i + 2, evening: true };
  return null;
}

/** Day words after a clock time that put an hour without a.m. or p.m. in the evening: "7:30 tonight". */
const EVENING_WORDS = new Set(['tonight', 'evening', 'night']);

export function parseClock(p: Parser, k: number, state: TagState): Candidate | null {
  const length = p.len(k);
  let hour: number;
  let minute = 0;
  let last = k;
  if (length <= 2 && p.lower(k + 1) === ':' && p.glued(k) && p.glued(k + 1) && p.len(k + 2) === 2) {
    hour = p.num(k);
    minute = p.num(k + 2);
    last = k + 2;
    if (p.lower(k + 3) === ':' && p.glued(k + 2) && p.len(k + 4) === 2) last = k + 4;
  } else if (length <= 2 && /^[ap]$/.test(p.lower(k + 1)) && (p.lower(k + 2) === '.' || p.lower(k + 2) === 'm')) {
    hour = p.num(k);
  } else if (length <= 2 && (p.lower(k + 1) === 'am' || p.lower(k + 1) === 'pm')) {
    hour = p.num(k);
  } else if (length <= 2 && p.num(k) >= 1 && p.num(k) <= 12 && CLOCK_PREPOSITIONS.has(p.lower(k - 1)) && dayPartAfter(p, k + 1) !== null) {
    // "at 4 in the morning", "by 9 at night": the hour, read in that part of the day.
    const part = dayPartAfter(p, k + 1)!;
    hour = p.num(k) % 12 + (part.evening ? 12 : 0);
    const clock = `T${pad(hour, 2)}:00`;
    return {
      first: k,
      last: part.last,
      type: 'TIME',
      resolve(ctx) {
        const named = dayJustNamed(state, p.start(k));
        if (!named && !ctx.ref) return { value: `XXXX-XX-XX${clock}`, reasoning: 'an hour of an unknown day', ambiguous: true };
        // "will leave at 4 in the morning" in that day's paper: the next morning.
        const next = !named && !part.evening && ctx.tense() === 'future';
        const day = named ?? (next ? addDays(ctx.ref!, 1) : ctx.ref!);
        const where = named ? `the day just named, ${humanDate(day)}` : next ? `the morning after ${refNote(ctx)}; future tense` : refNote(ctx);
        return { value: dayValue(day) + clock, reasoning: `${p.num(k)} ${part.evening ? 'p.m.' : 'a.m.'} on ${where}`, range: dayRange(day) };
      },
    };
  } else {
    return null;
  }
  if (last > k) {
    const measured = fractionalTime(p, k, last);
    if (measured) return measured;
  }
  // "finished second in 27:45": past the hours of a day, a result is minutes and seconds.
  if (hour > 24 && minute <= 59 && last === k + 2 && RESULT_WORDS.has(p.lower(k - 1))) return timeTaken(k, 0, hour, minute, last, '', 'minutes:seconds');
  if (hour > 24 || minute > 59) return null;
  // a.m. / p.m.
  let meridiem = '';
  const j = last + 1;
  if (p.lower(j) === 'a' || p.lower(j) === 'p') {
    if (p.lower(j + 1) === '.' && p.lower(j + 2) === 'm') {
      meridiem = p.lower(j);
      last = p.lower(j + 3) === '.' && p.glued(j + 2) ? j + 3 : j + 2;
    } else if (p.lower(j + 1) === 'm' && p.glued(j)) {
      meridiem = p.lower(j);
      last = j + 1;
    }
  } else if (p.lower(j) === 'am' || p.lower(j) === 'pm') {
    meridiem = p.lower(j)[0];
    last = j;
  }
  const isClock = last > k + 1 || meridiem !== '';
  if (!isClock) return null;
  if (last === k + 4 && meridiem === '' && RESULT_WORDS.has(p.lower(k - 1)) && !TIME_ZONES.has(p.lower(last + 1))) return timeTaken(k, hour, minute, p.num(k + 4));
  if (meridiem === 'p' && hour < 12) hour += 12;
  else if (meridiem === '' && hour >= 1 && hour < 12 && EVENING_WORDS.has(p.lower(last + 1 + (TIME_ZONES.has(p.lower(last + 1)) ? 1 : 0)))) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  // Time zone, possibly glued to a following date ("GMT05 December").
  let zone = '';
  if (TIME_ZONES.has(p.lower(last + 1))) {
    zone = p.raw(last + 1);
    last = last + 1;
  }
  // "19:00 hr", "03:00hrs": the military reading of a 24-hour clock.
  if (zone === '' && meridiem === '' && last === k + 2 && (p.lower(last + 1) === 'hr' || p.lower(last + 1) === 'hrs')) last++;
  const utc = zone === 'UTC' || zone === 'GMT' || zone === 'utc' || zone === 'gmt';
  const clock = `T${pad(hour, 2)}:${pad(minute, 2)}${utc ? 'Z' : ''}`;
  // Anchoring day words right after: "16:00 UTC today", "10 p.m. Wednesday".
  const next = p.lower(last + 1);
  let anchor: { kind: 'weekday'; weekday: number } | { kind: 'offset'; days: number } | null = null;
  // "5 p.m. EST, Nov. 6": the date completes the time; so does "on Nov. 6".
  const separate = next === ',' || next === 'on';
  const dateAt = separate ? last + 2 : last + 1;
  let dated = MONTHS.get(p.lower(dateAt)) !== undefined && p.isCapitalized(dateAt) ? parseMonth(p, dateAt, null) : null;
  // "9 a.m. on Monday, March 2": the date after the weekday.
  if (!dated && separate && WEEKDAYS.get(p.lower(dateAt)) !== undefined && p.isCapitalized(dateAt)) {
    const monthAt = p.lower(dateAt + 1) === ',' ? dateAt + 2 : dateAt + 1;
    const withWeekday = MONTHS.get(p.lower(monthAt)) !== undefined && p.isCapitalized(monthAt) ? parseMonth(p, monthAt, dateAt) : null;
    if (withWeekday && withWeekday.first === dateAt) dated = withWeekday;
  }
  if (dated && dated.first === dateAt && dated.last > dateAt) {
    // Right after the time the date belongs to it; after a comma or "on" it is a separate
    // expression that still names the day of the time ("at 16:15 UTC, June 1st").
    return {
      first: k,
      last: separate ? last : dated.last,
      type: 'TIME',
      resolve(ctx) {
        const day = dated.resolve(ctx);
        return { ...day, value: day.value.length === 10 ? day.value + clock : day.value, reasoning: `clock time on ${day.reasoning}` };
      },
    };
  }
  // "10:35 a.m. (0735 GMT) Friday": the day word after a bracketed conversion still dates the time,
  // but stays an expression of its own.
  let dayAt = next === 'on' ? last + 2 : last + 1;
  if (next === '(') {
    let close = dayAt + 1;
    while (close < dayAt + 6 && p.has(close) && p.lower(close) !== ')' && p.lower(close) !== '(') close++;
    if (p.lower(close) === ')') dayAt = close + 1;
  }
  const dayWord = p.lower(dayAt);
  if (WEEKDAYS.get(dayWord) !== undefined && p.isCapitalized(dayAt)) anchor = { kind: 'weekday', weekday: WEEKDAYS.get(dayWord)! };
  else if (dayWord === 'today' || dayWord === 'tonight') anchor = { kind: 'offset', days: 0 };
  else if (dayWord === 'yesterday') anchor = { kind: 'offset', days: -1 };
  else if (dayWord === 'tomorrow') anchor = { kind: 'offset', days: 1 };
  if (anchor && dayAt === last + 1) last = last + 1;
  const a = anchor;
  const deadline = DEADLINE_WORDS.has(p.lower(k - 1));
  return {
    first: k,
    last,
    type: 'TIME',
    resolve(ctx) {
      if (!ctx.ref) return { value: `XXXX-XX-XX${clock}`, reasoning: 'clock time; no publication date for the day', ambiguous: true };
      let day = ctx.ref;
      let reasoning = `clock time${zone ? ' ' + zone : ''} on ${refNote(ctx)}`;
      if (a?.kind === 'offset') {
        day = addDays(ctx.ref, a.days);
        reasoning = `clock time${zone ? ' ' + zone : ''}, ${a.days === 0 ? 'on' : a.days < 0 ? 'the day before' : 'the day after'} ${refNote(ctx)}`;
      } else if (a?.kind === 'weekday') {
        // "until 9 a.m. Tuesday": a deadline lies ahead, whatever the tense of the clause.
        const found = deadline ? weekdayDate(a.weekday, ctx, 1, true)! : weekdayDate(a.weekday, ctx, null)!;
        day = found.date;
        reasoning = `clock time on ${found.reasoning}`;
      } else {
        const named = dayJustNamed(state, p.start(k));
        if (named) {
          day = named;
          reasoning = `clock time${zone ? ' ' + zone : ''} on the day just named, ${humanDate(day)}`;
        }
      }
      return { value: dayValue(day) + clock, reasoning, range: dayRange(day), ambiguous: false };
    },
  };
}

/**
 * The day named just before a time that has none of its own ("flew Tuesday in Everett at 18:00
 * UTC", "on March 3, 2020, at noon"), or null.
 */
export function dayJustNamed(state: TagState, timeStart: number): Date | null {
  const named = state.lastDay;
  if (named.end < 0 || timeStart - named.end >= CLOCK_DAY_CHARS) return null;
  return calendarDate(named.year, named.month, named.day);
}

/** How far back (in characters) a named day still gives a bare clock time its day. */
const CLOCK_DAY_CHARS = 150;
