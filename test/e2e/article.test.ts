// What a fact-checker sees after opening an article: the flagged claims in the Problems panel and a
// hover that explains how a date was resolved. Also saves the README's screenshots of both.
import * as assert from 'assert';
import { hoverOver, openWorkbench, screenshot, Workbench } from './harness';

// riverside-tram.txt (a self-written fixture) is dated by its wire dateline, "Dec. 5, 2020".
const ARTICLE = 'riverside-tram.txt';

describe('e2e: opening an article', function () {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench({ file: ARTICLE });
    // Hide the explorer: the screenshots show the article, not the fixtures folder.
    await workbench.page.keyboard.press('Control+B');
  });

  after(async () => {
    await workbench?.close();
  });

  it('lists the article\'s claims in the Problems panel', async () => {
    const { page } = workbench;
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    const fileRow = panel.locator('.monaco-list-row', { hasText: ARTICLE }).first();
    await fileRow.waitFor({ timeout: 30_000 });

    // The count badge of the file row is what the user reads first.
    const count = Number(await fileRow.locator('.monaco-count-badge').innerText());
    assert.ok(count >= 10, `expected a dozen or more problems for ${ARTICLE}, the panel shows ${count}`);

    // The list is virtualised: filter it, as a user would, to find particular entries.
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    const expectations: { filter: string; row: RegExp; severity: 'warning' | 'info'; rule: string }[] = [
      { filter: 'September 2020', row: /in September → September 2020/, severity: 'info', rule: 'dated-claim' },
      { filter: 'March 2017', row: /in March 2017 → March 2017/, severity: 'info', rule: 'dated-claim' },
      { filter: 'summer 2022', row: /in the summer of 2022 → summer 2022/, severity: 'warning', rule: 'stale-prediction' },
    ];
    for (const expected of expectations) {
      await filter.fill(expected.filter);
      const row = panel.locator('.monaco-list-row', { hasText: expected.row }).first();
      await row.waitFor({ timeout: 10_000 });
      const text = await row.innerText();
      assert.match(text, new RegExp(`claimline\\s*\\(?${expected.rule}`), `row shows source and rule: ${text}`);
      const icon = row.locator(`.codicon-${expected.severity}, .marker-icon.${expected.severity}`);
      assert.ok((await icon.count()) > 0, `"${expected.filter}" is shown as ${expected.severity}`);
    }
    await filter.fill('');
    await fileRow.waitFor();
    await page.waitForTimeout(300); // let the list repaint before the screenshot
    await screenshot(page, 'problems-panel.png');
  });

  it('explains a flagged claim in a hover: the expression, its resolved date and why', async () => {
    const { page } = workbench;
    // Close the panel so the hover has room above and below the line.
    await page.keyboard.press('Control+J');
    // Wait for Claimline's own hover section (the value "2020-09" appears only there), not just the
    // diagnostic message VS Code shows in the same widget.
    const text = await hoverOver(page, 'September', /September → September 2020 \(\s*2020-09\s*\)/);
    assert.match(text, /the September on or before the publication date, 5 Dec 2020/, 'the reasoning, with the publication date');
    assert.match(text, /Past claim/, 'the claim kind');
    assert.match(text, /Attributed to Elena Sorensen/, 'the speaker and how it was found');
    // The README's screenshot: a claim outside any quote, whose hover fits without a scroll bar.
    await page.mouse.move(5, 5);
    await page.locator('.monaco-hover:not(.hidden)').waitFor({ state: 'hidden' }).catch(() => undefined);
    await hoverOver(page, 'March 2017', /March 2017 → March 2017/);
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-scrollable-element').first();
    const clipped = await hover.evaluate((element) => {
      const content = element.firstElementChild as HTMLElement;
      return content.scrollHeight - element.clientHeight;
    });
    assert.ok(clipped <= 1, `the whole hover is visible (${clipped} px hidden)`);
    await screenshot(page, 'editor-hover.png');
  });
});
