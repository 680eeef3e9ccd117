// The trigger scan: one case-insensitive regex over the whole text finds digit runs and whole trigger
// words; cheap checks on the raw characters drop the hits that cannot start an expression before any
// tokenizing (most numbers in news text are counts and amounts).
import { DAY_PARTS, FREQUENCY_WORDS, MONTHS, SEASONS, UNITS, WEEKDAYS } from './en/lexicon';
import { DAY_PAIR_FOLLOWER, DAY_PAIR_LEADER, NUMBER_FOLLOWERS } from './en/patterns';
import { DECADE_WORDS } from './en/words';
import { CHAR_KIND, isDigitCode, isWordChar } from './tokens';
import { Vocabulary } from './vocabulary';

const NAME_TRIGGERS = new Set([...[...MONTHS.keys()], ...[...WEEKDAYS.keys()], ...[...WEEKDAYS.keys()].map((d) => d + 's')]);
const NAME_TRIGGER_WORDS = new Vocabulary(NAME_TRIGGERS);
const TRIGGER_WORD_LIST = [
  ...NAME_TRIGGERS, ...[...UNITS.keys()], ...[...SEASONS.keys()], ...[...DAY_PARTS.keys()], ...[...FREQUENCY_WORDS.keys()],
  'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently', 'current', 'recently', 'recent', 'soon', 'future',
  'past', 'lately', 'nowadays', 'noon', 'midnight', 'midday', 'christmas', 'thanksgiving', 'halloween', 'easter', 'half',
  'nineteen', 'term', 'period', 'while', ...DECADE_WORDS.keys(),
].sort((a, b) => b.length - a.length);
export const TRIGGER = new RegExp(`\\d+|\\b(?:${TRIGGER_WORD_LIST.join('|')})\\b`, 'gi');

/** Whether a four-digit number (and no longer one) ends at text[end). */
function yearEndsAt(text: string, end: number): boolean {
  for (let i = end - 4; i < end; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return end < 5 || !isDigitCode(text.charCodeAt(end - 5));
}

/** Cheap checks on a trigger at text[start, end) before any tokenizing. */
export function plausibleTrigger(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) return plausibleNumber(text, start, end, first);
  if (first >= 65 && first <= 90) return true;
  return NAME_TRIGGER_WORDS.find(text, start, end) === '';
}

// The number checks read only characters inside the text (a read past either end, NaN, sent the
// compiled code back to the interpreter: docs/performance.md, "What the cold cost is made of").
function plausibleNumber(text: string, start: number, end: number, first: number): boolean {
  const length = end - start;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  // Inside a longer token ("COVID19", "A380") or an amount of money ("$2000").
  if ((before >= 48 && before <= 57) || before === 36 || before === 0xa3 || before === 0x20ac) return false;
  if (length === 4) return first === 49 || first === 50; // years 1000–2999
  if (length > 3) return false;
  if (length === 2 && (before === 39 || before === 0x2019)) return true; // '82
  if (length === 2 && (before === 45 || before === 0x2013 || before === 47) && yearEndsAt(text, start - 1)) return true; // 1957-58, 2009/10
  if (length === 1 && first >= 49 && first <= 52 && isQuarter(text, start, end, before)) return true;
  NUMBER_FOLLOWERS.lastIndex = end;
  if (NUMBER_FOLLOWERS.test(text)) return true;
  DAY_PAIR_FOLLOWER.lastIndex = end;
  if (DAY_PAIR_FOLLOWER.test(text)) return true;
  DAY_PAIR_LEADER.lastIndex = start;
  return DAY_PAIR_LEADER.test(text);
}

/** "Q4", "4Q": a quarter, the digit at text[start, end). */
function isQuarter(text: string, start: number, end: number, before: number): boolean {
  if (before === 81 && (start < 2 || !isWordChar(text.charCodeAt(start - 2)))) return true;
  return end < text.length && text.charCodeAt(end) === 81 && (end + 1 >= text.length || !isWordChar(text.charCodeAt(end + 1)));
}

/** Start of the trigger the regex matched ending at `end`: a digit run or a whole word. */
export function triggerStart(text: string, end: number): number {
  let start = end - 1;
  if (CHAR_KIND[text.charCodeAt(start)] === 2) {
    while (start > 0 && CHAR_KIND[text.charCodeAt(start - 1)] === 2) start--;
  } else {
    while (start > 0 && CHAR_KIND[text.charCodeAt(start - 1)] === 1) start--;
  }
  return start;
}
