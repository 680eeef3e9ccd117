// Side-by-side throughput of the analyzer at a base revision and in the working tree, in one
// process: `npm run bench:compare -- <rev> [corpus root]`. Both are bundled by esbuild as the
// extension ships them, timed in alternation (base, current, base, current…) on the same 5 MB of
// news so that machine load falls on both alike, and reported as medians of the CPU time the process
// used (less disturbed by other processes on a shared machine than wall time) and their ratio. For
// refactorings that must not slow the analyzer down (issue 15: within 5 %).
import { join } from 'node:path';
import type * as AnalyzerModule from '../src/core/analyze';
import { bundleAndLoad } from './bundle';
import { defaultCorpusRoot, filesUnder, readText, REPO_ROOT, timemlPlainText } from './corpus';
import { median, sourcesAt } from './stats';

type Analyze = typeof AnalyzerModule.analyze;

function bundle(sourceRoot: string, outfile: string): Analyze {
  return bundleAndLoad<typeof AnalyzerModule>("export { analyze } from './src/core/analyze';\n", sourceRoot, outfile).analyze;
}

const [rev, corpusArgument] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!rev) {
  console.error('usage: npm run bench:compare -- <base revision> [corpus root]');
  process.exit(2);
}
const corpusRoot = corpusArgument ?? defaultCorpusRoot();
const files = corpusRoot ? filesUnder(join(corpusRoot, 'timeml', 'tbaq'), '.tml') : [];
if (files.length === 0) {
  console.error('bench:compare needs the TBAQ corpus (give the corpus root)');
  process.exit(2);
}
const articles = files.map((file) => timemlPlainText(readText(file)));
const parts: string[] = [];
for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
  const text = articles[i % articles.length].text;
  parts.push(text);
  size += text.length + 2;
}
const whole = parts.join('\n\n');
const options = { published: (articles[0].dct ?? '2000-01-01').slice(0, 10), today: '2026-11-28' };

const base = bundle(sourcesAt(rev, 'base'), join(REPO_ROOT, 'out', 'bench', 'base.js'));
const current = bundle(REPO_ROOT, join(REPO_ROOT, 'out', 'bench', 'current.js'));
const runs = Number(process.env.BENCH_RUNS ?? 9);
const samples = { base: [] as number[], current: [] as number[] };
const gc = (globalThis as { gc?: () => void }).gc;
base(whole, options);
current(whole, options);
for (let i = 0; i < runs; i++) {
  for (const [name, analyze] of i % 2 ? ([['current', current], ['base', base]] as const) : ([['base', base], ['current', current]] as const)) {
    gc?.();
    const start = process.cpuUsage();
    analyze(whole, options);
    const used = process.cpuUsage(start);
    samples[name].push((used.user + used.system) / 1000);
  }
}
const b = median(samples.base);
const c = median(samples.current);
console.log(`${(whole.length / 1024 / 1024).toFixed(1)} MB of TBAQ news, ${runs} alternating runs after a warm-up each, CPU time`);
console.log(`base ${rev}: median ${b.toFixed(0)} ms; working tree: median ${c.toFixed(0)} ms; ratio ${(c / b).toFixed(3)}`);
