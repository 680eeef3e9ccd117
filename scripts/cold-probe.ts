// Cold against warm cost of the analyzer in one process (docs/performance.md, "Warm-up is most of a
// run"): analyzes every bench article twice and prints each pass's CPU time. `--what tagger` times
// only the temporal tagger (its inputs prepared before the clock starts), `--what analyze` the whole
// analyze(). Run on the bundle (`node out/cold-probe.js DIR [--what …]`, built by
// `npx esbuild scripts/cold-probe.ts --bundle --platform=node --outfile=out/cold-probe.js`) so the
// code is what the CLI runs; V8 flags go to node (`--no-opt`, `--cpu-prof`, …).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { detectPublicationDate } from '../src/core/publication';
import { visibleText } from '../src/core/markup';
import { tagTemporalExpressions } from '../src/core/temporal';
import { paragraphs, sentences } from '../src/core/text';

const TODAY = '2026-11-28';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

const dir = process.argv[2];
const what = process.argv.includes('--what') ? process.argv[process.argv.indexOf('--what') + 1] : 'analyze';
const passes = process.argv.includes('--passes') ? Number(process.argv[process.argv.indexOf('--passes') + 1]) : 2;
const texts = walk(dir).map((file) => readFileSync(file, 'utf8'));

const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

let sink = 0;
const times: number[] = [];
if (what === 'tagger') {
  const inputs = texts.map((raw) => {
    const published = detectPublicationDate(raw, { today: TODAY, format: 'plaintext' });
    const text = visibleText(raw, 'plaintext');
    return { text, reference: published?.value ?? null, sentences: sentences(text, paragraphs(text)) };
  });
  for (let pass = 0; pass < passes; pass++) {
    const started = process.cpuUsage();
    for (const input of inputs) sink += tagTemporalExpressions(input.text, { reference: input.reference, sentences: input.sentences }).length;
    times.push(cpuMs(started));
  }
} else {
  for (let pass = 0; pass < passes; pass++) {
    const started = process.cpuUsage();
    for (const raw of texts) sink += analyze(raw, { today: TODAY, format: 'plaintext' }).timexes.length;
    times.push(cpuMs(started));
  }
}
console.log(`${what} ${texts.length} files; passes (CPU ms): ${times.map((t) => t.toFixed(0)).join(' ')}; timexes ${sink}`);
