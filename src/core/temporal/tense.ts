// Clause tense from verb cues. Fast and rule-based on purpose: it runs for every temporal expression
// and every claim, so it must stay a single linear scan over one sentence.
import type { Span, Tense } from '../types';

// Words that mark a future (or planned / predicted) event in the words right after them.
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", '’ll', 'wo', "won't", 'won’t', 'would', "'d", 'upcoming']);
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
  to: new Set(['be']),
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
  'since', 'until', 'but', 'and', 'if', 'unless', 'whereas', 'where', 'as', 'also',
]);

const WORD = /[A-Za-z’']+(?:-)?/g;

interface Cue {
  tense: Tense;
  start: number;
  clause: number;
}

function isAuxBefore(words: string[], i: number, set: Set<string>): boolean {
  const prev = words[i - 1];
  return prev !== undefined && set.has(prev);
}

/** Collects tense cues of a span, each with the clause number it sits in. */
function collectCues(text: string, span: Span): { cues: Cue[]; clauseAt: (offset: number) => number } {
  const cues: Cue[] = [];
  const clauseStarts: number[] = [span.start];
  const words: string[] = [];
  const starts: number[] = [];
  WORD.lastIndex = span.start;
  let match: RegExpExecArray | null;
  let lastEnd = span.start;
  while ((match = WORD.exec(text)) !== null && match.index < span.end) {
    // Punctuation between words (commas, semicolons, quote marks, dashes) starts a new clause.
    for (let p = lastEnd; p < match.index; p++) {
      const c = text.charCodeAt(p);
      // , ; : " “ ” ( ) — –
      if (c === 44 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41 || c === 0x2014 || c === 0x2013) {
        clauseStarts.push(p);
        break;
      }
    }
    const word = match[0].toLowerCase();
    if (CLAUSE_OPENERS.has(word)) clauseStarts.push(match.index);
    words.push(word);
    starts.push(match.index);
    lastEnd = match.index + match[0].length;
  }
  let clause = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const start = starts[i];
    while (clause + 1 < clauseStarts.length && clauseStarts[clause + 1] <= start) clause++;
    let tense: Tense | null = null;
    const next = words[i + 1];
    if (FUTURE_WORDS.has(word)) {
      // "would" after a past reporting verb is future-in-the-past: still a prediction.
      tense = 'future';
    } else if (FUTURE_PAIRS[word] && next !== undefined && FUTURE_PAIRS[word].has(next)) {
      // "to be" only counts when it follows a noun-ish word ("the summit, to be held in May").
      if (word === 'to' && !(words[i + 2] && /ed$/.test(words[i + 2]))) tense = null;
      else if (word === 'due' && next === 'to' && words[i + 2] && !['be', 'open', 'start', 'begin', 'take', 'end', 'close', 'meet', 'arrive', 'launch', 'finish', 'expire'].includes(words[i + 2])) tense = null;
      else if (word === 'set' && !isAuxBefore(words, i, new Set(['is', 'are', 'was', 'were', 'be', 'been', 'now', 'also']))) tense = null;
      else tense = 'future';
    } else if (MODALS.has(word) && next !== undefined && !/ed$/.test(next) && next !== 'have' && next !== 'not') {
      tense = 'future';
    } else if (PAST_WORDS.has(word)) {
      tense = 'past';
    } else if (PRESENT_WORDS.has(word)) {
      // "has signed" is a present perfect: the event is in the past.
      if ((word === 'has' || word === 'have') && next !== undefined && /ed$|en$/.test(next)) tense = 'past';
      else tense = 'present';
    } else if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) {
      const prev = words[i - 1];
      // Passive or perfect with a present auxiliary is not a simple past ("is expected", "are based").
      if (prev === 'is' || prev === 'are' || prev === 'be' || prev === 'been' || prev === 'being' || prev === 'the' || prev === 'a' || prev === 'an') tense = null;
      else if (prev === 'will' || prev === 'would') tense = null;
      else tense = 'past';
    }
    if (tense) cues.push({ tense, start, clause });
  }
  const clauseAt = (offset: number): number => {
    let c = 0;
    while (c + 1 < clauseStarts.length && clauseStarts[c + 1] <= offset) c++;
    return c;
  };
  return { cues, clauseAt };
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
  let best: Cue | null = null;
  for (const cue of cues) {
    if (cue.clause !== clause) continue;
    if (!best || PRIORITY[cue.tense] > PRIORITY[best.tense]) best = cue;
  }
  if (best) return best.tense;
  // Nearest cue, preferring those before the expression (the main verb usually precedes adjuncts).
  let before: Cue | null = null;
  let after: Cue | null = null;
  for (const cue of cues) {
    if (cue.start < offset) before = cue;
    else if (!after) after = cue;
  }
  if (before && after) {
    return offset - before.start <= (after.start - offset) * 2 ? before.tense : after.tense;
  }
  return (before ?? after ?? cues[0]).tense;
}

/** Overall tense of a sentence or span: the strongest cue (future > past > present). */
export function sentenceTense(text: string, span: Span): Tense {
  const { cues } = collectCues(text, span);
  if (cues.length === 0) return 'past';
  let best = cues[0];
  for (const cue of cues) if (PRIORITY[cue.tense] > PRIORITY[best.tense]) best = cue;
  return best.tense;
}
