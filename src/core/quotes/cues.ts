// Reported-speech cues: the subject of a speech verb in a sentence ("…, Arce added.", "According to
// Arce, …"), found per sentence on demand. The fast paths (a pronoun or a plain name right before
// the verb) answer most verbs without tokenizing; the token rules in mentions.ts answer the rest.
import { isLetter, isWordChar } from '../chars';
import type { Sentence } from '../types';
import { PRONOUNS_BEFORE_VERB } from './en/clauses';
import { NOT_NAME_START, PRONOUNS, ROLE_NOUNS, TITLES, VERB_MODIFIERS } from './en/lexicon';
import type { QuotePiece } from './marks';
import { lowerCase, type Mention, NO_TITLES, subjectBefore, tokenize } from './mentions';
import { accordingTo, subjectAfter } from './subjectAfter';
import type { SentenceWords } from './scan';
import { spanAt } from './spans';
import { keepShape } from '../textShapes';

// How far around a speech verb its subject is looked for (UTF-16 code units): before it in
// general, before it when a capitalised word precedes it, and after it.
const CUE_WINDOW_BEFORE = 110;
const CUE_WINDOW_NAME = 64;
const CUE_WINDOW_AFTER = 50;

/**
 * Reported-speech cue of each sentence ("…, Arce added.", "According to Arce, …"), computed on
 * demand and remembered: a caller that needs a few sentences scans only those.
 */
export class CueTable {
  // The cue's mention; undefined: not computed yet; null: the sentence has no cue. Flags in a
  // typed array rather than a {mention, according} object per sentence: these live through the
  // whole analysis, and long-lived objects are what the garbage collector copies.
  private readonly cues: (Mention | null | undefined)[];
  private readonly according: Uint8Array;
  /** How many sentences have a cue, among those computed so far. */
  foundCount = 0;

  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    private readonly pieces: QuotePiece[],
    private readonly words: SentenceWords,
  ) {
    keepShape(this);
    this.cues = new Array<Mention | null | undefined>(sentences.length);
    this.according = new Uint8Array(sentences.length);
  }

  /** The mention of sentence s's cue, computed on first call. */
  get(s: number): Mention | null {
    let cue = this.cues[s];
    if (cue === undefined) {
      cue = this.cues[s] = this.compute(s);
      if (cue) this.foundCount++;
    }
    return cue;
  }

  /** Whether sentence s's cue is "according to X" (once get(s) found one). */
  isAccording(s: number): boolean {
    return this.according[s] === 1;
  }

  /** Computes the cues of sentences [from, to). */
  range(from: number, to: number): void {
    for (let s = Math.max(0, from); s < to && s < this.sentences.length; s++) this.get(s);
  }

  /** The cue's mention if it was computed (null otherwise). */
  known(s: number): Mention | null {
    return this.cues[s] ?? null;
  }

  /** The first sentence from s on whose cue was computed and found (length if none). */
  nextKnown(s: number): number {
    while (s < this.cues.length && !this.cues[s]) s++;
    return s;
  }

  private compute(s: number): Mention | null {
    const { text, words } = this;
    const sentence = this.sentences[s];
    for (let k = 0, count = words.verbCount(s); k < count; k++) {
      const at = words.verbAt(s, k);
      if (this.insideQuote(at)) continue; // quoted words are not the reporter's cue
      const cue = cueAt(text, sentence, at);
      if (cue) {
        if (isAccordingAt(text, at)) this.according[s] = 1;
        return cue;
      }
    }
    return null;
  }

  private insideQuote(at: number): boolean {
    const piece = this.pieces[spanAt(this.pieces, at)];
    return piece !== undefined && piece.start < at;
  }
}

function isAccordingAt(text: string, at: number): boolean {
  return text.startsWith('ccording', at + 1);
}

/** The subject of the speech verb at `at` (the cue it forms), if it has one. */
function cueAt(text: string, sentence: Sentence, at: number): Mention | null {
  const according = isAccordingAt(text, at);
  // Fast path for the most common cue, a pronoun right before the verb ("he said").
  const pronoun = according ? null : pronounBefore(text, at, sentence.start);
  if (pronoun) return pronoun;
  // Most verbs follow a word that cannot end a subject ("was said", "that told"): reject those
  // without tokenizing. Names need a short window; an apposition ("X, founder of Y, said") a longer one.
  const previous = previousWordKind(text, at, sentence.start);
  if (previous === 'none' && !according) return null;
  if (previous === 'name' && !according) {
    const name = plainNameBefore(text, at, sentence.start);
    if (name) return name;
  }
  const from = Math.max(sentence.start, at - (previous === 'name' ? CUE_WINDOW_NAME : CUE_WINDOW_BEFORE));
  // Tokens after the verb are only needed for "according to X" and inverted "…, said X".
  const after = wordEnd(text, Math.min(sentence.end, at + CUE_WINDOW_AFTER), sentence.end);
  const before = tokenize(text, from, according ? after : at + 1);
  let v = before.length - 1;
  while (v >= 0 && before[v].start !== at) v--;
  if (v < 0) return null;
  let mention: Mention | null = null;
  if (according) {
    mention = accordingTo(before, v);
  } else {
    mention = subjectBefore(before, v);
    if (!mention && v > 0 && before[v - 1].lower === ',') {
      const tokens = tokenize(text, from, after);
      mention = subjectAfter(tokens, v);
    }
  }
  return mention;
}

/**
 * What precedes a verb: a capitalised word ('name'), punctuation or a word that may belong to a
 * subject ('other': "officials", "has", "(D-Ohio)"), or a word that cannot ('none').
 */
function previousWordKind(text: string, at: number, limit: number): 'name' | 'other' | 'none' {
  let end = at;
  while (end > limit && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end <= limit) return 'other';
  let start = end;
  while (start > limit && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start === end) return 'other'; // punctuation: apposition, parenthesis, inverted "…, said X"
  const word = text.slice(start, end);
  if (word[0] !== word[0].toLowerCase()) return 'name';
  const lower = word.replace(/[.]$/, '');
  if (VERB_MODIFIERS.has(lower) || ROLE_NOUNS.has(lower) || PRONOUNS.has(lower) || lower.length > 4 && lower.endsWith('ly')) return 'other';
  return /^(?:he|she|they|we|it|i)['’]/.test(lower) ? 'other' : 'none';
}

/**
 * Fast path for the most common cue after pronouns, "Smith said" / "President Luis Arce said":
 * up to four capitalised words joined by single spaces right before the verb, with the titles
 * written before them. Anything less plain (particles, possessives, a place after "to", digits)
 * returns null and goes through the token-level rules.
 */
function plainNameBefore(text: string, at: number, limit: number): Mention | null {
  if (text.charCodeAt(at - 1) !== 32) return null;
  let end = at - 1;
  let start = end;
  let words = 0;
  let titles: string[] = NO_TITLES;
  let cursor = end;
  while (cursor > limit) {
    let wordStart = cursor;
    while (wordStart > limit && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === cursor) {
      // "…," Arce said: a name after a quote mark or other punctuation token. The token rules
      // stop at that token too, so they find the same name, provided they see the same tokens:
      // the punctuation inside their window, words the tokenizer splits the same way, and at most
      // the three titles they collect.
      if (cursor < at - 1 && titles.length <= 3 && cursor - 1 >= at - CUE_WINDOW_NAME && isPunctBeforeName(text.charCodeAt(cursor - 1)) && plainWords(text, cursor + 1, at - 1)) break;
      return null;
    }
    const first = text.charCodeAt(wordStart);
    // Every branch below stops at a word that is not capitalised: no need to read it.
    if (!(first >= 65 && first <= 90)) break;
    // Lower case without the final period ("Sen." → "sen").
    const period = text.charCodeAt(cursor - 1) === 46;
    const lower = lowerCase(text, wordStart, period ? cursor - 1 : cursor);
    if (TITLES.has(lower)) {
      if (titles === NO_TITLES) titles = [];
      titles.push(lower);
    } else if (titles.length > 0) {
      break;
    } else {
      if (NOT_NAME_START.has(lower) || possessiveOrDigit(lower)) break;
      if (words === 4) return null;
      if (words === 0 && period && cursor - wordStart > 2) return null; // "Inc." and the like
      start = wordStart;
      words++;
    }
    if (wordStart - 1 <= limit || text.charCodeAt(wordStart - 1) !== 32) break;
    cursor = wordStart - 1;
  }
  if (words === 0) return null;
  // Let the full rules handle anything after "to/of/for/from" ("Ambassador to Bolivia X"). The
  // pattern needs one of those words' last letters two characters back: most names skip it.
  if (start - 3 >= limit && isParticleEnd(text.charCodeAt(start - 2))) {
    const before = text.slice(Math.max(limit, start - 6), start);
    if (/\b(?:to|of|for|from|de|van|von|al)\s$/.test(before)) return null;
  }
  end = at - 1;
  return { start, end, kind: 'name', titles };
}

/** Last letters of to, of, for, from, de, van, von, al. */
function isParticleEnd(c: number): boolean {
  return c === 111 || c === 102 || c === 114 || c === 109 || c === 101 || c === 110 || c === 108;
}

/** Ends in 's or ’s, or has a digit. */
function possessiveOrDigit(lower: string): boolean {
  const n = lower.length;
  if (n >= 2 && lower.charCodeAt(n - 1) === 115 && (lower.charCodeAt(n - 2) === 39 || lower.charCodeAt(n - 2) === 0x2019)) return true;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// Characters the tokenizer makes a punctuation token of (see tokenize): , : ; — – ― ( ) " “ ” ‘ « » ! ?
function isPunctBeforeName(c: number): boolean {
  return (
    c === 44 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 40 || c === 41 || c === 34 ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0xab || c === 0xbb || c === 33 || c === 63
  );
}

/**
 * text[start, end) is words the tokenizer reads as plainNameBefore does: letters, with ' ’ - .
 * only between letters, a final period, and single spaces (plainNameBefore checked the spaces).
 */
function plainWords(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || c === 32) continue;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
    if (c === 46 && next === 32) continue;
    if ((c === 39 || c === 0x2019 || c === 45 || c === 46) && isLetter(next)) continue;
    return false;
  }
  return true;
}

/** Moves a window end that falls inside a word to the word's end ("Uni|versity"), up to `limit`. */
function wordEnd(text: string, end: number, limit: number): number {
  while (end < limit && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) end++;
  return end;
}

/** "he" in "he said": a pronoun immediately before the verb at `at`. */
function pronounBefore(text: string, at: number, limit: number): Mention | null {
  const space = text.charCodeAt(at - 1);
  if (!(space === 32 || (space >= 9 && space <= 13) || space === 0xa0) || at - 1 <= limit) return null;
  let start = at - 1;
  while (start > limit && at - 1 - start < 4) {
    const c = text.charCodeAt(start - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    start--;
  }
  if (start === at - 1 || !PRONOUNS_BEFORE_VERB.has(text.slice(start, at - 1))) return null;
  // The pronoun is a word of its own: "Bethe said" is not "he said".
  if (start > limit) {
    const c = text.charCodeAt(start - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || (c >= 0xc0 && /[\p{L}\p{N}]/u.test(text[start - 1]))) return null;
  }
  return { start, end: at - 1, kind: 'pronoun', titles: NO_TITLES };
}
