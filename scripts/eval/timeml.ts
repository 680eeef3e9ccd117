// TimeML (TIMEX3) accuracy of the temporal tagger, side by side with chrono-node, scored with the
// TempEval-3 definitions. Corpora are read at run time from a directory (default ../shared/corpora);
// nothing from them is stored in the project.
//   npx tsx scripts/eval/timeml.ts [corpusRoot] [--errors N]
// Each corpus is split into a development half and a held-back half by document (halfOf): rules are
// tuned by reading the errors of the development half only, and both halves are reported.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { tagTemporalExpressions, tenseAt } from '../../src/core/temporal';
import { sentences } from '../../src/core/text';
import { classifyMissed, classifyPair, countError, type ErrorCounts, type TimexErrorClass } from './timexErrors';

export type Half = 'dev' | 'held-back';

export interface TimemlResult {
  system: 'claimline' | 'chrono-node';
  corpus: 'tbaq' | 'meantime' | 'wikiwars';
  half: Half | 'all';
  docs: number;
  gold: number;
  predicted: number;
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAccuracy: number;
  valueF1: number;
  typeF1: number;
  mbPerSecond?: number;
}

export interface TimexAnnotation {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimemlDocument {
  path: string;
  /** Document creation time (YYYY-MM-DD). */
  dct: string | null;
  /** TEXT content with all tags removed; entities left as written. */
  text: string;
  gold: TimexAnnotation[];
  /** Development or held-back half (see halfOf). */
  half: Half;
}

const CORPORA = ['tbaq', 'meantime', 'wikiwars'] as const;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes);
  return match ? match[1] : null;
}

/** Parses a .tml file: DCT value, plain text of TEXT and the gold TIMEX3 offsets in it. */
export function parseTml(source: string, path = ''): TimemlDocument {
  const dctMatch = /<DCT>\s*<TIMEX3([^>]*)>/.exec(source);
  const dctValue = dctMatch ? attribute(dctMatch[1], 'value') : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const open = source.indexOf('<TEXT>');
  const close = source.lastIndexOf('</TEXT>');
  const body = open >= 0 ? source.slice(open + 6, close >= 0 ? close : undefined) : '';
  const gold: TimexAnnotation[] = [];
  const tag = /<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>/g;
  let text = '';
  let last = 0;
  const stack: { start: number; type: string; value: string }[] = [];
  let match: RegExpExecArray | null;
  while ((match = tag.exec(body)) !== null) {
    text += body.slice(last, match.index);
    last = match.index + match[0].length;
    const [, closing, name, attributes, selfClosing] = match;
    if (name !== 'TIMEX3' || selfClosing) continue;
    if (!closing) {
      stack.push({ start: text.length, type: attribute(attributes, 'type') ?? '', value: attribute(attributes, 'value') ?? '' });
    } else {
      const opened = stack.pop();
      if (opened && text.length > opened.start) gold.push({ start: opened.start, end: text.length, type: opened.type, value: opened.value });
    }
  }
  text += body.slice(last);
  gold.sort((a, b) => a.start - b.start);
  return { path, dct, text, gold, half: 'dev' };
}

/** FNV-1a of a string: a hash that is the same on every machine and run. */
function fnv1a(s: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The half of each document, by file name: the documents of a corpus sorted by the hash of their
 * name go alternately to the development and the held-back half. The order is fixed by the names
 * alone, and unlike the hash's parity it keeps the halves equal in size (WikiWars has 22 documents;
 * parity gave 15 and 7).
 */
export function assignHalves(docs: TimemlDocument[]): void {
  const byHash = docs.map((doc) => ({ doc, hash: fnv1a(doc.path.split(/[\\/]/).pop() ?? doc.path) }));
  byHash.sort((a, b) => a.hash - b.hash || (a.doc.path < b.doc.path ? -1 : 1));
  byHash.forEach((entry, i) => (entry.doc.half = i % 2 === 0 ? 'dev' : 'held-back'));
}

export function loadCorpus(dir: string): TimemlDocument[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.tml')) files.push(full);
    }
  };
  walk(dir);
  const docs = files.map((f) => parseTml(readFileSync(f, 'utf8'), f));
  assignHalves(docs);
  return docs;
}

// --- systems ------------------------------------------------------------------------------------

/**
 * WikiWars is history told as a narrative: its relative dates anchor to the story time (its README
 * and HeidelTime's narrative mode); the news corpora anchor to the publication date.
 */
function modeOf(doc: TimemlDocument): 'news' | 'narrative' {
  return /[\\/]wikiwars[\\/]/.test(doc.path) ? 'narrative' : 'news';
}

export function claimlineTimexes(doc: TimemlDocument): TimexAnnotation[] {
  return tagTemporalExpressions(doc.text, { reference: doc.dct, sentences: sentences(doc.text), mode: modeOf(doc) }).map((t) => ({
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.value,
  }));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Maps chrono-node results onto TIMEX3 values at the granularity chrono knows for certain. */
export function chronoTimexes(doc: TimemlDocument): TimexAnnotation[] {
  const out: TimexAnnotation[] = [];
  const reference = doc.dct ? new Date(`${doc.dct}T12:00:00`) : new Date();
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let match: RegExpExecArray | null;
  while ((match = paragraph.exec(doc.text)) !== null) {
    const offset = match.index;
    for (const result of chrono.parse(match[0], reference)) {
      const c = result.start;
      const year = c.get('year') ?? reference.getFullYear();
      const month = c.get('month') ?? 1;
      const day = c.get('day') ?? 1;
      let value: string;
      let type = 'DATE';
      if (c.isCertain('hour')) {
        value = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
        type = 'TIME';
      } else if (c.isCertain('day') || c.isCertain('weekday')) value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      else if (c.isCertain('month')) value = `${pad(year, 4)}-${pad(month)}`;
      else if (c.isCertain('year')) value = pad(year, 4);
      else value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      out.push({ start: offset + result.index, end: offset + result.index + result.text.length, type, value });
    }
  }
  return out;
}

// --- scoring ------------------------------------------------------------------------------------

interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

interface Pair {
  gold: TimexAnnotation;
  predicted: TimexAnnotation;
}

/** One-to-one relaxed matching (any overlap), scanning both sorted lists. */
export function matchRelaxed(gold: TimexAnnotation[], predicted: TimexAnnotation[]): Pair[] {
  const pairs: Pair[] = [];
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    for (let i = 0; i < predicted.length; i++) {
      if (used.has(i)) continue;
      const p = predicted[i];
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, predicted: predicted[best] });
    }
  }
  return pairs;
}

function score(gold: TimexAnnotation[], predicted: TimexAnnotation[], counts: Counts): Pair[] {
  const pairs = matchRelaxed(gold, predicted);
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.relaxed += pairs.length;
  for (const pair of pairs) {
    if (pair.gold.start === pair.predicted.start && pair.gold.end === pair.predicted.end) counts.strict++;
    if (pair.gold.value === pair.predicted.value) counts.value++;
    if (pair.gold.type === pair.predicted.type) counts.type++;
  }
  return pairs;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (n: number) => Math.round(n * 10000) / 100;

function summarize(system: TimemlResult['system'], corpus: TimemlResult['corpus'], half: TimemlResult['half'], docs: number, c: Counts, mbPerSecond?: number): TimemlResult {
  const strictP = c.predicted ? c.strict / c.predicted : 0;
  const strictR = c.gold ? c.strict / c.gold : 0;
  const relaxedP = c.predicted ? c.relaxed / c.predicted : 0;
  const relaxedR = c.gold ? c.relaxed / c.gold : 0;
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAccuracy = c.relaxed ? c.value / c.relaxed : 0;
  const typeAccuracy = c.relaxed ? c.type / c.relaxed : 0;
  return {
    system,
    corpus,
    half,
    docs,
    gold: c.gold,
    predicted: c.predicted,
    strictP: pct(strictP),
    strictR: pct(strictR),
    strictF1: pct(f1(strictP, strictR)),
    relaxedP: pct(relaxedP),
    relaxedR: pct(relaxedR),
    relaxedF1: pct(relaxedF1),
    valueAccuracy: pct(valueAccuracy),
    valueF1: pct(relaxedF1 * valueAccuracy),
    typeF1: pct(relaxedF1 * typeAccuracy),
    ...(mbPerSecond !== undefined ? { mbPerSecond: Math.round(mbPerSecond * 100) / 100 } : {}),
  };
}

export interface ErrorSample {
  kind: 'missed' | 'spurious' | 'span' | 'value';
  cls: TimexErrorClass;
  half: Half;
  doc: string;
  text: string;
  gold?: string;
  predicted?: string;
}

/** Scores both systems on every corpus folder present under `corpusRoot/timeml`. */
export async function evaluateTimeml(corpusRoot: string, errors?: ErrorSample[]): Promise<TimemlResult[]> {
  const results: TimemlResult[] = [];
  const timemlRoot = existsSync(join(corpusRoot, 'timeml')) ? join(corpusRoot, 'timeml') : corpusRoot;
  for (const corpus of CORPORA) {
    const dir = join(timemlRoot, corpus);
    if (!existsSync(dir)) continue;
    const docs = loadCorpus(dir);
    const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
    const systems: [TimemlResult['system'], (d: TimemlDocument) => TimexAnnotation[]][] = [
      ['claimline', claimlineTimexes],
      ['chrono-node', chronoTimexes],
    ];
    for (const [system, run] of systems) {
      // Warm the JIT on a few documents first so small corpora measure steady-state speed.
      for (const doc of docs.slice(0, 20)) run(doc);
      const empty = (): Counts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 });
      const counts: Record<Half | 'all', Counts> = { dev: empty(), 'held-back': empty(), all: empty() };
      let elapsed = 0;
      for (const doc of docs) {
        const before = process.cpuUsage();
        const predicted = run(doc);
        const used = process.cpuUsage(before);
        elapsed += (used.user + used.system) / 1000;
        score(doc.gold, predicted, counts[doc.half]);
        const pairs = score(doc.gold, predicted, counts.all);
        if (errors && system === 'claimline') collectErrors(doc, predicted, pairs, errors, corpus);
      }
      const speed = bytes / 1e6 / (elapsed / 1000);
      // The halves are this project's own measure; chrono-node is shown on the whole corpus only.
      const halves: (Half | 'all')[] = system === 'claimline' ? ['dev', 'held-back', 'all'] : ['all'];
      for (const half of halves) {
        const n = half === 'all' ? docs.length : docs.filter((d) => d.half === half).length;
        results.push(summarize(system, corpus, half, n, counts[half], half === 'all' ? speed : undefined));
      }
    }
  }
  return results;
}

function collectErrors(doc: TimemlDocument, predicted: TimexAnnotation[], pairs: Pair[], out: ErrorSample[], corpus: string) {
  const name = `${corpus}/${doc.path.split(/[\\/]/).pop()}`;
  const show = (a: TimexAnnotation) => `${doc.text.slice(a.start, a.end)} [${a.type} ${a.value}]`;
  const context = (a: TimexAnnotation) => doc.text.slice(Math.max(0, a.start - 60), a.end + 40).replace(/\s+/g, ' ');
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedPredicted = new Set(pairs.map((p) => p.predicted));
  const half = doc.half;
  for (const g of doc.gold) if (!matchedGold.has(g)) out.push({ kind: 'missed', cls: classifyMissed(doc.text, g), half, doc: name, text: context(g), gold: show(g) });
  for (const p of predicted) if (!matchedPredicted.has(p)) out.push({ kind: 'spurious', cls: 'spurious', half, doc: name, text: context(p), predicted: show(p) });
  for (const pair of pairs) {
    const base = { half, doc: name, text: context(pair.gold), gold: show(pair.gold), predicted: show(pair.predicted) };
    const sameSpan = pair.gold.start === pair.predicted.start && pair.gold.end === pair.predicted.end;
    if (sameSpan && pair.gold.value === pair.predicted.value) continue;
    out.push({ kind: sameSpan ? 'value' : 'span', cls: classifyPair(doc.text, pair.gold, pair.predicted), ...base });
  }
}

/** Errors counted by class, per corpus and half: "tbaq dev" → counts. */
export function errorClassCounts(errors: ErrorSample[]): Map<string, ErrorCounts> {
  const table = new Map<string, ErrorCounts>();
  for (const e of errors) {
    const key = `${e.doc.split('/')[0]} ${e.half}`;
    let counts = table.get(key);
    if (!counts) table.set(key, (counts = new Map()));
    countError(counts, e.cls);
  }
  return table;
}

export function formatTable(results: TimemlResult[]): string {
  const header = ['system', 'corpus', 'half', 'docs', 'gold', 'pred', 'strictP', 'strictR', 'strictF1', 'relaxP', 'relaxR', 'relaxF1', 'valAcc', 'valueF1', 'typeF1', 'MB/s'];
  const rows = results.map((r) => [r.system, r.corpus, r.half, r.docs, r.gold, r.predicted, r.strictP, r.strictR, r.strictF1, r.relaxedP, r.relaxedR, r.relaxedF1, r.valueAccuracy, r.valueF1, r.typeF1, r.mbPerSecond ?? ''].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * Throughput on ~`megabytes` MB of news text built from the corpus plain texts: sentence splitting
 * plus tagging for Claimline, paragraph-by-paragraph parsing for chrono-node (on a 1 MB slice; it is
 * much slower). Each system runs three times; the best run counts.
 */
export function measureThroughput(corpusRoot: string, megabytes = 5): { claimline: number; chrono: number; bytes: number } | null {
  const timemlRoot = existsSync(join(corpusRoot, 'timeml')) ? join(corpusRoot, 'timeml') : corpusRoot;
  if (!existsSync(join(timemlRoot, 'tbaq'))) return null;
  const docs = loadCorpus(join(timemlRoot, 'tbaq'));
  let text = '';
  while (text.length < megabytes * 1e6 && docs.length > 0) for (const d of docs) text += d.text + '\n\n';
  const slice = text.slice(0, Math.min(text.length, 1e6));
  // CPU time of this process (not wall clock), best of three: other jobs on a shared machine would
  // otherwise decide the figure.
  const best = (run: () => void, size: number) => {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      // Clause tenses are cached per text; start cold each run, as for a newly opened document.
      tenseAt('', { start: 0, end: 0 }, 0);
      const before = process.cpuUsage();
      run();
      const used = process.cpuUsage(before);
      fastest = Math.min(fastest, (used.user + used.system) / 1000);
    }
    return size / 1e6 / (fastest / 1000);
  };
  const claimline = best(() => tagTemporalExpressions(text, { reference: '1998-02-27', sentences: sentences(text) }), text.length);
  const chronoSpeed = best(() => chronoTimexes({ path: '', dct: '1998-02-27', text: slice, gold: [], half: 'dev' }), slice.length);
  return { claimline, chrono: chronoSpeed, bytes: text.length };
}

async function main() {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const errorLimit = errorsAt >= 0 ? Number(args[errorsAt + 1]) : 0;
  const positional = args.filter((a, i) => !a.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1));
  const root = resolve(positional[0] ?? resolve(process.cwd(), '../shared/corpora'));
  if (!existsSync(root)) {
    console.error(`corpus directory not found: ${root}`);
    process.exit(2);
  }
  const errors: ErrorSample[] = [];
  const results = await evaluateTimeml(root, errorLimit > 0 ? errors : undefined);
  console.log(formatTable(results));
  if (args.includes('--bench')) {
    const speed = measureThroughput(root);
    if (!speed) console.log('\nno TBAQ folder for the throughput check');
    else console.log(`\nthroughput on ${(speed.bytes / 1e6).toFixed(1)} MB of TBAQ text: claimline ${speed.claimline.toFixed(1)} MB/s (sentences + tagging), chrono-node ${speed.chrono.toFixed(2)} MB/s (per paragraph), ratio ${(speed.claimline / speed.chrono).toFixed(1)}×`);
  }
  if (errorLimit > 0) {
    const kinds = (process.env.ERROR_KINDS ?? 'missed,spurious,span,value').split(',');
    const corpusFilter = process.env.ERROR_CORPUS ?? 'tbaq,meantime';
    // Only the development half is read when tuning; the held-back half is counted, never shown.
    const shown = errors.filter((e) => e.half === 'dev' && kinds.includes(e.kind) && corpusFilter.split(',').some((c) => e.doc.startsWith(c)));
    // Deterministic sample spread over the list.
    const step = Math.max(1, Math.floor(shown.length / errorLimit));
    console.log(`\n${shown.length} errors (${kinds.join(', ')}); every ${step}th:`);
    for (let i = 0; i < shown.length; i += step) {
      const e = shown[i];
      console.log(`${e.kind.padEnd(8)} ${e.cls} ${e.doc}: gold=${e.gold ?? '-'} pred=${e.predicted ?? '-'} | ${e.text}`);
    }
  }
}

if (require.main === module && !process.env.NO_EVAL_MAIN) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
