// Where the learned speaker choice meets the rules: after the rules have named a quote's speaker,
// a quote of a category in the model's scope has its candidates scored, and the best one replaces
// the rules' answer when it outscores it (speakerModel.ts; docs/speaker-model.md).
import type { Sentence, Span, Speaker } from '../types';
import type { Link } from './attribution';
import type { QuotePiece } from './marks';
import type { Mention, MentionKind } from './mentions';
import { NO_RULE_CHOICE, quoteCategory, speakerCandidates, type SpeakerCandidate } from './speakerCandidates';
import { chooseCandidate, loadSpeakerModel, type LoadedSpeakerModel, type SpeakerModel } from './speakerModel';
import { sentenceAt } from './spans';
import shipped from './en/speakerModel.json';

/** The shipped model (trained by `npm run train` on PolNeAR train). */
export const SHIPPED_SPEAKER_MODEL: LoadedSpeakerModel = loadSpeakerModel(shipped as SpeakerModel);

/** One quote's candidates as seen by training (scripts/train-speakers.ts). */
export interface CandidateSample {
  quote: Span;
  category: string;
  candidates: SpeakerCandidate[];
}

export interface SpeakerChoiceOptions {
  /** The model; null: the rules alone. */
  model: LoadedSpeakerModel | null;
  /** Receives every attributed quote's candidates, whatever the scope (training). */
  collect?: (sample: CandidateSample) => void;
}

const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

function kindOf(speaker: Speaker): MentionKind {
  const mention = speaker.mention;
  // Lower-casing never shortens a string: a longer mention is no pronoun.
  if (speaker.method === 'pronoun' || (mention.length <= 4 && PRONOUN_WORDS.has(mention.toLowerCase()))) return 'pronoun';
  if (speaker.method === 'description' || !startsUpperCase(mention)) return 'description';
  return 'name';
}

/** /^\p{Lu}/u, with the regular expression only for a first character outside ASCII. */
function startsUpperCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** The quote's speaker after the learned choice (the rules' speaker when out of scope or unmoved). */
export function learnedSpeaker(
  text: string,
  blocks: Span[],
  sentences: Sentence[],
  pieces: QuotePiece[],
  index: number,
  link: Link,
  mention: Mention,
  speaker: Speaker,
  previousSpeaker: string | null,
  options: SpeakerChoiceOptions,
): Speaker {
  const { model, collect } = options;
  if (sentences.length === 0) return speaker;
  const piece = pieces[index];
  const sentence = sentences[Math.min(sentenceAt(sentences, piece.start), sentences.length - 1)];
  const carried = (link === 'inherited' || link === 'continuation') && mention.end <= sentence.start;
  const kind = kindOf(speaker);
  const category = quoteCategory(link, carried, kind);
  const inScope = model !== null && model.scope.has(category);
  if (!inScope && !collect) return speaker;
  const candidates = speakerCandidates({
    text,
    blocks,
    sentences,
    pieces,
    index,
    rule: { start: speaker.start, end: speaker.end, category, mention: speaker.mention, kind },
    previousSpeaker,
  });
  collect?.({ quote: { start: piece.start, end: piece.end }, category, candidates });
  if (!inScope) return speaker;
  const chosen = candidates[chooseCandidate(model, candidates)];
  if (chosen.rule) return speaker;
  return { name: nameOf(candidates, chosen), start: chosen.start, end: chosen.end, mention: chosen.text, method: chosen.kind };
}

/** A chosen pronoun stands for the nearest name before it among the candidates. */
function nameOf(candidates: SpeakerCandidate[], chosen: SpeakerCandidate): string {
  if (chosen.kind !== 'pronoun') return chosen.text.replace(/\s+/g, ' ');
  for (let c = candidates.indexOf(chosen) - 1; c >= 0; c--) if (candidates[c].kind === 'name' && !candidates[c].rule) return candidates[c].text.replace(/\s+/g, ' ');
  return chosen.text;
}

/**
 * The speaker of a kept quote the rules left without one: the best candidate when the category
 * "none/none" is in the model's scope (and there is a candidate), else null.
 */
export function learnedSpeakerOfUnattributed(text: string, blocks: Span[], sentences: Sentence[], pieces: QuotePiece[], index: number, previousSpeaker: string | null, options: SpeakerChoiceOptions): Speaker | null {
  const { model, collect } = options;
  const inScope = model !== null && model.scope.has(NO_RULE_CHOICE.category);
  if (sentences.length === 0 || (!inScope && !collect)) return null;
  const piece = pieces[index];
  const candidates = speakerCandidates({ text, blocks, sentences, pieces, index, rule: NO_RULE_CHOICE, previousSpeaker });
  collect?.({ quote: { start: piece.start, end: piece.end }, category: NO_RULE_CHOICE.category, candidates });
  if (!inScope || candidates.length === 0) return null;
  const chosen = candidates[chooseCandidate(model, candidates)];
  return { name: nameOf(candidates, chosen), start: chosen.start, end: chosen.end, mention: chosen.text, method: chosen.kind };
}
