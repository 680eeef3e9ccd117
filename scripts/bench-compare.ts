// Side-by-side throughput of the analyzer at a base revision and in the working tree, in one
// process: `npm run bench:compare -- <rev> [corpus root]`. Both are bundled by esbuild as the
// extension ships them, timed in alternation (base, current, base, current…) on the same 5 MB of
// news so that machine load falls on both alike, and reported as medians of the CPU time the process
// used (less disturbed by other processes on a shared machine than wall time) and their ratio. For
// refactorings that must not slow the analyzer down (issue 15: within 5 %).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as AnalyzerModule from '../src/core/analyze';
import { defaultCorpusRoot, filesUnder, readText, REPO_ROOT, timemlPlainText } from './corpus';

type Analyze = typeof AnalyzerModule.analyze;

function bundle(sourceRoot: string, outfile: string): Analyze {
  buildSync({
    stdin: { contents: "export { analyze } from './src/core/analyze';\n", resolveDir: sourceRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    nodePaths: [join(REPO_ROOT, 'node_modules')],
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(outfile) as typeof AnalyzerModule).analyze;
}

/** The src/ tree of `rev`, extracted under out/bench (git archive: no checkout, no worktree). */
function sourcesAt(rev: string): string {
  const root = join(REPO_ROOT, 'out', 'bench', 'base');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', rev, 'src'], { cwd: REPO_ROOT, maxBuffer: 256 << 20 });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  return root;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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

const base = bundle(sourcesAt(rev), join(REPO_ROOT, 'out', 'bench', 'base.js'));
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
