// Error classes of the temporal tagger on the TimeML corpora, so that a change is judged by the
// classes it fixes (issue 16) rather than by one total. Each error gets exactly one class, the first
// rule below that fits; the classes named in issue 16 come before the generic ones so that they are
// counted however else the error could be described.

export interface Annotation {
  start: number;
  end: number;
  type: string;
  value: string;
}

export const TIMEX_ERROR_CLASSES = [
  'missed expression',
  'spurious',
  'span mismatch',
  'weekday/month read forward in a past clause',
  'short year range',
  'clock time as duration',
  'duration/set value',
  'reference word (PRESENT_REF …)',
  'wrong granularity',
  'wrong anchor/direction',
  'other value',
] as const;
export type TimexErrorClass = (typeof TIMEX_ERROR_CLASSES)[number];

const WEEKDAY_OR_MONTH = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WRITTEN_YEAR = /\b\d{4}\b|'\d\d\b/;
// A past-tense verb: an -ed word or a common irregular past, the way the issue describes the class.
const PAST_VERB = /\b(?:[a-z]{3,}ed|was|were|had|said|told|made|took|gave|came|went|met|won|lost|left|began|held|sold|bought|paid|fell|rose|struck|sent|found|brought|led|ran|spoke|saw|shot|fled)\b/i;
const CLAUSE_END = /[.;:!?]/;

/** The shape of a value: which calendar fields it names ("YYYY-MM-DD", "YYYY-Www", "P_Y" …). */
export function valueShape(value: string): string {
  return value.replace(/\d/g, '9').replace(/X/g, '9');
}

/** Class of a matched pair whose value or span is wrong. */
export function classifyPair(text: string, gold: Annotation, predicted: Annotation): TimexErrorClass {
  if (gold.value === predicted.value) return 'span mismatch';
  const words = text.slice(gold.start, gold.end);
  if (/^\s*(?:1[0-9]|20)\d\d\s*[-–/]\s*\d\d\s*$/.test(words) || /\b\d{4}\s*[-–]\s*\d{2}\b(?!\d)/.test(words)) return 'short year range';
  if (gold.type === 'DURATION' && /\d:\d\d/.test(words)) return 'clock time as duration';
  if (/^\d{4}-\d\d/.test(gold.value) && WEEKDAY_OR_MONTH.test(words) && !WRITTEN_YEAR.test(words) && datePart(predicted.value) > datePart(gold.value) && pastVerbNear(text, gold.start, gold.end)) {
    return 'weekday/month read forward in a past clause';
  }
  if (gold.type === 'DURATION' || gold.type === 'SET' || predicted.type === 'DURATION' || predicted.type === 'SET') return 'duration/set value';
  if (/_REF$/.test(gold.value) || /_REF$/.test(predicted.value)) return 'reference word (PRESENT_REF …)';
  if (valueShape(gold.value) !== valueShape(predicted.value)) return 'wrong granularity';
  if (/^\d{4}/.test(gold.value) && /^\d{4}/.test(predicted.value)) return 'wrong anchor/direction';
  return 'other value';
}

/** Class of a gold expression nothing matched: the named classes first, then "missed expression". */
export function classifyMissed(text: string, gold: Annotation): TimexErrorClass {
  const words = text.slice(gold.start, gold.end);
  if (/^\d\d$/.test(words) && /\d{4}\s*[-–]\s*$/.test(text.slice(Math.max(0, gold.start - 6), gold.start))) return 'short year range';
  if (gold.type === 'DURATION' && /\d:\d\d/.test(words)) return 'clock time as duration';
  return 'missed expression';
}

/** "2020-03-12" of "2020-03-12TNI": a later day, not a finer value, makes a forward reading. */
function datePart(value: string): string {
  const t = value.indexOf('T');
  return t < 0 ? value : value.slice(0, t);
}

/**
 * A past-tense verb in the clause around the expression: after it ("Police on Thursday arrested")
 * or just before it ("The firm agreed in October to sell").
 */
function pastVerbNear(text: string, start: number, end: number): boolean {
  let after = text.slice(end, end + 60);
  const stop = CLAUSE_END.exec(after);
  if (stop) after = after.slice(0, stop.index);
  let before = text.slice(Math.max(0, start - 40), start);
  const breaks = before.split(CLAUSE_END);
  before = breaks[breaks.length - 1];
  return PAST_VERB.test(after) || PAST_VERB.test(before);
}

export type ErrorCounts = Map<TimexErrorClass, number>;

export function countError(counts: ErrorCounts, cls: TimexErrorClass): void {
  counts.set(cls, (counts.get(cls) ?? 0) + 1);
}
