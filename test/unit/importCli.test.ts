// `claimline import` end to end: pages served from 127.0.0.1 by this suite and saved files, the
// written article and snapshot, the formats, --force, and every bad input leaving nothing behind.
import * as assert from 'assert';
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { promisify } from 'util';
import { runImport } from '../../src/cli/import';
import { analyze } from '../../src/core/analyze';
import { pageDate } from '../../src/core/web/pageDate';
import { startPageServer, type PageServer } from './pageServer';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'web');
const NEWS_FILE = path.join(FIXTURES, 'harbour-tram-news.html');
const NEWS = fs.readFileSync(NEWS_FILE);
const LATIN1_FILE = path.join(FIXTURES, 'tramway-latin1.html');
const NOW = new Date('2026-12-07T04:30:00.250Z');
// How the date finder words where the fixture's date comes from (its JSON-LD), as the front matter repeats it.
const STATED = pageDate(NEWS.toString('utf8'))?.description ?? '';
const HTML = { 'content-type': 'text/html; charset=utf-8' };
// A page with no story on it: a site's front door of links.
const NO_ARTICLE = '<!DOCTYPE html><html><head><title>Courier: Home</title></head><body><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav><ul><li><a href="/a">Tram delayed</a></li><li><a href="/b">Bridge closed</a></li></ul><footer>© Courier</footer></body></html>';

interface Run {
  code: number;
  stdout: string;
  stderr: string[];
}

async function run(...args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runImport(args, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) }, NOW);
  return { code, stdout: stdout.join('\n'), stderr };
}

/** Every file under `dir`, relative, sorted. */
function filesIn(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

describe('claimline import', () => {
  let server: PageServer;
  let dir: string;
  before(async () => {
    server = await startPageServer();
    server.serve('/news/2020/06/28/harbour-tram', { headers: HTML, body: NEWS });
    server.serve('/short', { status: 301, headers: { location: '/news/2020/06/28/harbour-tram' } });
    server.serve('/home', { headers: HTML, body: NO_ARTICLE });
    server.serve('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss/>' });
  });
  after(() => server.close());
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimline-import-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the Markdown article with its front matter and saves the original beside it', async () => {
    const out = path.join(dir, 'tram.md');
    const result = await run(server.url('/short'), '-o', out);
    assert.strictEqual(result.code, 0, result.stderr.join('\n'));
    assert.deepStrictEqual(filesIn(dir), ['.claimline/sources/tram.html', 'tram.md']);
    const snapshot = fs.readFileSync(path.join(dir, '.claimline', 'sources', 'tram.html'));
    assert.deepStrictEqual(snapshot, NEWS, 'the original bytes, unchanged');
    const markdown = fs.readFileSync(out, 'utf8');
    const sha = createHash('sha256').update(NEWS).digest('hex');
    assert.ok(markdown.startsWith([
      '---',
      'title: "Harbour tram line delayed again, council says"',
      'byline: "Marta Lindqvist"',
      'site: "The Riverside Courier"',
      `url: "${server.url('/news/2020/06/28/harbour-tram')}"`,
      'published: 2020-06-28',
      `published_source: "${STATED}"`,
      'retrieved: "2026-12-07T04:30:00Z"',
      `snapshot: "sha256:${sha}"`,
      'snapshot_file: ".claimline/sources/tram.html"',
      '---',
      '',
      '# Harbour tram line delayed again, council says',
      '',
      '*By Marta Lindqvist*',
      '',
    ].join('\n')), markdown.slice(0, 800));
    // The story, its subheading, quote and list; none of the menus, teasers, comments or footer.
    assert.ok(markdown.includes('\n## Costs keep rising\n'));
    assert.ok(markdown.includes('\n> “Residents were promised trams by 2021,” said opposition councillor Aino Virtanen.'));
    assert.ok(markdown.includes('\n-   a shortage of rail welders;\n'));
    assert.ok(markdown.includes("[council's report](https://council.example/reports/tram-2020.pdf) and in an interactive map."));
    for (const furniture of ['Listen Live', 'Related stories', 'Bus fares', 'never open', 'All rights reserved', 'Breaking', 'javascript:', 'evil.example']) {
      assert.ok(!markdown.includes(furniture), `no "${furniture}"`);
    }
    assert.ok(result.stdout.startsWith(`Imported "Harbour tram line delayed again, council says", published 2020-06-28 (${STATED}), to `), result.stdout);
    assert.match(STATED, /JSON-LD datePublished/);
    // The analysis of the written article places "last year" with the date from its front matter.
    const analysis = analyze(markdown, { format: 'markdown', today: '2026-12-07' });
    assert.strictEqual(analysis.published?.source, 'front-matter');
    assert.strictEqual(analysis.published?.value, '2020-06-28');
    const lastYear = analysis.findings.find((f) => markdown.slice(f.start, f.end) === 'Last year');
    assert.ok(lastYear, analysis.findings.map((f) => markdown.slice(f.start, f.end)).join(' | '));
    assert.match(lastYear.message, /2019/);
  });

  it('names the article after its title in the current folder by default (the real entry point)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(ROOT, 'src', 'cli', 'main.ts'), 'import', server.url('/news/2020/06/28/harbour-tram')], { cwd: dir });
    assert.match(stdout, /to harbour-tram-line-delayed-again-council-says\.md; original saved as \.claimline[/\\]sources[/\\]harbour-tram-line-delayed-again-council-says\.html/);
    assert.deepStrictEqual(filesIn(dir), ['.claimline/sources/harbour-tram-line-delayed-again-council-says.html', 'harbour-tram-line-delayed-again-council-says.md']);
  });

  it('never replaces an existing article without --force, and does not even fetch', async () => {
    const out = path.join(dir, 'tram.md');
    fs.writeFileSync(out, 'my own notes');
    const before = server.requests.length;
    const refused = await run(server.url('/short'), '-o', out);
    assert.strictEqual(refused.code, 2);
    assert.deepStrictEqual(refused.stderr, [`claimline: ${out}: already exists (nothing imported; use --force to replace it)`]);
    assert.strictEqual(server.requests.length, before);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'my own notes');
    assert.deepStrictEqual(filesIn(dir), ['tram.md']);
    const forced = await run(server.url('/short'), '-o', out, '--force');
    assert.strictEqual(forced.code, 0);
    assert.ok(fs.readFileSync(out, 'utf8').startsWith('---\ntitle: "Harbour tram'));
  });

  it('refuses to replace a different saved original under the same name', async () => {
    const snapshot = path.join(dir, '.claimline', 'sources', 'tram.html');
    fs.mkdirSync(path.dirname(snapshot), { recursive: true });
    fs.writeFileSync(snapshot, '<p>another page</p>');
    const refused = await run(server.url('/short'), '-o', path.join(dir, 'tram.md'));
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr[0], /tram\.html: already exists/);
    assert.deepStrictEqual(filesIn(dir), ['.claimline/sources/tram.html']);
  });

  it('prints only the article text with --format text, writing nothing', async () => {
    const result = await run(server.url('/short'), '--format', 'text');
    assert.strictEqual(result.code, 0);
    const paragraphs = result.stdout.split('\n\n');
    assert.strictEqual(paragraphs[0], 'Harbour tram line delayed again, council says');
    assert.strictEqual(paragraphs[1], 'By Marta Lindqvist');
    assert.ok(result.stdout.includes('“We underestimated the work needed on the old quay walls,” said Sean O’Brien'));
    assert.ok(!result.stdout.includes('---') && !result.stdout.includes('sha256') && !result.stdout.includes('Listen Live'));
    assert.deepStrictEqual(filesIn(dir), []);
  });

  it('gives the metadata and the text with --format json', async () => {
    const result = await run(server.url('/short'), '--format=json');
    assert.strictEqual(result.code, 0);
    const record = JSON.parse(result.stdout);
    assert.strictEqual(record.source, server.url('/short'));
    assert.strictEqual(record.url, server.url('/news/2020/06/28/harbour-tram'));
    assert.strictEqual(record.published, '2020-06-28');
    assert.strictEqual(record.published_source, STATED);
    assert.strictEqual(record.snapshot, `sha256:${createHash('sha256').update(NEWS).digest('hex')}`);
    assert.strictEqual(record.retrieved, '2026-12-07T04:30:00Z');
    assert.strictEqual(record.encoding, 'utf-8');
    assert.ok(record.text.startsWith('Harbour tram line delayed again, council says\n\nBy Marta Lindqvist\n\nThe harbour tram line will not open before 2023'));
  });

  it('imports a saved Latin-1 page, addressed by its canonical link when it has one', async () => {
    const latin = await run(LATIN1_FILE, '--format', 'json');
    assert.strictEqual(latin.code, 0, latin.stderr.join('\n'));
    const record = JSON.parse(latin.stdout);
    assert.strictEqual(record.encoding, 'windows-1252');
    assert.strictEqual(record.url, null);
    assert.strictEqual(record.published, '2020-06-28');
    assert.ok(record.text.includes('« Nous avons sous-estimé les travaux sur les quais », a déclaré François Lefèvre'));
    const saved = await run(NEWS_FILE, '--format', 'json');
    assert.strictEqual(JSON.parse(saved.stdout).url, 'https://courier.example/news/2020/06/28/harbour-tram-delayed');
  });

  it('reports each bad input in one line naming it, exits 2 and writes nothing', async () => {
    server.serve('/slow', { headers: HTML, body: NEWS, delayMs: 3_000 });
    server.serve('/huge', { headers: HTML, body: `<html><body>${'<p>More text for the page.</p>'.repeat(60_000)}</body></html>`, chunked: 64 * 1024 });
    server.serve('/loop-a', { status: 302, headers: { location: '/loop-b' } });
    server.serve('/loop-b', { status: 302, headers: { location: '/loop-a' } });
    const out = path.join(dir, 'out.md');
    const cases: Array<[string[], RegExp]> = [
      [[server.url('/missing')], /: the server answered HTTP 404 Not Found$/],
      [[server.url('/feed.xml')], /: is not a web page \(content type application\/rss\+xml/],
      [[server.url('/home')], /: has no recognisable article/],
      [[server.url('/slow'), '--timeout', '0.3'], /: no complete answer within 0\.3 s \(timed out\)$/],
      [[server.url('/huge'), '--max-size', '1'], /: is larger than the 1 MB limit$/],
      [[server.url('/loop-a')], /: redirects in a loop/],
      [['https://'], /: is not a valid web address$/],
      [['ftp://example.org/story.html'], /: is not an http\(s\) address/],
      [[path.join(dir, 'nothing-here.html')], /: no such file/],
    ];
    for (const [args, expected] of cases) {
      const result = await run(...args, '-o', out);
      assert.strictEqual(result.code, 2, args.join(' '));
      assert.strictEqual(result.stderr.length, 1, result.stderr.join('\n'));
      assert.ok(result.stderr[0].startsWith(`claimline: ${args[0]}: `), result.stderr[0]);
      assert.match(result.stderr[0], expected);
      assert.ok(!result.stderr[0].includes('\n'));
      assert.deepStrictEqual(filesIn(dir), [], `nothing written for ${args[0]}`);
    }
  });

  it('explains its usage errors', async () => {
    assert.match((await run()).stderr[0], /no URL or FILE given/);
    assert.match((await run('a.html', 'b.html')).stderr[0], /one URL or FILE/);
    assert.match((await run('a.html', '--format', 'pdf')).stderr[0], /--format of claimline import must be one of "markdown", "text", "json", not "pdf"/);
    assert.match((await run('a.html', '--timeout=0')).stderr[0], /^claimline: --timeout must be a positive number, not "0"/);
    assert.match((await run('a.html', '--format')).stderr[0], /^claimline: Option '--format <value>' argument missing/);
    assert.match((await run('a.html', '--forse')).stderr[0], /^claimline: unknown option --forse\n/);
    assert.strictEqual((await run('--help')).code, 0);
  });
});
