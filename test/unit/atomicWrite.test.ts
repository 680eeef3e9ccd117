import * as assert from 'node:assert/strict';
import { writeFileAtomically, type AtomicFileSystem } from '../../src/core/atomicWrite';

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
