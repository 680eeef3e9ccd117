// Import Article… as a user runs it: the palette, the address typed into the prompt, the article
// opening with its claims flagged. The page is served from 127.0.0.1 by this suite. Also saves the
// README's screenshot of an imported article.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { startPageServer, type PageServer } from '../unit/pageServer';
import { hostSession, openWorkbench, runCommand, screenshot, Workbench } from './harness';

const ARTICLE = 'harbour-tram-line-delayed-again-council-says.md';

describe('e2e: importing an article from the web', function () {
  let workbench: Workbench;
  let server: PageServer;

  before(async () => {
    server = await startPageServer();
    const page = fs.readFileSync(path.join(hostSession().workspace, 'web', 'harbour-tram-news.html'));
    server.serve('/news/2020/06/28/harbour-tram', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page });
    // Wide enough that the status bar's import message is not cut off in the README's screenshot.
    workbench = await openWorkbench({ width: 1480 });
  });

  after(async () => {
    await workbench?.close();
    await server?.close();
  });

  it('asks for the address, writes the article and opens it with its claims flagged', async () => {
    const { page } = workbench;
    // The command's input box reuses the palette's widget, which therefore need not hide in between.
    await runCommand(page, 'Claimline: Import Article…', 30_000, { opensPicker: true });
    const input = page.locator('.quick-input-widget input.input');
    await page.locator('.quick-input-widget', { hasText: /web address of the article/ }).waitFor({ state: 'visible', timeout: 30_000 });
    await input.waitFor({ state: 'visible' });
    await input.fill(server.url('/news/2020/06/28/harbour-tram'));
    // The status bar confirms the date and where it came from, for 8 s from when the article opens.
    // Watched from now: checked only after the squiggles (which took longer than 8 s on a loaded
    // machine), the message had already gone.
    const confirmed = page.locator('.statusbar', { hasText: /Claimline imported .*published 2020-06-28/ }).waitFor({ timeout: 90_000 });
    confirmed.catch(() => undefined); // awaited below; no unhandled rejection if an earlier step fails first
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab.active[data-resource-name="${ARTICLE}"]`).waitFor({ timeout: 60_000 });
    await page.locator('.editor-instance .view-lines').first().waitFor();
    // Claimline's squiggles on the imported text: a dated claim and a quote.
    await page.locator('.editor-instance .squiggly-info').first().waitFor({ timeout: 30_000 });
    const written = fs.readFileSync(path.join(hostSession().workspace, ARTICLE), 'utf8');
    assert.match(written, /^---\ntitle: "Harbour tram line delayed again, council says"\n/);
    assert.ok(fs.existsSync(path.join(hostSession().workspace, '.claimline', 'sources', ARTICLE.replace(/\.md$/, '.html'))));
    await confirmed;
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: ARTICLE }).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300); // let the panel repaint before the screenshot
    await screenshot(page, 'import-article.png');
  });
});
