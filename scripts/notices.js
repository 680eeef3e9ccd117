// Third-party notices: every package whose code esbuild put into a bundle (read from the builds'
// metafiles) and the fonts copied into media/, with its licence text, written to
// dist/ThirdPartyNotices.txt, which ships in the .vsix and beside the command line. The MIT, ISC,
// BSD and Apache licences of the bundled libraries all ask that their notice travel with copies of
// the code; a bundle strips the files that carried it.
const fs = require('fs');
const path = require('path');

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;

/** The package an esbuild input path belongs to ("node_modules/@scope/name/…" → "@scope/name"). */
function packageOf(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const first = parts[at + 1];
  if (!first.startsWith('@')) return { name: first, dir: parts.slice(0, at + 2).join('/') };
  if (at + 2 >= parts.length) return undefined;
  return { name: `${first}/${parts[at + 2]}`, dir: parts.slice(0, at + 3).join('/') };
}

/** The packages behind the inputs of the given metafiles, by name, each with its folder. */
function bundledPackages(metafiles) {
  const found = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const pkg = packageOf(input);
      if (pkg && !found.has(pkg.name)) found.set(pkg.name, pkg.dir);
    }
  }
  return found;
}

/** One package's notice: name, version, declared licence, and the text of its licence files. */
function noticeOf(name, dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'not declared');
  const files = fs
    .readdirSync(dir)
    .filter((file) => LICENCE_FILE.test(file) && fs.statSync(path.join(dir, file)).isFile())
    .sort();
  const texts = files.map((file) => `--- ${file} ---\n${fs.readFileSync(path.join(dir, file), 'utf8').trim()}`);
  if (texts.length === 0) texts.push('(The package ships no licence file; its package.json declares the licence above.)');
  return `${name} ${manifest.version} (${licence})\n\n${texts.join('\n\n')}`;
}

/**
 * The notices text for the packages of `metafiles` plus the `extra` package folders (assets copied
 * without esbuild, such as the icon font), sorted by name so that the same install gives the same file.
 */
function noticesText(metafiles, extra = {}) {
  const packages = bundledPackages(metafiles);
  for (const [name, dir] of Object.entries(extra)) packages.set(name, dir);
  const names = [...packages.keys()].sort();
  const header =
    'Claimline includes the following third-party software. Each is distributed under its own licence, reproduced below.';
  return `${header}\n\n${names.map((name) => `${'='.repeat(78)}\n${noticeOf(name, packages.get(name))}`).join('\n\n')}\n`;
}

function writeNotices(outFile, metafiles, extra) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, noticesText(metafiles, extra));
}

module.exports = { packageOf, bundledPackages, noticesText, writeNotices };
