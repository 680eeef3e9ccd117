// Claimline: Import Article… in a real VS Code: a page served from 127.0.0.1 by this suite becomes
// a Markdown article in the workspace with its saved original, opens, and is analyzed with the
// publication date from its front matter. The command takes the address (or file) and the folder
// as arguments here; users are asked for them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { startPageServer, type PageServer } from '../unit/pageServer';
import { baselineSettings, closeAll, ruleOf } from './articles';
import { diagnosticsFor, testWorkspace } from './support';

const SLUG = 'harbour-tram-line-delayed-again-council-says';

describe('import article', function () {
  this.timeout(60_000);
  let server: PageServer;
  let news: Buffer;
  let folder: string;
  before(async () => {
    await baselineSettings();
    news = fs.readFileSync(path.join(testWorkspace(), 'web', 'harbour-tram-news.html'));
    server = await startPageServer();
    server.serve('/news/2020/06/28/harbour-tram', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: news });
    server.serve('/short', { status: 302, headers: { location: '/news/2020/06/28/harbour-tram' } });
  });
  after(async () => {
    await server.close();
    await closeAll();
  });
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(testWorkspace(), 'imported-'));
  });

  function filesIn(dir: string): string[] {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
  }

  it('imports a web address: writes the article and its original, opens it, and flags its claims', async () => {
    const expected = vscode.Uri.file(path.join(folder, `${SLUG}.md`));
    let returned: vscode.Uri | undefined;
    const diagnostics = await diagnosticsFor(expected, async () => {
      returned = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimline.importArticle', server.url('/short'), vscode.Uri.file(folder));
    }, (d) => d.some((x) => ruleOf(x) === 'quote'));
    assert.strictEqual(returned?.fsPath, expected.fsPath);
    assert.deepStrictEqual(filesIn(folder), [`.claimline/sources/${SLUG}.html`, `${SLUG}.md`]);
    assert.deepStrictEqual(fs.readFileSync(path.join(folder, '.claimline', 'sources', `${SLUG}.html`)), news);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, expected.fsPath, 'the new article is open');

    const document = vscode.window.activeTextEditor.document;
    const text = document.getText();
    assert.ok(text.startsWith('---\ntitle: "Harbour tram line delayed again, council says"\n'), text.slice(0, 300));
    assert.ok(text.includes(`\nurl: "${server.url('/news/2020/06/28/harbour-tram')}"\n`));
    assert.match(text, /\npublished: 2020-06-28\npublished_source: "the page's JSON-LD datePublished[^"\n]*"\n/);
    assert.ok(!text.includes('Listen Live') && !text.includes('Related stories'));

    const flagged = diagnostics.map((d) => `${ruleOf(d)}@${document.getText(d.range)}`);
    assert.ok(!diagnostics.some((d) => ruleOf(d) === 'no-publication-date'), `the front matter dates it: ${flagged.join(', ')}`);
    const lastYear = diagnostics.find((d) => document.getText(d.range) === 'Last year');
    assert.ok(lastYear, flagged.join(', '));
    assert.match(lastYear.message, /2019/);
    const quote = diagnostics.find((d) => ruleOf(d) === 'quote' && document.getText(d.range).startsWith('“We underestimated'));
    assert.ok(quote, flagged.join(', '));
    assert.match(quote.message, /Sean O’Brien/);
  });

  it('keeps both or leaves everything as it was when the article exists', async () => {
    const first = await vscode.commands.executeCommand<vscode.Uri>('claimline.importArticle', server.url('/short'), vscode.Uri.file(folder));
    fs.writeFileSync(first.fsPath, 'my edited copy');
    const cancelled = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimline.importArticle', server.url('/short'), vscode.Uri.file(folder), { ifExists: 'cancel' });
    assert.strictEqual(cancelled, undefined);
    assert.strictEqual(fs.readFileSync(first.fsPath, 'utf8'), 'my edited copy');
    const second = await vscode.commands.executeCommand<vscode.Uri>('claimline.importArticle', server.url('/short'), vscode.Uri.file(folder), { ifExists: 'keep-both' });
    assert.strictEqual(path.basename(second.fsPath), `${SLUG}-2.md`);
    assert.strictEqual(fs.readFileSync(first.fsPath, 'utf8'), 'my edited copy');
    assert.deepStrictEqual(filesIn(folder), [`.claimline/sources/${SLUG}-2.html`, `.claimline/sources/${SLUG}.html`, `${SLUG}-2.md`, `${SLUG}.md`]);
  });

  it('imports a saved Latin-1 page picked as a file', async () => {
    const saved = vscode.Uri.file(path.join(testWorkspace(), 'web', 'tramway-latin1.html'));
    const article = await vscode.commands.executeCommand<vscode.Uri>('claimline.importArticle', saved, vscode.Uri.file(folder));
    const text = fs.readFileSync(article.fsPath, 'utf8');
    assert.ok(text.includes('« Nous avons sous-estimé les travaux sur les quais », a déclaré François Lefèvre'), text);
    assert.ok(text.includes('\npublished: 2020-06-28\n'));
  });

  it('writes nothing for a page that cannot be imported', async () => {
    server.serve('/feed', { headers: { 'content-type': 'application/json' }, body: '{}' });
    for (const bad of [server.url('/missing'), server.url('/feed'), 'https://', path.join(folder, 'no-such-page.html')]) {
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimline.importArticle', bad, vscode.Uri.file(folder));
      assert.strictEqual(result, undefined, bad);
    }
    assert.deepStrictEqual(filesIn(folder), []);
  });
});
