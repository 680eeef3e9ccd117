// Weekday names: "Tuesday", "last Friday", "Monday morning", "by Wednesday", "every Sunday".
import { addDays, getISODay } from 'date-fns';
import { dayRange, dayValue } from '../calendar';
import { ANAPHOR_CHARS, type Candidate, type TagState } from '../context';
import { DAY_PARTS, MONTHS, WEEKDAY_NAMES, WEEKDAYS } from '../en/lexicon';
import { DIRECTION_WORDS, FRONTED_DEADLINE_OPENERS } from '../en/words';
import { weekdayDate, weekdayOnOrBefore } from '../resolve';
import { isApostrophe, Parser } from '../tokens';
import { parseMonth } from './months';
import { calendarDate } from '../calendarDate';

/** True for "Friday's" (the name followed by a glued 's), not "Fridays" or "Friday 's'". */
function isPossessive(p: Parser, k: number): boolean {
  return p.glued(k) && isApostrophe(p.lower(k + 1)) && p.glued(k + 1) && p.lower(k + 2) === 's' && !p.glued(k + 2);
}

export function parseWeekday(p: Parser, k: number, state: TagState): Candidate | null {
  if (!p.isCapitalized(k)) return null;
  const weekday = WEEKDAYS.get(p.lower(k))!;
  // "Friday, Oct. 23" – the explicit date decides.
  let j = k + 1;
  if (p.lower(j) === ',') j++;
  if (MONTHS.get(p.lower(j)) !== undefined) {
    const monthCandidate = parseMonth(p, j, k);
    if (monthCandidate && monthCandidate.first === k) {
      // "this coming Sunday, March 8", "last Friday, Oct. 23": the words before the weekday belong
      // to the expression; the date fixes the value.
      const before = p.lower(k - 1);
      if (before === 'coming' && p.lower(k - 2) === 'this') monthCandidate.first = k - 2;
      else if (before === 'last' || before === 'next' || before === 'this' || before === 'coming' || before === 'past') monthCandidate.first = k - 1;
      return monthCandidate;
    }
  }
  // "Tuesday nights", "on Monday and Tuesday nights": a part of every such day.
  const partsAt = (p.lower(k + 1) === 'and' || p.lower(k + 1) === 'or') && WEEKDAYS.get(p.lower(k + 2)) !== undefined && p.isCapitalized(k + 2) ? k + 3 : k + 1;
  const parts = p.lower(partsAt);
  const everyPart = parts.length > 1 && parts.endsWith('s') ? DAY_PARTS.get(parts.slice(0, -1)) : undefined;
  if (everyPart) {
    const value = `XXXX-WXX-${weekday}T${everyPart}`;
    return { first: k, last: partsAt === k + 1 ? partsAt : k, type: 'SET', resolve() { return { value, reasoning: `every ${WEEKDAY_NAMES[weekday]} ${parts.slice(0, -1)}` }; } };
  }
  let first = k;
  let last = k;
  let direction: -1 | 0 | 1 | null = null;
  let deadline = false;
  const prev = p.lower(k - 1);
  if ((prev === 'previous' || prev === 'preceding' || prev === 'following') && p.lower(k - 2) === 'the') {
    const story = storyWeekday(p, k - 2, k, weekday, prev === 'following' ? 1 : -1, state);
    if (story) return story;
  }
  if (prev === 'last' || prev === 'next' || prev === 'this' || prev === 'coming' || prev === 'past') {
    direction = DIRECTION_WORDS.get(prev)!;
    first = k - 1;
    if (prev === 'coming' && p.lower(k - 2) === 'this') first = k - 2;
  } else if (prev === 'every' || prev === 'each') {
    return { first: k - 1, last: k, type: 'SET', resolve() { return { value: `XXXX-WXX-${weekday}`, reasoning: `every ${WEEKDAY_NAMES[weekday]}` }; } };
  } else if (prev === 'early' || prev === 'late') {
    first = k - 1;
  } else if (prev === 'until' || prev === 'till' || prev === 'by' || prev === 'through') {
    // "closed until Friday": a deadline lies ahead.
    direction = 1;
    deadline = true;
  } else if (prev === 'as' && (p.lower(k - 2) === 'soon' || p.lower(k - 2) === 'early') && p.lower(k - 3) === 'as') {
    // "could leave as soon as Tuesday", "a vote as early as Monday": the earliest of days ahead.
    direction = 1;
  }
  // Day part after: "Monday morning"; or before: "noon Thursday" is handled by the noon trigger.
  const part = DAY_PARTS.get(p.lower(k + 1));
  if (part) last = k + 1;
  const possessive = direction === null && isPossessive(p, k);
  // "Until Thursday, they had not ...": a fronted deadline read in a past clause has passed; after
  // a verb ("stays closed until Friday") the clause tense is too unreliable to say so.
  const frontedDeadline = deadline && (!p.isWord(k - 2) || FRONTED_DEADLINE_OPENERS.has(p.lower(k - 2)));
  // "had filed reports by Wednesday": a deadline told in the past perfect has passed.
  const pastPerfectDeadline = deadline && pastPerfectBefore(p, k - 1);
  return {
    first,
    last,
    type: part ? 'TIME' : 'DATE',
    resolve(ctx) {
      const found = possessive || pastPerfectDeadline || (frontedDeadline && ctx.tense() === 'past') ? weekdayOnOrBefore(weekday, ctx) : weekdayDate(weekday, ctx, direction, deadline);
      if (!found) {
        return { value: `XXXX-WXX-${weekday}${part ? 'T' + part : ''}`, reasoning: 'weekday without a publication date to place it', ambiguous: true };
      }
      return {
        value: dayValue(found.date) + (part ? 'T' + part : ''),
        reasoning: found.reasoning,
        range: dayRange(found.date),
        ambiguous: direction === null && found.date.getTime() !== ctx.ref!.getTime(),
      };
    },
  };
}

/** True when "had" and a participle ("had filed", "had been") come shortly before token `end` in its clause. */
function pastPerfectBefore(p: Parser, end: number): boolean {
  for (let i = end - 1; i >= end - 8 && p.has(i); i--) {
    const word = p.lower(i);
    if (!p.isWord(i)) return false;
    if (word === 'had') {
      const next = p.lower(i + 1);
      return next === 'been' || next.endsWith('ed') || next.endsWith('en');
    }
  }
  return false;
}

/** "Tuesdays": every such day. */
export function parseWeekdaySet(p: Parser, k: number): Candidate {
  const weekday = WEEKDAYS.get(p.lower(k).slice(0, -1))!;
  return { first: k, last: k, type: 'SET', resolve() { return { value: `XXXX-WXX-${weekday}`, reasoning: `every ${WEEKDAY_NAMES[weekday]}` }; } };
}

/**
 * "down 4.5% from the previous Friday", "the following Monday": that weekday before or after the
 * day the story last named (the publication date when none was named recently).
 */
function storyWeekday(p: Parser, first: number, k: number, weekday: number, direction: -1 | 1, state: TagState): Candidate {
  const named = state.lastDay;
  const recent = named.end >= 0 && (state.narrative || p.start(first) - named.end <= ANAPHOR_CHARS) ? { year: named.year, month: named.month, day: named.day } : null;
  const name = WEEKDAY_NAMES[weekday];
  return {
    first,
    last: k,
    type: 'DATE',
    resolve(ctx) {
      const from = recent ? calendarDate(recent.year, recent.month, recent.day) : ctx.ref;
      if (!from) return { value: `XXXX-WXX-${weekday}`, reasoning: 'weekday without a date to count from', ambiguous: true };
      // The nearest such weekday strictly before (or after) the day counted from.
      let date = addDays(from, direction);
      while (getISODay(date) !== weekday) date = addDays(date, direction);
      const relation = direction < 0 ? 'before' : 'after';
      return { value: dayValue(date), range: dayRange(date), reasoning: `the ${name} ${relation} ${recent ? 'the day the story last named' : 'the publication date'}` };
    },
  };
}
