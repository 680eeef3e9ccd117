// The analyzer's one entry point: everything the editor, the CLI and the exports show comes from
// analyze(). Pure and synchronous: no I/O, no editor API, deterministic for a given text and options.

import { format as formatDate } from 'date-fns';
import { buildClaims, claimAnchors } from './claims';
import { buildFindings } from './findings';
import { visibleText } from './markup';
import { detectPublicationDate } from './publication';
import { analysisToSource } from './sourceOffsets';
import { analyzeQuotes } from './quotes';
import { tagTemporalExpressions } from './temporal';
import { paragraphs, sentences } from './text';
import { keepShapesOf } from './textShapes';
import type { Analysis, AnalyzeOptions, DocumentFormat } from './types';
import { readHtmlPage } from './web/htmlPage';

export function analyze(raw: string, options: AnalyzeOptions = {}): Analysis {
  keepShapesOf(analyzeSample);
  const today = options.today ?? formatDate(new Date(), 'yyyy-MM-dd');
  const format = options.format ?? 'plaintext';
  // Markup is blanked to spaces of the same length, so every offset below is a source offset;
  // in an HTML page only the article is kept, and character references are cut to their
  // decoded characters, so its offsets are mapped back at the end. The page's one tokenizer pass
  // also gathers what its publication date is read from.
  const page = format === 'html' ? readHtmlPage(raw, { scanDates: options.published === undefined }) : null;
  const published = detectPublicationDate(raw, { published: options.published, today, format: options.format, pageFacts: page?.facts });
  const text = page !== null ? page.text : visibleText(raw, format === 'markdown' ? 'markdown' : 'plaintext');
  const paragraphSpans = paragraphs(text);
  const sentenceSpans = sentences(text, paragraphSpans);
  const timexes = tagTemporalExpressions(text, { reference: published?.value ?? null, sentences: sentenceSpans });
  const anchors = claimAnchors(text, sentenceSpans, timexes, published);
  // Speakers and stated sources of sentences are only needed where a claim is.
  const quoteAnalysis = analyzeQuotes(text, paragraphSpans, sentenceSpans, { attributeSentences: (index) => anchors[index].length > 0 });
  const claims = buildClaims({
    anchors,
    text,
    sentences: sentenceSpans,
    timexes,
    quotes: quoteAnalysis,
    published,
    today,
  });
  const findings = buildFindings({ text, source: page ? text : raw, published, today, timexes, claims, quotes: quoteAnalysis.quotes, locale: options.locale, messages: options.messages,
    // A page's findings are placed on its source lines below, after their offsets are mapped back.
    positions: page ? false : options.positions });
  const analysis: Analysis = { published, today, timexes, quotes: quoteAnalysis.quotes, claims, findings };
  if (!page) return analysis;
  return { ...analysisToSource(analysis, page.toSource, raw), article: { ...page.article, published: published?.value } };
}

// A short text written for this (no corpus text), with what most per-document objects are made for:
// paragraphs, quotes with speakers named before and after them, a pronoun, dates and claims.
const SAMPLE = [
  'WASHINGTON (AP) — Senator Maria Lopez said on Tuesday that the bill "will cut costs by 2027."',
  '"We expect a vote next week," Lopez told reporters. She added that the committee met on March 3, 2026.',
  'According to a statement from the Treasury, the plan would take effect in January.',
].join('\n\n');

function analyzeSample(): Analysis {
  return analyze(SAMPLE, { today: '2026-12-08', published: '2026-12-01' });
}

/**
 * Picks the analysis format from a file name (by its extension) or a VS Code language id. The CLI,
 * the editor and Analyze Workspace all decide through this one function.
 */
export function formatFor(nameOrLanguage: string): DocumentFormat {
  const lower = nameOrLanguage.toLowerCase();
  const dot = lower.lastIndexOf('.');
  if (dot >= 0 || lower.includes('/')) {
    const extension = dot >= 0 ? lower.slice(dot + 1) : '';
    if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
    if (extension === 'md' || extension === 'markdown' || extension === 'mdx') return 'markdown';
    return 'plaintext';
  }
  // Language ids: "html" and variants such as "jinja-html"; "markdown" and variants, "mdx".
  if (lower.endsWith('html')) return 'html';
  if (lower.includes('markdown') || lower === 'mdx') return 'markdown';
  return 'plaintext';
}
