// Loading pages for import, against a real HTTP server on 127.0.0.1 started by this suite: the
// good case, every bad case of the issue (network error, timeout, HTTP errors, non-HTML, over the
// size cap, redirect loops and chains, invalid addresses) and the declared character sets.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fetchPage, loadPage, looksLikeUrl, PageError, readPageFile, USER_AGENT } from '../../src/net/loadPage';
import { startPageServer, type PageServer } from './pageServer';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'web');
const NEWS = fs.readFileSync(path.join(FIXTURES, 'harbour-tram-news.html'));
const LATIN1 = fs.readFileSync(path.join(FIXTURES, 'tramway-latin1.html'));
const HTML = { 'content-type': 'text/html; charset=utf-8' };

async function pageError(promise: Promise<unknown>): Promise<PageError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PageError, `expected a PageError, got ${error}`);
    assert.ok(!error.message.includes('\n'), `one line: ${error.message}`);
    return error;
  }
  throw new assert.AssertionError({ message: 'expected the load to fail' });
}

describe('loading a page for import', () => {
  let server: PageServer;
  before(async () => {
    server = await startPageServer();
  });
  after(() => server.close());

  it('fetches an HTML page, keeps its original bytes and names Claimline in the User-Agent', async () => {
    server.serve('/news', { headers: HTML, body: NEWS });
    const page = await fetchPage(server.url('/news'));
    assert.strictEqual(page.url, server.url('/news'));
    assert.deepStrictEqual(Buffer.from(page.bytes), NEWS);
    assert.ok(page.html.includes('Sean O&rsquo;Brien'));
    assert.strictEqual(page.encoding.encoding, 'utf-8');
    const request = server.requests.filter((r) => r.path === '/news').pop();
    assert.strictEqual(request?.userAgent, USER_AGENT);
    assert.match(USER_AGENT, /^Claimline\//);
  });

  it('follows up to five redirects, relative ones included, and reports the final address', async () => {
    for (let i = 1; i <= 5; i++) server.serve(`/hop${i}`, { status: i % 2 ? 301 : 302, headers: { location: i === 5 ? '/news' : `/hop${i + 1}` } });
    server.serve('/news', { headers: HTML, body: NEWS });
    const page = await fetchPage(server.url('/hop1'));
    assert.strictEqual(page.url, server.url('/news'));
  });

  it('refuses a sixth redirect', async () => {
    for (let i = 1; i <= 6; i++) server.serve(`/long${i}`, { status: 307, headers: { location: i === 6 ? '/news' : `/long${i + 1}` } });
    const error = await pageError(fetchPage(server.url('/long1')));
    assert.match(error.message, /redirects more than 5 times/);
    assert.ok(error.message.startsWith(server.url('/long1')), error.message);
  });

  it('stops a redirect loop', async () => {
    server.serve('/ping', { status: 302, headers: { location: '/pong' } });
    server.serve('/pong', { status: 302, headers: { location: '/ping' } });
    const error = await pageError(fetchPage(server.url('/ping')));
    assert.match(error.message, /redirects in a loop/);
  });

  it('refuses a redirect to another scheme', async () => {
    server.serve('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
    assert.match((await pageError(fetchPage(server.url('/to-file')))).message, /non-http\(s\) address/);
  });

  it('reports HTTP errors with their status', async () => {
    server.serve('/gone', { status: 410, headers: HTML, body: '<p>gone</p>' });
    server.serve('/broken', { status: 500, headers: HTML, body: '<p>oops</p>' });
    assert.match((await pageError(fetchPage(server.url('/missing')))).message, /answered HTTP 404 Not Found$/);
    assert.match((await pageError(fetchPage(server.url('/gone')))).message, /HTTP 410/);
    assert.match((await pageError(fetchPage(server.url('/broken')))).message, /HTTP 500/);
  });

  it('refuses content that is not HTML', async () => {
    server.serve('/report.pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
    server.serve('/data.json', { headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    assert.match((await pageError(fetchPage(server.url('/report.pdf')))).message, /not a web page \(content type application\/pdf/);
    assert.match((await pageError(fetchPage(server.url('/data.json')))).message, /application\/json/);
  });

  it('accepts XHTML and a page without a content type that starts like HTML, not other bytes', async () => {
    server.serve('/xhtml', { headers: { 'content-type': 'application/xhtml+xml' }, body: NEWS });
    assert.ok((await fetchPage(server.url('/xhtml'))).html.includes('Harbour tram'));
    server.serve('/untyped', { body: NEWS });
    assert.ok((await fetchPage(server.url('/untyped'))).html.includes('Harbour tram'));
    server.serve('/untyped-binary', { body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) });
    assert.match((await pageError(fetchPage(server.url('/untyped-binary')))).message, /not a web page/);
  });

  it('refuses a page over the size cap, whether it declares its length or streams it', async () => {
    const big = `<html><body>${'<p>padding text</p>'.repeat(20_000)}</body></html>`;
    server.serve('/big', { headers: HTML, body: big });
    server.serve('/big-streamed', { headers: HTML, body: big, chunked: 16 * 1024 });
    const declared = await pageError(fetchPage(server.url('/big'), { maxBytes: 100_000 }));
    assert.match(declared.message, /above the 0\.1 MB limit/);
    const streamed = await pageError(fetchPage(server.url('/big-streamed'), { maxBytes: 100_000 }));
    assert.match(streamed.message, /larger than the 0\.1 MB limit/);
    // Under a larger cap the same streamed page arrives whole.
    assert.strictEqual((await fetchPage(server.url('/big-streamed'), { maxBytes: 1_000_000 })).bytes.length, Buffer.byteLength(big));
  });

  it('times out on a slow server', async () => {
    server.serve('/slow', { headers: HTML, body: NEWS, delayMs: 5_000 });
    const error = await pageError(fetchPage(server.url('/slow'), { timeoutMs: 200 }));
    assert.match(error.message, /timed out/);
    assert.match(error.message, /0\.2 s/);
  });

  it('reports a refused connection', async () => {
    // A port that was just free: bind, note it, close.
    const probe = await startPageServer();
    const address = probe.url('/closed');
    await probe.close();
    const error = await pageError(fetchPage(address, { timeoutMs: 5_000 }));
    assert.match(error.message, /could not be fetched: connection refused/);
  });

  it('refuses invalid and non-web addresses', async () => {
    assert.match((await pageError(fetchPage('http://'))).message, /not a valid web address/);
    assert.match((await pageError(fetchPage('ftp://example.org/page.html'))).message, /not an http\(s\) address \(ftp/);
    assert.match((await pageError(loadPage('javascript:alert(1)'))).message, /not a valid web address|not an http\(s\) address/);
    assert.match((await pageError(fetchPage('https://user:secret@example.org/'))).message, /user name or password/);
    assert.ok(looksLikeUrl('https://example.org/a'));
    assert.ok(!looksLikeUrl('saved/page.html'));
    assert.ok(!looksLikeUrl('C:\\pages\\page.html'));
  });

  it('decodes a Latin-1 page by its Content-Type header, and by its <meta> without one', async () => {
    server.serve('/latin1-header', { headers: { 'content-type': 'text/html; charset=ISO-8859-1' }, body: LATIN1 });
    const byHeader = await fetchPage(server.url('/latin1-header'));
    assert.strictEqual(byHeader.encoding.source, 'header');
    assert.ok(byHeader.html.includes('François Lefèvre'), 'accents decoded');
    server.serve('/latin1-meta', { headers: { 'content-type': 'text/html' }, body: LATIN1 });
    const byMeta = await fetchPage(server.url('/latin1-meta'));
    assert.strictEqual(byMeta.encoding.source, 'meta');
    assert.ok(byMeta.html.includes('« Nous avons sous-estimé'), byMeta.html.slice(0, 300));
  });

  it('lets a byte order mark win over a wrong declaration, and refuses an unknown charset', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<html><body><p>Zoë said “yes”.</p></body></html>')]);
    server.serve('/bom', { headers: { 'content-type': 'text/html; charset=iso-8859-1' }, body: bom });
    const page = await fetchPage(server.url('/bom'));
    assert.strictEqual(page.encoding.source, 'bom');
    assert.ok(page.html.startsWith('<html>') && page.html.includes('Zoë said “yes”'));
    server.serve('/klingon', { headers: { 'content-type': 'text/html; charset=x-klingon' }, body: '<p>x</p>' });
    assert.match((await pageError(fetchPage(server.url('/klingon')))).message, /character set "x-klingon"/);
  });
});

describe('reading a saved page for import', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimline-load-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a saved page with its declared encoding', async () => {
    const page = await readPageFile(path.join(FIXTURES, 'tramway-latin1.html'));
    assert.strictEqual(page.url, null);
    assert.strictEqual(page.encoding.encoding, 'windows-1252');
    assert.ok(page.html.includes('a déclaré François'));
    assert.deepStrictEqual(Buffer.from(page.bytes), LATIN1);
  });

  it('accepts saved pages that open with an XML declaration, a style sheet or a server warning', async () => {
    const starts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', '<br />\n<b>Warning</b>:  mysql_connect(): access denied\n', '<style>.a{}</style>\n'];
    for (const [i, start] of starts.entries()) {
      const file = path.join(dir, `odd-${i}.html`);
      fs.writeFileSync(file, `${start}<html><body><p>Story.</p></body></html>`);
      assert.ok((await readPageFile(file)).html.includes('<p>Story.</p>'), start);
    }
    const json = path.join(dir, 'data.html');
    fs.writeFileSync(json, '{"html": "<p>not a page</p>"}');
    assert.match((await pageError(readPageFile(json))).message, /not a saved web page/);
  });

  it('names the file in every refusal', async () => {
    const missing = path.join(dir, 'missing.html');
    assert.strictEqual((await pageError(loadPage(missing))).message, `${missing}: no such file (give an http(s) address or a saved .html file)`);
    assert.match((await pageError(loadPage(dir))).message, /is a folder/);
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'Just some notes, not a page.');
    assert.match((await pageError(loadPage(text))).message, /not a saved web page/);
    const binary = path.join(dir, 'image.html');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    assert.match((await pageError(loadPage(binary))).message, /binary file/);
    const big = path.join(dir, 'big.html');
    fs.writeFileSync(big, `<html>${'x'.repeat(200_000)}</html>`);
    assert.match((await pageError(loadPage(big, { maxBytes: 100_000 }))).message, /above the 0\.1 MB limit/);
  });
});
