// npm run package:check — builds the .vsix and checks what ships: an installable package holding the
// extension bundle (dist/extension.js, the `browser` entry and the code of every host), the Node
// host's entry (dist/node.js, `main`), the lazily loaded web-page chunk (dist/web.js), the webview
// media and the manifest, with no sources, no node_modules and no evaluation corpus text; and the
// size budget of issue 17: under 250 KB without the web-page chunk, under 400 KB with it. Sizes are
// of the .vsix (a zip): "without the chunk" subtracts the chunk's compressed size and its zip
// headers. It prints the measured sizes; the README states them (`npm run package:check -- --readme`
// rewrites that sentence; one more than 1 KB away from the build's figures fails this check: the
// README is itself in the .vsix, so the figures are whole KB and allowed that much drift).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

const LIMIT_BYTES = 400 * 1024;
const LIMIT_WITHOUT_CHUNK_BYTES = 250 * 1024;
const CHUNK = 'extension/dist/web.js';
const vsce = join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
const README = join(REPO_ROOT, 'README.md');
// The README's sentence with the measured sizes.
const README_SIZES = /The \.vsix is (\d+) KB \((\d+) KB without the web-page chunk\)/;

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Bytes a member takes in the zip: compressed data, local header (30 + name) and central directory entry (46 + name). */
function zipBytesOf(vsixPath: string, member: string): number {
  const listing = execFileSync('unzip', ['-v', vsixPath], { encoding: 'utf8' });
  const line = listing.split('\n').find((row) => row.trim().endsWith(` ${member}`));
  if (!line) throw new Error(`${member} is not in ${vsixPath}`);
  const compressed = Number(line.trim().split(/\s+/)[2]);
  return compressed + 30 + 46 + 2 * Buffer.byteLength(member);
}

for (const name of readdirSync(REPO_ROOT)) if (name.endsWith('.vsix')) rmSync(join(REPO_ROOT, name));
execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const vsix = readdirSync(REPO_ROOT).find((name) => name.endsWith('.vsix'));
if (!vsix) throw new Error('npm run package produced no .vsix');
const size = statSync(join(REPO_ROOT, vsix)).size;
const withoutChunk = size - zipBytesOf(join(REPO_ROOT, vsix), CHUNK);
const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n');
const sizes = `The .vsix is ${Math.round(size / 1024)} KB (${Math.round(withoutChunk / 1024)} KB without the web-page chunk)`;

const problems: string[] = [];
if (size > LIMIT_BYTES) problems.push(`${vsix} is ${kb(size)} KB, above ${LIMIT_BYTES / 1024} KB`);
if (withoutChunk > LIMIT_WITHOUT_CHUNK_BYTES) problems.push(`${vsix} without dist/web.js is ${kb(withoutChunk)} KB, above ${LIMIT_WITHOUT_CHUNK_BYTES / 1024} KB`);
for (const required of ['dist/extension.js', 'dist/node.js', 'dist/web.js', 'dist/ThirdPartyNotices.txt', 'samples/harbour-tram.txt', 'schemas/claims.schema.json', 'images/icon.png', 'media/codicons/codicon.woff2', 'package.json', 'README.md', 'LICENSE', 'dist/webview/timeline.js', 'media/timeline.css', 'package.nls.json', 'package.nls.es.json', 'l10n/bundle.l10n.es.json']) {
  if (!files.includes(required)) problems.push(`missing ${required}`);
}
for (const file of files) {
  if (/^(src|test|scripts|node_modules|out|docs|media\/timeline)\//.test(file) || /\.map$/.test(file) || (file.startsWith('samples/') && file !== 'samples/harbour-tram.txt') || /corpora|\.tml$|quotes\.jsonl$/.test(file)) problems.push(`must not ship ${file}`);
}

const readme = readFileSync(README, 'utf8');
const stated = README_SIZES.exec(readme);
if (process.argv.includes('--readme')) {
  if (!stated) problems.push(`README.md has no sentence matching ${README_SIZES.source} to update`);
  else writeFileSync(README, readme.replace(README_SIZES, sizes));
} else if (!stated) {
  problems.push(`README.md does not state the size ("${sizes}")`);
} else if (Math.abs(Number(stated[1]) * 1024 - size) > 1536 || Math.abs(Number(stated[2]) * 1024 - withoutChunk) > 1536) {
  problems.push(`README.md says "${stated[0]}", the build measures "${sizes}" (npm run package:check -- --readme updates it)`);
}
if (problems.length > 0) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package check: ${vsix}: ${kb(size)} KB, ${kb(withoutChunk)} KB without the web-page chunk (limits ${LIMIT_BYTES / 1024} KB and ${LIMIT_WITHOUT_CHUNK_BYTES / 1024} KB), ${files.length} files: ${files.join(', ')}`);
