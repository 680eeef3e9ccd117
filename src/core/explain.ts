// The hover text: explains a claim, a quote or a date expression instead of repeating the diagnostic.
// Pure (Markdown as a string) so wording is unit-tested; the extension wraps it in a MarkdownString
// that trusts only Claimline's own commands.
import { describeValue, shortDate } from './describe';
import { claimRule, isUnresolvedPronoun } from './findings';
import type { Analysis, ArticleSummary, Claim, Quote, Speaker, Timex } from './types';
import { statusLabel, type ClaimNote } from './notes';
import type { SubjectRef } from './report';

/** Commands a hover may link to; everything else stays inert (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS = ['claimline.showTimeline', 'claimline.markVerified', 'claimline.editNote'] as const;

export interface ExplainInput {
  analysis: Analysis;
  /** The analyzed document text (for the editorial marks of edited quotes). */
  text: string;
  /** Offset under the pointer. */
  offset: number;
  /** The document's URI as a string, passed to command links. */
  uri: string;
  noteFor(subject: SubjectRef): ClaimNote | undefined;
}

export interface Explanation {
  markdown: string;
  /** The span the hover belongs to (the expression, quote or claim under the pointer). */
  start: number;
  end: number;
}

export function explainAt(input: ExplainInput): Explanation | undefined {
  const { analysis, offset } = input;
  const inside = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  const timexIndex = analysis.timexes.findIndex(inside);
  const claimIndex = analysis.claims.findIndex(inside);
  const quoteIndex = analysis.quotes.findIndex(inside);
  // Only what is flagged (dates and quotes) hovers; a claim is explained through its dates, so
  // reading the rest of a long sentence does not keep popping hovers up.
  if (timexIndex < 0 && quoteIndex < 0) return undefined;

  const parts: string[] = [];
  const timex = timexIndex >= 0 ? analysis.timexes[timexIndex] : undefined;
  const claim = claimIndex >= 0 ? analysis.claims[claimIndex] : undefined;
  const quote = quoteIndex >= 0 ? analysis.quotes[quoteIndex] : undefined;

  if (timex) parts.push(explainTimex(timex));
  if (claim) parts.push(...explainClaim(analysis, claim, timex ? claim.timexes.indexOf(timexIndex) : -1));
  if (quote) parts.push(...explainQuote(quote, input.text));
  if (timex || claim) parts.push(explainPublication(analysis));
  if ((timex || claim || quote) && analysis.article) parts.push(explainArticle(analysis.article));

  // The hover acts on the most specific thing a note can belong to: the claim, else the quote.
  const subject: SubjectRef | undefined = claim ? { kind: 'claim', index: claimIndex } : quote ? { kind: 'quote', index: quoteIndex } : undefined;
  if (subject) {
    const note = input.noteFor(subject);
    if (note) parts.push(explainNote(note));
    parts.push(commandLinks(input.uri, subject, note));
  }
  const span = timex ?? quote!;
  return { markdown: parts.join('\n\n'), start: span.start, end: span.end };
}

export function explainTimex(timex: Timex): string {
  const described = describeValue(timex.value);
  const value = described === timex.value ? `\`${timex.value}\`` : `${escapeMarkdown(described)} (\`${timex.value}\`)`;
  let line = `**${escapeMarkdown(timex.text)}** → ${value}`;
  if (timex.reasoning) line += `: ${escapeMarkdown(timex.reasoning)}`;
  if (timex.type === 'DURATION') line += timex.anchoredRange ? ` — a duration covering ${shortDate(timex.anchoredRange.from)} to ${shortDate(timex.anchoredRange.to)}` : ' — a duration, not a date';
  if (timex.ambiguous) line += '\n\n$(warning) Ambiguous: this value rests on a guess; check it against the context.';
  return line;
}

/**
 * `position`: which of the claim's dates is under the pointer (-1: none). One sentence can hold a
 * past report of a future plan, so the wording follows that date's clause, as the diagnostic does.
 */
function explainClaim(analysis: Analysis, claim: Claim, position: number): string[] {
  const lines: string[] = [];
  const anchors = claim.timexes.map((i) => analysis.timexes[i]).filter(Boolean);
  const rule = position >= 0 ? claimRule(claim, position) : claim.stale ? 'stale-prediction' : claim.kind === 'future' ? 'future-claim' : 'dated-claim';
  const kind = position >= 0 ? (claim.timexKinds?.[position] ?? claim.kind) : claim.kind;
  if (rule === 'stale-prediction') {
    const anchor = position >= 0 ? anchors[position] : anchors[anchors.length - 1];
    const when = anchor ? describeValue(anchor.value) : 'a date';
    lines.push(`**Stale prediction**: this future claim expected something by ${escapeMarkdown(when)}, which is before today (${shortDate(analysis.today)}). Check whether it happened.`);
  } else if (rule === 'future-claim') {
    lines.push('**Future claim**: a plan, prediction or expectation relative to the publication date.');
  } else if (kind === 'ongoing') {
    lines.push('**Ongoing claim**: describes a situation still true at publication.');
  } else {
    lines.push('**Past claim**: an event dated before the publication.');
  }
  if (position < 0 && anchors.length > 0) {
    lines.push(anchors.map((t) => `- ${escapeMarkdown(t.text)} → ${escapeMarkdown(describeValue(t.value))}`).join('\n'));
  }
  if (claim.speaker) lines.push(`Attributed to ${describeSpeaker(claim.speaker)}`);
  if (claim.source) lines.push(`Stated source: ${escapeMarkdown(claim.source)}`);
  return lines;
}

function explainQuote(quote: Quote, text: string): string[] {
  const lines: string[] = [];
  lines.push(quote.speaker ? `**Quoted statement** by ${describeSpeaker(quote.speaker)}` : '**Quoted statement** with no speaker found: check who said it.');
  if (quote.edited) {
    const marks = quote.edits.map((e) => `\`${text.slice(e.start, e.end).replace(/`/g, "'")}\``);
    lines.push(`**Edited quote**: contains ${marks.length > 0 ? marks.join(', ') : 'editorial marks'}. Compare with the original statement before citing it.`);
  }
  return lines;
}

const METHOD_WORDS: Record<Speaker['method'], string> = {
  name: 'named',
  pronoun: 'pronoun resolved to the person named before',
  description: 'description resolved to the person named before',
  continuation: 'continues the previous quote paragraph',
  'according-to': '"according to"',
};

export function describeSpeaker(speaker: Speaker): string {
  if (isUnresolvedPronoun(speaker)) return `**“${escapeMarkdown(speaker.mention)}”**, not identified: no one named nearby can be this speaker. Find out who said it.`;
  const name = `**${escapeMarkdown(speaker.name)}**`;
  if (speaker.mention && speaker.mention !== speaker.name) {
    return `${name}: “${escapeMarkdown(speaker.mention)}” → ${escapeMarkdown(speaker.name)} (${METHOD_WORDS[speaker.method]})`;
  }
  return `${name} (${METHOD_WORDS[speaker.method]})`;
}

function explainPublication(analysis: Analysis): string {
  const published = analysis.published;
  if (!published) {
    return `No publication date found: relative dates were resolved against today, ${shortDate(analysis.today)}. Use *Claimline: Set Publication Date* to fix the reference.`;
  }
  return `Published ${shortDate(published.value)} (from ${escapeMarkdown(published.description)})`;
}

/** HTML pages: what part of the page was read. */
export function explainArticle(article: ArticleSummary): string {
  if (article.fallback) return `${ARTICLE_FALLBACK}.`;
  const title = article.title ? ` “${escapeMarkdown(article.title)}”` : '';
  return `Only the article${title} in this page was analyzed: menus, related stories, comments and footers were left out.`;
}

/** Shown in the hover and the status item when a page has no recognisable article. */
export const ARTICLE_FALLBACK = 'No article recognised in this page: its whole visible text was analyzed, menus and comments included';

function explainNote(note: ClaimNote): string {
  let line = `**Note** · ${statusLabel(note.status)}`;
  if (note.checked) line += ` · checked ${shortDate(note.checked)}`;
  if (note.ignored) line += ' · ignored';
  if (note.text.trim()) line += `\n\n${escapeMarkdown(note.text.trim())}`;
  const links = note.sources.filter(isWebUrl).map((url) => `[${escapeMarkdown(hostOf(url))}](${url.replace(/[()\s]/g, encodeURIComponent)})`);
  if (links.length > 0) line += `\n\nSources: ${links.join(' · ')}`;
  return line;
}

function commandLinks(uri: string, subject: SubjectRef, note: ClaimNote | undefined): string {
  const args = [uri, subject];
  const links = [`[Open in timeline](${commandUri('claimline.showTimeline', args)})`];
  if (note?.status !== 'verified') links.push(`[Mark verified](${commandUri('claimline.markVerified', args)})`);
  links.push(`[${note && (note.text || note.sources.length > 0) ? 'Edit note' : 'Add note'}](${commandUri('claimline.editNote', args)})`);
  return links.join(' · ');
}

export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Article and note text must never turn into links, HTML or formatting inside a hover. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c));
}
