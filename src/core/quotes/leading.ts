// The attribution before a quote, in its own sentence: Arce said: "…"; Flynn said Trump was
// "absolutely right"; she called it "dangerous"; and the subject of the sentence a quote sits in.
import { isWhitespace } from '../chars';
import type { Sentence, Span } from '../types';
import type { Attribution } from './attribution';
import { attributionOf } from './attributionShape';
import { CLAUSE_LINKS, CLAUSE_OPENERS, COORDINATORS, FIRST_PERSON, FUNCTION_WORDS_BEFORE_NAME, INTRO_WORDS, LEADING_SUBORDINATORS, PARTICLES, OBJECT_RELATIVES, PREPOSITIONS, RELATIVES, SUBORDINATORS, TRAILING_SUBORDINATORS } from './en/clauses';
import { DETERMINERS, PRONOUNS, SPEECH_VERBS, TITLES, VERB_MODIFIERS } from './en/lexicon';
import { isReportingVerb, isSpeechVerb, type Mention, nameStartingAt, NO_TITLES, relativeAntecedent, subjectBefore, type Token, tokenIndexAt, tokenIndexFrom, tokenize } from './mentions';
import { accordingTo, subjectAfter } from './subjectAfter';
import { runsOnAsClause } from './invertedClause';
import { sentenceAt } from './spans';

// Prepositions that open a sentence and are in no other list: "Like Corker, …", "Unlike …".
const APPOSITION_BLOCKERS = new Set(['like', 'unlike', 'despite', 'besides', 'beyond', 'among', 'amid', 'against', 'during', 'since', 'until', 'through', 'toward', 'towards', 'without', 'within']);

// Auxiliaries of a passive ("was asked by").
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

// How far before a quote, within its sentence, its attribution is looked for (UTF-16 code units).
export const LEADING_WINDOW = 260;

/**
 * The reporting verb before a quote, in the same sentence: "Arce said: "…"", "Flynn said Trump
 * was "absolutely right"". With several, the first one carries the sentence ("Flynn said … when
 * he said …, "…"" is Flynn's report), so the leftmost verb with a subject wins.
 */
export function leadingAttribution(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  let sentenceStart = 0;
  for (let v = tokens.length - 2; v >= 0; v--) {
    if (tokens[v].stop) {
      sentenceStart = v + 1;
      break;
    }
  }
  const asPutIt = asSomeonePutIt(tokens, sentenceStart);
  if (asPutIt) return attributionOf(asPutIt, 'leading');
  let found: Attribution | null = null;
  let absolute = false;
  for (let v = tokens.length - 1; v >= sentenceStart; v--) {
    const t = tokens[v];
    if (t.lower === 'according') {
      const m = accordingTo(tokens, v);
      if (m) found = attributionOf(m, 'according');
      continue;
    }
    // "Said Ellis: "…"": a capitalised verb opening the sentence, subject after it.
    // "Asked about the plan, Clinton said, “…”": a participle phrase, whose subject is the main
    // clause's, once that clause has given the quote a speaker.
    if (v === sentenceStart && t.cap && SPEECH_VERBS.has(t.lower) && !(found && t.lower === 'asked')) {
      const m = subjectAfter(tokens, v);
      if (m) found = attributionOf(m, 'leading');
      continue;
    }
    if (!isReportingVerb(t)) continue;
    // "after the Paris attacks, …", "over the Trump remarks": a name between a lower-case article
    // and the word makes that word the head noun of a compound, not a verb.
    if (v - 2 >= sentenceStart && tokens[v - 1].cap && tokens[v - 2].lower === 'the' && !tokens[v - 2].cap && !SPEECH_VERBS.has(t.lower)) continue;
    const speech = SPEECH_VERBS.has(t.lower);
    // "Rubio was asked by moderator Gerard Baker whether …": the agent of a passive speech verb
    // is who spoke; the grammatical subject was spoken to.
    if (speech && v > sentenceStart && PASSIVE_AUXILIARIES.has(tokens[v - 1].lower) && v + 1 < tokens.length && tokens[v + 1].lower === 'by') {
      const agent = subjectAfter(tokens, v + 1);
      if (agent && agent.kind !== 'pronoun') {
        found = attributionOf(agent, 'leading', v, tokens.length);
        continue;
      }
    }
    let subject = subjectBefore(tokens, v, true) ?? relativeAntecedent(tokens, v) ?? (speech && (v === sentenceStart || tokens[v - 1].punct) ? invertedSubject(tokens, v) ?? appositiveSubject(tokens, sentenceStart, v) : null);
    // A participle takes the clause's subject: "Trump went on the attack, saying, "…"", "Trump
    // issued a statement saying…" (the statement is the object, Trump the speaker).
    if (t.lower.endsWith('ing') && v > 0) {
      const index = subject ? tokenIndexAt(tokens, subject.start) : -1;
      const clauseInitial = index <= sentenceStart || tokens[index - 1].punct || tokens[index - 1].lower === 'and';
      // "…, with McCain calling it a “…”": an absolute phrase names its own speaker, and the
      // quote in it is his whatever the main clause reports.
      if (subject && absolutePhrase(tokens, index, sentenceStart)) {
        found = attributionOf(subject, speech ? 'leading' : 'frame', v, tokens.length);
        absolute = true;
        continue;
      }
      if (!subject || !clauseInitial) subject = clauseSubject(tokens, sentenceStart, v, true) ?? (clauseInitial ? subject : null);
    }
    if (!subject) continue;
    if (absolute) continue;
    // "When Trump announced his run, he called them “…”": a verb in a subordinate clause (or after
    // a passive's "by") does not take the quote from the main clause's verb found after it.
    // The clause comes first and a comma closes it; "As Breitbart reported, …" (no object) is an
    // attribution of its own.
    if (found && fronted(tokens, subject, v, found.mention, sentenceStart)) continue;
    // "The Post will brand you a liar and NBC News will accuse you of a “…”", "Hewitt asked Trump
    // about it, when he claimed Obama was “…”": a later clause with a subject of its own, joined
    // by "and" or "but" or opened by "when", "although", "though" or "while", keeps the quote that
    // sits in it.
    if (found && found.link !== 'according' && laterClause(tokens, found.mention, sentenceStart)) continue;
    found = attributionOf(subject, speech ? 'leading' : 'frame', v, tokens.length);
  }
  // "Cruz has railed against what he calls the “…”": a pronoun subject of a relative clause stands
  // for the subject of the clause around it, the speaker's fuller mention.
  if (found && found.mention.kind === 'pronoun') {
    const index = tokenIndexAt(tokens, found.mention.start);
    // Not after a preposition: "an op-ed, in which she called…" is an event of its own.
    if (index > sentenceStart && RELATIVES.has(tokens[index - 1].lower) && !ownRelativeClause(tokens, index) && !(index - 2 >= sentenceStart && CLAUSE_LINKS.has(tokens[index - 2].lower))) {
      const main = clauseSubject(tokens, sentenceStart, index - 1);
      if (main && main.start < found.mention.start) found = { ...found, mention: main };
    } else if (index > sentenceStart && !SUBORDINATORS.has(tokens[index - 1].lower) && !COORDINATORS.has(tokens[index - 1].lower) && (sentenceStart > 0 || opensSentence(text, from))) {
      // "Carter said he would welcome a “…”", "Clinton says voters are angry, but also hungry for
      // what she calls “…”": a pronoun inside what the sentence's named subject reports stands
      // for that subject, the speaker's fuller mention. Not one that opens a clause of its own
      // after "and" or "but" ("Stevens says …, but she cautions that she sees “…”").
      const main = clauseSubject(tokens, sentenceStart, index);
      if (main && main.kind === 'name' && main.start < found.mention.start && reportsBetween(tokens, tokenIndexAt(tokens, main.end - 1) + 1, index)) found = { ...found, mention: main };
    }
  }
  if (!found && text.charCodeAt(to - 1) === 58) {
    // "On July 6, 2015, Sanders made the following comment:" — the subject of the clause that
    // introduces the quote, even without a reporting verb.
    let clause = sentenceStart;
    for (let k = tokens.length - 1; k > sentenceStart; k--) {
      if (tokens[k].lower === ',') {
        clause = k + 1;
        break;
      }
    }
    const t = tokens[clause];
    if (t) {
      const subject = PRONOUNS.has(t.lower) ? { start: t.start, end: t.end, kind: 'pronoun' as const, titles: NO_TITLES } : t.cap ? nameStartingAt(tokens, clause) : null;
      if (subject) found = attributionOf(subject, 'leading');
    }
  }
  return found;
}

/** The subject of a clause of at most four words after a name that ends at tokens[comma], or null. */
function closingClause(tokens: Token[], comma: number): Mention | null {
  if (comma < 2) return null;
  let at = comma - 1;
  while (at > 0 && comma - at <= 8 && !tokens[at - 1].punct && !tokens[at - 1].stop) at--;
  if (at > 0 && tokens[at - 1].lower !== ',') return null;
  const subject = clauseSubject(tokens, at, comma);
  if (!subject || subject.start !== tokens[at].start) return null;
  let next = at;
  while (next < comma && tokens[next].start < subject.end) next++;
  if (comma - next > 4 || comma - next < 1 || PREPOSITIONS.has(tokens[next].lower)) return null;
  for (let k = next; k < comma; k++) if (tokens[k].cap || tokens[k].punct || DETERMINERS.has(tokens[k].lower)) return null;
  return subject;
}

/**
 * "As The Post's Ruth Marcus puts it, Obama is trying to make Republicans “…”", "As Cornyn, the
 * No. 2 in the leadership, put it: “…”", "As Byler pointed out in December, “…”": the words that
 * follow in the sentence are the named person's, whatever the main clause says. The subject of
 * "put it" or "pointed out", or null.
 */
function asSomeonePutIt(tokens: Token[], sentenceStart: number): Mention | null {
  for (let a = sentenceStart; a < tokens.length - 3; a++) {
    if (tokens[a].lower !== 'as' || (a > sentenceStart && !tokens[a - 1].punct && !(a - 1 === sentenceStart && AS_CONJUNCTIONS.has(tokens[a - 1].lower)))) continue;
    for (let p = a + 2; p < tokens.length - 1 && p - a <= 16; p++) {
      const t = tokens[p];
      if (t.stop) break;
      const next = tokens[p + 1].lower;
      if (!t.cap && (((t.lower === 'put' || t.lower === 'puts') && next === 'it') || ((t.lower === 'pointed' || t.lower === 'points') && next === 'out'))) {
        const subject = subjectBefore(tokens, p, true);
        return subject && subject.start >= tokens[a + 1].start ? subject : null;
      }
    }
    // "As one employee told the Weekly, “…”": an "as" clause with a speech verb, closed by the
    // comma before the quote; its subject may be any noun phrase.
    if (tokens[tokens.length - 1].lower === ',') {
      const subject = asSomeoneTold(tokens, a);
      if (subject) return subject;
    }
  }
  return null;
}

/** The subject of "as one employee told the Weekly," (tokens[a] is "as"), or null. Rare: kept out of asSomeonePutIt's loop. */
function asSomeoneTold(tokens: Token[], a: number): Mention | null {
  const subject = subjectAfter(tokens, a);
  const verb = subject && subject.kind === 'description' ? tokenIndexFrom(tokens, subject.end) : -1;
  return verb > 0 && isSpeechVerb(tokens[verb]) && clauseRunsTo(tokens, verb, tokens.length - 1) ? subject : null;
}

/** No stop, comma or quote mark between tokens[from] and tokens[to]. */
function clauseRunsTo(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].stop || tokens[k].punct) return false;
  return true;
}

// "But as The Hill pointed out, …": a conjunction may open the sentence before "as".
const AS_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet']);

/**
 * The subject starting at tokens[index] opens an absolute phrase: "with" right before it, or
 * before the rest of its noun phrase ("with the Federation of Teachers calling…").
 */
function absolutePhrase(tokens: Token[], index: number, sentenceStart: number): boolean {
  for (let k = index - 1; k >= sentenceStart && index - k <= 6; k--) {
    const t = tokens[k];
    if (t.lower === 'with' && !t.cap) return k > sentenceStart && tokens[k - 1].lower === ',';
    if (t.punct || !(t.cap || DETERMINERS.has(t.lower) || t.lower === 'of')) return false;
  }
  return false;
}

/**
 * The subject after an inverted verb ("…, said the spokesman, “…”", "Said Ellis: “…”"): the noun
 * phrase runs to a mark or to the quote. Words after it make it the subject of a reported clause
 * ("…, said the days when the nation had “…”"), whose speaker is someone else.
 */
function invertedSubject(tokens: Token[], v: number): Mention | null {
  const subject = subjectAfter(tokens, v);
  if (!subject) return null;
  const after = tokenIndexFrom(tokens, subject.end);
  // A phrase that ends on an article ("said the convention represented the “…”") ran on into the
  // quote: it is a clause, not a noun phrase.
  const last = tokens[(after < 0 ? tokens.length : after) - 1];
  if (last && DETERMINERS.has(last.lower)) return null;
  if (runsOnAsClause(tokens, subject)) return null;
  return after < 0 || tokens[after].punct ? subject : null;
}

/**
 * "Ramil Carr, 31, a freelance photographer, said …": the name that opens the sentence, set off
 * by a comma, when the verb follows the apposition's closing comma.
 */
function appositiveSubject(tokens: Token[], sentenceStart: number, v: number): Mention | null {
  const first = tokens[sentenceStart];
  if (v <= sentenceStart || tokens[v - 1].lower !== ',' || !first?.cap) return null;
  // "Like Corker, Menendez said …", "After Iowa, …": a phrase that opens on a preposition.
  if (CLAUSE_LINKS.has(first.lower) || INTRO_WORDS.has(first.lower) || CLAUSE_OPENERS.has(first.lower) || APPOSITION_BLOCKERS.has(first.lower)) return null;
  const name = nameStartingAt(tokens, sentenceStart);
  if (!name || name.kind !== 'name') return null;
  const after = tokenIndexFrom(tokens, name.end);
  return after > 0 && after < v - 1 && tokens[after].lower === ',' ? name : null;
}

// Roundups sign a quote with its source after a dash, then a colon: "Media shares blame in Iowa
// poll overhype - HuffPollster: “…”", "VOTERS CARE MORE … - Frank Newport and Jim Harter: “…”".
const DASHED_SOURCE = /\s[-–—―]\s*((?:[A-Z][\p{L}’'.&-]*\s){0,3}[A-Z][\p{L}’'.&-]*(?:\sand(?:\s[A-Z][\p{L}’'.&-]*){1,3})?):$/u;
// A commentator quoted from a medium: "Chris Lane, The Daily Post: “…”" opens its line or sentence.
const COMMENTATOR_AND_MEDIUM = /(?:^|[\n.!?]\s*)((?:[A-Z][\p{L}’'.-]*\s){1,3}[A-Z][\p{L}’'.-]*),\s(?:[Tt]he\s)?(?:[A-Z][\p{L}’'.&-]*\s?){1,4}:$/u;

// "Here's Clinton in December 1992: “…”", "Here is Rowe: “…”": the writer presents the speaker.
const HERE_IS = /(?:^|[\n.!?]\s*)Here(?:'s|’s| is)\s((?:[A-Z][\p{L}’'.-]*\s){0,3}[A-Z][\p{L}’'.-]*)(?:\s(?:in|on|at|during)\s[^:\n]{1,40})?:$/u;

/**
 * The source written before a colon as a label rather than a clause: after a dash ("… -
 * HuffPollster:") or as a name and a medium ("Chris Lane, The Daily Post:"). Null otherwise.
 */
export function labelledSource(text: string, from: number, to: number): Mention | null {
  let end = to;
  while (end > from && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 58) return null;
  const before = text.slice(Math.max(from, end - 120), end);
  const offset = end - before.length;
  const match = DASHED_SOURCE.exec(before) ?? COMMENTATOR_AND_MEDIUM.exec(before) ?? HERE_IS.exec(before);
  if (!match) return fromSource(before, offset);
  const start = offset + match.index + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length, kind: 'name', titles: NO_TITLES };
}

// "From the report: “…”", "More from Blumenthal and Cohen: “…”": a label that names the source
// the quote is taken from, opening its sentence (or after a dash).
const FROM_SOURCE = /(?:^|[\n.!?]\s*|\s[-–—]\s*)(?:More\s|more\s)?[Ff]rom\s((?:[Tt]he\s)?(?:[\p{L}’'.&-]+\s){0,4}[\p{L}’'.&-]+):$/u;

function fromSource(before: string, offset: number): Mention | null {
  const match = FROM_SOURCE.exec(before);
  if (!match) return null;
  const start = offset + match.index + match[0].lastIndexOf(match[1]);
  const words = match[1].split(/\s/);
  const head = words[words.length - 1].toLowerCase();
  const named = /^\p{Lu}/u.test(match[1]) && !/^the$/i.test(words[0]);
  return named ? { start, end: start + match[1].length, kind: 'name', titles: NO_TITLES } : { start, end: start + match[1].length, kind: 'description', titles: NO_TITLES, role: head };
}

/**
 * A quote after a colon is introduced by the clause that ends at the colon, whatever its verb:
 * "Rubio fired back forcefully: “…”", "Sanders delivered a snappy retort: “…”", "She went on: “…”".
 * The subject of the last clause before the colon (clauseSubject: a name or pronoun followed by its
 * verb), or null when text[from, to) does not end with a colon or no clause has such a subject.
 */
export function colonClauseSubject(text: string, from: number, to: number): Mention | null {
  let end = to;
  while (end > from && isWhitespace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if (last !== 58 && last !== 44) return null;
  const tokens = tokenize(text, from, end);
  const colon = tokens.length - 1;
  // "After Brown criticized Clinton during a debate, Hillary shot back, “…”": before a comma,
  // only a short closing clause (a subject and a verb, a particle or two) introduces the quote.
  if (last === 44) return closingClause(tokens, colon);
  let sentenceStart = 0;
  for (let k = colon - 1; k >= 0; k--) {
    if (tokens[k].stop) {
      sentenceStart = k + 1;
      break;
    }
  }
  for (let at = colon - 1; at >= sentenceStart; at--) {
    if (at !== sentenceStart && tokens[at - 1].lower !== ',') continue;
    const subject = clauseSubject(tokens, at, colon);
    if (!subject) continue;
    // Its verb follows it: "Headline of the day:" has a preposition there, and no speaker.
    let next = at;
    while (next < colon && tokens[next].start < subject.end) next++;
    if (!PREPOSITIONS.has(tokens[next].lower)) return subject;
  }
  return null;
}

/** The verb at tokens[v] with this subject is in a fronted subordinate clause that a comma closes before `later`. */
function fronted(tokens: Token[], subject: Mention, v: number, later: Mention, sentenceStart: number): boolean {
  const index = tokenIndexAt(tokens, subject.start);
  if (index <= sentenceStart) return false;
  const word = tokens[index - 1].lower;
  if (!LEADING_SUBORDINATORS.has(word) && !openedBySubordinator(tokens, sentenceStart, index)) return false;
  if (word === 'as' && tokens[v + 1]?.lower === ',') return false;
  for (let k = v + 1; k < tokens.length && tokens[k].start < later.start; k++) if (tokens[k].lower === ',') return true;
  return false;
}

/**
 * "Despite what he wrote…, Cross said…", "When asked what she meant, …": the sentence opens with
 * a subordinator or a preposition, and no comma closes that phrase before tokens[index].
 */
function openedBySubordinator(tokens: Token[], sentenceStart: number, index: number): boolean {
  const first = tokens[sentenceStart].lower;
  if (!LEADING_SUBORDINATORS.has(first) && !APPOSITION_BLOCKERS.has(first)) return false;
  for (let k = sentenceStart + 1; k < index; k++) if (tokens[k].punct) return false;
  return true;
}

/**
 * The subject of the sentence a quote sits in, read from the sentence start up to the quote: a
 * name or pronoun opening a clause (clauseSubject), else a description opening the sentence
 * ("The Florida senator sought…"). Null when the quote opens the sentence.
 */
export function sentenceSubject(text: string, paragraph: Span, sentences: Sentence[], at: number): Mention | null {
  const sentence = sentences[sentenceAt(sentences, at)];
  let from = Math.max(paragraph.start, sentence && sentence.start < at ? sentence.start : at);
  if (at - from > 2 * LEADING_WINDOW) return null;
  if (from === paragraph.start) from += datelineLength(text, from, at);
  const tokens = tokenize(text, from, at);
  // Two words at least before the quote, the last not a colon ("Trump: “…”" is a headline).
  if (tokens.length < 2 || tokens[tokens.length - 1].lower === ':') return null;
  const mention = clauseSubject(tokens, 0, tokens.length) ?? openingSubject(tokens);
  if (!mention) return null;
  // "Indeed, “…”", "Adding, “…”", "Specifically, “…”": a word set off by a comma right before the
  // quote opens the sentence as an adverb or a participle, with no verb of its own.
  const after = tokenIndexFrom(tokens, mention.end);
  if (after === tokens.length - 1 && tokens[after].lower === ',') return null;
  if (mention.kind === 'description') {
    // "The county engineer wants the…": the description stops before its verb.
    for (let k = Math.max(2, tokenIndexAt(tokens, mention.start) + 2); k < tokens.length && tokens[k].end <= mention.end; k++) {
      const t = tokens[k];
      if (!t.cap && (VERB_MODIFIERS.has(t.lower) || t.lower.endsWith('ed') || (t.lower.endsWith('s') && !DETERMINERS.has(tokens[k - 1].lower)))) {
        mention.end = tokens[k - 1].end;
        break;
      }
    }
  }
  return mention;
}

// A wire story's dateline: "PHILADELPHIA —", "WASHINGTON (AP) —", "TALLAHASSEE, Fla. —", "DENVER,
// July 25 (UPI) —": a city in capitals (its state or day, its agency) and a dash, opening the
// paragraph. It names a place.
const DATELINE = /^[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z0-9][A-Za-z0-9.]*)?)?(?: \([A-Za-z]+\))? ?[—–―-]+ ?/;

/** The length of the dateline at text[from] (0: none), within [from, to). */
function datelineLength(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (c < 65 || c > 90) return 0;
  const match = DATELINE.exec(text.slice(from, Math.min(to, from + 60)));
  return match ? match[0].length : 0;
}

/**
 * The noun phrase opening the sentence (subjectAfter from its start), unless it is a participle or
 * an adverb opening a phrase ("Reprising one of her lines, the former secretary…", "Shortly after
 * the call, Rubio’s campaign…"): then the subject after the phrase's comma, if any.
 */
function openingSubject(tokens: Token[]): Mention | null {
  const mention = subjectAfter(tokens, -1);
  if (!mention || !isParticipleOrAdverb(tokens, 0, mention)) return mention;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].lower !== ',') continue;
    const after = subjectAfter(tokens, k);
    return after && after.kind !== 'pronoun' ? after : null;
  }
  return null;
}

/**
 * The subject of the clause a participle hangs on: "(Speaking in Salem, New Hampshire,) Trump
 * went after Bush, calling him…". Tries the sentence start and each position after a comma, and
 * takes the first name or pronoun followed by a lower-case word (its verb). Names and pronouns only.
 */
function clauseSubject(tokens: Token[], sentenceStart: number, limit: number, titled = false): Mention | null {
  let k = sentenceStart;
  while (k < limit && CLAUSE_OPENERS.has(tokens[k].lower)) k++;
  for (let at = k; at < limit; at++) {
    if (at !== k && tokens[at - 1].lower !== ',') continue;
    const t = tokens[at];
    if (PRONOUNS.has(t.lower)) return { start: t.start, end: t.end, kind: 'pronoun', titles: NO_TITLES };
    if (INTRO_WORDS.has(t.lower)) continue;
    // "Republican presidential candidate Donald Trump quickly took…": skip the description.
    let first = at;
    while (first < limit && first - at < 5 && !tokens[first].punct && !FUNCTION_WORDS_BEFORE_NAME.has(tokens[first].lower) && (!tokens[first].cap || TITLES.has(tokens[first].lower))) {
      // "Then came another tweet about the Orlando tragedy": a determiner or a preposition after
      // the first word ends the description; the phrase is no subject.
      if (first > at && (DETERMINERS.has(tokens[first].lower) || PREPOSITIONS.has(tokens[first].lower))) break;
      first++;
    }
    if (first >= limit || !tokens[first].cap) continue;
    // "Police Chief Calvin Williams lobbied…": a capitalised word before a title is part of it.
    if (titled && first === at) first = titleAfterPlace(tokens, first, limit);
    const name = nameStartingAt(tokens, first);
    if (!name || isParticipleOrAdverb(tokens, first, name)) continue;
    let next = at;
    while (next < limit && tokens[next].start < name.end) next++;
    // "Sen. Pat Toomey (R-Pa.) refused …": a parenthetical between the name and its verb.
    if (next < limit && tokens[next].lower === '(') {
      let close = next + 1;
      while (close < limit && close - next <= 8 && tokens[close].lower !== ')') close++;
      if (close < limit && tokens[close].lower === ')') next = close + 1;
    }
    const verb = next < limit ? tokens[next] : undefined;
    if (!verb || verb.cap || verb.punct) continue;
    // "a South Carolina native", "the leading GOP candidate": after an article, a name followed by
    // a noun rather than a verb is the noun's modifier.
    if (first > at && ARTICLES.has(tokens[at].lower) && !verbLike(verb)) continue;
    return name;
  }
  return null;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const AUXILIARIES = new Set('is was are were has had have will would can could may might should must does did do'.split(' '));

/** A lower-case word that can be the verb after a subject: a reporting verb, an auxiliary, or a form in -s or -ed. */
function verbLike(t: Token): boolean {
  return isReportingVerb(t) || AUXILIARIES.has(t.lower) || t.lower.endsWith('s') || t.lower.endsWith('ed');
}

/**
 * "Cleveland Police Chief Calvin Williams": up to three capitalised words before a title belong to
 * it (a place, an office), and the name starts at the title. The index of the title, or `first`.
 */
function titleAfterPlace(tokens: Token[], first: number, limit: number): number {
  for (let k = first + 1; k < limit && k - first <= 3; k++) {
    const t = tokens[k];
    if (!t.cap || t.punct) return first;
    if (TITLES.has(t.lower)) return TITLES.has(tokens[first].lower) ? first : k;
  }
  return first;
}

/**
 * "Continuing to explain…", "Shortly after…", "Based on…", "Flying home…": a lone capitalised
 * word opening a clause that is a participle or an adverb, not a name. It ends in -ing, -ly or
 * -ed and a preposition, determiner or particle follows it, where a name ("Manning", "Kelly")
 * would be followed by its verb.
 */
function isParticipleOrAdverb(tokens: Token[], first: number, name: Mention): boolean {
  const t = tokens[first];
  if (t.end !== name.end || name.titles.length > 0 || t.lower.length < 5) return false;
  if (!(t.lower.endsWith('ing') || t.lower.endsWith('ly') || t.lower.endsWith('ed'))) return false;
  const next = tokens[first + 1];
  return next !== undefined && !next.cap && (next.punct || CLAUSE_LINKS.has(next.lower) || DETERMINERS.has(next.lower) || PARTICLES.has(next.lower));
}

/** text[from…] opens a sentence: only spaces after the text start, a paragraph break or a sentence end. */
export function opensSentence(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  let c = text.charCodeAt(i);
  if (c === 10 || c === 13) return true;
  if ((c === 0x201d || c === 34 || c === 0x2019) && i > 0) c = text.charCodeAt(i - 1);
  return c === 46 || c === 33 || c === 63;
}

/** A reporting verb among tokens[from, to). */
function reportsBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isReportingVerb(tokens[k])) return true;
  return false;
}

/**
 * The pronoun at tokens[index] is the subject of a relative clause of its own ("…, which he called
 * “…”", "Trump, whom he described as “…”") that runs on to the quote at the end of `tokens`,
 * without a mark between (", whom he called “…,” or “…”" leaves the clause before the second quote).
 */
function ownRelativeClause(tokens: Token[], index: number): boolean {
  if (index === 0 || !OBJECT_RELATIVES.has(tokens[index - 1].lower)) return false;
  for (let k = index + 1; k < tokens.length; k++) if (tokens[k].punct) return false;
  return true;
}

/**
 * `later` is the subject of a clause of its own after the main one: a name or a pronoun after "and"
 * or "but" (a comma allowed before it), or any subject after a subordinator that opens a trailing
 * clause ("…, although she tweeted that she “…”"). Not the writer's "and I quote", "and we".
 */
function laterClause(tokens: Token[], later: Mention, sentenceStart: number): boolean {
  const index = tokenIndexAt(tokens, later.start);
  if (index <= sentenceStart + 1) return false;
  // "…, which he called “…”", "Trump, whom he described as “…”", "the plan, which the inspector
  // general said was “…”": a relative clause with a subject of its own.
  if (ownRelativeClause(tokens, index)) return true;
  if (later.kind !== 'name' && later.kind !== 'pronoun') return false;
  const word = tokens[index - 1].lower;
  if (TRAILING_SUBORDINATORS.has(word)) return true;
  if (!COORDINATORS.has(word)) return false;
  return later.kind === 'name' || !FIRST_PERSON.has(tokens[index].lower);
}
