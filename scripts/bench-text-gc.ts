// node --expose-gc --import tsx scripts/bench-text-gc.ts [corpusRoot] [--articles N] [--largest] [--rounds R]: the text analysis (plain text,
// no HTML) of N PolNeAR articles in a row, once with a full garbage collection before each article
// (the editor: idle time and collections between analyses) and once without (a warm loop), in
// alternating order over R rounds. Prints the median CPU per article of each and their ratio: a
// ratio well above 1 means a collection throws optimized code of the analysis away (see
// docs/performance.md, "Optimized code lost between documents"). Needs `node --expose-gc`.

import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { defaultCorpusRoot, filesUnder, readText, timemlPlainText } from './corpus';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const root = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? defaultCorpusRoot();
const gc = (globalThis as { gc?: () => void }).gc;
if (!root || !gc) {
  console.error('usage: node --expose-gc --import tsx scripts/bench-text-gc.ts [corpusRoot] [--articles N] [--rounds R]');
  process.exit(2);
}

const polnear = filesUnder(join(root, 'polnear'), '.txt');
const every = Math.max(1, Math.floor(polnear.length / option('--articles', 40)));
// --largest: the N longest articles instead of every k-th (a collection's cost shows better on long ones).
const articles = argv.includes('--largest')
  ? polnear.map(readText).sort((x, y) => y.length - x.length).slice(0, option('--articles', 40))
  : polnear.filter((_, i) => i % every === 0).map(readText);
const warm = filesUnder(join(root, 'timeml'), '.tml').slice(0, 10).map((file) => timemlPlainText(readText(file)));
const today = '2026-12-08';

for (let pass = 0; pass < 3; pass++) {
  for (const doc of warm) analyze(doc.text, { published: doc.dct ?? undefined, today });
  for (const text of articles.slice(0, 10)) analyze(text, { today });
}

function cpuOf(text: string): number {
  const start = process.cpuUsage();
  analyze(text, { today });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const pause = new Int32Array(new SharedArrayBuffer(4));
const withGc: number[][] = articles.map(() => []);
const withoutGc: number[][] = articles.map(() => []);
const rounds = option('--rounds', 3);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ['gc', 'none'] : ['none', 'gc'];
  for (const mode of order) {
    gc();
    articles.forEach((text, i) => {
      if (mode === 'gc') {
        gc();
        // The collector's helper threads (concurrent sweeping) would be billed to the next analysis.
        Atomics.wait(pause, 0, 0, 20);
        withGc[i].push(cpuOf(text));
      } else {
        withoutGc[i].push(cpuOf(text));
      }
    });
  }
}
const a = withGc.map(median);
const b = withoutGc.map(median);
const ratios = a.map((value, i) => value / b[i]);
console.log(`${articles.length} PolNeAR articles, ${rounds} rounds, median CPU per article`);
console.log(`  gc() before each: ${median(a).toFixed(2)} ms   no gc(): ${median(b).toFixed(2)} ms   per-article ratio median ${median(ratios).toFixed(2)}`);
console.log(`  totals: ${a.reduce((s, v) => s + v, 0).toFixed(0)} ms vs ${b.reduce((s, v) => s + v, 0).toFixed(0)} ms`);
