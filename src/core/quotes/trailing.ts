// The attribution after a quote: "…," Arce said; "…," said Caddell; "…" ― Sonya Herridge; "…,"
// Paul Rieckhoff, founder of IAVA, said; "…," nuclear experts at the institute wrote.
import { isLetter, isLetterOrDigit } from '../chars';
import type { Attribution } from './attribution';
import { attributionOf } from './attributionShape';
import { CLAUSE_LINKS, PREPOSITIONS, SUBORDINATORS } from './en/clauses';
import { DETERMINERS, NOT_NAME_START, PRONOUNS, SPEECH_VERBS, TITLES, VERB_MODIFIERS } from './en/lexicon';
import type { QuotePiece } from './marks';
import { runsOnAsClause } from './invertedClause';
import { isNounLike, isNounLikeWord, isReportingVerb, isSpeechVerb, lowerCase, type Mention, nameStartingAt, NO_TITLES, subjectBefore, type Token, tokenIndexFrom, tokenize } from './mentions';
import { subjectAfter } from './subjectAfter';

// How far after a quote its attribution is looked for, in UTF-16 code units: it bounds the work per quote.
export const TRAILING_WINDOW = 160;

/**
 * `nextQuoteFollows`: `limit` is where the next quote of the paragraph opens, inside the sentence
 * after this one.
 */
export function trailingAttribution(text: string, piece: QuotePiece, limit: number, paragraphEnd: number, nextQuoteFollows = false): Attribution | null {
  const to = Math.min(limit, paragraphEnd, piece.end + TRAILING_WINDOW);
  if (to <= piece.end) return null;
  // A quote that ends its sentence with a period is followed by a new sentence: its subject and
  // verb attribute the quote only when they end that sentence ("“…” Smith said." rather than
  // "“…” Smith added that the vote…").
  const period = text.charCodeAt(piece.end - piece.closeWidth - 1) === 46;
  const plain = plainNameAfter(text, piece.end, to);
  if (plain && !period) return attributionOf(plain, 'trailing');
  const tokens = tokenize(text, piece.end, to);
  if (plain) {
    const verb = tokenIndexFrom(tokens, plain.end);
    return verb < 0 || opensNewContent(tokens, verb) || handsOnToNext(tokens, verb, nextQuoteFollows) ? null : attributionOf(plain, 'trailing');
  }
  let k = 0;
  while (k < tokens.length && (tokens[k].lower === ',' || tokens[k].lower === '–' || (tokens[k].lower === '—' && isSpeechVerb(tokens[k + 1] ?? tokens[k])))) k++;
  if (k >= tokens.length) return null;
  // Inverted order ("…," said Caddell) only follows a quote that hands over with , ? ! or a dash.
  const handsOver = handsOverMark(lastMarkInside(text, piece)) || k > 0;
  if (isSpeechVerb(tokens[k])) {
    // A quoted sentence or more whose comma was left out ("… behind a cloak of anonymity" said
    // Nick Merrill) still hands over to a named speaker; a quoted phrase does not (the
    // “elites” said they…).
    const statement = !handsOver && !period && piece.end - piece.start > 60;
    const named = statement ? subjectAfter(tokens, k) : null;
    if (named && named.kind !== 'pronoun') return attributionOf(named, 'trailing');
    // A participle ("“…,” saying the city embodied the “…”") never inverts its subject: what
    // follows it is what is said.
    if (tokens[k].lower.endsWith('ing')) return null;
    const subject = handsOver ? subjectAfter(tokens, k) : null;
    return subject ? attributionOf(subject, 'trailing') : null;
  }
  // Quote collections sign each quote with a dash: "…" ― Sonya Herridge
  if (tokens[k].lower === '―' || (tokens[k].lower === '—' && k === 0)) {
    const name = subjectAfter(tokens, k);
    return name && name.kind === 'name' && signs(tokens, k, name) ? attributionOf(name, 'trailing') : null;
  }
  for (let v = k + 1; v < tokens.length && v - k <= 30; v++) {
    if (tokens[v - 1].stop) return null;
    if (!isSpeechVerb(tokens[v])) continue;
    const subject = subjectBefore(tokens, v, true);
    if (!subject) {
      // "…" about fixing inequality, said Marla Kilfoyle: the reporter's words carry the quote on
      // to an inverted verb after a comma, in the same sentence.
      const inverted = !period && tokens[v - 1].lower === ',' ? invertedSubject(tokens, v) : null;
      if (inverted) return attributionOf(inverted, 'trailing');
      continue;
    }
    if (subject.kind !== 'pronoun' && isNounLike(tokens[v])) continue;
    const subjectIndex = tokenIndexFrom(tokens, subject.start);
    // "…" of the principle, which he argued…: a verb inside a relative or subordinate clause
    // belongs to that clause, not to the quote.
    if (subjectIndex > 0 && SUBORDINATORS.has(tokens[subjectIndex - 1].lower)) continue;
    // "…”, but he also warned China…": a clause joined by a conjunction says something new.
    // "Cruz said he'd make sand “glow in the dark,” for instance, and Trump vowed…": nor is one after
    // a quote that sits inside the reporter's sentence.
    if (subjectIndex > 0 && (tokens[subjectIndex - 1].lower === 'but' || tokens[subjectIndex - 1].lower === 'and') && ((subjectIndex <= k + 1 && !handsOverMark(lastMarkInside(text, piece))) || insideSentence(text, piece.start))) continue;
    // Right after the quote ("…," the ad’s narrator says), or after a comma later in the same
    // sentence ("…" for criminal behavior, she said).
    // After a quote that ends its sentence, "“…” South Carolina, he said, was “…”" is the next
    // sentence's own attribution, set into it for the quote it goes on to.
    if (period && nextQuoteFollows && subjectIndex > k) return null;
    if (period && handsOnToNext(tokens, v, nextQuoteFollows)) return null;
    if (v - k <= 9 || (subjectIndex > 0 && tokens[subjectIndex - 1].lower === ',')) return period && opensNewContent(tokens, v) ? null : attributionOf(subject, 'trailing');
  }
  // "…," Paul Rieckhoff, founder of IAVA, said: the subject before an apposition.
  const name = tokens[k].cap ? nameStartingAt(tokens, k) : null;
  if (name) {
    let after = tokenIndexFrom(tokens, name.end);
    if (after > 0 && tokens[after].lower === '(') {
      while (after < tokens.length && tokens[after].lower !== ')') after++;
      after++;
    }
    if (after > 0 && after < tokens.length && tokens[after].lower === ',') {
      for (after++; after < tokens.length && after - k <= 30 && !tokens[after - 1].stop; after++) {
        if (isSpeechVerb(tokens[after]) && tokens[after - 1].lower === ',') return attributionOf(name, 'trailing');
      }
    }
  }
  // "…," Hannity pressed. / "…?" an angry Hollande retaliated. / "…," Bennett shot back: a quote
  // that hands over, then a subject and a past-tense verb that ends the sentence. Whatever the
  // verb, a clause with nothing after it but the quote it follows reports that quote.
  if (handsOverMark(lastMarkInside(text, piece)) && k <= 1) {
    const closing = closingClauseSubject(tokens, k);
    if (closing) return attributionOf(closing, 'trailing');
  }
  // "…," nuclear experts at the institute wrote / "…," an aide, who asked not to be named, told
  // reporters: a quote that hands over is followed by its speaker, however long the noun phrase
  // before the verb, as long as the sentence goes on to a speech verb.
  // The noun phrase either runs straight to the verb ("a voice-over in the ad says") or closes an
  // apposition with a comma right before it ("an aide, who …, told"). The quote hands over with
  // its own comma, question or exclamation mark, not a dash (a quote set off by dashes sits
  // inside someone else's sentence).
  const lastMark = lastMarkInside(text, piece);
  if ((lastMark === 44 || lastMark === 63 || lastMark === 33) && k === 0 && startsNounPhrase(tokens[k])) {
    const plain = !tokens[k].cap && !DETERMINERS.has(tokens[k].lower) && !tokens[k].possessive;
    let punct = false;
    for (let v = k + 1; v < tokens.length && v - k <= 30; v++) {
      const t = tokens[v];
      if (tokens[v - 1].stop) break;
      if (isSpeechVerb(t) && !t.lower.endsWith('ing')) {
        // A lower-case phrase needs two words at least ("federal prosecutors wrote", not "came shouts").
        if ((!punct || tokens[v - 1].lower === ',') && (!plain || v - k >= 2)) return nounPhraseAt(tokens, k, v);
        break;
      }
      if (t.punct) punct = true;
      else if (!t.cap && !punct && (t.lower.endsWith('ed') || isReportingVerb(t))) break; // a verb of its own
      if (plain && (t.punct || CLAUSE_LINKS.has(t.lower))) break;
    }
  }
  return null;
}

/**
 * The last character inside a quote, before any inner closing mark: "… I can win anywhere,'" hands
 * over with its comma like "… anywhere,".
 */
function lastMarkInside(text: string, piece: QuotePiece): number {
  let i = piece.end - piece.closeWidth - 1;
  const first = piece.start + piece.openWidth;
  while (i > first && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 0x201d || text.charCodeAt(i) === 34)) i--;
  return text.charCodeAt(i);
}

/**
 * The name after the dash at tokens[dash] signs the quote: it follows the dash directly (titles
 * aside) and ends the line or is set off by punctuation ("― Sonya Herridge, 34, of Ohio"), not the
 * subject of a clause going on ("— Democrats in Iowa said they …", "— including Cruz —").
 */
function signs(tokens: Token[], dash: number, name: Mention): boolean {
  let k = dash + 1;
  while (k < tokens.length && tokens[k].start < name.start) {
    if (!tokens[k].cap) return false;
    k++;
  }
  const after = tokenIndexFrom(tokens, name.end);
  return after < 0 || tokens[after].punct || tokens[after - 1].stop;
}

/** , ? ! — – - */
function handsOverMark(c: number): boolean {
  return c === 44 || c === 63 || c === 33 || c === 0x2014 || c === 0x2013 || c === 45;
}

/**
 * "“…” He added, “…”": after a quote that ends its sentence, a verb followed by nothing but a comma
 * before the next quote (`nextQuoteFollows`: the tokens stop where it opens) introduces that quote.
 */
function handsOnToNext(tokens: Token[], v: number, nextQuoteFollows: boolean): boolean {
  return nextQuoteFollows && v === tokens.length - 2 && tokens[v + 1].lower === ',';
}

/**
 * The verb at tokens[v] introduces content of its own: "that", a colon or a quote mark after it,
 * or more than six words before its sentence ends ("She noted a planned rally on Saturday in…").
 */
function opensNewContent(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  if (!next) return false;
  if (next.lower === 'that' || next.lower === ':' || next.lower === '“' || next.lower === '"') return true;
  let words = 0;
  for (let k = v + 1; k < tokens.length && !tokens[k - 1].stop && tokens[k].lower !== '“' && tokens[k].lower !== '"'; k++) {
    if (!tokens[k].punct && ++words > 6) return true;
  }
  return false;
}

/** A token that can open the subject after a quote: a name, a title, a determiner, an adjective or noun. */
function startsNounPhrase(t: Token): boolean {
  if (t.punct || t.stop || PRONOUNS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || CLAUSE_LINKS.has(t.lower)) return false;
  if (t.cap) return !NOT_NAME_START.has(t.lower) || DETERMINERS.has(t.lower);
  return !isReportingVerb(t) && !t.lower.endsWith('ing') && !t.lower.endsWith('ly');
}

/**
 * The noun phrase at tokens[k] (before the verb at tokens[v]): a name or description by the
 * usual rules, else the words up to the first punctuation or linking word.
 */
function nounPhraseAt(tokens: Token[], k: number, v: number): Attribution | null {
  const m = subjectAfter(tokens, k - 1);
  if (m) return attributionOf(m, 'trailing');
  let end = k;
  while (end + 1 < v && end - k < 5 && !tokens[end + 1].punct && !CLAUSE_LINKS.has(tokens[end + 1].lower) && !tokens[end].stop) end++;
  return attributionOf({ start: tokens[k].start, end: tokens[end].end, kind: 'description', titles: NO_TITLES, role: tokens[end].lower }, 'trailing');
}

/**
 * Fast path for the most common attribution after a quote, "…," Arce said: up to four
 * capitalised words (no title, no word that cannot start a name) after commas, en dashes and
 * spaces, then a speech verb that is not also a noun. The token rules below find the same name
 * there; anything less plain returns null and goes through them.
 */
function plainNameAfter(text: string, from: number, to: number): Mention | null {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 0x2013)) i++;
  const start = i;
  let end = -1;
  for (let words = 0; ; words++) {
    if (i >= to) return null;
    const first = text.charCodeAt(i);
    if (!(first >= 65 && first <= 90)) {
      if (words === 0) return null;
      break; // the verb
    }
    if (words === 4) return null;
    const wordStart = i;
    for (i++; i < to && isLetter(text.charCodeAt(i)); i++);
    // One space after each word: anything else (a comma, a period, a digit) is for the token rules.
    if (i >= to || text.charCodeAt(i) !== 32) return null;
    const lower = lowerCase(text, wordStart, i);
    if (TITLES.has(lower) || NOT_NAME_START.has(lower)) return null;
    end = i;
    i++;
  }
  // The verb: lower-case letters that make a whole token (the tokenizer joins ' ’ . & - followed
  // by a letter or digit into the word).
  const verbStart = i;
  while (i < to && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  if (i === verbStart) return null;
  if (i < to) {
    const c = text.charCodeAt(i);
    const joiner = c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
    if (isLetterOrDigit(c) || (joiner && i + 1 < to && isLetterOrDigit(text.charCodeAt(i + 1)))) return null;
  }
  const verb = text.slice(verbStart, i);
  if (!SPEECH_VERBS.has(verb) || isNounLikeWord(verb)) return null;
  return { start, end, kind: 'name', titles: NO_TITLES };
}

// Inverted verbs that need an object after them ("told reporters") or are participles: their
// subject is not the word after them.
const NOT_INVERTED = new Set(['told', 'tells', 'tell', 'asked', 'asks']);

/** The subject of an inverted verb at tokens[v]: a name or a description, not a pronoun. */
function invertedSubject(tokens: Token[], v: number): Mention | null {
  const verb = tokens[v];
  if (verb.lower.endsWith('ing') || NOT_INVERTED.has(verb.lower)) return null;
  const subject = subjectAfter(tokens, v);
  return subject && subject.kind !== 'pronoun' && !runsOnAsClause(tokens, subject) ? subject : null;
}

// Past-tense verbs of saying not written with -ed, and particles that finish a phrasal verb.
const IRREGULAR_PAST = new Set(['shot', 'fired', 'went', 'began', 'spoke', 'wrote', 'broke', 'put', 'hit', 'struck', 'threw', 'snapped', 'laughed']);
const CLOSING_PARTICLES = new Set(['back', 'on', 'in', 'out', 'up', 'off', 'again', 'too']);

/**
 * "Hannity pressed." after a quote that hands over: a pronoun, a name or a determiner-led phrase
 * (up to four words) at tokens[k], then a past-tense verb (-ed or IRREGULAR_PAST) and at most a
 * particle or an -ly adverb before the sentence ends or a comma comes. Null otherwise.
 */
function closingClauseSubject(tokens: Token[], k: number): Mention | null {
  const t = tokens[k];
  if (!t || t.punct) return null;
  let subject: Mention | null = null;
  let next = k + 1;
  if (PRONOUNS.has(t.lower) && t.lower !== 'it') subject = { start: t.start, end: t.end, kind: 'pronoun', titles: NO_TITLES };
  else if (t.cap && !DETERMINERS.has(t.lower)) subject = nameStartingAt(tokens, k);
  else if (DETERMINERS.has(t.lower) && !t.cap) {
    for (let j = k + 1; j < tokens.length && j - k <= 4; j++) {
      const w = tokens[j];
      if (w.punct || CLAUSE_LINKS.has(w.lower)) break;
      if (w.cap) {
        const name = nameStartingAt(tokens, j);
        if (name) subject = { start: t.start, end: name.end, kind: 'description', titles: NO_TITLES, role: w.lower };
        break;
      }
    }
  }
  if (!subject) return null;
  next = tokenIndexFrom(tokens, subject.end);
  if (next < 0) return null;
  const verb = tokens[next];
  // "…," Bozell points out.: the present tense of a verb that reports only with its particle.
  // "…," he mocks.: a present-tense verb that ends the sentence right after its subject.
  const pointsOut = verb !== undefined && verb.lower === 'points' && tokens[next + 1]?.lower === 'out';
  const presentEnds = verb !== undefined && verb.stop && verb.lower.length > 3 && verb.lower.endsWith('s') && !verb.lower.endsWith('ss');
  if (!verb || verb.cap || verb.punct || !(verb.lower.endsWith('ed') || IRREGULAR_PAST.has(verb.lower) || SPEECH_VERBS.has(verb.lower) || pointsOut || presentEnds)) return null;
  if (verb.stop) return subject;
  let after = next + 1;
  if (tokens[after] && !tokens[after].punct && (CLOSING_PARTICLES.has(tokens[after].lower) || tokens[after].lower.endsWith('ly'))) {
    if (tokens[after].stop) return subject;
    after++;
    // "…," Bennett shot back with a laugh. / "…," Rowe fired back on Twitter.: a phrasal verb
    // and one short phrase that ends the sentence.
    if (tokens[after] && PREPOSITIONS.has(tokens[after].lower) && !tokens[after].cap) {
      for (let j = after + 1; j < tokens.length && j - after <= 4; j++) {
        if (tokens[j].punct && !tokens[j].stop) break;
        if (tokens[j].stop) return subject;
      }
    }
  }
  const end = tokens[after];
  return end && end.lower === ',' ? subject : null;
}

/** The quote opening at `start` follows a word of its sentence (not a sentence end, a colon or a paragraph break). */
function insideSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= 0 && isLetterOrDigit(text.charCodeAt(i));
}
