// Speaker mentions around reporting verbs: "Arce said", "said Rep. Elijah Cummings", "he added",
// "the president said", "a senior official said". Works on small token windows only, so the cost
// per quote or sentence is bounded no matter how long the document is.

import { COMPOUND_MODIFIER_ENDS, DETERMINERS, FRAMING_VERBS, NAME_PARTICLES, NOT_NAME_START, PARTY_LABEL, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLES, VERB_MODIFIERS } from './en/lexicon';
import { isLetterOrDigit } from '../chars';

export interface Token {
  start: number;
  end: number;
  /** Lower case, without a trailing period ("Sen." → "sen"). */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Punctuation token (",", ":", a quote mark, a dash). */
  punct: boolean;
  /** Ends with a possessive ('s / ’s). */
  possessive: boolean;
  /** Ends a sentence or clause (written with a final ".", or is "!", "?", ";"). */
  stop: boolean;
}

// Words that never head or sit inside a speaker description.
export const FUNCTION_WORDS = new Set('that which who whom whose and or but by of to for from with in on at as than then into about over under after before because if while when where what how why not'.split(' '));

// Relatives that open a clause whose subject follows them.
const CLAUSE_RELATIVES = new Set(['which', 'that', 'whom']);

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** Title words written right before a name ("president" in "President Luis Arce"). */
  titles: string[];
  /** Head noun of a description ("president" in "the new president"). */
  role?: string;
}

// Characters that are tokens of their own: , : ; — – ― ( ) " “ ” ‘ ’ « » ! ?
export function isPunctToken(c: number): boolean {
  return (
    c === 44 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 40 || c === 41 || c === 34 ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 33 || c === 63
  );
}

/**
 * A token of the last tokenize() call. Token objects are recycled, and the lower-case form of a
 * plain word is built when first read (docs/performance.md, "Tokens").
 */
class PooledToken implements Token {
  start = 0;
  end = 0;
  cap = false;
  punct = false;
  possessive = false;
  stop = false;
  private lowerForm: string | null = '';
  private source = '';
  /** End of the characters `lower` is made of (the word without its final period). */
  private formEnd = 0;

  get lower(): string {
    if (this.lowerForm === null) this.lowerForm = lowerCase(this.source, this.start, this.formEnd);
    return this.lowerForm;
  }

  /** The lower-case form of text[start, formEnd), built on first read. */
  setLazyLower(text: string, formEnd: number): void {
    this.lowerForm = null;
    this.source = text;
    this.formEnd = formEnd;
  }

  setLower(lower: string): void {
    this.lowerForm = lower;
  }

  /** Drops the references to the text (see releaseTokens). */
  release(): void {
    this.lowerForm = '';
    this.source = '';
  }
}

// Module state: the token pool. Safe because analysis is synchronous (one tokenize result is read
// before the next call); releaseTokens() is the reset point analyzeQuotes calls when it is done,
// and test/unit/quotes.test.ts ("module state") checks that analyses do not see each other's tokens.
const pool: PooledToken[] = [];
// The tokens of the last call: the array is kept and overwritten, and its length set once per
// call (emptying it first would free its storage and grow it again token by token).
const current: PooledToken[] = [];
let count = 0;

function nextToken(): PooledToken {
  let token = pool[count];
  if (token === undefined) token = pool[count] = new PooledToken();
  if (count < current.length) current[count] = token;
  else current.push(token);
  count++;
  return token;
}

/**
 * Tokens of text[from, to): words (with inner ' ’ . & - and an optional final period) and the
 * punctuation that matters for attribution. A hand-written loop rather than a Unicode regex
 * (docs/performance.md, "Tokens").
 *
 * The returned array and its tokens are reused by the next call: read them, keep only offsets
 * and strings (as Mention does), and never hold two results at once.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigit(c)) {
      const start = i;
      let ascii = c < 128;
      i++;
      for (;;) {
        if (i >= to) break;
        const d = text.charCodeAt(i);
        if (isLetterOrDigit(d)) {
          if (d >= 128) ascii = false;
          i++;
          continue;
        }
        // Inner joiners need a letter or digit after them: "don't", "U.S", "Wells-Fargo", "AT&T".
        if ((d === 39 || d === 0x2019 || d === 46 || d === 38 || d === 45) && i + 1 < to && isLetterOrDigit(text.charCodeAt(i + 1))) {
          if (d >= 128 || text.charCodeAt(i + 1) >= 128) ascii = false;
          i += 2;
          continue;
        }
        break;
      }
      const period = i < to && text.charCodeAt(i) === 46;
      const length = i - start;
      if (period) i++;
      if (ascii && !period) pushPlainWord(text, start, length);
      else pushWord(text, start, length, period);
    } else {
      // Spaces are most of what is not a word: skip them before the punctuation tests.
      // A hyphen with a space on each side is a dash typed on a keyboard ("Trump - who said … -
      // said"): it reads as "—".
      const typedDash = c === 45 && i > from && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
      if (c !== 32 && (isPunctToken(c) || typedDash)) {
        const token = nextToken();
        token.start = i;
        token.end = i + 1;
        token.setLower(typedDash ? '—' : text[i]);
        token.cap = false;
        token.punct = true;
        token.possessive = false;
        token.stop = c === 33 || c === 63 || c === 59;
      }
      i++;
    }
  }
  current.length = count;
  return current;
}

/**
 * Lets the recycled tokens forget the last text: call when an analysis is done, so that the pool
 * (module state) does not keep a whole document alive until the next one.
 */
export function releaseTokens(): void {
  for (const token of pool) token.release();
}

const STATE_CODE = /^[a-z]-[a-z]{1,4}$/;

/**
 * text[start, end) in lower case. Most words are lower-case ASCII already, or capitalised ASCII;
 * those skip toLowerCase, which is slow on slices of a two-byte string (any text with a curly
 * quote) because it cannot take its one-byte fast path.
 */
export function lowerCase(text: string, start: number, end: number): string {
  let upper = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.slice(start, end).toLowerCase();
    if (c >= 65 && c <= 90) {
      if (upper >= 0) return text.slice(start, end).toLowerCase();
      upper = i;
    }
  }
  if (upper < 0) return text.slice(start, end);
  return text.slice(start, upper) + String.fromCharCode(text.charCodeAt(upper) + 32) + text.slice(upper + 1, end);
}

/**
 * An ASCII word without a final period: everything but its lower-case form is read from the
 * characters (the same answers pushWord gives), and that form is left to be built on demand.
 */
function pushPlainWord(text: string, start: number, length: number): void {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(start + length - 1);
  const token = nextToken();
  token.start = start;
  token.end = start + length;
  token.setLazyLower(text, start + length);
  token.cap = first >= 65 && first <= 90;
  token.punct = false;
  token.possessive = length > 1 && (last === 115 || last === 83) && text.charCodeAt(start + length - 2) === 39;
  token.stop = false;
  // "… in the U.S. He says …": a capitalised subject pronoun after an abbreviation's period opens
  // a new sentence (no pronoun is capitalised inside one); the abbreviation ended the last one.
  if (token.cap && length <= 4 && count >= 2 && SENTENCE_OPENING_PRONOUNS.has(text.slice(start, start + length))) {
    const previous = current[count - 2];
    if (!previous.punct && !previous.stop && text.charCodeAt(previous.end - 1) === 46 && !TITLES.has(previous.lower.replace(/\.$/, ''))) previous.stop = true;
  }
}

// Subject pronouns as written at a sentence start.
const SENTENCE_OPENING_PRONOUNS = new Set(['He', 'She', 'They', 'We']);

/** "No." before a number ("the No. 2 in the leadership") is the number sign, not a sentence end. */
function numberSign(text: string, lower: string, after: number): boolean {
  if (lower !== 'no') return false;
  const next = text.charCodeAt(text.charCodeAt(after) === 32 ? after + 1 : after);
  return next >= 48 && next <= 57;
}

/** A word starting with a letter past ASCII ("Élise"): capitalised when lower-casing changes it. Rare, so kept out of pushWord. */
function accentedCapital(text: string, start: number, lower: string): boolean {
  return text[start] !== lower[0];
}

function pushWord(text: string, start: number, length: number, period: boolean): void {
  const lower = lowerCase(text, start, start + length);
  const first = text.charCodeAt(start);
  const cap = first >= 65 && first <= 90 ? true : first >= 0xc0 ? accentedCapital(text, start, lower) : false;
  const last = lower.charCodeAt(length - 1);
  // Bounded: a one-letter word's read before its start deoptimizes this (hot) function.
  const beforeLast = length > 1 ? lower.charCodeAt(length - 2) : -1;
  const possessive = last === 115 && (beforeLast === 39 || beforeLast === 0x2019);
  // A final period ends the sentence unless the word is a title, an initial or an abbreviation
  // with inner periods or a state code ("Sen.", "J.", "U.S.", "D-Va.").
  const abbreviation = period && (TITLES.has(lower) || (length === 1 && cap) || lower.includes('.') || STATE_CODE.test(lower) || numberSign(text, lower, start + length + 1));
  const token = nextToken();
  token.start = start;
  // The mention "Hester", not "Hester."; an abbreviation keeps its period ("Sen.").
  token.end = start + length + (abbreviation ? 1 : 0);
  token.setLower(lower);
  token.cap = cap;
  token.punct = false;
  token.possessive = possessive;
  token.stop = period && !abbreviation;
}

// Plain loops rather than findIndex with a closure: these run for most quotes.

/** Index of the first token starting at or after `offset` (-1 if none), like findIndex. */
export function tokenIndexFrom(tokens: Token[], offset: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].start >= offset) return k;
  return -1;
}

/** Index of the token starting at `offset` (-1 if none). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].start === offset) return k;
  return -1;
}

/**
 * Speech verbs that are also common nouns ("a Donald Trump tweet"): after a quote they only
 * count with a pronoun subject ("…," I tweet).
 */
const NOUN_LIKE = new Set('tweet post report claim comment note answer reply quote read cry counter charge chant demand promise pledge vow warning'.split(' '));

export function isNounLike(token: Token): boolean {
  return NOUN_LIKE.has(token.lower);
}

/** isNounLike for a word's lower-case form. */
export function isNounLikeWord(lower: string): boolean {
  return NOUN_LIKE.has(lower);
}

export function isSpeechVerb(token: Token): boolean {
  return !token.cap && !token.punct && SPEECH_VERBS.has(token.lower);
}

// One look-up instead of two: this runs for every token before a quote.
const REPORTING_VERBS = new Set([...SPEECH_VERBS, ...FRAMING_VERBS]);

export function isReportingVerb(token: Token): boolean {
  return !token.cap && !token.punct && REPORTING_VERBS.has(token.lower);
}

function isModifier(token: Token): boolean {
  if (token.punct || token.cap) return false;
  return VERB_MODIFIERS.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ly'));
}

function isNameWord(token: Token): boolean {
  return token.cap && !token.possessive && !TITLES.has(token.lower) && !/\d/.test(token.lower) && !isLabelOrModifier(token.lower);
}

/** "R-Wis." (a party label), "Trump-style" (a compound modifier): hyphenated, never a name. */
function isLabelOrModifier(lower: string): boolean {
  const hyphen = lower.indexOf('-');
  if (hyphen < 0) return false;
  return (hyphen === 1 && PARTY_LABEL.test(lower)) || COMPOUND_MODIFIER_ENDS.has(lower.slice(lower.lastIndexOf('-') + 1));
}

/** tokens[k] is a capitalised word in -ing opening its clause and followed by "to": "Continuing to …", "Declining to …". */
function openingParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.cap || t.lower.length < 6 || !t.lower.endsWith('ing') || tokens[k + 1]?.lower !== 'to') return false;
  return k === 0 || tokens[k - 1].punct || tokens[k - 1].stop;
}

/** tokens[k] is a party label set off by commas before it: "Ron Johnson, R-Wis.,". */
function isPartyLabelAfterComma(tokens: Token[], k: number): boolean {
  return k >= 1 && tokens[k].cap && tokens[k - 1].lower === ',' && tokens[k].lower.charCodeAt(1) === 45 && PARTY_LABEL.test(tokens[k].lower);
}

/** The titles of a mention that has none: shared (mentions are made per quote and per sentence). */
export const NO_TITLES: string[] = Object.freeze([]) as unknown as string[];

/**
 * A name ending at tokens[last]: the run of capitalised words before it, stopping at titles,
 * possessives and sentence-initial function words.
 */
function nameEndingAt(tokens: Token[], last: number): Mention | null {
  if (!isNameWord(tokens[last])) return null;
  let first = last;
  while (first > 0 && last - first < 5) {
    const prev = tokens[first - 1];
    if (isNameWord(prev)) {
      first--;
      continue;
    }
    // Particles inside a name: "Bank of America", "Charles de Gaulle".
    if (!prev.cap && NAME_PARTICLES.has(prev.lower) && first - 2 >= 0 && isNameWord(tokens[first - 2])) {
      first -= 2;
      continue;
    }
    break;
  }
  while (first < last && NOT_NAME_START.has(tokens[first].lower)) first++;
  if (NOT_NAME_START.has(tokens[first].lower)) return null;
  // "Ambassador to Bolivia Vladimir Sprinchan": the place belongs to the title, not the name.
  const before = tokens[first - 1];
  if (last - first >= 2 && before && !before.cap && (before.lower === 'to' || before.lower === 'of' || before.lower === 'for' || before.lower === 'from')) first++;
  let titles: string[] = NO_TITLES;
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
    const t = tokens[k];
    if (t.cap && TITLES.has(t.lower)) {
      if (titles === NO_TITLES) titles = [];
      titles.push(t.lower);
    } else if (!(t.cap || (!t.punct && NAME_PARTICLES.has(t.lower)))) break;
  }
  return { start: tokens[first].start, end: tokens[last].end, kind: 'name', titles };
}

/** A name starting at tokens[first] (after skipping titles): "Rep. Elijah Cummings of Maryland". */
export function nameStartingAt(tokens: Token[], first: number): Mention | null {
  let titles: string[] = NO_TITLES;
  while (first < tokens.length && tokens[first].cap && TITLES.has(tokens[first].lower)) {
    if (titles === NO_TITLES) titles = [];
    titles.push(tokens[first].lower);
    first++;
  }
  if (first >= tokens.length || !isNameWord(tokens[first]) || NOT_NAME_START.has(tokens[first].lower)) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first < 4) {
    const next = tokens[last + 1];
    if (tokens[last].possessive) break;
    if (isNameWord(next)) {
      last++;
      continue;
    }
    break;
  }
  if (tokens[last].possessive) return null; // "said Clinton's spokesman": the head is later
  return { start: tokens[first].start, end: tokens[last].end, kind: 'name', titles };
}

/** A description ending at a role noun: "the president", "a senior administration official". */
function descriptionEndingAt(tokens: Token[], last: number, anyNoun = false): Mention | null {
  const head = tokens[last];
  if (head.punct || head.possessive) return null;
  const role = ROLE_NOUNS.has(head.lower);
  if (!role && !(anyNoun && /^[a-z]{2,}$/.test(head.lower) && !FUNCTION_WORDS.has(head.lower) && !PRONOUNS.has(head.lower) && !isReportingVerb(head))) return null;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k <= 5; k--) {
    const t = tokens[k];
    if (t.punct) break;
    if (DETERMINERS.has(t.lower) || t.possessive) {
      // Any noun is accepted only as a clause-initial subject ("The ad says", "…," the union
      // wrote), never as an object ("released a letter that says").
      if (!role) {
        const before = tokens[k - 1];
        // A relative before the determiner opens a clause too ("the plan, which the report said …").
        if (before && !before.punct && !before.stop && before.lower !== 'and' && before.lower !== 'but' && !CLAUSE_RELATIVES.has(before.lower)) return null;
      }
      first = k;
      // "Clinton's campaign": include the possessor's name.
      if (t.possessive) {
        const owner = nameEndingAt(tokens, k) ?? null;
        if (owner) first = tokenIndexAt(tokens, owner.start);
      }
      return { start: tokens[first].start, end: head.end, kind: 'description', titles: NO_TITLES, role: head.lower };
    }
    if (isSpeechVerb(t) || isReportingVerb(t) || PRONOUNS.has(t.lower) || (NOT_NAME_START.has(t.lower) && !t.cap) || FUNCTION_WORDS.has(t.lower)) break;
    first = k;
  }
  // No determiner: only bare plurals ("officials said", "Republican lawmakers said") and role
  // nouns led by a capitalised modifier ("White House spokesman") stand alone.
  if (role && (head.lower.endsWith('s') || (first < last && tokens[first].cap))) {
    while (first < last && NOT_NAME_START.has(tokens[first].lower)) first++;
    return { start: tokens[first].start, end: head.end, kind: 'description', titles: NO_TITLES, role: head.lower };
  }
  return null;
}

/**
 * The subject of the reporting verb at tokens[verb], looking left ("Arce said"). With `anyNoun`,
 * any determiner-led noun phrase counts ("the ad’s narrator says"): safe right after a quote.
 */
export function subjectBefore(tokens: Token[], verb: number, anyNoun = false): Mention | null {
  let j = verb - 1;
  while (j >= 0 && isModifier(tokens[j])) j--;
  // "Continuing to explain his view, Carson said": a participle and its infinitive open the
  // sentence; the participle is no subject.
  if (j >= 0 && openingParticiple(tokens, j)) return null;
  // A party label between subject and verb, set off by commas: "Sen. Ron Johnson, R-Wis., said",
  // "Gov. John Kasich (R-OH), said".
  if (j >= 2 && tokens[j].lower === ',' && isPartyLabelAfterComma(tokens, j - 1)) j -= 3;
  else if (j >= 1 && tokens[j].lower === ',' && tokens[j - 1].lower === ')') j--;
  // A parenthetical between subject and verb: "Sen. Claire McCaskill (D-Mo.) said".
  if (j >= 0 && tokens[j].lower === ')') {
    let k = j - 1;
    while (k >= 0 && j - k <= 8 && tokens[k].lower !== '(') k--;
    if (k >= 0 && tokens[k].lower === '(') j = k - 1;
    while (j >= 0 && isModifier(tokens[j])) j--;
  }
  if (j < 0) return null;
  const t = tokens[j];
  // Apposition: "Paul Rieckhoff, founder of IAVA, said" → the name before the first comma.
  if (t.lower === ',') {
    // "Sanders's campaign manager, Jeff Weaver, said": the name between the commas.
    const between = j > 0 ? nameEndingAt(tokens, j - 1) : null;
    const city = between ? tokenIndexAt(tokens, between.start) - 1 : -1;
    if (between && stateAfterCity(tokens, city)) {
      // "a woman in Worcester, Massachusetts, told": the place follows its noun directly.
      let preposition = city - 1;
      while (preposition > 0 && tokens[preposition].cap) preposition--;
      let k = preposition - 1;
      while (k >= 0 && preposition - k <= 8 && !tokens[k].punct) k--;
      if (k < 0 || tokens[k].lower !== ',') return preposition > 0 ? subjectHead(tokens, preposition - 1, anyNoun) : null;
    } else if (between) {
      const index = tokenIndexAt(tokens, between.start);
      if (index > 0 && tokens[index - 1].lower === ',') return between;
    }
    for (let k = j - 1; k >= 0 && j - k <= 14; k--) {
      if (tokens[k].lower === ',') {
        // "…, of Flint, Mich., said", "…, in Columbus, Ohio, said": a state after its city
        // belongs to the place in the apposition.
        if (stateAfterCity(tokens, k)) continue;
        // An apposition describes ("founder of IAVA", "a Clinton backer"); a segment opening with
        // a name is a clause of its own ("Ohio, Lopez went after Ruiz, calling").
        const opener = tokens[k + 1];
        if (opener && opener.cap && !TITLES.has(opener.lower) && !DETERMINERS.has(opener.lower)) return null;
        // "Rep. Elijah Cummings (D-Md.), chair of…, said": the name before the parenthetical.
        let head = k - 1;
        if (head > 0 && tokens[head].lower === ')') {
          let open = head - 1;
          while (open > 0 && head - open <= 8 && tokens[open].lower !== '(') open--;
          if (tokens[open].lower === '(') head = open - 1;
        }
        // "Cory James, 22, of Flint, Mich., said": an age set off by commas follows the name.
        if (head > 1 && /^\d{1,3}$/.test(tokens[head].lower) && tokens[head - 1].lower === ',') head -= 2;
        // "Sen. Ron Johnson, R-Wis., who chairs …, said": so does a party label.
        if (head > 1 && isPartyLabelAfterComma(tokens, head)) head -= 2;
        const m = head >= 0 ? subjectHead(tokens, head, false) : null;
        return m && m.kind !== 'description' ? m : null;
      }
      if (tokens[k].punct) break;
    }
    return null;
  }
  const head = subjectHead(tokens, j, anyNoun);
  // "Another source speaking to Fox News said": the name is the object of a participle phrase;
  // the subject is the noun before it.
  if (head && head.kind === 'name') {
    const index = tokenIndexAt(tokens, head.start);
    const preposition = tokens[index - 1];
    const participle = tokens[index - 2];
    if (index >= 3 && participle && !participle.cap && participle.lower.endsWith('ing') && preposition && (preposition.lower === 'to' || preposition.lower === 'on' || preposition.lower === 'with' || preposition.lower === 'for')) {
      return subjectHead(tokens, index - 3, anyNoun);
    }
  }
  return head;
}

/**
 * tokens[comma] is the comma between a city and its state: "in Columbus, Ohio", "of Flint,
 * Mich.": a capitalised word after it, and one to three capitalised words before it that follow
 * "in", "of", "from" or "at".
 */
function stateAfterCity(tokens: Token[], comma: number): boolean {
  if (comma < 2 || tokens[comma]?.lower !== ',' || !tokens[comma + 1]?.cap) return false;
  for (let k = comma - 1; k >= 0 && comma - k <= 4; k--) {
    const t = tokens[k];
    if (t.cap && !t.punct) continue;
    return k < comma - 1 && !t.cap && (t.lower === 'in' || t.lower === 'of' || t.lower === 'from' || t.lower === 'at');
  }
  return false;
}

function subjectHead(tokens: Token[], j: number, anyNoun: boolean): Mention | null {
  const t = tokens[j];
  if (t.punct) return null;
  if (PRONOUNS.has(t.lower)) return { start: t.start, end: t.end, kind: 'pronoun', titles: [] };
  // "He’s claiming", "she'd said": the pronoun part of a contraction.
  const contraction = /^(he|she|they|we|i|it)['’](?:s|d|ll|re|ve|m)$/.exec(t.lower);
  if (contraction) return { start: t.start, end: t.start + contraction[1].length, kind: 'pronoun', titles: [] };
  if (t.cap && TITLES.has(t.lower) && j > 0 && tokens[j - 1].lower === 'the') {
    return { start: tokens[j - 1].start, end: t.end, kind: 'description', titles: [], role: t.lower };
  }
  if (t.cap) return nameEndingAt(tokens, j) ?? descriptionEndingAt(tokens, j, anyNoun) ?? standAlone(tokens, j);
  return descriptionEndingAt(tokens, j, anyNoun) ?? standAlone(tokens, j);
}

// Determiners that stand for a person already described: "Another said", "Yet another said", "One
// told reporters", "Others said".
const STAND_ALONE = new Set(['another', 'one', 'others', 'some', 'many', 'several']);

/** "Yet another said": a standing-alone determiner that opens its clause, as a description. */
function standAlone(tokens: Token[], j: number): Mention | null {
  const t = tokens[j];
  if (!STAND_ALONE.has(t.lower)) return null;
  const before = tokens[j - 1];
  if (before && !before.punct && !before.stop && before.lower !== 'yet' && before.lower !== 'and' && before.lower !== 'but') return null;
  return { start: t.start, end: t.end, kind: 'description', titles: NO_TITLES, role: t.lower };
}

/**
 * "Tom Reyes, who declared": the name a relative "who" right before the verb at tokens[verb]
 * (modifiers aside) stands for, written just before it (a comma or dash between). Null otherwise.
 */
export function relativeAntecedent(tokens: Token[], verb: number): Mention | null {
  let j = verb - 1;
  while (j >= 0 && isModifier(tokens[j])) j--;
  if (j < 1 || tokens[j].lower !== 'who' || tokens[j].cap) return null;
  let k = j - 1;
  if (tokens[k].lower === ',' || tokens[k].lower === '—' || tokens[k].lower === '–') k--;
  return k >= 0 ? nameEndingAt(tokens, k) : null;
}

/**
 * "Clinton: “…”", "Former secretary of state Hillary Rodham Clinton: “…”": text[from, to) that is
 * only a name before a colon, with title or description words before it (up to eight words, no
 * verb and no punctuation). The name, or null.
 */
export function nameLabel(text: string, from: number, to: number): Mention | null {
  const tokens = tokenize(text, from, to);
  const colon = tokens.length - 1;
  if (colon < 1 || colon > 8 || tokens[colon].lower !== ':') return null;
  for (let k = 0; k < colon; k++) {
    const t = tokens[k];
    // "Former secretary of state Hillary Clinton:": a word after "of" names an office, not a verb.
    const verb = isReportingVerb(t) && !(k > 0 && tokens[k - 1].lower === 'of');
    if (t.punct || t.stop || verb || PRONOUNS.has(t.lower) || (!t.cap && FUNCTION_WORDS.has(t.lower) && t.lower !== 'of')) return null;
  }
  const name = nameEndingAt(tokens, colon - 1);
  return name && !NOT_NAME_START.has(tokens[colon - 1].lower) ? name : null;
}
