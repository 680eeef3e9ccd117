// Why a page cannot be imported is data (src/net/pageProblems.ts): the command line prints its
// English, the editor words each problem in VS Code's display language through the l10n bundles.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageError, readPageFile } from '../../src/net/loadPage';
import { pageProblemText } from '../../src/net/pageProblems';

const ROOT = join(__dirname, '..', '..');

describe('page problems', () => {
  it('carries the reason as data, and the same English message as before', async () => {
    const missing = join(ROOT, 'no-such-page.html');
    const error = await readPageFile(missing).then(
      () => assert.fail('a missing file is not a page'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof PageError);
    assert.deepEqual(error.problem, { code: 'no-such-file' });
    assert.equal(error.reason, 'no such file (give an http(s) address or a saved .html file)');
    assert.equal(error.message, `${missing}: ${error.reason}`);
    assert.equal(new PageError('x', 'a reason nobody words').problem, undefined);
    assert.equal(pageProblemText({ code: 'too-large', size: 6 * 1024 * 1024, maxBytes: 5 * 1024 * 1024 }), 'is 6 MB, above the 5 MB limit');
    assert.equal(pageProblemText({ code: 'http-status', status: '404 Not Found', at: 'https://example.org/b' }), 'the server answered HTTP 404 Not Found (at https://example.org/b)');
  });

  it('has every problem worded by the extension, in Spanish in the bundle', () => {
    const source = readFileSync(join(ROOT, 'src', 'extension', 'pageProblems.ts'), 'utf8');
    const spanish = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.es.json'), 'utf8')) as Record<string, string>;
    const keys = [...source.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]);
    assert.ok(keys.length >= 24, `${keys.length} strings`);
    for (const key of keys) {
      assert.ok(spanish[key], `no Spanish for "${key}"`);
      assert.notEqual(spanish[key], key, key);
    }
    const codes = [...readFileSync(join(ROOT, 'src', 'net', 'pageProblems.ts'), 'utf8').matchAll(/\{ code: '([a-z-]+)'/g)].map((match) => match[1]);
    assert.ok(codes.length >= 20, codes.join(' '));
    for (const code of codes) assert.ok(source.includes(`case '${code}':`), code);
  });
});
