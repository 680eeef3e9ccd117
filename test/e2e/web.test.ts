// The same article opened with Claimline running in the browser — the web worker extension host
// that vscode.dev and github.dev offer, here code-server's — from the .vsix's `browser` entry
// (dist/extension.js, the `browser` entry). The user setting `remote.extensionKind` places it there for this suite's
// window only; VS Code's own Running Extensions view is the proof of where it runs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hostSession, openWorkbench, placeInWebWorker, runCommand, webviewFrame, Workbench } from './harness';

const ARTICLE = 'riverside-tram.txt';

describe('e2e: Claimline running in the browser (web worker extension host)', function () {
  let workbench: Workbench;

  before(async () => {
    placeInWebWorker(hostSession().settingsFile, true);
    // A folder of its own: no editors restored from the other suites' windows (the walkthrough's
    // untitled sample, the Welcome page), so this window is only the article, as a new user opens it.
    const folder = `${hostSession().workspace}-web`;
    fs.cpSync(hostSession().workspace, folder, { recursive: true });
    for (const sidecar of fs.readdirSync(folder).filter((name) => name.endsWith('.claims.json'))) fs.rmSync(path.join(folder, sidecar));
    workbench = await openWorkbench({ file: ARTICLE, folder });
  });

  after(async () => {
    await workbench?.close();
    placeInWebWorker(hostSession().settingsFile, false);
  });

  it('runs in the web worker extension host', async () => {
    const { page } = workbench;
    await runCommand(page, 'Developer: Show Running Extensions');
    // Listed by display name when installed from the .vsix, by id when loaded from a folder.
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: /claimline/i }).first();
    try {
      await row.waitFor({ timeout: 30_000 });
      assert.match(await row.innerText(), /web worker/i, 'VS Code reports where the extension runs');
    } finally {
      await runCommand(page, 'View: Close Editor');
    }
  });

  it('lists the article\'s claims in the Problems panel', async () => {
    const { page } = workbench;
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    const fileRow = panel.locator('.monaco-list-row', { hasText: ARTICLE }).first();
    await fileRow.waitFor({ timeout: 30_000 });
    const count = Number(await fileRow.locator('.monaco-count-badge').innerText());
    assert.ok(count >= 10, `a dozen or more problems for ${ARTICLE}, the panel shows ${count}`);
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill('September 2020');
    const row = panel.locator('.monaco-list-row', { hasText: /in September → September 2020/ }).first();
    await row.waitFor({ timeout: 10_000 });
    assert.match(await row.innerText(), /claimline\s*\(?dated-claim/);
    await filter.fill('');
    await page.keyboard.press('Control+J');
  });

  it('shows the claim timeline', async () => {
    const { page } = workbench;
    await runCommand(page, 'Claimline: Show Claim Timeline');
    const frame = await webviewFrame(page, /Claim Timeline: riverside-tram\.txt/);
    await frame.locator('main[aria-busy="false"] li.entry').first().waitFor({ timeout: 30_000 });
    const years = (await frame.locator('main section.year > h2.year-heading').allInnerTexts()).map(Number);
    assert.strictEqual(years[0], 2017, `the story starts in 2017: ${years}`);
    assert.ok(years.includes(2023), `the promised 2023 opening is on the timeline: ${years}`);
    assert.ok((await frame.locator('li.entry.stale').count()) > 0, 'stale predictions are highlighted');
    // The icon font, subset at build time, loaded in the webview.
    const fonts = await frame.evaluate(async () => {
      await document.fonts.ready;
      const faces: string[] = [];
      document.fonts.forEach((face) => faces.push(`${face.family}:${face.status}`));
      return faces;
    });
    assert.ok(fonts.some((face) => /codicon"?:loaded/.test(face)), `codicon font loaded: ${fonts.join(', ')}`);
  });
});
