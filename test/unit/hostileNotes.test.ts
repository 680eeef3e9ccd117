// Notes files are written by others (shared repositories, a colleague's --notes file). These are
// the files that used to exhaust memory or hang: a symlink to /dev/zero, a FIFO with no writer, a
// file nested 100,000 levels deep, a file above the size limit. Each is now refused with a message
// naming the path; the command line exits 2 and exports nothing. The command line runs in a child
// process with a time limit, so a hang fails the test instead of stalling the suite.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { MAX_NOTES_DEPTH, nestingBeyond, parseNotesFile } from '../../src/core/notes';
import { readRegularFile, readRegularFileSync, RefusedFileError } from '../../src/node/regularFile';

const ARTICLE = '5 December 2020\n\nThe bridge will reopen in 2023, the mayor said.\n';
const MB = 1024 * 1024;

/** `claimline …` as a child process that may not take longer than `timeout` ms. */
function claimline(args: string[], timeout = 30_000) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8', timeout, maxBuffer: 1 << 24 });
  assert.equal(result.signal, null, `claimline ${args.join(' ')} was killed after ${timeout} ms (hung or ran away)`);
  return result;
}

/** `claimline …` in this process, for files that cannot hang it. */
async function claimlineHere(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCli(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** A notes file nested `depth` levels deep inside an otherwise valid sidecar (a newsroom field). */
function deepSidecar(depth: number): string {
  return `{"version": 1, "notes": [], "newsroom": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

describe('hostile notes files', () => {
  let dir: string;
  let article: string;
  let fifo: string | undefined;
  before(function () {
    dir = mkdtempSync(join(tmpdir(), 'claimline-hostile-notes-'));
    article = join(dir, 'article.txt');
    writeFileSync(article, ARTICLE);
    const made = spawnSync('mkfifo', [join(dir, 'pipe.claims.json')]);
    if (made.status === 0) fifo = join(dir, 'pipe.claims.json');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('reading only regular files under a limit', () => {
    it('refuses a symlink to /dev/zero, a FIFO and a folder without reading them', async () => {
      const zero = join(dir, 'zero.claims.json');
      symlinkSync('/dev/zero', zero);
      assert.throws(() => readRegularFileSync(zero, 20 * MB, 'raise it'), (e: Error) => e instanceof RefusedFileError && /not a regular file \(a device\)/.test(e.message));
      await assert.rejects(readRegularFile(zero, 20 * MB, 'raise it'), /not a regular file \(a device\)/);
      assert.ok(fifo, 'mkfifo made the pipe fixture');
      assert.throws(() => readRegularFileSync(fifo!, 20 * MB, 'raise it'), /not a regular file \(a named pipe \(FIFO\)\)/);
      await assert.rejects(readRegularFile(fifo!, 20 * MB, 'raise it'), /named pipe/);
      assert.throws(() => readRegularFileSync(dir, 20 * MB, 'raise it'), /a folder, not a file/);
    });

    it('refuses a file above the limit by its size, and reads one at the limit', async () => {
      const huge = join(dir, 'huge.claims.json');
      writeFileSync(huge, '');
      truncateSync(huge, 21 * MB); // sparse: the size is what counts
      assert.throws(() => readRegularFileSync(huge, 20 * MB, 'raise claimline.maxNotesFileSize'), /21 MB, above the 20 MB limit \(raise claimline\.maxNotesFileSize\)/);
      await assert.rejects(readRegularFile(huge, 20 * MB, 'raise it'), /above the 20 MB limit/);
      const exact = join(dir, 'exact.claims.json');
      writeFileSync(exact, 'x'.repeat(1000));
      assert.equal(readRegularFileSync(exact, 1000, 'raise it').length, 1000);
      assert.equal((await readRegularFile(exact, 1000, 'raise it')).length, 1000);
      assert.throws(() => readRegularFileSync(exact, 999, 'raise it'), /above the/);
    });

    it('follows a symlink to a regular file', () => {
      const real = join(dir, 'real.json');
      writeFileSync(real, '{"version": 1, "notes": []}');
      const link = join(dir, 'link.claims.json');
      symlinkSync(real, link);
      assert.equal(new TextDecoder().decode(readRegularFileSync(link, MB, 'raise it')), '{"version": 1, "notes": []}');
    });
  });

  describe('nesting', () => {
    it('refuses a sidecar nested 100,000 levels deep with the position, without overflowing the stack', () => {
      const parsed = parseNotesFile(deepSidecar(100_000));
      assert.equal(parsed.ok, false);
      assert.match(!parsed.ok ? parsed.message : '', new RegExp(`more than ${MAX_NOTES_DEPTH} levels deep \\(line 1, column \\d+\\)`));
    });

    it('reads a sidecar at the depth limit; brackets inside strings do not count', () => {
      assert.equal(parseNotesFile(deepSidecar(MAX_NOTES_DEPTH - 1)).ok, true);
      assert.equal(parseNotesFile(deepSidecar(MAX_NOTES_DEPTH)).ok, false);
      assert.equal(nestingBeyond('{"a": "[[[[\\"[[[["}', 1), undefined);
      assert.equal(nestingBeyond('{"a": [[]]}', 2), 7);
    });
  });

  describe('claimline timeline refuses them: the path, exit 2, nothing exported or written', () => {
    type Run = { status: number | null; stdout: string; stderr: string };
    const refuses = async (args: string[], pattern: RegExp, run: (args: string[]) => Run | Promise<Run> = claimline) => {
      const result = await run(['timeline', ...args]);
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, pattern);
    };

    it('--notes /dev/zero and a sidecar that is a symlink to it', async () => {
      await refuses(['--notes', '/dev/zero', article], /notes file \/dev\/zero is not a regular file \(a device\).*nothing was exported/);
      const beside = join(dir, 'beside');
      mkdirSync(beside);
      writeFileSync(join(beside, 'a.txt'), ARTICLE);
      symlinkSync('/dev/zero', join(beside, 'a.txt.claims.json'));
      await refuses([join(beside, 'a.txt')], /a\.txt\.claims\.json is not a regular file \(a device\)/);
    });

    it('--notes naming a FIFO with no writer returns at once', async () => {
      assert.ok(fifo, 'mkfifo made the pipe fixture');
      await refuses(['--notes', fifo!, article], /pipe\.claims\.json is not a regular file \(a named pipe \(FIFO\)\)/);
    });

    it('a deep sidecar and one above --max-notes-size', async () => {
      const deep = join(dir, 'deep.claims.json');
      writeFileSync(deep, deepSidecar(100_000));
      await refuses(['--notes', deep, article], /deep\.claims\.json: nests objects or arrays more than 64 levels deep/, claimlineHere);
      assert.equal(readFileSync(deep, 'utf8'), deepSidecar(100_000), 'left as it was');
      const big = join(dir, 'big.claims.json');
      writeFileSync(big, JSON.stringify({ version: 1, notes: [], pad: 'x'.repeat(2 * MB) }));
      await refuses(['--max-notes-size', '1', '--notes', big, article], /big\.claims\.json is 2\.0 MB, above the 1\.0 MB limit \(raise it with --max-notes-size\)/, claimlineHere);
      assert.equal((await claimlineHere(['timeline', '--max-notes-size', '3', '--notes', big, article])).status, 0);
      assert.ok(!existsSync(join(dir, 'article.txt.claims.json')), 'nothing written beside the article');
    });
  });
});
