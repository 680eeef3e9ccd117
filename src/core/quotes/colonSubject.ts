// "A footnote in the report makes that clear: “…”", "Obama's first five questioners ranged from
// skeptical to hostile: “…”", "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt
// message: “…”": the clause that ends at the colon introduces the quote, and its subject is the
// source even when it is a noun phrase (a document, a group, a person named with an apposition)
// rather than the bare name or pronoun colonClauseSubject reads. Tried only when that found none.
import { isWhitespace } from '../chars';
import { CLAUSE_OPENERS } from './en/clauses';
import { DETERMINERS, NOT_NAME_START, PRONOUNS } from './en/lexicon';
import { opensSentence } from './leading';
import { isReportingVerb, type Mention, NO_TITLES, type Token, tokenize } from './mentions';

// Finite verbs without -s or -ed that open the rest of such a clause.
const IRREGULAR_VERBS = new Set('was were is are has had made makes put puts gave took sent wrote told said did does went came'.split(' '));
// Words in -s that are not verbs.
const NOT_VERBS = new Set(['always', 'sometimes', 'perhaps', 'nowadays', 'besides', 'afterwards', 'towards', 'news', 'politics']);
// Prepositions that may hang a phrase on the subject's head ("a paper from the institute").
const NOUN_PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'for', 'on']);
// Determiners that may sit inside a phrase: "the council's three newest members".
const QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'several', 'many', 'both']);
// Lower-case words that never sit inside a subject noun phrase.
const NOT_IN_PHRASE = new Set('that which who whom whose and or but by to with as than then when while if because not there here'.split(' '));
// Words of a subject phrase before its head, and of a phrase hung on it.
const PHRASE_WORDS = 5;
// Tokens of an apposition set off by commas between the subject and its verb.
const APPOSITION_TOKENS = 14;

/**
 * The subject noun phrase of the first clause before the colon ending text[from, to): a phrase
 * opening the sentence or following a comma, then (after an apposition set off by commas, if any)
 * a finite verb. Null when text[from, to) does not end with a colon or no clause has one.
 */
export function colonPhraseSubject(text: string, from: number, to: number): Mention | null {
  let end = to;
  while (end > from && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 58) return null;
  const tokens = tokenize(text, from, end);
  const colon = tokens.length - 1;
  let sentenceStart = 0;
  for (let k = colon - 1; k >= 0; k--) {
    if (tokens[k].stop) {
      sentenceStart = k + 1;
      break;
    }
  }
  // The verb's clause runs to the colon: no comma after the verb.
  let lastComma = -1;
  for (let k = colon - 1; k >= sentenceStart && lastComma < 0; k--) if (tokens[k].lower === ',') lastComma = k;
  // A window cut inside a sentence does not start a clause.
  const first = sentenceStart > 0 || opensSentence(text, from) ? sentenceStart : sentenceStart + 1;
  for (let at = first; at < colon; at++) {
    if (at !== sentenceStart && tokens[at - 1].lower !== ',') continue;
    const subject = phraseWithVerb(tokens, at, colon, lastComma);
    if (subject) return subject;
  }
  return null;
}

/**
 * A subject noun phrase starting at tokens[at] and followed by its finite verb before `limit`: the
 * furthest verb that leaves a whole phrase before it ("Obama's first five questioners ranged", not
 * "Obama's first five" and "questioners").
 */
function phraseWithVerb(tokens: Token[], at: number, limit: number, lastComma: number): Mention | null {
  let first = at;
  while (first < limit && CLAUSE_OPENERS.has(tokens[first].lower) && !tokens[first].cap) first++;
  const opener = tokens[first];
  if (!opener || opener.punct || PRONOUNS.has(opener.lower)) return null;
  // "That's why I …" is a contraction, not a possessive.
  const determined = DETERMINERS.has(opener.lower) || (opener.possessive && !isContraction(opener.lower));
  if (opener.possessive && !determined) return null;
  // A phrase opens on a determiner, a possessive ("Hoff's letter") or a name word.
  if (!determined && !(opener.cap && !NOT_NAME_START.has(opener.lower))) return null;
  const reach = Math.min(limit, first + 2 * PHRASE_WORDS + APPOSITION_TOKENS + 3);
  for (let v = reach - 1; v > first && v > lastComma; v--) {
    if (!isFiniteVerb(tokens[v])) continue;
    const head = phraseHead(tokens, first, withoutApposition(tokens, first, v));
    if (head < 0) continue;
    const headToken = tokens[head];
    const named = !determined && headToken.cap;
    return named
      ? { start: opener.start, end: headToken.end, kind: 'name', titles: NO_TITLES }
      : { start: opener.start, end: headToken.end, kind: 'description', titles: NO_TITLES, role: headToken.lower };
  }
  return null;
}

/** Where the phrase before the verb at tokens[v] ends: before an apposition set off by commas, if any. */
function withoutApposition(tokens: Token[], first: number, v: number): number {
  if (tokens[v - 1].lower !== ',') return v;
  for (let k = v - 2; k > first && v - k <= APPOSITION_TOKENS; k--) {
    if (tokens[k].lower === ',') return k;
    if (tokens[k].punct || tokens[k].stop) return -1;
  }
  return -1;
}

/**
 * The head of the noun phrase tokens[first, end) (its last word before a hung phrase), or -1 when
 * those tokens are not one: words of a phrase, then at most one preposition, an optional
 * determiner and words.
 */
function phraseHead(tokens: Token[], first: number, end: number): number {
  if (end <= first) return -1;
  let head = first;
  let k = first + 1;
  for (; k < end && k - first <= PHRASE_WORDS && isPhraseWord(tokens[k]); k++) head = k;
  if (k === end) return head;
  if (tokens[k].cap || !NOUN_PREPOSITIONS.has(tokens[k].lower)) return -1;
  let j = k + 1;
  if (j < end && DETERMINERS.has(tokens[j].lower)) j++;
  const words = j;
  while (j < end && j - words < PHRASE_WORDS && isPhraseWord(tokens[j])) j++;
  return j === end && j > words ? head : -1;
}

/** A word inside a subject phrase: a name word, a title, or a lower-case noun or modifier. */
function isPhraseWord(t: Token): boolean {
  if (t.punct || t.stop || PRONOUNS.has(t.lower)) return false;
  if (t.cap) return true;
  return !NOT_IN_PHRASE.has(t.lower) && !NOUN_PREPOSITIONS.has(t.lower) && (!DETERMINERS.has(t.lower) || QUANTIFIERS.has(t.lower)) && !PRONOUNS.has(t.lower) && !isReportingVerb(t) && !IRREGULAR_VERBS.has(t.lower);
}

/** A lower-case word read as the clause's finite verb: -s, -ed, or a common irregular form. */
function isFiniteVerb(t: Token): boolean {
  if (t.cap || t.punct || t.possessive) return false;
  const w = t.lower;
  if (IRREGULAR_VERBS.has(w)) return true;
  if (w.length > 3 && w.endsWith('ed')) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !NOT_VERBS.has(w);
}

/** "that's", "it's", "here's": a word of NOT_NAME_START or a pronoun with 's. */
function isContraction(lower: string): boolean {
  const stem = lower.slice(0, -2);
  return NOT_NAME_START.has(stem) || PRONOUNS.has(stem);
}
