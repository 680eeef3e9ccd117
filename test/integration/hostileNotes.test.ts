// Sidecars planted by someone else, in a real VS Code: a symlink to /dev/zero (which drove the
// extension host past 8.8 GB), a FIFO (the article never got diagnostics), a file nested 100,000
// deep (every write failed with "Maximum call stack size exceeded") and one above
// claimline.maxNotesFileSize. Each time the article is still analyzed, its notes are read-only with a
// message naming the sidecar, a note is refused, and the sidecar is left exactly as it was.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { baselineSettings, claimline, closeAll, copyFixture, openArticle, articleAfter, setSetting } from './articles';

const MB = 1024 * 1024;

async function refusedSidecar(name: string, plant: (sidecar: string) => void, problem: RegExp): Promise<void> {
  const uri = copyFixture('border-crossing.txt', 'hostile-notes', `${name}.txt`);
  const sidecar = uri.fsPath + '.claims.json';
  plant(sidecar);
  const before = fs.lstatSync(sidecar);
  const { diagnostics } = await openArticle(uri);
  assert.ok(diagnostics.length > 0, 'the article is analyzed all the same');
  const article = await articleAfter(uri, () => undefined, (a) => a.notes.state !== 'ok');
  assert.strictEqual(article.notes.state, 'invalid');
  assert.match(article.notes.problem ?? '', problem);
  const { services } = await claimline();
  await assert.rejects(services.updateNote(uri, { kind: 'claim', index: 0 }, { status: 'verified' }), new RegExp(`${name}\\.txt\\.claims\\.json`));
  const after = fs.lstatSync(sidecar);
  assert.deepStrictEqual([after.ino, after.size, after.mtimeMs], [before.ino, before.size, before.mtimeMs], 'the sidecar is left as it was');
  fs.rmSync(sidecar);
}

describe('hostile notes files', function () {
  this.timeout(60_000);
  before(baselineSettings);
  afterEach(closeAll);

  it('refuses a sidecar that is a symlink to /dev/zero', async () => {
    await refusedSidecar('zero', (sidecar) => fs.symlinkSync('/dev/zero', sidecar), /not a regular file \(a device\)/);
  });

  it('refuses a sidecar that is a FIFO, without waiting for a writer', async () => {
    await refusedSidecar('pipe', (sidecar) => assert.strictEqual(spawnSync('mkfifo', [sidecar]).status, 0), /not a regular file \(a named pipe/);
  });

  it('refuses a sidecar nested 100,000 levels deep', async () => {
    const deep = `{"version": 1, "notes": [], "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await refusedSidecar('deep', (sidecar) => fs.writeFileSync(sidecar, deep), /more than 64 levels deep/);
  });

  it('refuses a sidecar above claimline.maxNotesFileSize, and reads it once the limit is raised', async () => {
    const big = JSON.stringify({ version: 1, notes: [], pad: 'x'.repeat(3 * MB) });
    await setSetting('maxNotesFileSize', 2);
    try {
      await refusedSidecar('big', (sidecar) => fs.writeFileSync(sidecar, big), /3\.0 MB, above the 2\.0 MB limit \(raise claimline\.maxNotesFileSize/);
    } finally {
      await setSetting('maxNotesFileSize', undefined);
    }
    const uri = copyFixture('border-crossing.txt', 'hostile-notes', 'big-ok.txt');
    fs.writeFileSync(uri.fsPath + '.claims.json', big);
    await openArticle(uri);
    const article = await articleAfter(uri, () => undefined, (a) => a.notes.state === 'ok');
    assert.strictEqual(article.notes.state, 'ok', 'under the default 20 MB limit');
  });
});
