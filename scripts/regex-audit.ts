// Super-linear regular expression audit of the analyzer (issue: robustness under hostile input).
//
//   npx tsx scripts/regex-audit.ts            inventory + probe of every regex, then the demonstrations
//   npx tsx scripts/regex-audit.ts --demos    only the naive-vs-shipped demonstrations
//   npx tsx scripts/regex-audit.ts --probe    only the inventory and probe
//   npx tsx scripts/regex-audit.ts --stages [MB]  per-stage timing of analyze() on the pathological
//                                             document shapes (a profile hint for slow documents)
//
// 1. Inventory: every regex literal in src/core/** (read with the TypeScript parser) plus every regex
//    the analyzer actually executes on a set of varied documents (RegExp.prototype.exec is wrapped
//    while they are analyzed), which also catches patterns built at run time with new RegExp(...).
// 2. Probe: each regex scans strings made of a repeated "pump" (characters and words from the
//    pattern itself, blanks, punctuation, quote marks) at two sizes. Linear scanning grows 4× from
//    2,000 to 8,000 characters, quadratic 16×; a few repetitions that already take milliseconds
//    point at exponential backtracking. Suspects are listed with the pump that triggers them.
// 3. Demonstrations: for the patterns that were quadratic and are fixed, the naive form and the
//    shipped code on 10 KB, 100 KB and 1 MB (a naive run projected past a few seconds is skipped).
// Timings are CPU time of this process (the machine is shared); still, read ratios more than absolutes. Not a unit test on
// purpose (unit tests must not depend on timers).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as ts from 'typescript';
import { analyze } from '../src/core/analyze';
import { buildClaims } from '../src/core/claims';
import { buildFindings } from '../src/core/findings';
import { visibleText } from '../src/core/markup';
import { readHtmlPage } from '../src/core/web/htmlPage';
import { detectPublicationDate } from '../src/core/publication';
import { analyzeQuotes } from '../src/core/quotes';
import { namedSince } from '../src/core/quotes/resolve';
import { tagTemporalExpressions } from '../src/core/temporal';
import { paragraphs, SENTENCE_END, sentences } from '../src/core/text';
import type { DocumentFormat, Span } from '../src/core/types';
import { pathologicalDocuments } from './pathological';

const REPO_ROOT = join(__dirname, '..');
const CORE = join(REPO_ROOT, 'src', 'core');

/**
 * CPU milliseconds of this process, not wall-clock: the machine is shared (load average above 10 at
 * times), and CPU time is what grows with the work a pattern does.
 */
function elapsed(body: () => unknown): number {
  const start = process.cpuUsage();
  body();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function bestOf(runs: number, body: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, elapsed(body));
  return best;
}

const pad = (value: string | number, width: number) => String(value).padEnd(width);

// ---------------------------------------------------------------------------------------------
// 1. Inventory

interface AuditedRegex {
  source: string;
  flags: string;
  /** file:line of the literal, or the first src/core frame that executed it. */
  where: string;
  static: boolean;
  executed: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function staticRegexes(): AuditedRegex[] {
  const found: AuditedRegex[] = [];
  for (const file of filesUnder(CORE)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const lastSlash = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ source: literal.slice(1, lastSlash), flags: literal.slice(lastSlash + 1), where: `${relative(REPO_ROOT, file)}:${line}`, static: true, executed: false });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Documents that walk most code paths: plain, wire dateline, HTML, Markdown, quotes, dates of every shape. */
function sampleDocuments(): Array<{ text: string; format: DocumentFormat; published?: string }> {
  const article =
    'LA PAZ, Dec. 5 (Reuters) - Bolivia received its first beef shipment in September, President Luis Arce said on Friday.\n\n' +
    '"We will open the plant in 2023, and by the end of next year we expect to export [to Russia] ... more," Arce told Sputnik.\n\n' +
    'Three weeks ago, the minister said the deal, signed on 18 October 2019, would last 11 months. “It is a good start,” she added. ' +
    'According to the ministry, exports grew 12% in the first half of 2021 and in the 1990s; every Monday at 10:30 a.m. a train leaves. ' +
    "He said last Tuesday that 'the plan' was approved in mid-March, Q3 and summer 2020, and that the '90s were different.\n\n" +
    '« Nous verrons », a-t-il dit. „Wir sehen“, sagte er. Mr. Smith arrived at 7 p.m. on Dec. 31, 1999, the 19th century over.';
  const html =
    '<!doctype html><html><head><meta property="article:published_time" content="2020-12-05T07:08:00Z"><title>T</title>' +
    '<script type="application/ld+json">{"datePublished": "2020-12-05"}</script><style>p{}</style></head><body>' +
    '<time datetime="2020-12-05">5 Dec</time><p>On 5 May 2020 the <a href="https://example.com/?a=1&amp;b=2">council</a> said ' +
    '&ldquo;we will open in 2023&rdquo; &#8212; <b>Arce</b> said.</p><!-- note --><ul><li>In 2019</li></ul></body></html>';
  const markdown =
    '---\ntitle: "Plant"\ndate: 2020-12-05\n---\n\n# Plant to open in 2023\n\n<!-- claimline: published 2020-12-05 -->\n\n' +
    'The plant [opened](https://example.com/2019 "in 2019") in `2019` and ``code `2020` span``.\n\n```\nconst year = 2019;\n```\n\n' +
    '[ref]: https://example.com\n\n> "We will be back next year," Arce said. <https://example.com/a>\n';
  return [
    { text: article, format: 'plaintext' },
    { text: article, format: 'plaintext', published: '2020-12-05' },
    { text: html, format: 'html' },
    { text: markdown, format: 'markdown' },
    { text: 'Published December 5, 2020\n\nIt happened last year.', format: 'plaintext' },
    { text: '07:08 GMT05 December 2020\n\nNo date here. "Unattributed quote here," and more.', format: 'plaintext' },
  ];
}

function executedRegexes(): AuditedRegex[] {
  const seen = new Map<string, AuditedRegex>();
  const libraryPatterns = new Set<string>();
  const originalExec = RegExp.prototype.exec;
  // Every RegExp method and every String method taking a regex goes through `exec` once it is
  // replaced (the specification's RegExpExec looks the property up), so this sees them all.
  let recording = false; // the bookkeeping below uses regexes too: don't record those
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    if (recording) return originalExec.call(this, input);
    recording = true;
    const key = `${this.flags.replace(/[gy]/g, '')}/${this.source}`;
    if (!seen.has(key)) {
      const frames = (new Error().stack ?? '').split('\n').slice(1).filter((line) => !line.includes('<anonymous>') && !line.includes('regex-audit'));
      const location = (frame: string) => relative(REPO_ROOT, frame.replace(/^.*\(|^\s*at\s+/g, '').replace(/\)$/, '')).replace(/:\d+$/, '');
      // The regex belongs to whoever called exec: date-fns's own patterns are not ours to audit.
      const caller = frames[0] ?? '';
      const inCore = caller.includes('/src/core/');
      if (inCore) seen.set(key, { source: this.source, flags: this.flags, where: location(caller), static: false, executed: true });
      else libraryPatterns.add(`${location(caller).split('/').slice(0, 2).join('/')}`);
    }
    recording = false;
    return originalExec.call(this, input);
  };
  try {
    for (const doc of sampleDocuments()) analyze(doc.text, { format: doc.format, published: doc.published, today: '2026-11-28' });
  } finally {
    RegExp.prototype.exec = originalExec;
  }
  if (libraryPatterns.size > 0) console.log(`(regexes run inside libraries, not audited: ${[...libraryPatterns].join(', ')})`);
  return [...seen.values()];
}

function inventory(): AuditedRegex[] {
  const literals = staticRegexes();
  const executed = executedRegexes();
  const byKey = new Map<string, AuditedRegex>();
  const keyOf = (r: { source: string; flags: string }) => `${r.flags.replace(/[gy]/g, '')}/${r.source}`;
  for (const literal of literals) if (!byKey.has(keyOf(literal))) byKey.set(keyOf(literal), literal);
  for (const run of executed) {
    const known = byKey.get(keyOf(run));
    if (known) known.executed = true;
    else byKey.set(keyOf(run), run);
  }
  const all = [...byKey.values()];
  const perFile = new Map<string, { literals: number; dynamic: number }>();
  for (const r of all) {
    const file = r.where.replace(/:\d+.*$/, '');
    const entry = perFile.get(file) ?? { literals: 0, dynamic: 0 };
    if (r.static) entry.literals++;
    else entry.dynamic++;
    perFile.set(file, entry);
  }
  console.log(`\n## Inventory: ${literals.length} regex literals in src/core/** (${all.filter((r) => r.static).length} distinct), ` +
    `${executed.length} distinct regexes executed on the sample documents, ${all.filter((r) => !r.static).length} of them built at run time\n`);
  for (const [file, { literals: l, dynamic }] of [...perFile].sort()) console.log(`  ${pad(file, 40)} ${pad(l, 4)} literal${dynamic ? `, ${dynamic} built at run time` : ''}`);
  return all;
}

// ---------------------------------------------------------------------------------------------
// 2. Probe

const BASE_PUMPS = [
  ' ', '\t', '\n', '\r\n', '.', '. ', '..', 'a', 'A', 'a ', 'Aa ', '1', '1 ', '12', '2020 ', '"', "'", '“', '”', '«', '„', '’', '<', '<a ',
  '>', '(', ')', '[', ']', '[a', '-', '--', ':', ',', ', ', '`', '``', '&', '#', '/', '…', '!', '?', '*', '_', '~', '|', '\\', '=', '&#',
  ' a', 'a.', 'A.', 'a-', 'a\'', '\u00a0', '<!--', '<p>', '](', 'date: ', 'he ',
];

/** Words spelled out in the pattern (alternatives such as month names). */
function wordsOf(regex: AuditedRegex): string[] {
  const words = new Set<string>();
  for (const match of regex.source.matchAll(/[A-Za-z]{2,}/g)) {
    const word = match[0];
    if (/^(?:u[0-9a-f]{2,}|x[0-9a-f]{2})$/i.test(word)) continue; // escapes, not words
    words.add(word);
    if (words.size >= 12) break;
  }
  return [...words];
}

/**
 * Attack strings are prefix + pump × n + "\u0000": the pump is what the engine may backtrack over,
 * the prefix what a pattern needs before it ("date: x" before a run of blanks), the NUL at the end
 * makes the overall match fail so that every alternative is tried.
 */
function attacksFor(regex: AuditedRegex): Array<{ prefix: string; pump: string }> {
  const words = wordsOf(regex);
  const pumps = [...BASE_PUMPS, ...words.flatMap((w) => [w, `${w} `, `${w}.`, `${w[0].toUpperCase()}${w.slice(1)} `, `<${w} `])];
  const prefixes = ['', ...words.slice(0, 3).flatMap((w) => [`${w}: a`, `${w} a`])];
  return prefixes.flatMap((prefix) => (prefix === '' ? pumps : BASE_PUMPS).map((pump) => ({ prefix, pump })));
}

/** Scans the whole input the way the analyzer does: every match of a global regex, or one search. */
function scan(regex: RegExp, input: string): void {
  if (!regex.global && !regex.sticky) {
    regex.exec(input);
    return;
  }
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(input)) !== null) if (match[0].length === 0) regex.lastIndex++;
}

interface Suspect {
  regex: AuditedRegex;
  pump: string;
  kind: 'exponential' | 'super-linear';
  smallMs: number;
  largeMs: number;
}

function probe(regex: AuditedRegex): Suspect | null {
  let compiled: RegExp;
  try {
    // A non-global regex searched once per call behaves like one scan; probing it globally is stricter.
    compiled = new RegExp(regex.source, regex.flags.includes('g') || regex.flags.includes('y') ? regex.flags : regex.flags + 'g');
  } catch {
    return null; // a literal fragment the parser saw but the engine refuses (should not happen)
  }
  const time = (input: string, runs = 3) => bestOf(runs, () => scan(compiled, input));
  let worst: Suspect | null = null;
  for (const { prefix, pump } of attacksFor(regex)) {
    const label = prefix ? `${prefix} + ${pump} × n` : pump;
    // Exponential backtracking explodes within a few dozen repetitions: climb slowly and stop early.
    // A garbage-collection pause can make one run slow; a real explosion keeps growing.
    let previous = 0;
    for (let repetitions = 4; repetitions <= 28; repetitions += 4) {
      const ms = time(prefix + pump.repeat(repetitions) + '\u0000');
      if (ms > 20 && ms > 8 * previous) return { regex, pump: label, kind: 'exponential', smallMs: previous, largeMs: ms };
      previous = ms;
    }
    const make = (size: number) => prefix + pump.repeat(Math.ceil(size / pump.length)) + '\u0000';
    const smallMs = time(make(2000));
    if (smallMs > 200) return { regex, pump: label, kind: 'super-linear', smallMs, largeMs: NaN };
    const largeMs = time(make(8000));
    // Linear is 4×; quadratic 16×. Confirm on a third size so that noise is not reported.
    if (largeMs > 3 && largeMs / Math.max(smallMs, 0.05) > 9) {
      const hugeMs = time(make(32000), 2);
      if (hugeMs / largeMs > 9 && (!worst || hugeMs > worst.largeMs)) worst = { regex, pump: label, kind: 'super-linear', smallMs, largeMs: hugeMs };
    }
  }
  return worst;
}

function probeAll(all: AuditedRegex[]): void {
  console.log(`\n## Probe: ${all.length} regexes × ~${BASE_PUMPS.length}+ pumps (after words of the pattern too), 2,000 → 8,000 → 32,000 characters (linear ≈ 4× per step, quadratic ≈ 16×)\n`);
  const started = performance.now();
  const suspects = all.map(probe).filter((s): s is Suspect => s !== null);
  if (suspects.length === 0) console.log('  no super-linear regex found');
  for (const s of suspects) {
    const growth = Number.isNaN(s.largeMs)
      ? 'over 200 ms at 2,000 characters'
      : s.kind === 'exponential'
        ? `${s.smallMs.toFixed(1)} → ${s.largeMs.toFixed(1)} ms for 4 more repetitions`
        : `${s.smallMs.toFixed(1)} ms at 2,000 characters → ${s.largeMs.toFixed(1)} ms at 32,000 (linear would be 16×: ${(s.largeMs / Math.max(s.smallMs, 0.05)).toFixed(0)}×)`;
    console.log(`  SUSPECT ${s.kind}: ${s.regex.where}\n    /${s.regex.source.length > 160 ? s.regex.source.slice(0, 160) + '…' : s.regex.source}/${s.regex.flags}\n    pump ${JSON.stringify(s.pump)}: ${growth}`);
  }
  console.log(`\n  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  // Controls: patterns known to be bad must be caught, or "no suspect" above means nothing.
  const controls: Array<[string, RegExp]> = [
    ['naive sentence end (was in text.ts)', /[.!?…]+["'”’»)\]]*(?=\s)/g],
    ['naive front matter field (was in publication.ts)', /^(date|published)[ \t]*:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/im],
    ['word before trailing blanks at the end', /([A-Za-z]+)[ \t]+$/],
    ['textbook exponential', /^(a+)+$/],
  ];
  console.log('\n  controls (known-bad patterns the probe must flag):');
  for (const [name, regex] of controls) {
    const suspect = probe({ source: regex.source, flags: regex.flags, where: name, static: false, executed: false });
    console.log(`    ${suspect ? `flagged ${suspect.kind} (pump ${JSON.stringify(suspect.pump)})` : 'NOT FLAGGED: the probe is too weak'}: ${name}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Demonstrations: naive form vs shipped code

const SIZES = [10 * 1024, 100 * 1024, 1024 * 1024];
const NAIVE_BUDGET_MS = 3000;

function demo(title: string, why: string, build: (size: number) => string, naive: ((input: string) => unknown) | null, shipped: (input: string) => unknown): void {
  console.log(`\n### ${title}\n${why}\n`);
  console.log(`  ${pad('size', 10)} ${pad('naive CPU ms', 30)} shipped CPU ms`);
  let last: { size: number; ms: number } | null = null;
  for (const size of SIZES) {
    const input = build(size);
    let naiveCell = '—';
    if (naive) {
      // Quadratic: time grows with the square of the size. Skip runs projected past the budget.
      const projected = last ? last.ms * (size / last.size) ** 2 : 0;
      if (projected > NAIVE_BUDGET_MS) {
        naiveCell = `skipped (≈ ${(projected / 1000).toFixed(0)} s projected)`;
      } else {
        const ms = elapsed(() => naive(input));
        naiveCell = ms.toFixed(1);
        last = { size, ms };
      }
    }
    const shippedMs = bestOf(2, () => shipped(input));
    console.log(`  ${pad(`${Math.round(size / 1024)} KB`, 10)} ${pad(naiveCell, 30)} ${shippedMs.toFixed(1)}`);
  }
}

function globalScan(regex: RegExp): (input: string) => number {
  return (input) => {
    let count = 0;
    regex.lastIndex = 0;
    while (regex.exec(input) !== null) count++;
    return count;
  };
}

/** The sentence splitter as it was: one search per paragraph, starting at the paragraph. */
function naiveSentenceEnds(text: string, spans: Span[]): number {
  const pattern = /[.!?…]+["'”’»)\]]*(?=\s)/g;
  let count = 0;
  for (const paragraph of spans) {
    pattern.lastIndex = paragraph.start;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null && match.index < paragraph.end) count++;
  }
  return count;
}

function demos(): void {
  console.log('\n## Demonstrations: the naive form of each fixed pattern vs the shipped code\n');
  console.log(`  (a naive run projected past ${NAIVE_BUDGET_MS / 1000} s from the previous size, assuming quadratic growth, is skipped)`);

  demo(
    'Sentence ends: a run of periods not followed by whitespace (src/core/text.ts SENTENCE_END)',
    '  /[.!?…]+["\'”’»)\\]]*(?=\\s)/g retries the run from every period and backtracks through it each time.',
    (size) => 'Wait' + '.'.repeat(size) + 'x',
    globalScan(/[.!?…]+["'”’»)\]]*(?=\s)/g),
    globalScan(new RegExp(SENTENCE_END.source, 'g')),
  );

  demo(
    'Sentence splitting: paragraphs without final punctuation (src/core/text.ts sentences)',
    '  Searching from each paragraph start rescans to the next sentence end, found only at the very end here.',
    (size) => 'A headline without a period\n\n'.repeat(Math.ceil(size / 29)) + 'The end. ',
    (text) => naiveSentenceEnds(text, paragraphs(text)),
    (text) => sentences(text, paragraphs(text)),
  );

  const frontMatterNaive = /^(date|published|pubDate|publishDate|published_at|datePublished)[ \t]*:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/im;
  demo(
    'Front matter date field followed by blanks (src/core/publication.ts fromFrontMatter)',
    '  A lazy value followed by [ \\t]*$ re-reads the run of trailing blanks for every character of the value.\n' +
      '  (The shipped detector also reads only the first 20 KB: it stays flat whatever the size.)',
    (size) => `---\ndate: 2020-12-05 x${' '.repeat(size)}y\n---\n`,
    (text) => frontMatterNaive.exec(text),
    (text) => detectPublicationDate(text, { today: '2026-11-28' }),
  );

  demo(
    'Unclosed HTML comments and <script> tags (src/core/web/lightDom.ts, htmlparser2) — already linear',
    '  A lazy /<!--[\\s\\S]*?-->/g scans to the end of the document for every unclosed opener; the HTML\n' +
      '  tokenizer reads the page once, so the first unclosed comment ends the scan.',
    (size) => '<!-- <script> "a '.repeat(Math.ceil(size / 17)),
    globalScan(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>/g),
    (text) => readHtmlPage(text).text,
  );

  demo(
    'A run of capitalised words before a pronoun (src/core/quotes/resolve.ts namedSince)',
    '  A lookahead reading every following capitalised word, tried from every capitalised word, re-reads the run\n' +
      '  once per word; the shipped scan reads the rest of a name (at most four words) only after a first name.',
    (size) => 'Aa '.repeat(Math.ceil(size / 3)) + 'x',
    globalScan(/\b([A-Z][a-z]+)(?=((?: (?:[A-Z]\.|[A-Z][A-Za-z'’-]*[a-z]))+))/g),
    (text) => namedSince(text, 0, text.length, 'female'),
  );

  demo(
    'Quote marks never closed (src/core/quotes/marks.ts findQuotePieces): shipped code only, for the record',
    '  The quote pairing keeps a stack of open marks per paragraph; every unclosed “ pushes one. It was quadratic\n' +
      '  earlier in this session (1 MB: 50 s of CPU) and is linear in the current quotes code.',
    (size) => '“ word '.repeat(Math.ceil(size / 7)),
    null,
    (text) => analyzeQuotes(text, paragraphs(text), []),
  );
}

// ---------------------------------------------------------------------------------------------
// Per-stage timing of the pathological shapes (same shapes as scripts/bench.ts, scaled)

function stages(megabytes: number): void {
  // The benchmark's shapes, scaled from their full size (10 MB) down to `megabytes`.
  const documents = pathologicalDocuments(megabytes / 10);
  console.log(`\n## Per-stage time of analyze() on the pathological shapes at ${megabytes} MB (CPU ms, one run each)\n`);
  const widths = [30, 8, 8, 8, 10, 9, 9, 9, 9, 9, 12];
  console.log(['document', 'publ.', 'mask', 'para', 'sentences', 'temporal', 'quotes', 'claims', 'findings', 'total', 'analyze() again'].map((c, i) => pad(c, widths[i])).join(' '));
  for (const doc of documents) {
    const times: number[] = [];
    const step = <T>(body: () => T): T => {
      let result: T | undefined;
      times.push(elapsed(() => (result = body())));
      return result as T;
    };
    const published = step(() => detectPublicationDate(doc.text, { published: '2020-12-05', today: '2026-11-28' }));
    const text = step(() => (doc.format === 'html' ? readHtmlPage(doc.text).text : visibleText(doc.text, doc.format ?? 'plaintext')));
    const paragraphSpans = step(() => paragraphs(text));
    const sentenceSpans = step(() => sentences(text, paragraphSpans));
    const timexes = step(() => tagTemporalExpressions(text, { reference: published?.value ?? null, sentences: sentenceSpans }));
    const quotes = step(() => analyzeQuotes(text, paragraphSpans, sentenceSpans));
    const claims = step(() => buildClaims({ text, sentences: sentenceSpans, timexes, quotes, published, today: '2026-11-28' }));
    step(() => buildFindings({ text, source: doc.text, published, today: '2026-11-28', timexes, claims, quotes: quotes.quotes }));
    const total = times.reduce((a, b) => a + b, 0);
    // The editor re-analyzes unchanged text (save, focus, configuration change): a second analysis
    // of an equal but distinct string must cost the same as the first. A cache keyed by comparing
    // whole texts with === costs a full comparison per look-up when the strings are distinct.
    const copy = (' ' + doc.text).slice(1);
    analyze(doc.text, { published: '2020-12-05', today: '2026-11-28', format: doc.format });
    const again = elapsed(() => analyze(copy, { published: '2020-12-05', today: '2026-11-28', format: doc.format }));
    console.log([doc.name, ...times.map((t) => t.toFixed(0)), total.toFixed(0), again.toFixed(0)].map((c, i) => pad(c, widths[i])).join(' '));
  }
}

// ---------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
if (args.includes('--stages')) {
  const size = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 1);
  stages(size);
} else {
  const only = args.includes('--demos') ? 'demos' : args.includes('--probe') ? 'probe' : 'all';
  if (only !== 'demos') probeAll(inventory());
  if (only !== 'probe') demos();
}
