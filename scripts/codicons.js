// Builds media/codicons/ (codicon.css + codicon.woff2) from @vscode/codicons with only the glyphs the
// timeline webview uses: the full font is 61 KB of a 195 KB .vsix, the webview needs a few dozen of its
// ~600 glyphs. Run by esbuild.js on every build, so a new icon in the webview is picked up without a
// list to maintain; the generated files are git-ignored.
//
// A glyph counts as used when its name appears in a webview source as a string literal ('history') or
// a class (codicon-history): the webview script (media/timeline/) picks icons by name from tables and calls.
// Subsetting: subset-font (HarfBuzz's hb-subset compiled to WebAssembly; pure npm, no native build).
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PACKAGE_DIST = path.join(path.dirname(require.resolve('@vscode/codicons/package.json')), 'dist');
/** Files whose text decides which glyphs ship. */
const WEBVIEW_SOURCES = [
  ...fs.readdirSync(path.join(ROOT, 'media', 'timeline')).filter((name) => name.endsWith('.js')).map((name) => `media/timeline/${name}`),
  'media/timeline.css',
  'src/extension/timelineWebview.ts',
];
const OUT_DIR = path.join(ROOT, 'media', 'codicons');

/** `.codicon-NAME:before { content: "\eXXX" }` rules of the package's stylesheet: name → code point. */
function codiconTable(css) {
  const table = new Map();
  for (const match of css.matchAll(/^\.codicon-([a-z0-9-]+):before \{ content: "\\([0-9a-f]+)" \}$/gm)) {
    table.set(match[1], parseInt(match[2], 16));
  }
  return table;
}

/** The codicon names the webview sources mention, sorted. */
function usedCodicons(table, sources) {
  const used = new Set();
  for (const text of sources) {
    for (const match of text.matchAll(/'([a-z0-9-]+)'|codicon-([a-z0-9-]+)/g)) {
      const name = match[1] ?? match[2];
      if (table.has(name)) used.add(name);
    }
  }
  return [...used].sort();
}

/**
 * Writes codicon.css and codicon.woff2 into `outDir`; resolves to what was kept and the sizes, for the
 * build log and the tests.
 */
async function buildCodicons(outDir = OUT_DIR) {
  const subsetFont = require('subset-font');
  const css = fs.readFileSync(path.join(PACKAGE_DIST, 'codicon.css'), 'utf8');
  const font = fs.readFileSync(path.join(PACKAGE_DIST, 'codicon.ttf'));
  const table = codiconTable(css);
  if (table.size === 0) throw new Error(`no icon rules found in ${path.join(PACKAGE_DIST, 'codicon.css')}: has @vscode/codicons changed its format?`);
  const names = usedCodicons(table, WEBVIEW_SOURCES.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8')));
  const subset = await subsetFont(font, names.map((name) => String.fromCodePoint(table.get(name))).join(''), { targetFormat: 'woff2' });

  // The package's header, font face, base class and modifiers, then only the rules of the kept icons.
  const iconsAt = css.indexOf('.codicon-add:before');
  const head = css
    .slice(0, iconsAt === -1 ? css.indexOf('.codicon-') : iconsAt)
    .replace(/src: url\("\.\/codicon\.ttf\?[0-9a-f]*"\) format\("truetype"\);/, `src: url("./codicon.woff2?${hash(subset)}") format("woff2");`);
  if (!head.includes('codicon.woff2')) throw new Error('could not find the @font-face src of @vscode/codicons\' codicon.css');
  const rules = names.map((name) => `.codicon-${name}:before { content: "\\${table.get(name).toString(16)}" }`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'codicon.css'), `${head}${rules.join('\n')}\n`);
  fs.writeFileSync(path.join(outDir, 'codicon.woff2'), subset);
  return { names, fontBytes: subset.length, fullFontBytes: font.length };
}

function hash(bytes) {
  return require('crypto').createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

module.exports = { buildCodicons, codiconTable, usedCodicons, WEBVIEW_SOURCES };

if (require.main === module) {
  buildCodicons().then(
    ({ names, fontBytes, fullFontBytes }) => console.log(`codicons: ${names.length} glyphs, ${fontBytes} bytes (full font ${fullFontBytes})`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
