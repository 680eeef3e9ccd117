import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isStaleTemporary, STALE_TEMPORARY_MS, writeFileAtomically, type AtomicFileSystem } from '../../src/core/atomicWrite';
import { parseNotesFile, serializeNotesFile, sidecarPath, type ClaimNote } from '../../src/core/notes';
import { largeNotesPayload } from './atomicWriteChild';

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

/** An in-memory file system whose next write or rename can be made to fail half-way. */
class FakeFs implements AtomicFileSystem {
  files = new Map<string, Uint8Array>();
  failWriteAfter: number | undefined;
  failRename = false;
  async writeFile(path: string, content: Uint8Array) {
    if (this.failWriteAfter !== undefined) {
      // The process dies mid-write: a truncated file is left behind.
      this.files.set(path, content.slice(0, this.failWriteAfter));
      throw new Error('disk full');
    }
    this.files.set(path, content);
  }
  async rename(from: string, to: string) {
    if (this.failRename) throw new Error('rename failed');
    const content = this.files.get(from);
    if (!content) throw new Error('no such file');
    this.files.set(to, content);
    this.files.delete(from);
  }
  async delete(path: string) {
    this.files.delete(path);
  }
  async createDirectory() {}
}

const existingNote: ClaimNote = {
  id: 'kept',
  anchor: { kind: 'claim', text: 'The quay opened in March 2019.', before: 'HARBOUR - ', after: ' It cost more.' },
  status: 'verified',
  text: 'Opening confirmed by the port’s annual report.',
  sources: ['https://example.org/report'],
  checked: '2026-11-01',
  updated: '2026-11-01T09:00:00.000Z',
};

describe('atomic sidecar writes', () => {
  const target = '/w/article.txt.claims.json';

  it('replaces the file and leaves no temporary behind', async () => {
    const fs = new FakeFs();
    fs.files.set(target, encode('old'));
    await writeFileAtomically(fs, target, encode('new'), () => 'r1');
    assert.equal(decode(fs.files.get(target)), 'new');
    assert.deepEqual([...fs.files.keys()], [target]);
  });

  it('keeps the previous file intact when the write is interrupted', async () => {
    const fs = new FakeFs();
    fs.files.set(target, encode('{"version":1,"notes":[]}'));
    fs.failWriteAfter = 5;
    await assert.rejects(writeFileAtomically(fs, target, encode('{"version":1,"notes":[{"id":"a"}]}'), () => 'r2'), /disk full/);
    assert.equal(decode(fs.files.get(target)), '{"version":1,"notes":[]}');
    assert.deepEqual([...fs.files.keys()], [target], 'truncated temporary removed');
  });

  it('keeps the previous file intact when the rename fails', async () => {
    const fs = new FakeFs();
    fs.files.set(target, encode('old'));
    fs.failRename = true;
    await assert.rejects(writeFileAtomically(fs, target, encode('new'), () => 'r3'));
    assert.equal(decode(fs.files.get(target)), 'old');
    assert.equal(fs.files.size, 1);
  });

  it('writes the temporary beside the target', async () => {
    const fs = new FakeFs();
    const seen: string[] = [];
    const write = fs.writeFile.bind(fs);
    fs.writeFile = async (path, content) => {
      seen.push(path);
      return write(path, content);
    };
    await writeFileAtomically(fs, target, encode('x'), () => 'abc');
    assert.deepEqual(seen, ['/w/article.txt.claims.json.abc.tmp']);
  });
});

// The same guarantee on a real disk: a process killed with SIGKILL half-way through writing the
// temporary file. The child (atomicWriteChild.ts) stops after a known number of bytes so the kill
// always lands mid-write (see the comment there); everything else is the real file system.
describe('atomic sidecar writes on the real file system', function () {
  // Two tsx start-ups on a shared machine; each run takes well under a second when idle.
  this.timeout(10_000);
  const CHILD = path.join(__dirname, 'atomicWriteChild.ts');
  const REPO_ROOT = path.join(__dirname, '..', '..');
  const NOTE_COUNT = 3000; // about 1.8 MB of JSON
  const PAUSE_AFTER_BYTES = 256 * 1024;
  let dir: string;
  let sidecar: string;
  let previous: Buffer;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimline-atomic-'));
    sidecar = sidecarPath(path.join(dir, 'harbour.txt'), 'beside');
    previous = Buffer.from(serializeNotesFile([existingNote], 'harbour.txt'));
    fs.writeFileSync(sidecar, previous);
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  interface Writer {
    child: ChildProcess;
    exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  }

  function startWriter(): Writer {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, sidecar, String(NOTE_COUNT), String(PAUSE_AFTER_BYTES)], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
    );
    return { child, exited };
  }

  /** Polls until the temporary sibling holds at least `bytes`; fails if the child exits first. */
  async function temporaryFileWith(writer: Writer, bytes: number): Promise<string> {
    let exit: { code: number | null; stderr: string } | undefined;
    void writer.exited.then((result) => (exit = result));
    const deadline = Date.now() + 8000;
    while (Date.now() < deadline) {
      if (exit) assert.fail(`the writer exited (code ${exit.code}) before its temporary file appeared: ${exit.stderr}`);
      const temporary = fs.readdirSync(dir).find((name) => name.endsWith('.tmp'));
      if (temporary && fs.statSync(path.join(dir, temporary)).size >= bytes) return path.join(dir, temporary);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    writer.child.kill('SIGKILL');
    return assert.fail('no temporary file appeared within 8 s');
  }

  it('leaves the previous sidecar byte-for-byte intact when the writer is killed mid-write', async () => {
    const writer = startWriter();
    const temporary = await temporaryFileWith(writer, PAUSE_AFTER_BYTES);
    writer.child.kill('SIGKILL');
    const { signal } = await writer.exited;
    assert.equal(signal, 'SIGKILL');

    assert.ok(fs.readFileSync(sidecar).equals(previous), 'the sidecar is unchanged');
    const parsed = parseNotesFile(fs.readFileSync(sidecar, 'utf8'));
    assert.ok(parsed.ok, 'the sidecar still parses');
    assert.deepEqual(parsed.file.notes, [existingNote]);

    // The kill really landed mid-write: a truncated temporary is left beside the sidecar.
    const leftover = fs.readFileSync(temporary, 'utf8');
    const payloadLength = Buffer.byteLength(largeNotesPayload(NOTE_COUNT));
    assert.ok(leftover.length >= PAUSE_AFTER_BYTES && leftover.length < payloadLength, `partial temporary: ${leftover.length} of ${payloadLength} bytes`);
    assert.equal(parseNotesFile(leftover).ok, false, 'what a direct overwrite would have left is unreadable');

    // The extension never reads the leftover: it opens exactly sidecarPath(article), watches only
    // **/*.claims.json and analyzes only .txt/.md/.markdown/.html/.htm files.
    const name = path.basename(temporary);
    assert.equal(path.dirname(temporary), path.dirname(sidecar), 'temporary written beside the sidecar');
    assert.ok(name.startsWith(path.basename(sidecar) + '.') && name.endsWith('.tmp'), name);
    assert.notEqual(temporary, sidecarPath(path.join(dir, 'harbour.txt'), 'beside'));
    assert.ok(!name.endsWith('.claims.json'), 'not matched by the sidecar watcher');
    assert.ok(!/\.(txt|md|markdown|html?)$/.test(name), 'not taken for an article');
  });

  it('replaces the sidecar when the same writer is allowed to finish', async () => {
    // The control for the test above: the child, run to completion, does replace the file.
    const writer = startWriter();
    await temporaryFileWith(writer, PAUSE_AFTER_BYTES);
    assert.ok(fs.readFileSync(sidecar).equals(previous), 'unchanged while the temporary is written');
    writer.child.stdin!.end('continue\n');
    const { code, stderr } = await writer.exited;
    assert.equal(code, 0, stderr);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), largeNotesPayload(NOTE_COUNT));
    const parsed = parseNotesFile(fs.readFileSync(sidecar, 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.notes.length, NOTE_COUNT);
    assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), [], 'no temporary left');
  });
});

describe('isStaleTemporary: leftovers of interrupted writes', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  const old = now - STALE_TEMPORARY_MS - 1;
  const cases: Array<[string, number, boolean, string]> = [
    ['story.txt.claims.json.k3j9x0ab.tmp', old, true, 'an old temporary of this sidecar'],
    ['story.txt.claims.json.k3j9x0ab.tmp', now - 1000, false, 'a young one: another window may be writing it'],
    ['story.txt.claims.json', old, false, 'the sidecar itself'],
    ['other.txt.claims.json.k3j9x0ab.tmp', old, false, "another article's temporary"],
    ['story.txt.claims.json.backup.tmp.txt', old, false, 'not ending in .tmp'],
    ['story.txt.claims.json.my notes.tmp', old, false, 'a name writeFileAtomically never makes'],
    ['story.txt.claims.json..tmp', old, false, 'no random part'],
  ];
  for (const [name, modified, expected, why] of cases) {
    it(`${name}: ${expected ? 'removed' : 'kept'} (${why})`, () => {
      assert.equal(isStaleTemporary(name, 'story.txt.claims.json', modified, now), expected);
    });
  }
});
