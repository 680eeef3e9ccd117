// The hover text: explains a claim, a quote or a date expression instead of repeating the diagnostic.
// Pure (Markdown as a string) so wording is unit-tested; the extension wraps it in a MarkdownString
// that trusts only Claimline's own commands and renders no theme icons.
// Article words, speakers, quotes and notes are untrusted (anyone can write them): every piece of
// them goes through escapeMarkdown, and the only links are built here from parsed web addresses and
// Claimline's own commands with Claimline's own arguments.
import { messages, type Catalog } from './messages/catalog';
import { claimRule } from './findings';
import { revealHidden } from './hiddenText';
import { isUnresolvedPronoun, speakerInSentence } from './speakers';
import type { Analysis, ArticleSummary, Claim, Quote, Speaker, SubjectRef, Timex } from './types';
import type { ClaimNote } from './notes';
import { openableUrl } from './timeline';

/** Commands a hover may link to; everything else stays inert (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS = ['claimline.showTimeline', 'claimline.markVerified', 'claimline.editNote', 'claimline.showNote'] as const;

/** Note text longer than this is cut in the hover, with a link to the whole note. */
export const HOVER_NOTE_LIMIT = 600;

export interface ExplainInput {
  analysis: Analysis;
  /** The analyzed document text (for the editorial marks of edited quotes). */
  text: string;
  /** Offset under the pointer. */
  offset: number;
  /** The document's URI as a string, passed to command links. */
  uri: string;
  noteFor(subject: SubjectRef): ClaimNote | undefined;
  /** The command links' labels in the user's language (the extension's hoverLabels.ts); English when absent. */
  linkLabels?: HoverLinkLabels;
  /** The language of the hover's text (the message catalog's); English when absent. */
  locale?: string;
}

/** The labels of the hover's command links. */
export interface HoverLinkLabels {
  openInTimeline: string;
  markVerified: string;
  addNote: string;
  editNote: string;
  openFullNote: string;
}

/** The English labels, which are also the keys the extension translates them by. */
export const ENGLISH_HOVER_LINKS: HoverLinkLabels = {
  openInTimeline: 'Open in timeline',
  markVerified: 'Mark verified',
  addNote: 'Add note',
  editNote: 'Edit note',
  openFullNote: 'Open the full note',
};

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

  const catalog = messages(input.locale);
  if (timex) parts.push(explainTimex(timex, catalog));
  if (claim) parts.push(...explainClaim(analysis, claim, timex ? claim.timexes.indexOf(timexIndex) : -1, catalog));
  if (quote) parts.push(...explainQuote(quote, input.text, catalog));
  if (timex || claim) parts.push(explainPublication(analysis, catalog));
  if ((timex || claim || quote) && analysis.article) parts.push(explainArticle(analysis.article, catalog));

  // The hover acts on the most specific thing a note can belong to: the claim, else the quote.
  const subject: SubjectRef | undefined = claim ? { kind: 'claim', index: claimIndex } : quote ? { kind: 'quote', index: quoteIndex } : undefined;
  if (subject) {
    const note = input.noteFor(subject);
    const labels = input.linkLabels ?? ENGLISH_HOVER_LINKS;
    if (note) parts.push(explainNote(note, input.uri, subject, labels, catalog));
    parts.push(commandLinks(input.uri, subject, note, labels));
  }
  const span = timex ?? quote!;
  return { markdown: parts.join('\n\n'), start: span.start, end: span.end };
}

export function explainTimex(timex: Timex, catalog: Catalog = messages('en')): string {
  const { t } = catalog;
  const described = catalog.describeValue(timex.value);
  const value = described === timex.value ? `\`${timex.value}\`` : `${escapeMarkdown(described)} (\`${timex.value}\`)`;
  let line = `**${escapeMarkdown(timex.text)}** → ${value}`;
  if (timex.reasoning) line += `: ${escapeMarkdown(catalog.reasoning(timex.reasoning))}`;
  if (timex.type === 'DURATION') line += timex.anchoredRange ? t('hover.durationRange', { from: catalog.day(timex.anchoredRange.from), to: catalog.day(timex.anchoredRange.to) }) : t('hover.duration');
  if (timex.ambiguous) line += '\n\n' + t('hover.ambiguous');
  return line;
}

/**
 * `position`: which of the claim's dates is under the pointer (-1: none). One sentence can hold a
 * past report of a future plan, so the wording follows that date's clause, as the diagnostic does.
 */
function explainClaim(analysis: Analysis, claim: Claim, position: number, catalog: Catalog): string[] {
  const { t } = catalog;
  const lines: string[] = [];
  const anchors = claim.timexes.map((i) => analysis.timexes[i]).filter(Boolean);
  const rule = position >= 0 ? claimRule(claim, position) : claim.stale ? 'stale-prediction' : claim.kind === 'future' ? 'future-claim' : 'dated-claim';
  const kind = position >= 0 ? (claim.timexKinds?.[position] ?? claim.kind) : claim.kind;
  if (rule === 'stale-prediction') {
    const anchor = position >= 0 ? anchors[position] : anchors[anchors.length - 1];
    const when = anchor ? catalog.describeValue(anchor.value) : t('hover.aDate');
    lines.push(t('hover.stale', { when: escapeMarkdown(when), today: catalog.day(analysis.today) }));
  } else if (rule === 'future-claim') {
    lines.push(t('hover.future'));
  } else if (kind === 'ongoing') {
    lines.push(t('hover.ongoing'));
  } else {
    lines.push(t('hover.past'));
  }
  if (position < 0 && anchors.length > 0) {
    lines.push(anchors.map((anchor) => `- ${escapeMarkdown(anchor.text)} → ${escapeMarkdown(catalog.describeValue(anchor.value))}`).join('\n'));
  }
  if (claim.speaker) lines.push(t('hover.attributed', { speaker: describeSpeaker(claim.speaker, catalog) }));
  if (claim.source) lines.push(t('hover.statedSource', { source: escapeMarkdown(claim.source) }));
  return lines;
}

function explainQuote(quote: Quote, text: string, catalog: Catalog): string[] {
  const { t } = catalog;
  const lines: string[] = [];
  lines.push(quote.speaker ? t('hover.quoteBy', { speaker: describeSpeaker(quote.speaker, catalog) }) : t('hover.quoteNoSpeaker'));
  if (quote.edited) {
    const marks = quote.edits.map((e) => `\`${text.slice(e.start, e.end).replace(/`/g, "'")}\``);
    lines.push(t('hover.edited', { marks: marks.length > 0 ? marks.join(', ') : t('hover.editorialMarks') }));
  }
  return lines;
}

export function describeSpeaker(speaker: Speaker, catalog: Catalog = messages('en')): string {
  if (isUnresolvedPronoun(speaker)) return catalog.t('hover.speakerUnidentified', { mention: escapeMarkdown(speaker.mention) });
  const inSentence = escapeMarkdown(speakerInSentence(speaker));
  const name = `**${inSentence}**`;
  // A description nobody was named for stands for itself: it was not resolved to anyone.
  if (speaker.mention === speaker.name && speaker.method === 'description') return `${name} (${catalog.t('method.descriptionOnly')})`;
  const method = catalog.t(`method.${speaker.method}`);
  if (speaker.mention && speaker.mention !== speaker.name) {
    return `${name}: ${catalog.t('finding.mention', { mention: escapeMarkdown(speaker.mention) })} → ${inSentence} (${method})`;
  }
  return `${name} (${method})`;
}

function explainPublication(analysis: Analysis, catalog: Catalog): string {
  const published = analysis.published;
  if (!published) return catalog.t('hover.noPublication');
  return catalog.t('hover.published', { date: catalog.day(published.value), source: escapeMarkdown(catalog.publicationSource(published.description)) });
}

/** HTML pages: what part of the page was read. */
export function explainArticle(article: ArticleSummary, catalog: Catalog = messages('en')): string {
  if (article.fallback) return `${catalog.t('hover.articleFallback')}.`;
  return article.title ? catalog.t('hover.articleOnlyTitled', { title: escapeMarkdown(article.title) }) : catalog.t('hover.articleOnly');
}

function explainNote(note: ClaimNote, uri: string, subject: SubjectRef, labels: HoverLinkLabels, catalog: Catalog): string {
  const { t } = catalog;
  let line = t('hover.note', { status: t(`status.${note.status}`) });
  if (note.checked) line += t('hover.noteChecked', { date: catalog.day(note.checked) });
  if (note.ignored) line += t('hover.noteIgnored');
  const text = note.text.trim();
  if (text.length > HOVER_NOTE_LIMIT) {
    // A note can be megabytes long: the hover shows the start (cut between characters, not inside a
    // surrogate pair) and links to the whole note rather than rendering it all.
    let cut = HOVER_NOTE_LIMIT;
    if (/[\ud800-\udbff]/.test(text[cut - 1])) cut--;
    const more = text.length - cut;
    line += `\n\n${escapeMarkdown(text.slice(0, cut))}${t('hover.noteMore', { count: catalog.count(more) })} [${escapeMarkdown(labels.openFullNote)}](${commandUri('claimline.showNote', [uri, subject])})`;
  } else if (text) line += `\n\n${escapeMarkdown(text)}`;
  const links = note.sources.map(sourceLink).filter((link) => link !== undefined);
  const hidden = note.sources.length - links.length;
  if (hidden > 0) links.push(catalog.plural('hover.hiddenSources', hidden));
  if (links.length > 0) line += `\n\n${t('hover.sources', { links: links.join(' · ') })}`;
  return line;
}

/**
 * A Markdown link to a note's source, or undefined when it is no plain web address (another scheme,
 * user name or password to disguise the host). The target is the parsed URL with everything
 * outside a URL's own syntax percent-encoded, parentheses included, so it cannot end the link early.
 */
export function sourceLink(source: string): string | undefined {
  const href = openableUrl(source);
  if (!href) return undefined;
  const target = href.replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/g, percentEncode).replace(/&/g, '\\&');
  return `[${escapeMarkdown(new URL(href).host)}](${target})`;
}

function percentEncode(char: string): string {
  return [...new TextEncoder().encode(char)].map((byte) => '%' + byte.toString(16).toUpperCase().padStart(2, '0')).join('');
}

function commandLinks(uri: string, subject: SubjectRef, note: ClaimNote | undefined, labels: HoverLinkLabels): string {
  const args = [uri, subject];
  const links = [`[${escapeMarkdown(labels.openInTimeline)}](${commandUri('claimline.showTimeline', args)})`];
  if (note?.status !== 'verified') links.push(`[${escapeMarkdown(labels.markVerified)}](${commandUri('claimline.markVerified', args)})`);
  const noteLabel = note && (note.text || note.sources.length > 0) ? labels.editNote : labels.addNote;
  links.push(`[${escapeMarkdown(noteLabel)}](${commandUri('claimline.editNote', args)})`);
  return links.join(' · ');
}

export function commandUri(command: string, args: unknown[]): string {
  // encodeURIComponent leaves ( ) ' ! * as they are; a parenthesis would end the Markdown link.
  return `command:${command}?${encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, percentEncode)}`;
}

/**
 * Article and note text must never turn into links, HTML, icons or formatting inside a hover: every
 * ASCII punctuation character is backslash-escaped (CommonMark lets any of them be), which also
 * stops autolinks ("https\://", "www\.", "a\@b"), entities and HTML ("&", "<" and ">" become entities) and theme icons
 * ("\$(x)"). Hidden characters are shown by name instead of reordering or hiding the text.
 */
export function escapeMarkdown(text: string): string {
  return revealHidden(text).replace(/[!-/:-@[-`{-~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c));
}
