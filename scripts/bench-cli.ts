// The command line at newsroom scale (npm run bench, section "cli"): `claimline check` over a
// temporary folder of the TimeML and PolNeAR texts, as a whole process, with all cores and with
// --jobs 1, side by side with chrono-node as a whole process given each paragraph. Also the bytes
// of JSON written per byte of article. Nothing is written into the corpus folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { filesUnder, readText, REPO_ROOT, timemlPlainText } from './corpus';
import { median } from './stats';

const TODAY = '2026-11-28';

/**
 * Copies the corpus texts into a new temporary folder: TimeML articles as plain text with their
 * creation date as the first line (as a dated wire story starts), PolNeAR articles as they are.
 */
export function articleFolder(corpusRoot: string): { dir: string; files: number; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
  let files = 0;
  let bytes = 0;
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  mkdirSync(join(dir, 'timeml'));
  filesUnder(join(corpusRoot, 'timeml'), '.tml').forEach((file, i) => {
    const { dct, text } = timemlPlainText(readText(file));
    write(join('timeml', `${String(i).padStart(4, '0')}.txt`), `${(dct ?? '').slice(0, 10)}\n\n${text}`);
  });
  mkdirSync(join(dir, 'polnear'));
  for (const split of ['train', 'dev']) {
    const textDir = join(corpusRoot, 'polnear', split, 'text');
    for (const name of readdirSync(textDir).sort()) write(join('polnear', `${split}-${name}`), readFileSync(join(textDir, name), 'utf8'));
  }
  return { dir, files, bytes };
}

/** chrono-node as a whole process: every .txt under the folder, paragraph by paragraph. */
const CHRONO_SCRIPT = `
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const chrono = require(${JSON.stringify(join(REPO_ROOT, 'node_modules', 'chrono-node'))});
let found = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.txt')) {
      const text = readFileSync(path, 'utf8');
      const first = /^\\d{4}-\\d{2}-\\d{2}/.exec(text);
      const ref = new Date(first ? first[0] : '2016-11-08');
      for (const paragraph of text.split(/\\n\\s*\\n/)) found += chrono.parse(paragraph, ref).length;
    }
  }
};
walk(process.argv[2]);
console.log(found);
`;

interface ProcessRun {
  ms: number;
  /** CPU time of the process and its threads (user + system), when GNU time is there to tell. */
  cpuMs: number | null;
  stdoutBytes: number;
}

// GNU time reports a child's CPU time, which Node cannot read for a child: on a machine shared with
// other jobs, CPU time says what a process costs when wall time mostly says how busy the machine is.
const GNU_TIME = '/usr/bin/time';

function timeProcess(args: string[]): ProcessRun {
  const withTime = existsSync(GNU_TIME);
  const started = performance.now();
  const child = withTime
    ? spawnSync(GNU_TIME, ['-f', 'cpu %U %S', process.execPath, ...args], { maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (child.status === null || child.status > 1) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(child.stderr.toString());
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null, stdoutBytes: child.stdout.length };
}

export function cliAtScale(corpusRoot: string, runs = 5): void {
  const { dir, files, bytes } = articleFolder(corpusRoot);
  try {
    const cli = join(REPO_ROOT, 'dist', 'cli.js');
    const chronoScript = join(REPO_ROOT, 'out', 'bench', 'chrono-whole-process.js');
    mkdirSync(join(REPO_ROOT, 'out', 'bench'), { recursive: true });
    writeFileSync(chronoScript, CHRONO_SCRIPT);
    const check = (extra: string[]) => [cli, 'check', '--no-config', '--today', TODAY, ...extra, dir];
    const systems: Array<[string, string[]]> = [
      [`claimline check --format json, all cores (--jobs ${availableParallelism()})`, check(['--format', 'json'])],
      ['claimline check --format json --jobs 1', check(['--format', 'json', '--jobs', '1'])],
      ['claimline check (text), all cores', check([])],
      ['chrono-node, paragraph by paragraph, one process', [chronoScript, dir]],
    ];
    console.log(`\n## The command line over a folder: ${files} TimeML and PolNeAR articles, ${(bytes / 1024 / 1024).toFixed(1)} MB; whole processes, median of ${runs} runs after a warm-up run, interleaved\n`);
    const samples = systems.map(() => [] as number[]);
    const cpuSamples = systems.map(() => [] as number[]);
    let jsonBytes = 0;
    const loadBefore = loadavg()[0];
    for (let run = 0; run <= runs; run++) {
      systems.forEach(([, args], i) => {
        const measured = timeProcess(args);
        if (run > 0) samples[i].push(measured.ms);
        if (run > 0 && measured.cpuMs !== null) cpuSamples[i].push(measured.cpuMs);
        if (i === 0) jsonBytes = measured.stdoutBytes;
      });
    }
    const medians = samples.map(median);
    const cpuMedians = cpuSamples.map((values) => (values.length > 0 ? median(values) : NaN));
    const chronoMs = medians[3];
    console.log(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${availableParallelism()} cores\n`);
    console.log(`${'system'.padEnd(62)} ${'wall ms'.padStart(8)} ${'CPU ms'.padStart(8)}  MB/s (wall)`);
    for (const [i, [name]] of systems.entries()) console.log(`${name.padEnd(62)} ${medians[i].toFixed(0).padStart(8)} ${cpuMedians[i].toFixed(0).padStart(8)}  ${(bytes / 1024 / 1024 / (medians[i] / 1000)).toFixed(1)}`);
    const vsChrono = chronoMs / medians[0];
    const vsOneJob = medians[1] / medians[0];
    console.log(`\nall cores vs chrono-node (wall): ${vsChrono.toFixed(2)}×  (target ≥ 3×: ${vsChrono >= 3 ? 'met' : 'NOT met'})`);
    console.log(`all cores vs --jobs 1 (wall):    ${vsOneJob.toFixed(2)}×  (target ≥ 1.8×: ${vsOneJob >= 1.8 ? 'met' : 'NOT met'})`);
    console.log(`CPU: --jobs 1 vs chrono-node ${(cpuMedians[3] / cpuMedians[1]).toFixed(2)}×; all cores vs chrono-node ${(cpuMedians[3] / cpuMedians[0]).toFixed(2)}×; all cores spend ${(cpuMedians[0] / cpuMedians[1]).toFixed(2)}× the CPU of --jobs 1`);
    console.log(`JSON written: ${(jsonBytes / 1024 / 1024).toFixed(2)} MB, ${(jsonBytes / bytes).toFixed(2)} bytes per input byte  (target ≤ 1: ${jsonBytes / bytes <= 1 ? 'met' : 'NOT met'})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
