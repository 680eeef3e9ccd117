// "Bernstein held up a sign saying “…”", "under a headline that said “…”", "one of her ads asking
// “…”": words written on a sign, in a headline or spoken in an advertisement are the sign's, the
// headline's or the ad's, not the words of the person who carries, posts or pays for them. A
// caption or a slogan is not among them: it is the words of whoever wrote it ("Henry added the
// caption which reads “…”").
import { isWhitespace } from '../chars';
import type { Speaker } from '../types';
import { speakerAt } from './speakerShape';

// The thing (a determiner, up to two words, the noun; "one of her ads"), then "saying", "asking",
// "reading" or "that/which said/read", and the text ends (a comma or colon allowed).
const WRITTEN_ON = /\b((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|[Oo]ne\s+of\s+(?:his|her|their|its|the)\s+)(?:[\w-]+\s+){0,2}?(?:signs?|headlines?|banners?|placards?|posters?|billboards?|ads|ad|adverts?|advertisements?|voice[- ]over|T-shirts?|shirts?))\s+(?:(?:that|which)\s+(?:said|says|read|reads|asked|asks)|saying|asking|reading)\s*[,:]?\s*$/;

/** `speaker`, or the sign, headline or ad named right before the quote at `quoteStart` as saying it. */
export function writtenOnSource(text: string, speaker: Speaker, quoteStart: number, paragraphStart: number): Speaker {
  const from = Math.max(paragraphStart, quoteStart - 120);
  if (!endsLikeSaying(text, from, quoteStart)) return speaker;
  const match = WRITTEN_ON.exec(text.slice(from, quoteStart));
  if (!match) return speaker;
  const start = from + match.index;
  if (speaker.start >= start) return speaker;
  const mention = match[1];
  return speakerAt(speaker, mention, start, start + mention.length, mention);
}

/**
 * Whether text[from, end) can end as WRITTEN_ON does: a verb ending in "g", "d" or "s" ("saying",
 * "said", "reads"), then spaces, a comma or colon, spaces. Read backwards on the text, so most
 * quotes skip the copy and the pattern.
 */
function endsLikeSaying(text: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i >= from && isWhitespace(text.charCodeAt(i))) i--;
  if (i >= from && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 58)) i--;
  while (i >= from && isWhitespace(text.charCodeAt(i))) i--;
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 103 || c === 100 || c === 115;
}
