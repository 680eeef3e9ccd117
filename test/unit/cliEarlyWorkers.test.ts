// The worker threads dist/cli.js starts before it loads the command line (src/cli/workerStart.ts):
// when a command line gets them, and that a check given them writes what it writes without them.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { parseArguments, type Options } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check';
import { EarlyWorkers, earlyWorkerCount } from '../../src/cli/workerStart';

const DATED = '5 December 2020\n\nThe plant was signed off in 2017, the minister said. It will open in 2023, officials said.\n';

describe('claimline check: workers started early', function () {
  this.timeout(120_000);

  describe('earlyWorkerCount', () => {
    // "desk" holds 30 entries, "few" 5, "single" one; anything else is a file or a pattern.
    const entries = (path: string) => (path.endsWith('desk') ? 30 : path.endsWith('few') ? 5 : path.endsWith('single') ? 1 : null);
    const count = (args: string[], cores = 4) => earlyWorkerCount(args, cores, entries);

    it('a check of a folder gets one per job, at most one per core and one per batch of its entries', () => {
      assert.equal(count(['check', '--format', 'json', 'desk']), 4);
      assert.equal(count(['check', '--jobs', '2', 'desk']), 2);
      assert.equal(count(['check', '--jobs=3', 'a.txt', 'desk']), 3);
      assert.equal(count(['check', '--jobs', '16', 'desk']), 4);
      assert.equal(count(['check', '--today', '2026-11-28', '--format', 'json', 'desk']), 4);
      // One batch of articles (FILES_PER_BATCH) goes to one worker: the pool would start no second.
      assert.equal(count(['check', 'few']), 1);
      assert.equal(count(['check', 'few', 'few']), 2);
    });

    it('none for one job, one core, a folder of one entry, files or patterns only, standard input, help or another command', () => {
      assert.equal(count(['check', '--jobs', '1', 'desk']), 0);
      assert.equal(count(['check', 'desk'], 1), 0);
      assert.equal(count(['check', 'a.txt', 'b.txt', 'news/**/*.md']), 0);
      assert.equal(count(['check', '--input', 'jsonl', '-']), 0);
      assert.equal(count(['check', 'desk', '-']), 0);
      assert.equal(count(['check', '--help', 'desk']), 0);
      assert.equal(count(['timeline', 'desk']), 0);
      // An option's value that is not a folder ("--today 2026-11-28") is no reason either.
      assert.equal(count(['check', '--today', '2026-11-28', 'a.txt']), 0);
      assert.equal(count(['check', '--jobs', 'many', 'desk']), 0);
      // A folder of one article: the check runs in the main thread, a worker would be wasted.
      assert.equal(count(['check', 'single']), 0);
      assert.equal(count(['check', '--today', '2026-11-28', '--format', 'json', 'single', 'a.txt']), 0);
    });
  });

  describe('a check given early workers', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimline-early-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const options = (...args: string[]) => parseArguments(['check', ...args]) as Options;
    const collect = (early?: EarlyWorkers) => {
      const stdout: string[] = [];
      const stderr: string[] = [];
      return { stdout, stderr, io: { stdout: (l: string) => stdout.push(l), stderr: (l: string) => stderr.push(l), stdoutPiece: (p: string) => stdout.push(p), earlyWorkers: early } };
    };

    it('uses them and writes what one job writes; one that ended before it was taken is replaced', async () => {
      mkdirSync(join(dir, 'desk'));
      for (let i = 0; i < 20; i++) writeFileSync(join(dir, 'desk', `${String(i).padStart(2, '0')}.txt`), DATED.repeat(1 + (i % 5) * 10));
      const check = async (jobs: string, early?: EarlyWorkers) => {
        const out = collect(early);
        const code = await runCheck(options('--format', 'json', '--jobs', jobs, '--today', '2026-11-28', join(dir, 'desk')), out.io, '1.2.3');
        return { code, stdout: out.stdout.join('') };
      };
      const one = await check('1');
      assert.equal(one.stdout.trim().split('\n').length, 20);

      const early = EarlyWorkers.start(2);
      assert.deepEqual(await check('2', early), one);
      assert.equal(early.take(), undefined, 'the pool took both');

      // A worker that ended at once (a broken install, say): the pool starts one of its own.
      const gone = join(dir, 'gone.js');
      writeFileSync(gone, 'process.exit(3);\n');
      const ended = new Worker(gone);
      await once(ended, 'exit');
      assert.deepEqual(await check('2', new EarlyWorkers([ended])), one);
    });

    it('ends the workers the check did not take (one article: no worker)', async () => {
      writeFileSync(join(dir, 'one.txt'), DATED);
      const running = new Worker('setInterval(() => undefined, 1000);', { eval: true });
      const early = new EarlyWorkers([running]);
      const out = collect(early);
      await runCheck(options('--format', 'json', '--jobs', '2', '--today', '2026-11-28', join(dir, 'one.txt')), out.io, '1.2.3');
      const [code] = await once(running, 'exit');
      assert.equal(typeof code, 'number');
      assert.equal(early.take(), undefined);
    });
  });
});
