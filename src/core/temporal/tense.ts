// Clause tense from verb cues. Fast and rule-based on purpose: it runs for every temporal expression
// and every claim, so it must stay a single linear scan over one sentence.
import type { Span, Tense } from '../types';

// Words that mark a future (or planned / predicted) event in the words right after them.
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", '’ll', 'wo', "won't", 'won’t', 'would', "'d", 'upcoming', 'scheduled', 'tomorrow', 'expected']);
// Reporting verbs end the reporting clause: "Bush on Tuesday said [the US may extend ...]".
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'announced', 'added', 'noted', 'stated', 'reported', 'explained', 'disclosed', 'warned', 'predicted']);
// Two-word cues: first word → allowed second words.
const FUTURE_PAIRS: Record<string, Set<string>> = {
  going: new Set(['to']),
  expected: new Set(['to']),
  expects: new Set(['to']),
  plans: new Set(['to']),
  plan: new Set(['to']),
  planning: new Set(['to']),
  planned: new Set(['to', 'for']),
  scheduled: new Set(['to', 'for']),
  set: new Set(['to', 'for']),
  due: new Set(['to', 'in', 'on', 'by']),
  slated: new Set(['to', 'for']),
  aims: new Set(['to']),
  intends: new Set(['to']),
  hopes: new Set(['to']),
  projected: new Set(['to']),
  forecast: new Set(['to']),
  poised: new Set(['to']),
  about: new Set(['to']),
  likely: new Set(['to']),
  is: new Set(['to']),
  are: new Set(['to']),
};
// Modals that make a prediction when followed by a base verb.
const MODALS = new Set(['may', 'might', 'could', 'should', 'must', 'can']);

const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'ago', 'said', 'told', 'went', 'came', 'took', 'made', 'gave', 'got', 'began',
  'became', 'won', 'lost', 'left', 'met', 'saw', 'found', 'held', 'brought', 'bought', 'sold', 'paid', 'fell',
  'rose', 'led', 'ran', 'wrote', 'spoke', 'chose', 'knew', 'thought', 'felt', 'kept', 'sent', 'spent', 'built',
  'struck', 'taught', 'caught', 'fought', 'sought', 'drew', 'grew', 'threw', 'flew', 'stood', 'understood',
  'wore', 'broke', 'forgot', 'shot', 'hid', 'fled', 'froze', 'ate', 'drove', 'rode', 'swore', 'sank', 'sang',
  'overtook', 'withdrew', 'undertook', 'oversaw', 'heard', 'meant', 'dealt', 'lent', 'slid', 'split', 'quit',
  'wasn\'t', 'weren\'t', 'didn\'t', 'hadn\'t', 'wasn’t', 'weren’t', 'didn’t', 'hadn’t', 'then-', 'former', 'earlier',
]);
const PRESENT_WORDS = new Set([
  'is', 'are', 'am', 'has', 'have', 'does', 'do', "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't",
  'isn’t', 'aren’t', 'hasn’t', 'haven’t', 'doesn’t', 'don’t', 'now', 'currently', 'says', 'remains', 'seeks',
  'wants', 'needs', 'believes', 'continues', 'plans', 'says', 'thinks', 'expects', 'hopes', 'today',
]);
// Words ending in -ed that are not past-tense verbs.
const NOT_PAST_ED = new Set([
  'need', 'speed', 'indeed', 'red', 'bed', 'hundred', 'feed', 'seed', 'breed', 'proceed', 'exceed', 'succeed',
  'embed', 'shed', 'bred', 'fled', 'led', 'wed', 'based', 'united', 'limited', 'supposed', 'used', 'ted',
  'ned', 'fred', 'ahmed', 'mohammed', 'muhammad', 'reed', 'creed', 'greed', 'weed', 'deed', 'steed', 'sled',
  'med', 'bled', 'biased', 'scheduled', 'expected', 'interested', 'concerned', 'related', 'detailed', 'advanced',
  'planned', 'set', 'dedicated', 'talented', 'learned', 'skilled', 'armed', 'married', 'aged', 'tired',
  'experienced', 'alleged', 'so-called', 'elected', 'unprecedented', 'unexpected', 'undisclosed', 'unnamed',
]);
// Words that open a new clause; the tense of an expression is read in its own clause first.
const CLAUSE_OPENERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'after', 'before',
  'since', 'until', 'but', 'where',
]);


interface Cue {
  tense: Tense;
  start: number;
  clause: number;
}


interface CueSet {
  cues: Cue[];
  clauseAt: (offset: number) => number;
}

// The tagger asks about every sentence holding an expression and the claim classifier asks again
// later: keep the cues of the current text by sentence start (dropped when another text comes).
let cacheText: string | null = null;
const cache = new Map<number, { end: number; cues: CueSet }>();

function collectCues(text: string, span: Span): CueSet {
  if (cacheText !== text) {
    cache.clear();
    cacheText = text;
  }
  const hit = cache.get(span.start);
  if (hit && hit.end === span.end) return hit.cues;
  const cues = scanCues(text, span);
  cache.set(span.start, { end: span.end, cues });
  return cues;
}

const FUTURE_PAIR_MAP = new Map(Object.entries(FUTURE_PAIRS));
const SET_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'now', 'also']);
const DUE_VERBS = new Set(['be', 'open', 'start', 'begin', 'take', 'end', 'close', 'meet', 'arrive', 'launch', 'finish', 'expire']);
const ADJUNCT = /(?:\s+(?:on|last|this|late|early|today|yesterday|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|week|month|year)\b)+/y;
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
const IRREGULAR_PARTICIPLES = new Set([
  'told', 'made', 'held', 'brought', 'bought', 'sold', 'paid', 'led', 'built', 'found', 'kept', 'sent', 'spent',
  'struck', 'taught', 'caught', 'fought', 'sought', 'understood', 'left', 'met', 'heard', 'meant', 'dealt', 'lent', 'split',
]);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'be', 'been', 'being', 'the', 'a', 'an', 'will', 'would']);

// One regex finds every cue word, -ed word and clause break, so the per-word work happens inside the
// regex engine; only hits are looked at in JavaScript.
const CUE_WORDS = [
  ...FUTURE_WORDS, ...FUTURE_PAIR_MAP.keys(), ...MODALS, ...PAST_WORDS, ...PRESENT_WORDS, ...CLAUSE_OPENERS,
].filter((w) => /^[a-z]+$/.test(w));
const CUE = new RegExp(`\\b(?:${[...new Set(CUE_WORDS)].join('|')}|[A-Za-z]+ed)\\b|['’]ll\\b|n['’]t\\b|[,;:"“”()—–]`, 'gi');
const NEXT_WORDS = /[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?/y;

/**
 * Tense carried by a participle from the words before it: "to be held" is planned, "is based" or
 * "will be held" take their tense from the auxiliary (no cue here), a bare "held" is a past.
 */
function participleTense(text: string, start: number, limit: number): Tense | null {
  const [before, twoBefore] = wordsBefore(text, start, limit);
  if (before === 'be' && twoBefore === 'to') return 'future';
  return PASSIVE_AUXILIARIES.has(before) || BE_FORMS.has(before) ? null : 'past';
}

/** The two words before `start` (lower case, '' when missing), scanning back over spaces only. */
function wordsBefore(text: string, start: number, limit: number): [string, string] {
  const words: string[] = ['', ''];
  let i = start;
  for (let w = 0; w < 2; w++) {
    let end = i;
    while (end > limit && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end === i) break;
    let begin = end;
    while (begin > limit && isAsciiLetter(text.charCodeAt(begin - 1))) begin--;
    if (begin === end) break;
    words[w] = text.slice(begin, end).toLowerCase();
    i = begin;
  }
  return [words[0], words[1]];
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function previousWord(text: string, start: number, limit: number): string {
  return wordsBefore(text, start, limit)[0];
}

/** Collects tense cues of a span, each with the clause number it sits in. */
function scanCues(text: string, span: Span): CueSet {
  const cues: Cue[] = [];
  const clauseStarts: number[] = [span.start];
  CUE.lastIndex = span.start;
  let match: RegExpExecArray | null;
  while ((match = CUE.exec(text)) !== null && match.index < span.end) {
    const raw = match[0];
    const start = match.index;
    const c = raw.charCodeAt(0);
    if (raw.length === 1) {
      if (clauseStarts[clauseStarts.length - 1] !== start) clauseStarts.push(start);
      continue;
    }
    if (c === 39 || c === 0x2019) {
      cues.push({ tense: 'future', start, clause: clauseStarts.length - 1 }); // we'll
      continue;
    }
    const word = raw.toLowerCase();
    if (word === "n't" || word === 'n’t') {
      // Contracted negation: the auxiliary in front decides ("didn't" past, "won't" future).
      const aux = previousWordInside(text, start);
      if (aux === 'did' || aux === 'was' || aux === 'were' || aux === 'had') cues.push({ tense: 'past', start, clause: clauseStarts.length - 1 });
      else if (aux === 'wo' || aux === 'sha') cues.push({ tense: 'future', start, clause: clauseStarts.length - 1 });
      continue;
    }
    if (CLAUSE_OPENERS.has(word)) {
      clauseStarts.push(start);
      if (!FUTURE_WORDS.has(word) && !PAST_WORDS.has(word) && !PRESENT_WORDS.has(word)) continue;
    }
    let tense: Tense | null = null;
    if (FUTURE_WORDS.has(word)) {
      // "would" after a past reporting verb is future-in-the-past: still a prediction.
      tense = 'future';
    } else {
      let next: string | undefined;
      let third: string | undefined;
      const pair = FUTURE_PAIR_MAP.get(word);
      if (pair !== undefined || MODALS.has(word) || word === 'has' || word === 'have') {
        NEXT_WORDS.lastIndex = start + raw.length;
        const following = NEXT_WORDS.exec(text);
        if (following && following.index < span.end) {
          next = following[1].toLowerCase();
          third = following[2] ? following[2].toLowerCase() : undefined;
        }
      }
      if (pair !== undefined && next !== undefined && pair.has(next)) {
        // "to be" only counts before a participle ("the summit, to be held in May").
        if (word === 'due' && next === 'to') tense = third !== undefined && DUE_VERBS.has(third) ? 'future' : null;
        else if (word === 'set') tense = SET_AUXILIARIES.has(previousWord(text, start, span.start)) || (third !== undefined && !third.endsWith('ed')) ? 'future' : null;
        else tense = 'future';
      } else if (MODALS.has(word)) {
        if (next !== undefined && !next.endsWith('ed') && next !== 'have' && next !== 'not') tense = 'future';
      } else if (PAST_WORDS.has(word)) {
        // "will be held": an irregular participle after "be" takes the auxiliary's tense.
        tense = IRREGULAR_PARTICIPLES.has(word) ? participleTense(text, start, span.start) : 'past';
      } else if (PRESENT_WORDS.has(word)) {
        // "has signed" is a present perfect: the event is in the past.
        if ((word === 'has' || word === 'have') && next !== undefined && (next.endsWith('ed') || next.endsWith('en'))) tense = 'past';
        else tense = 'present';
      } else if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) {
        // Passive or perfect with a present auxiliary is not a simple past ("is expected", "are based").
        tense = participleTense(text, start, span.start);
      }
    }
    if (tense) cues.push({ tense, start, clause: clauseStarts.length - 1 });
    if (REPORTING_VERBS.has(word)) {
      // The reported clause starts after the verb and its own time adjunct ("said Tuesday that").
      ADJUNCT.lastIndex = start + raw.length;
      const adjunct = ADJUNCT.exec(text);
      clauseStarts.push(adjunct ? adjunct.index + adjunct[0].length : start + raw.length);
    }
  }
  // Binary search: a run-on "sentence" can hold thousands of clauses.
  const clauseAt = (offset: number): number => lastIndexAtOrBefore(clauseStarts, offset);
  return { cues, clauseAt };
}

function previousWordInside(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

const PRIORITY: Record<Tense, number> = { future: 3, past: 2, present: 1 };

/**
 * Tense of the clause containing `offset` inside `sentence`. Cues in the same clause win (a future cue
 * over a past one: "said ... is expected to open in 2023" reads the 2023 clause as future); otherwise
 * the nearest cue before the offset, then after it. News defaults to the past.
 */
export function tenseAt(text: string, sentence: Span, offset: number): Tense {
  const { cues, clauseAt } = collectCues(text, sentence);
  if (cues.length === 0) return 'past';
  const clause = clauseAt(offset);
  // Within the clause, the verb nearest before the expression governs it ("is expected to open in
  // 2023": "expected to"), else the first one after it ("In September, Bolivia received").
  let index = 0;
  let high = cues.length;
  while (index < high) {
    const mid = (index + high) >> 1;
    if (cues[mid].start < offset) index = mid + 1;
    else high = mid;
  }
  const before = index > 0 ? cues[index - 1] : null;
  const after = index < cues.length ? cues[index] : null;
  if (before && before.clause === clause) return before.tense;
  if (after && after.clause === clause) return after.tense;
  // Otherwise the nearest cue, preferring those before (the main verb usually precedes adjuncts).
  if (before && after) return offset - before.start <= (after.start - offset) * 2 ? before.tense : after.tense;
  return (before ?? after)!.tense;
}

function lastIndexAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Overall tense of a sentence or span: the strongest cue (future > past > present). */
export function sentenceTense(text: string, span: Span): Tense {
  const { cues } = collectCues(text, span);
  if (cues.length === 0) return 'past';
  let best = cues[0];
  for (const cue of cues) if (PRIORITY[cue.tense] > PRIORITY[best.tense]) best = cue;
  return best.tense;
}
