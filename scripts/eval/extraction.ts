// Article text on the Article Extraction Benchmark pages (shared/corpora/web/extraction), scored as
// the benchmark does (shared/corpora/README.md): lower-cased \w+ tokens, 4-token shingles with
// repeats; per page TP, FP, FN divided by their sum; precision and recall are the means over pages of
// TP/(TP+FP) and TP/(TP+FN) (1 when a page has nothing on either side), F1 from those two means.
// Systems side by side: Claimline's article text (lightArticle.ts: what the analysis reads and
// what `claimline import` converts), plain Readability.js on linkedom's own parse, and the page's
// whole visible text. Pages are split into two halves by a hash of their id: any rule
// beyond plain Readability is tuned on "dev" and the other half is reported as "held-out".
// Also: the share of Claimline's findings that fall outside the gold article, analyzing the whole
// visible text (before) and the article only (after).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { analyze } from '../../src/core/analyze';
import { readHtmlPage } from '../../src/core/web/htmlPage';
import { extractLightArticle } from '../../src/core/web/lightArticle';
import { decodeCorpusPage } from './pubdate';

export interface ExtractionPage {
  id: string;
  url: string;
  html: string;
  gold: string;
  half: 'dev' | 'held-out';
}

export interface ExtractionRow {
  system: string;
  half: string;
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FurnitureRow {
  reading: string;
  half: string;
  findings: number;
  outside: number;
  share: number;
}

export function loadExtractionPages(root: string): ExtractionPage[] {
  const dir = join(root, 'web', 'extraction');
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) return [];
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url ?? '',
      gold: truth[id].articleBody ?? '',
      html: decodeCorpusPage(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
      half: createHash('sha256').update(id).digest()[0] < 128 ? ('dev' as const) : ('held-out' as const),
    }));
}

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** 4-token shingles with their counts (a text shorter than 4 tokens is one shingle, as in the benchmark). */
function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - 3); i++) {
    const shingle = words.slice(i, i + 4).join(' ');
    if (shingle) out.set(shingle, (out.get(shingle) ?? 0) + 1);
  }
  return out;
}

/** Per-page TP, FP, FN, normalized by their sum. */
function pageScore(gold: string, predicted: string): { tp: number; fp: number; fn: number } {
  const truth = shingles(gold);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...guess.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = guess.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function score(system: string, half: string, golds: string[], predictions: string[]): ExtractionRow {
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < golds.length; i++) {
    const { tp, fp, fn } = pageScore(golds[i], predictions[i]);
    precision += fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
    recall += fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  }
  precision /= Math.max(1, golds.length);
  recall /= Math.max(1, golds.length);
  return { system, half, pages: golds.length, precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function plainReadability(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  try {
    return new Readability(document as never).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

const SYSTEMS: Array<{ name: string; extract: (page: ExtractionPage) => string }> = [
  { name: 'Claimline article (analysis, import)', extract: (page) => extractLightArticle(page.html, { url: page.url }).article.text },
  { name: 'Readability.js (linkedom)', extract: (page) => plainReadability(page.html) },
  { name: 'whole visible text', extract: (page) => readHtmlPage(page.html, { wholePage: true }).text },
];

export function evaluateExtraction(pages: ExtractionPage[]): ExtractionRow[] {
  const rows: ExtractionRow[] = [];
  for (const system of SYSTEMS) {
    const predictions = pages.map((page) => system.extract(page));
    for (const half of ['dev', 'held-out', 'all'] as const) {
      const chosen = pages.map((page, i) => ({ page, i })).filter(({ page }) => half === 'all' || page.half === half);
      rows.push(score(system.name, half, chosen.map(({ page }) => page.gold), chosen.map(({ i }) => predictions[i])));
    }
  }
  return rows;
}

/**
 * Whether a finding's text belongs to the gold article: most of its 4-token shingles are gold
 * shingles (a text of fewer than 4 tokens must appear in the gold text as a token run).
 */
function inGold(text: string, gold: { shingles: Set<string>; joined: string }): boolean {
  const words = tokens(text);
  if (words.length === 0) return true;
  if (words.length < 4) return gold.joined.includes(` ${words.join(' ')} `);
  let hits = 0;
  for (let i = 0; i + 4 <= words.length; i++) if (gold.shingles.has(words.slice(i, i + 4).join(' '))) hits++;
  return hits * 2 >= words.length - 3;
}

/** Findings (all but the document-level missing-date one) outside the gold article, page text vs article. */
export function evaluateFurniture(pages: ExtractionPage[]): FurnitureRow[] {
  const counts = new Map<string, { findings: number; outside: number }>();
  const add = (reading: string, half: string, findings: number, outside: number) => {
    for (const key of [`${reading}\t${half}`, `${reading}\tall`]) {
      const entry = counts.get(key) ?? { findings: 0, outside: 0 };
      entry.findings += findings;
      entry.outside += outside;
      counts.set(key, entry);
    }
  };
  for (const page of pages) {
    const goldWords = tokens(page.gold);
    const gold = { shingles: new Set(goldWords.map((_, i) => goldWords.slice(i, i + 4).join(' '))), joined: ` ${goldWords.join(' ')} ` };
    // The date the page gives (as analyze() on the HTML finds it), so both readings resolve alike.
    const published = analyze(page.html, { format: 'html', today: '2026-12-01' }).published?.value.slice(0, 10);
    for (const [reading, wholePage] of [['whole visible text (before)', true], ['article only (after)', false]] as const) {
      const text = readHtmlPage(page.html, { wholePage }).text;
      const analysis = analyze(text, { format: 'plaintext', published, today: '2026-12-01' });
      const findings = analysis.findings.filter((finding) => finding.rule !== 'no-publication-date');
      const outside = findings.filter((finding) => !inGold(text.slice(finding.start, finding.end), gold)).length;
      add(reading, page.half, findings.length, outside);
    }
  }
  const rows: FurnitureRow[] = [];
  for (const [key, { findings, outside }] of counts) {
    const [reading, half] = key.split('\t');
    rows.push({ reading, half, findings, outside, share: findings > 0 ? outside / findings : 0 });
  }
  return rows;
}
