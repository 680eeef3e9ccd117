// How faithfully the importer's Markdown keeps an article's structure: on every page of
// ../shared/corpora/web/extraction, the article Claimline extracts (contentHtml) is converted as
// `claimline import` converts it, and its headings, block quotes, list items and http(s) links are
// counted on both sides, with the share of the article's words (its text as analyzed) the Markdown
// keeps, and whether the analysis reads the page's publication day back from the written front matter.
//
//   npx tsx scripts/eval/importMarkdown.ts [corpus folder]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { detectPublicationDate } from '../../src/core/publication';
import { readArticle } from '../../src/core/web/article';
import { decodePage } from '../../src/core/web/charset';
import { composeArticle } from '../../src/core/web/importedArticle';
import { htmlToMarkdown, httpLink } from '../../src/core/web/markdown';
import { pageDate } from '../../src/core/web/pageDate';
import { defaultCorpusRoot } from '../corpus';

interface Counts {
  headings: number;
  quotes: number;
  items: number;
  links: number;
}

const KINDS: (keyof Counts)[] = ['headings', 'quotes', 'items', 'links'];

function htmlCounts(html: string, base: string | undefined): Counts {
  const document = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  const withText = (selector: string) => Array.from(document.querySelectorAll(selector)).filter((e) => (e.textContent ?? '').trim() !== '');
  const counts: Counts = {
    headings: withText('h1, h2, h3, h4, h5, h6').length,
    // A block quote inside another is one quote in Markdown (its lines carry "> >").
    quotes: withText('blockquote').filter((e) => !e.parentElement?.closest('blockquote')).length,
    items: withText('li').length,
    links: withText('a').filter((a) => httpLink(a.getAttribute('href'), base) !== null).length,
  };
  return counts;
}

function markdownCounts(markdown: string): { counts: Counts; words: string[] } {
  const lines = markdown.split('\n');
  let quotes = 0;
  let inQuote = false;
  for (const line of lines) {
    const quoted = /^>/.test(line);
    if (quoted && !inQuote) quotes++;
    // A blank line ends the quote only when the next line is not quoted too (handled by the loop: a ">" line after a blank restarts it).
    inQuote = quoted;
  }
  const counts: Counts = {
    headings: lines.filter((l) => /^(?:> ?)*(?:\s*(?:[-*+]|\d+\.)\s+)?#{1,6} \S/.test(l)).length,
    quotes,
    items: lines.filter((l) => /^(?:> ?)*\s*(?:[-*+]|\d+\.)\s+\S/.test(l)).length,
    links: (markdown.match(/\]\(https?:\/\/[^)\s]+\)/g) ?? []).length,
  };
  // Markdown's own syntax out, escapes undone, link targets dropped: the words a reader sees.
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/\\([\\`*_[\]{}()#+\-.!>|])/g, '$1');
  return { counts, words: words(text) };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `truth` words (with repeats) found in `found`. */
function wordRecall(truth: string[], found: string[]): number {
  if (truth.length === 0) return 1;
  const left = new Map<string, number>();
  for (const w of found) left.set(w, (left.get(w) ?? 0) + 1);
  let kept = 0;
  for (const w of truth) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      kept++;
      left.set(w, n - 1);
    }
  }
  return kept / truth.length;
}

function main(): void {
  const corpora = defaultCorpusRoot();
  const root = process.argv[2] ?? (corpora ? join(corpora, 'web', 'extraction') : null);
  if (!root) throw new Error('no corpus: give the extraction folder (…/corpora/web/extraction) as argument');
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const files = readdirSync(join(root, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const totals = { html: { headings: 0, quotes: 0, items: 0, links: 0 }, markdown: { headings: 0, quotes: 0, items: 0, links: 0 } };
  const recalls: number[] = [];
  const times: number[] = [];
  let pages = 0;
  let noArticle = 0;
  let dated = 0;
  let readBack = 0;
  for (const file of files) {
    const id = file.replace(/\.html\.gz$/, '');
    const { text: html } = decodePage(gunzipSync(readFileSync(join(root, 'html', file))), null);
    const url = truth[id]?.url;
    const article = readArticle(html, { url });
    if (article.fallback) {
      noArticle++;
      continue;
    }
    pages++;
    const started = performance.now();
    const markdown = htmlToMarkdown(article.contentHtml, url);
    times.push(performance.now() - started);
    const before = htmlCounts(article.contentHtml, url);
    const after = markdownCounts(markdown);
    for (const kind of KINDS) {
      totals.html[kind] += before[kind];
      totals.markdown[kind] += after.counts[kind];
    }
    // The words of the article as the analysis reads it (block boundaries kept, unlike a DOM's textContent).
    recalls.push(wordRecall(words(article.text), after.words));
    // The day the page states must come back from the front matter the import writes.
    const date = pageDate(html, { url });
    if (date) {
      dated++;
      const { markdown: file } = composeArticle({ article, date, pageUrl: url ?? null, sha256: '0'.repeat(64), retrieved: '2026-01-01T00:00:00Z' });
      const back = detectPublicationDate(file, { today: '2026-01-01' });
      if (back?.source === 'front-matter' && back.value === date.value) readBack++;
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  console.log(`Import Markdown fidelity on ${root}: ${pages} pages with an article (${noArticle} without)`);
  console.log('| element | in the article HTML | in the Markdown | kept |');
  console.log('|---|---:|---:|---:|');
  for (const kind of KINDS) console.log(`| ${kind} | ${totals.html[kind]} | ${totals.markdown[kind]} | ${(totals.markdown[kind] / Math.max(1, totals.html[kind])).toFixed(3)} |`);
  const mean = recalls.reduce((sum, r) => sum + r, 0) / Math.max(1, recalls.length);
  console.log(`words kept: mean ${mean.toFixed(4)}, median ${median(recalls).toFixed(4)}, lowest ${Math.min(...recalls).toFixed(4)}`);
  console.log(`publication day read back from the written front matter: ${readBack} of ${dated} dated pages`);
  console.log(`conversion time (htmlToMarkdown): median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms`);
}

main();
