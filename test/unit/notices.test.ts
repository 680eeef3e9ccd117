import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Metafile {
  inputs: Record<string, unknown>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script
const notices = require('../../scripts/notices.js') as {
  packageOf(input: string): { name: string; dir: string } | undefined;
  noticesText(metafiles: Metafile[], extra?: Record<string, string>): string;
};

describe('third-party notices (scripts/notices.js)', () => {
  it('names the package an input comes from, scoped, nested or not from a package at all', () => {
    assert.deepEqual(notices.packageOf('node_modules/date-fns/addDays.js'), { name: 'date-fns', dir: 'node_modules/date-fns' });
    assert.deepEqual(notices.packageOf('node_modules/@mozilla/readability/Readability.js'), { name: '@mozilla/readability', dir: 'node_modules/@mozilla/readability' });
    assert.deepEqual(notices.packageOf('node_modules/linkedom/node_modules/htmlparser2/lib/index.js'), {
      name: 'htmlparser2',
      dir: 'node_modules/linkedom/node_modules/htmlparser2',
    });
    assert.equal(notices.packageOf('src/core/analyze.ts'), undefined);
  });

  it('reproduces each bundled package licence once, sorted by name, and says when a package ships none', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimline-notices-'));
    try {
      const make = (name: string, manifest: object, files: Record<string, string>) => {
        const dir = join(root, 'node_modules', name);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, ...manifest }));
        for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
      };
      make('zeta', { version: '1.0.0', license: 'MIT' }, { LICENSE: 'Copyright (c) Zeta authors\nPermission is hereby granted' });
      make('@scope/alpha', { version: '2.1.0', license: 'Apache-2.0' }, { 'LICENSE.md': 'Apache License 2.0 text', 'index.js': '' });
      make('bare', { version: '0.1.0', license: 'ISC' }, {});
      const inputs = (names: string[]) => ({ inputs: Object.fromEntries(names.map((n) => [join(root, 'node_modules', n, 'index.js'), {}])) });
      const text = notices.noticesText([inputs(['zeta', '@scope/alpha']), inputs(['zeta', 'bare']), { inputs: { 'src/a.ts': {} } }]);

      const headings = text.split('\n').filter((line, i, lines) => i > 0 && lines[i - 1].startsWith('====='));
      assert.deepEqual(headings, ['@scope/alpha 2.1.0 (Apache-2.0)', 'bare 0.1.0 (ISC)', 'zeta 1.0.0 (MIT)']);
      assert.match(text, /--- LICENSE\.md ---\nApache License 2\.0 text/);
      assert.match(text, /Copyright \(c\) Zeta authors/);
      assert.equal(text.match(/Copyright \(c\) Zeta authors/g)?.length, 1);
      assert.match(text, /bare 0\.1\.0 \(ISC\)\n\n\(The package ships no licence file/);
      assert.doesNotMatch(text, /index\.js/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
