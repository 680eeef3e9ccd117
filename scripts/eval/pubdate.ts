// Publication day on htmldate's evaluation pages (../shared/corpora/web/pubdate), scored as
// htmldate's comparison does: per page, no answer = FN, the right day = TP, a wrong day = FP.
// The pages are split into two halves by a hash of the URL's host (one site's pages stay
// together): rules were developed on the first half only, the second is held back.

import { decodePage, UnsupportedEncodingError } from '../../src/core/web/charset';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { detectPublicationDate } from '../../src/core/publication';
import { pageDate } from '../../src/core/web/pageDate';

export interface PubdatePage {
  url: string;
  file: string;
  gold: string;
  half: 'dev' | 'held-back';
  html: string;
}

export interface PubdateRow {
  half: string;
  system: string;
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
}

export interface PubdateError {
  half: string;
  file: string;
  url: string;
  gold: string;
  predicted: string | null;
  description: string;
}

/** FNV-1a of the host without "www.": a stable split that keeps a site's pages in one half. */
export function halfOf(url: string): 'dev' | 'held-back' {
  let host = url;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    // not a URL: hash the string as given
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < host.length; i++) {
    hash ^= host.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'dev' : 'held-back';
}

/**
 * The page's text by its declared charset, as the importer reads it (src/core/web/charset.ts); a
 * label no decoder knows is read as UTF-8 here, so such a page is still scored rather than dropped.
 */
export function decodeCorpusPage(bytes: Uint8Array): string {
  try {
    return decodePage(bytes).text;
  } catch (error) {
    if (!(error instanceof UnsupportedEncodingError)) throw error;
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function loadPubdatePages(root: string): PubdatePage[] {
  const dir = join(root, 'web', 'pubdate');
  const index = JSON.parse(readFileSync(join(dir, 'eval_default.json'), 'utf8')) as Record<string, { file: string; date: string }>;
  return Object.entries(index).map(([url, entry]) => ({
    url,
    file: entry.file,
    gold: entry.date,
    half: halfOf(url),
    html: decodeCorpusPage(gunzipSync(readFileSync(join(dir, 'html', `${entry.file}.gz`)))),
  }));
}

type System = { name: string; run: (page: PubdatePage) => { value: string; description: string } | null };

const SYSTEMS: System[] = [
  { name: 'Claimline pageDate, with the URL', run: (page) => pageDate(page.html, { url: page.url }) },
  { name: 'Claimline pageDate, page only', run: (page) => pageDate(page.html) },
  { name: 'before: first 20 KB, regexes', run: (page) => detectPublicationDate(page.html, { today: '2026-11-28' }) },
];

function score(half: string, system: string, outcomes: Array<'tp' | 'fp' | 'fn'>): PubdateRow {
  const tp = outcomes.filter((o) => o === 'tp').length;
  const fp = outcomes.filter((o) => o === 'fp').length;
  const fn = outcomes.filter((o) => o === 'fn').length;
  return {
    half, system, pages: outcomes.length, tp, fp, fn,
    precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), accuracy: tp / Math.max(1, outcomes.length),
    f: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
  };
}

export function evaluatePubdate(root: string, errors?: PubdateError[]): PubdateRow[] {
  const pages = loadPubdatePages(root);
  const rows: PubdateRow[] = [];
  for (const system of SYSTEMS) {
    const byHalf: Record<string, Array<'tp' | 'fp' | 'fn'>> = { dev: [], 'held-back': [], all: [] };
    for (const page of pages) {
      const result = system.run(page);
      const day = result?.value.slice(0, 10) ?? null;
      const outcome = day === null ? 'fn' : day === page.gold ? 'tp' : 'fp';
      byHalf[page.half].push(outcome);
      byHalf.all.push(outcome);
      if (errors && system === SYSTEMS[0] && outcome !== 'tp') {
        errors.push({ half: page.half, file: page.file, url: page.url, gold: page.gold, predicted: day, description: result?.description ?? '' });
      }
    }
    for (const half of ['dev', 'held-back', 'all']) rows.push(score(half, system.name, byHalf[half]));
  }
  return rows;
}
