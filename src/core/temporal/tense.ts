// Clause tense from verb cues. Fast and rule-based on purpose: it runs for every temporal expression
// and every claim, so it must stay a single linear scan over one sentence.
import type { Span, Tense } from '../types';
import { Vocabulary } from './vocabulary';
import {
  FUTURE_WORDS,
  REPORTING_VERBS,
  FUTURE_PAIRS,
  COMMITMENT,
  NOT_INFINITIVE,
  MODALS,
  PAST_WORDS,
  PRESENT_WORDS,
  SCHEDULED_EVENT_VERBS,
  SCHEDULED_BASE_VERBS,
  NOT_PLURAL_SUBJECTS,
  PLURAL_PRONOUNS,
  NOT_PAST_ED,
  CLAUSE_OPENERS,
} from './en/tenseWords';

// Tense codes in the cue store.
const PAST = 0;
const PRESENT = 1;
const FUTURE = 2;
/**
 * A commitment told in the past or present with its infinitive ("agreed to sell", "votes to close"):
 * what was committed to lies ahead of the verb, but a date before the verb ("The firm in October
 * agreed to sell", "The council on Monday voted to close") dates the commitment itself.
 */
const COMMITTED_PAST = 3;
const COMMITTED_PRESENT = 4;
/** The tense a cue gives an expression after it (or in its clause, reading forward). */
const TENSE_OF_CODE: Tense[] = ['past', 'present', 'future', 'future', 'future'];
/** The tense a cue gives an expression before it: the verb's own. */
const OWN_TENSE_OF_CODE: Tense[] = ['past', 'present', 'future', 'past', 'present'];

/**
 * The cues of every sentence asked about in the current text, kept in flat integer arrays: the
 * tagger asks about every sentence holding an expression and the claim classifier asks again
 * later, and a few objects per sentence kept alive that long made garbage collection a large cost.
 * Dropped when another text comes.
 */
class CueStore {
  private text: string | null = null;
  private readonly bySentenceStart = new Map<number, number>();
  /** The sentence asked about last, and its record. */
  private lastStart = -1;
  private lastRecord = 0;
  /** Per sentence: end, first cue, cue count, first clause start, clause count, where scanning stopped. */
  records: Int32Array = new Int32Array(6 * 1024);
  private recordCount = 0;
  /** Per cue: start offset, clause number within its sentence, tense code. */
  cues: Int32Array = new Int32Array(3 * 4096);
  private cueCount = 0;
  clauseStarts: Int32Array = new Int32Array(4096);
  private clauseCount = 0;
  /** First clause start of the sentence being scanned. */
  private firstClause = 0;

  /**
   * Record number of the sentence, scanned far enough to answer for `offset`: every cue and clause
   * start before it and the first cue after it. Scanning stops there and resumes when a later
   * offset of the same sentence is asked about (the tagger asks in text order).
   */
  recordFor(text: string, span: Span, offset: number): number {
    if (this.text !== text) {
      this.bySentenceStart.clear();
      this.recordCount = 0;
      this.cueCount = 0;
      this.clauseCount = 0;
      this.lastStart = -1;
    }
    // Equal content in a new string object (the same article analyzed again) compares character by
    // character; holding the new object makes every later comparison a pointer check instead.
    this.text = text;
    // Consecutive questions are mostly about the same sentence: skip the map for those.
    let record = span.start === this.lastStart ? this.lastRecord : this.bySentenceStart.get(span.start);
    if (record !== undefined) {
      this.lastStart = span.start;
      this.lastRecord = record;
    }
    if (record !== undefined && this.records[record * 6] === span.end) {
      if (this.answers(record, span, offset)) return record;
      // Resume in place only for the latest sentence: each sentence's cues must stay contiguous.
      if (record === this.recordCount - 1) {
        this.firstClause = this.records[record * 6 + 3];
        this.records[record * 6 + 5] = scanCues(text, span, this, this.records[record * 6 + 5], offset);
        this.closeRecord(record);
        return record;
      }
    }
    record = this.recordCount++;
    if (this.records.length < this.recordCount * 6) this.records = grown(this.records, this.recordCount * 6);
    this.records[record * 6] = span.end;
    this.records[record * 6 + 1] = this.cueCount;
    this.records[record * 6 + 3] = this.firstClause = this.clauseCount;
    this.addClauseStart(span.start);
    this.records[record * 6 + 5] = scanCues(text, span, this, span.start, offset);
    this.closeRecord(record);
    this.bySentenceStart.set(span.start, record);
    this.lastStart = span.start;
    this.lastRecord = record;
    return record;
  }

  private closeRecord(record: number): void {
    this.records[record * 6 + 2] = this.cueCount - this.records[record * 6 + 1];
    this.records[record * 6 + 4] = this.clauseCount - this.records[record * 6 + 3];
  }

  /** True when the scan of the sentence so far decides the tense at `offset`. */
  private answers(record: number, span: Span, offset: number): boolean {
    if (this.records[record * 6 + 5] >= span.end) return true;
    const count = this.records[record * 6 + 2];
    return count > 0 && this.cues[(this.records[record * 6 + 1] + count - 1) * 3] >= offset;
  }

  /** Start of the latest cue of the sentence being scanned, or -1. */
  lastCueStart(firstCue: number): number {
    return this.cueCount > firstCue ? this.cues[(this.cueCount - 1) * 3] : -1;
  }

  get cueTotal(): number {
    return this.cueCount;
  }

  addCue(start: number, tense: number): void {
    if (this.cues.length < (this.cueCount + 1) * 3) this.cues = grown(this.cues, (this.cueCount + 1) * 3);
    const at = this.cueCount * 3;
    this.cues[at] = start;
    this.cues[at + 1] = this.clauseCount - 1 - this.firstClause;
    this.cues[at + 2] = tense;
    this.cueCount++;
  }

  addClauseStart(start: number): void {
    if (this.clauseStarts.length <= this.clauseCount) this.clauseStarts = grown(this.clauseStarts, this.clauseCount + 1);
    this.clauseStarts[this.clauseCount++] = start;
  }

  lastClauseStart(): number {
    return this.clauseStarts[this.clauseCount - 1];
  }
}

function grown(array: Int32Array, atLeast: number): Int32Array {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const copy = new Int32Array(size);
  copy.set(array);
  return copy;
}

const store = new CueStore();

const FUTURE_PAIR_MAP = new Map(Object.entries(FUTURE_PAIRS));
const SET_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'now', 'also']);
// "is due to report on Tuesday", "due to appear in court" (before a noun, "due to" gives a cause).
const DUE_VERBS = new Set(['be', 'open', 'start', 'begin', 'take', 'end', 'close', 'meet', 'arrive', 'launch', 'finish', 'expire', 'report', 'vote', 'announce', 'release', 'rule', 'decide', 'testify', 'appear', 'return', 'resume', 'sign', 'hold', 'publish', 'complete', 'deliver', 'leave', 'visit', 'host', 'travel', 'speak', 'receive', 'become', 'go', 'hear']);
const ADJUNCT = /(?:\s+(?:on|last|this|late|early|today|yesterday|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|week|month|year)\b)+/y;
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
const IRREGULAR_PARTICIPLES = new Set([
  'told', 'made', 'held', 'brought', 'bought', 'sold', 'paid', 'led', 'built', 'found', 'kept', 'sent', 'spent',
  'struck', 'taught', 'caught', 'fought', 'sought', 'understood', 'left', 'met', 'heard', 'meant', 'dealt', 'lent', 'split',
]);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'be', 'been', 'being', 'the', 'a', 'an', 'will', 'would']);
const NEGATED_PAST = new Set(['did', 'was', 'were', 'had']);
const NEGATED_FUTURE = new Set(['wo', 'sha']);

// Cue words are whole words of letters only ("we'll" and "didn't" are read from their parts).
const CUE_WORDS = new Set(
  [...FUTURE_WORDS, ...FUTURE_PAIR_MAP.keys(), ...MODALS, ...PAST_WORDS, ...PRESENT_WORDS, ...CLAUSE_OPENERS, ...SCHEDULED_EVENT_VERBS].filter((w) => /^[a-z]+$/.test(w)),
);
// What the scan needs to know of a word, as bits (one look-up instead of one per word list).
const IS_CUE = 1;
const IS_CLAUSE_OPENER = 2;
const IS_FUTURE = 4; // a future word or a scheduled event verb
const IS_PAIR_START = 8;
const IS_MODAL = 16;
const IS_PAST = 32;
const IS_PRESENT = 64;
const IS_REPORTING = 128;
const IS_NOT_PAST_ED = 256;
const IS_IRREGULAR_PARTICIPLE = 512;
const IS_SCHEDULED_BASE = 1024;
function flagsOf(word: string): number {
  return (
    (CUE_WORDS.has(word) ? IS_CUE : 0) |
    (CLAUSE_OPENERS.has(word) ? IS_CLAUSE_OPENER : 0) |
    (FUTURE_WORDS.has(word) || SCHEDULED_EVENT_VERBS.has(word) ? IS_FUTURE : 0) |
    (FUTURE_PAIR_MAP.has(word) ? IS_PAIR_START : 0) |
    (MODALS.has(word) ? IS_MODAL : 0) |
    (PAST_WORDS.has(word) ? IS_PAST : 0) |
    (PRESENT_WORDS.has(word) ? IS_PRESENT : 0) |
    (REPORTING_VERBS.has(word) ? IS_REPORTING : 0) |
    (NOT_PAST_ED.has(word) ? IS_NOT_PAST_ED : 0) |
    (IRREGULAR_PARTICIPLES.has(word) ? IS_IRREGULAR_PARTICIPLE : 0) |
    (SCHEDULED_BASE_VERBS.has(word) ? IS_SCHEDULED_BASE | IS_CUE : 0)
  );
}
// Every word the rules compare with, so the scan can name words without making strings.
const VOCABULARY = new Vocabulary(
  [
    ...CUE_WORDS, ...NOT_PAST_ED, ...REPORTING_VERBS, ...DUE_VERBS, ...SET_AUXILIARIES, ...BE_FORMS, ...IRREGULAR_PARTICIPLES,
    ...PASSIVE_AUXILIARIES, ...NEGATED_PAST, ...NEGATED_FUTURE, ...NOT_INFINITIVE, 'have', 'not', 'to',
    ...SCHEDULED_BASE_VERBS, ...NOT_PLURAL_SUBJECTS, ...PLURAL_PRONOUNS,
    ...[...FUTURE_PAIR_MAP.values()].flatMap((second) => [...second]),
  ],
  flagsOf,
);

// Character classes, one table look-up per character (see docs/performance.md).
const WORD_CHAR = 1; // [A-Za-z0-9_], what \w and \b mean
const LETTER = 2; // [A-Za-z]
const CLAUSE_BREAK = 4; // , ; : " “ ” ( ) — –
const APOSTROPHE = 8; // ' ’
const CHAR_CLASS = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = WORD_CHAR;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = CHAR_CLASS[c + 32] = WORD_CHAR | LETTER;
CHAR_CLASS[95] = WORD_CHAR;
for (const c of ',;:"“”()—–') CHAR_CLASS[c.charCodeAt(0)] = CLAUSE_BREAK;
CHAR_CLASS[39] = CHAR_CLASS[0x2019] = APOSTROPHE;

function isWordChar(code: number): boolean {
  return (CHAR_CLASS[code] & WORD_CHAR) !== 0;
}
function isAsciiLetter(code: number): boolean {
  return (CHAR_CLASS[code] & LETTER) !== 0;
}
function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isApostrophe(code: number): boolean {
  return (CHAR_CLASS[code] & APOSTROPHE) !== 0;
}
/** True when text[start, end) ends with the two lower-case letters a, b (either case). */
function endsWithFolded(text: string, start: number, end: number, a: number, b: number): boolean {
  return end - start >= 2 && (text.charCodeAt(end - 2) | 32) === a && (text.charCodeAt(end - 1) | 32) === b;
}
const E = 101;
const D = 100;
const N = 110;

// A word read near a cue, kept as its vocabulary form ('' for other words) and its extent.
interface WordRef {
  word: string;
  start: number;
  end: number;
}
const NO_WORD: WordRef = { word: '', start: 0, end: 0 };

/** The letters after `position` past spaces or tabs (as NEXT_WORDS reads them), or null. */
function letterRunAfter(text: string, position: number): WordRef | null {
  let i = position;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === position) return null;
  let j = i;
  while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j === i) return null;
  return { word: VOCABULARY.find(text, i, j), start: i, end: j };
}

/** The word ending right before `start` past spaces or tabs, within `limit` (NO_WORD when none). */
function wordBefore(text: string, start: number, limit: number): WordRef {
  let end = start;
  while (end > limit && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === start) return NO_WORD;
  let begin = end;
  while (begin > limit && isAsciiLetter(text.charCodeAt(begin - 1))) begin--;
  if (begin === end) return NO_WORD;
  return { word: VOCABULARY.find(text, begin, end), start: begin, end };
}

/** A plural subject right before `start`: "talks", "Deliveries" (a word ending in s) or they, we. */
function pluralSubjectBefore(text: string, start: number, limit: number): boolean {
  const before = wordBefore(text, start, limit);
  if (before.end === before.start) return false;
  if (PLURAL_PRONOUNS.has(before.word)) return true;
  if (NOT_PLURAL_SUBJECTS.has(before.word) || before.end - before.start < 3 || (text.charCodeAt(before.end - 1) | 32) !== 115) return false;
  // Lower case after the first letter ("Talks resume", not "NATO's … USAS").
  for (let i = before.start + 1; i < before.end; i++) if (!isLowerLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Tense carried by a participle from the words before it: "to be held" is planned, "is based" or
 * "will be held" take their tense from the auxiliary (no cue here), a bare "held" is a past.
 */
function participleTense(text: string, start: number, limit: number): number | null {
  const before = wordBefore(text, start, limit);
  if (before.word === 'be' && wordBefore(text, before.start, limit).word === 'to') return FUTURE;
  return PASSIVE_AUXILIARIES.has(before.word) || BE_FORMS.has(before.word) ? null : PAST;
}

/**
 * Collects tense cues of a span, each with the clause number it sits in. One pass over the
 * characters: cue words, -ed words, "'ll", "n't" and clause-breaking punctuation, read in place.
 */
function scanCues(text: string, span: Span, cues: CueStore, from: number, until: number): number {
  const length = text.length;
  const firstCue = cues.cueTotal;
  let i = from;
  while (i < span.end) {
    const kind = CHAR_CLASS[text.charCodeAt(i)];
    if (kind & WORD_CHAR) {
      const atBoundary = i === 0 || !isWordChar(text.charCodeAt(i - 1));
      let j = i;
      let letters = LETTER;
      let hash = 0;
      while (j < length) {
        const code = text.charCodeAt(j);
        const k = CHAR_CLASS[code];
        if (!(k & WORD_CHAR)) break;
        letters &= k;
        hash = (Math.imul(hash, 31) + (code | 32)) | 0; // as hashRange in vocabulary.ts
        j++;
      }
      // "didn't", "won't": the auxiliary in front of a contracted negation decides (not "won").
      const negated = (text.charCodeAt(j - 1) | 32) === N && j < length && isApostrophe(text.charCodeAt(j)) && j + 1 < length && (text.charCodeAt(j + 1) | 32) === 116 && (j + 2 >= length || !isWordChar(text.charCodeAt(j + 2)));
      if (atBoundary && letters && !negated) {
        const word = VOCABULARY.findHashed(hash, text, i, j);
        const flags = VOCABULARY.flags;
        const endsEd = j - i >= 3 && endsWithFolded(text, i, j, E, D);
        if (endsEd || (flags & IS_CUE) !== 0) {
          readWord(text, span, word, flags, i, j, endsEd, cues);
          i = j;
          if (farEnough(cues, firstCue, until)) return i;
          continue;
        }
      }
      if (negated) {
        if (j - 1 >= span.end) break;
        readNegation(text, j - 1, cues);
        i = j + 2;
        if (farEnough(cues, firstCue, until)) return i;
        continue;
      }
      i = j;
      continue;
    }
    if (kind & APOSTROPHE) {
      i = afterApostrophe(text, i, cues);
      if (farEnough(cues, firstCue, until)) return i;
      continue;
    }
    if (kind & CLAUSE_BREAK) {
      if (cues.lastClauseStart() !== i) cues.addClauseStart(i);
    }
    i++;
  }
  return i;
}

/**
 * Whether the scan has gone far enough: a cue at or after the offset asked about is known (see
 * CueStore.recordFor). Only a new cue can make it so, so it is asked right after reading one rather
 * than at every character; the scan returns where the next character would have been read.
 */
function farEnough(cues: CueStore, firstCue: number, until: number): boolean {
  return cues.cueTotal > firstCue && cues.lastCueStart(firstCue) >= until;
}

/** The cue of a contracted negation at `start` ("didn't", "won't"): the auxiliary before it decides. */
function readNegation(text: string, start: number, cues: CueStore): void {
  let auxStart = start;
  while (auxStart > 0 && isAsciiLetter(text.charCodeAt(auxStart - 1))) auxStart--;
  const aux = VOCABULARY.find(text, auxStart, start);
  if (NEGATED_PAST.has(aux)) cues.addCue(start, PAST);
  else if (NEGATED_FUTURE.has(aux)) cues.addCue(start, FUTURE);
}

/**
 * Reads the apostrophe at `i`: "'ll" is a future cue. Where the scan goes on: past "'ll", else the
 * next character. (Every apostrophe comes here, possessives included, so that V8 has seen this
 * path before it compiles the scan; the first "'ll" met inside scanCues itself sent it back.)
 */
function afterApostrophe(text: string, i: number, cues: CueStore): number {
  if (!isContractedWill(text, i)) return i + 1;
  cues.addCue(i, FUTURE);
  return i + 3;
}

/** "'ll" at the apostrophe `i` ("we'll", "they’ll"), a word of its own. */
function isContractedWill(text: string, i: number): boolean {
  const length = text.length;
  if (i + 2 >= length) return false;
  return (text.charCodeAt(i + 1) | 32) === 108 && (text.charCodeAt(i + 2) | 32) === 108 && (i + 3 >= length || !isWordChar(text.charCodeAt(i + 3)));
}

/** The cue (if any) of a cue word or -ed word at text[start, end); `word` is '' outside the vocabulary. */
function readWord(text: string, span: Span, word: string, flags: number, start: number, end: number, endsEd: boolean, cues: CueStore): void {
  if (flags & IS_CLAUSE_OPENER) {
    cues.addClauseStart(start);
    if ((flags & (IS_FUTURE | IS_PAST | IS_PRESENT)) === 0) return;
  }
  let tense: number | null = null;
  if (flags & IS_FUTURE) {
    // "would" after a past reporting verb is future-in-the-past: still a prediction.
    tense = FUTURE;
  } else {
    let next: WordRef | null = null;
    let third: WordRef | null = null;
    const pair = flags & IS_PAIR_START ? FUTURE_PAIR_MAP.get(word) : undefined;
    if ((pair !== undefined || flags & IS_MODAL || word === 'has' || word === 'have') && end < span.end) {
      next = letterRunAfter(text, end);
      if (next) third = letterRunAfter(text, next.end);
    }
    // A commitment word counts only before an infinitive; "agreed to the terms" is a plain past.
    const infinitive = !COMMITMENT.has(word) || (third !== null && isLowerLetter(text.charCodeAt(third.start)) && !NOT_INFINITIVE.has(third.word));
    if (pair !== undefined && next !== null && pair.has(next.word) && infinitive) {
      // "to be" only counts before a participle ("the summit, to be held in May").
      if (word === 'due' && next.word === 'to') tense = third !== null && DUE_VERBS.has(third.word) ? FUTURE : null;
      else if (word === 'set') tense = SET_AUXILIARIES.has(wordBefore(text, start, span.start).word) || (third !== null && !endsWithFolded(text, third.start, third.end, E, D)) ? FUTURE : null;
      else tense = FUTURE;
    } else if (flags & IS_MODAL) {
      if (word === 'may' && isMonthMay(text, span, start)) return;
      if (next !== null && !endsWithFolded(text, next.start, next.end, E, D) && next.word !== 'have' && next.word !== 'not') tense = FUTURE;
    } else if (flags & IS_PAST) {
      // "will be held": an irregular participle after "be" takes the auxiliary's tense.
      tense = flags & IS_IRREGULAR_PARTICIPLE ? participleTense(text, start, span.start) : PAST;
    } else if (flags & IS_PRESENT) {
      // "has signed" is a present perfect: the event is in the past.
      if ((word === 'has' || word === 'have') && next !== null && (endsWithFolded(text, next.start, next.end, E, D) || endsWithFolded(text, next.start, next.end, E, N))) tense = PAST;
      else tense = PRESENT;
    } else if (flags & IS_SCHEDULED_BASE) {
      if (pluralSubjectBefore(text, start, span.start)) tense = FUTURE;
    } else if (end - start > 4 && endsEd && (flags & IS_NOT_PAST_ED) === 0) {
      // Passive or perfect with a present auxiliary is not a simple past ("is expected", "are based").
      tense = participleTense(text, start, span.start);
    }
  }
  if (tense === FUTURE && isPastPerfectBefore(text, span, start)) tense = PAST;
  if (tense === FUTURE && COMMITMENT.has(word)) tense = committedTense(text, start, end);
  if (tense !== null) cues.addCue(start, tense);
  if (flags & IS_REPORTING) {
    // The reported clause starts after the verb and its own time adjunct ("said Tuesday that").
    ADJUNCT.lastIndex = end;
    const adjunct = ADJUNCT.exec(text);
    cues.addClauseStart(adjunct ? adjunct.index + adjunct[0].length : end);
  }
}

/** The code of a commitment verb before its infinitive: "agreed", "voted" past; "agrees", "votes" present. */
function committedTense(text: string, start: number, end: number): number {
  if (end - start > 3 && endsWithFolded(text, start, end, E, D) && !isPrepared(text, start, end)) return COMMITTED_PAST;
  return (text.charCodeAt(end - 1) | 32) === 115 ? COMMITTED_PRESENT : FUTURE; // 's'
}

/** "prepared to" is an adjective of readiness, not a verb of the past. */
function isPrepared(text: string, start: number, end: number): boolean {
  return end - start === 8 && text.slice(start, end).toLowerCase() === 'prepared';
}

/**
 * "had been scheduled to expire Friday", "had been due to close": a plan told in the past perfect
 * was overtaken by events; the date it named has passed.
 */
function isPastPerfectBefore(text: string, span: Span, start: number): boolean {
  const been = wordBefore(text, start, span.start);
  return been.word === 'been' && wordBefore(text, been.start, span.start).word === 'had';
}

/**
 * "disclosed in May that ...": a capitalized "May" inside a sentence, after a word rather than
 * punctuation, is the month; the modal is capitalized only where a sentence or quote starts.
 */
function isMonthMay(text: string, span: Span, start: number): boolean {
  if (text.charCodeAt(start) !== 77 || start <= span.start) return false; // 'M'
  let i = start;
  while (i > span.start && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i < start && i > span.start && isWordChar(text.charCodeAt(i - 1));
}

const PRIORITY = [2, 1, 3, 3, 3]; // by tense code: future (and commitments) > past > present

/**
 * Tense of the clause containing `offset` inside `sentence`. Cues in the same clause win (a future cue
 * over a past one: "said ... is expected to open in 2023" reads the 2023 clause as future); otherwise
 * the nearest cue before the offset, then after it. News defaults to the past.
 */
export function tenseAt(text: string, sentence: Span, offset: number): Tense {
  const record = store.recordFor(text, sentence, offset);
  const records = store.records;
  const firstCue = records[record * 6 + 1];
  const cueCount = records[record * 6 + 2];
  if (cueCount === 0) return 'past';
  const cues = store.cues;
  const clause = lastIndexAtOrBefore(store.clauseStarts, records[record * 6 + 3], records[record * 6 + 4], offset);
  // Within the clause, the verb nearest before the expression governs it ("is expected to open in
  // 2023": "expected to"), else the first one after it ("In September, Bolivia received").
  let index = firstCue;
  let high = firstCue + cueCount;
  while (index < high) {
    const mid = (index + high) >> 1;
    if (cues[mid * 3] < offset) index = mid + 1;
    else high = mid;
  }
  const before = index > firstCue ? index - 1 : -1;
  const after = index < firstCue + cueCount ? index : -1;
  if (before >= 0 && cues[before * 3 + 1] === clause) return TENSE_OF_CODE[cues[before * 3 + 2]];
  if (after >= 0 && cues[after * 3 + 1] === clause) return OWN_TENSE_OF_CODE[cues[after * 3 + 2]];
  // Otherwise the nearest cue, preferring those before (the main verb usually precedes adjuncts).
  if (before >= 0 && after >= 0) {
    if (offset - cues[before * 3] <= (cues[after * 3] - offset) * 2) return TENSE_OF_CODE[cues[before * 3 + 2]];
    return OWN_TENSE_OF_CODE[cues[after * 3 + 2]];
  }
  return before >= 0 ? TENSE_OF_CODE[cues[before * 3 + 2]] : OWN_TENSE_OF_CODE[cues[after * 3 + 2]];
}

/** Position (0-based, relative to `first`) of the last of sorted[first, first + count) at or before value; 0 if none. */
function lastIndexAtOrBefore(sorted: Int32Array, first: number, count: number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[first + mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Overall tense of a sentence or span: the strongest cue (future > past > present). */
export function sentenceTense(text: string, span: Span): Tense {
  const record = store.recordFor(text, span, Number.MAX_SAFE_INTEGER);
  const firstCue = store.records[record * 6 + 1];
  const cueCount = store.records[record * 6 + 2];
  if (cueCount === 0) return 'past';
  const cues = store.cues;
  let best = cues[firstCue * 3 + 2];
  for (let i = firstCue + 1; i < firstCue + cueCount; i++) if (PRIORITY[cues[i * 3 + 2]] > PRIORITY[best]) best = cues[i * 3 + 2];
  return TENSE_OF_CODE[best];
}
