// npm run package:check — builds the .vsix and checks what ships: an installable package under
// 520 KB holding both bundles (Node and browser), the lazily loaded web-page chunk, the webview media
// and the manifest, with no sources, no node_modules and no evaluation corpus text. The issues'
// budget is 400 KB with the web-page reading and it is not met yet (502 KB measured with the
// Spanish bundles): the Node host
// loads the HTML parser, DOM and Readability lazily (dist/web.js, 127 KB compressed), but the
// browser's web worker cannot load a file of the extension, so dist/web/extension.js carries them
// again (207 KB compressed). The limit stops further growth while that is worked on.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

const LIMIT_BYTES = 520 * 1024;
const vsce = join(REPO_ROOT, 'node_modules', '.bin', 'vsce');

for (const name of readdirSync(REPO_ROOT)) if (name.endsWith('.vsix')) rmSync(join(REPO_ROOT, name));
execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const vsix = readdirSync(REPO_ROOT).find((name) => name.endsWith('.vsix'));
if (!vsix) throw new Error('npm run package produced no .vsix');
const size = statSync(join(REPO_ROOT, vsix)).size;
const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n');

const problems: string[] = [];
if (size > LIMIT_BYTES) problems.push(`${vsix} is ${(size / 1024).toFixed(1)} KB, above ${LIMIT_BYTES / 1024} KB`);
for (const required of ['dist/extension.js', 'dist/web.js', 'dist/web/extension.js', 'samples/harbour-tram.txt', 'schemas/claims.schema.json', 'images/icon.png', 'media/codicons/codicon.woff2', 'package.json', 'README.md', 'LICENSE', 'media/timeline.js', 'media/timeline.css', 'package.nls.json', 'package.nls.es.json', 'l10n/bundle.l10n.es.json']) {
  if (!files.includes(required)) problems.push(`missing ${required}`);
}
for (const file of files) {
  if (/^(src|test|scripts|node_modules|out)\//.test(file) || (file.startsWith('samples/') && file !== 'samples/harbour-tram.txt') || /corpora|\.tml$|quotes\.jsonl$/.test(file)) problems.push(`must not ship ${file}`);
}
if (problems.length > 0) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package check: ${vsix}, ${(size / 1024).toFixed(1)} KB (limit ${LIMIT_BYTES / 1024} KB), ${files.length} files: ${files.join(', ')}`);
