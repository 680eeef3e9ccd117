// Side-by-side analysis of saved news pages at a base revision and in the working tree, in one
// process: `npm run bench:compare-web -- <rev> [--rounds N] [--every K] [corpus root]`. Both are
// bundled by esbuild as the extension ships them, with plain Readability.js on linkedom's own parse
// as a peer. Per round, every page is analyzed by base, current and peer in turn (the order
// rotating from page to page), so that machine load falls on all three alike; the figure is the
// median over pages of each page's median over rounds, wall and CPU, and the ratios to the peer.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type * as AnalyzerModule from '../src/core/analyze';
import { bundleAndLoad } from './bundle';
import { defaultCorpusRoot, REPO_ROOT } from './corpus';
import { loadExtractionPages } from './eval/extraction';
import { median, sourcesAt } from './stats';

interface Bundle {
  analyze: typeof AnalyzerModule.analyze;
  Readability: new (document: unknown) => { parse(): unknown };
  DOMParser: new () => { parseFromString(html: string, type: string): unknown };
}

function bundle(sourceRoot: string, outfile: string): Bundle {
  return bundleAndLoad<Bundle>(
    "export { analyze } from './src/core/analyze';\nexport { Readability } from '@mozilla/readability';\nexport { DOMParser } from 'linkedom';\n",
    sourceRoot,
    outfile,
  );
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const [rev, corpusArgument] = positional;
if (!rev) {
  console.error('usage: npm run bench:compare-web -- <base revision> [--rounds N] [--every K] [corpus root]');
  process.exit(2);
}
const rounds = option('--rounds', 3);
const every = option('--every', 1);
const corpusRoot = corpusArgument ?? defaultCorpusRoot();
const pages = corpusRoot ? loadExtractionPages(corpusRoot).filter((_, i) => i % every === 0) : [];
if (pages.length === 0) {
  console.error('bench:compare-web needs the extraction corpus (give the corpus root)');
  process.exit(2);
}

const base = bundle(sourcesAt(rev, 'web-base'), join(REPO_ROOT, 'out', 'bench', 'web-base.js'));
const current = bundle(REPO_ROOT, join(REPO_ROOT, 'out', 'bench', 'web-current.js'));
const options = { format: 'html' as const, today: '2026-12-01' };
const runners: Record<'base' | 'current' | 'peer', (html: string) => void> = {
  base: (html) => base.analyze(html, options),
  current: (html) => current.analyze(html, options),
  peer: (html) => new current.Readability(new current.DOMParser().parseFromString(html, 'text/html')).parse(),
};
const names = ['base', 'current', 'peer'] as const;
const wall = { base: pages.map(() => [] as number[]), current: pages.map(() => [] as number[]), peer: pages.map(() => [] as number[]) };
const cpu = { base: pages.map(() => [] as number[]), current: pages.map(() => [] as number[]), peer: pages.map(() => [] as number[]) };
const gc = (globalThis as { gc?: () => void }).gc;
const loadBefore = loadavg()[0];
// Warm-up: every page once through each.
for (const page of pages) for (const name of names) runners[name](page.html);
for (let round = 0; round < rounds; round++) {
  pages.forEach((page, p) => {
    for (let k = 0; k < names.length; k++) {
      const name = names[(p + round + k) % names.length];
      gc?.();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      runners[name](page.html);
      wall[name][p].push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu[name][p].push((used.user + used.system) / 1000);
    }
  });
}
const figure = (samples: number[][]) => median(samples.map(median));
console.log(`${pages.length} extraction pages, ${rounds} interleaved rounds after a warm-up; load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
console.log('median ms per page (of per-page medians)   wall      CPU');
for (const name of names) console.log(`${(name === 'base' ? `base ${rev}` : name === 'current' ? 'working tree' : 'peer: plain Readability').padEnd(40)} ${figure(wall[name]).toFixed(1).padStart(7)} ${figure(cpu[name]).toFixed(1).padStart(8)}`);
const ratio = (a: number[][], b: number[][]) => median(a.map((samples, p) => median(samples) / median(b[p])));
console.log(`current / base, median of per-page ratios: wall ${ratio(wall.current, wall.base).toFixed(3)}, CPU ${ratio(cpu.current, cpu.base).toFixed(3)}`);
console.log(`base / peer: wall ${(figure(wall.base) / figure(wall.peer)).toFixed(2)}, current / peer: wall ${(figure(wall.current) / figure(wall.peer)).toFixed(2)}, CPU ${(figure(cpu.base) / figure(cpu.peer)).toFixed(2)} → ${(figure(cpu.current) / figure(cpu.peer)).toFixed(2)}`);
