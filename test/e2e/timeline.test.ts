// The claim timeline panel as a user sees it: the story in chronological order with the
// publication-date and today markers, and an entry that, clicked (or Enter), selects its claim in
// the editor. A fact-checker sets a claim's status and note from the timeline itself, and they land
// in the notes file. Saves the README's timeline screenshot.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame } from 'playwright-core';
import { cursorStatus, hostSession, openWorkbench, runCommand, screenshot, waitForCursorLine, webviewFrame, Workbench } from './harness';

const ARTICLE = 'riverside-tram.txt';

interface RenderedItem {
  type: 'entry' | 'marker';
  /** Year and month (1-12, or null when the label names none) of a dated entry. */
  year: number | null;
  month: number | null;
  text: string;
  marker?: 'published' | 'today';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The dated part of the timeline in document order, read from what is rendered: each entry's date
 * comes from its own label ("September 2020", "5 Dec 2020", "2017", "Spring 2021").
 */
async function renderedTimeline(frame: Frame): Promise<RenderedItem[]> {
  const raw = await frame.evaluate(() =>
    Array.from(document.querySelectorAll('main section.year li.entry, main section.year li.marker')).map((item) => ({
      isMarker: item.classList.contains('marker'),
      marker: item.classList.contains('marker-published') ? 'published' : item.classList.contains('marker-today') ? 'today' : undefined,
      date: item.querySelector('.entry-date')?.textContent ?? '',
      text: (item as HTMLElement).innerText,
    })),
  );
  return raw.map((item) => {
    const source = item.isMarker ? item.text : item.date;
    const year = /\b(1[89]\d\d|2\d\d\d)\b/.exec(source);
    const lower = source.toLowerCase();
    const monthIndex = MONTHS.findIndex((name) => new RegExp(`\\b${name.slice(0, 3)}`).test(lower));
    return {
      type: item.isMarker ? 'marker' : 'entry',
      year: year ? Number(year[1]) : null,
      month: monthIndex >= 0 ? monthIndex + 1 : null,
      text: item.text,
      marker: item.marker as RenderedItem['marker'],
    };
  });
}

interface StoredNote {
  status: string;
  text: string;
  sources: string[];
  anchor: { text: string };
}

/** Polls the article's notes file until a note satisfies `accept` (the write is asynchronous). */
async function storedNote(accept: (note: StoredNote) => boolean, what: string, timeoutMs = 20_000): Promise<StoredNote> {
  const sidecar = path.join(hostSession().workspace, `${ARTICLE}.claims.json`);
  const deadline = Date.now() + timeoutMs;
  let last = '(no notes file)';
  while (Date.now() < deadline) {
    if (fs.existsSync(sidecar)) {
      last = fs.readFileSync(sidecar, 'utf8');
      try {
        const found = (JSON.parse(last) as { notes: StoredNote[] }).notes.find(accept);
        if (found) return found;
      } catch {
        // Never half-written (atomic rename), but be safe against a parse race.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no note ${what} in ${sidecar} within ${timeoutMs / 1000} s; it holds: ${last.slice(0, 600)}`);
}

describe('e2e: the claim timeline panel', function () {
  let workbench: Workbench;
  let frame: Frame;

  before(async () => {
    workbench = await openWorkbench({ file: ARTICLE });
    // The explorer is not needed here; the screenshot shows the article beside its timeline.
    await workbench.page.keyboard.press('Control+B');
    await runCommand(workbench.page, 'Claimline: Show Claim Timeline');
    frame = await webviewFrame(workbench.page, /Claim Timeline: riverside-tram\.txt/);
    await frame.locator('main[aria-busy="false"] li.entry').first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await workbench?.close();
  });

  it('lays the story out in chronological order, 2017 to 2023', async () => {
    const years = (await frame.locator('main section.year > h2.year-heading').allInnerTexts()).map(Number);
    assert.ok(years.length >= 4, `several years shown: ${years}`);
    assert.deepStrictEqual([...years].sort((a, b) => a - b), years, `year sections ascend: ${years}`);
    assert.strictEqual(years[0], 2017, 'the story starts with the 2017 promise');
    assert.ok(years.includes(2023), 'the promised 2023 opening is on the timeline');

    const entries = (await renderedTimeline(frame)).filter((item) => item.type === 'entry');
    assert.ok(entries.length >= 8, `expected the article's dated claims, got ${entries.length}`);
    for (let i = 1; i < entries.length; i++) {
      const [before, after] = [entries[i - 1], entries[i]];
      assert.ok(before.year !== null && after.year !== null, `every dated entry shows a year: "${before.text}" / "${after.text}"`);
      assert.ok(before.year <= after.year, `"${before.text}" (${before.year}) is before "${after.text}" (${after.year})`);
      if (before.year === after.year && before.month !== null && after.month !== null) {
        assert.ok(before.month <= after.month, `month order within ${after.year}: "${before.text}" then "${after.text}"`);
      }
    }
  });

  it('marks the publication date and today in their places', async () => {
    const items = await renderedTimeline(frame);
    const published = items.findIndex((item) => item.marker === 'published');
    const today = items.findIndex((item) => item.marker === 'today');
    assert.ok(published >= 0, 'a publication-date marker is shown');
    assert.ok(today >= 0, 'a today marker is shown');
    assert.match(items[published].text, /5 Dec 2020/);
    const todayYear = new Date().getFullYear();
    assert.strictEqual(items[today].year, todayYear, `today marker in ${todayYear}: ${items[today].text}`);
    // Entries before the publication marker are from 2020 or earlier, entries after it from 2020 on.
    items.slice(0, published).filter((item) => item.type === 'entry').forEach((item) => assert.ok((item.year ?? 0) <= 2020, `before publication: ${item.text}`));
    items.slice(published + 1).filter((item) => item.type === 'entry').forEach((item) => assert.ok((item.year ?? 0) >= 2020, `after publication: ${item.text}`));
    assert.ok(today > published, 'today comes after the publication date');
    // Future claims and stale predictions are told apart from the past at a glance.
    assert.ok((await frame.locator('li.entry.stale').count()) > 0, 'stale predictions are highlighted');
    // The README's screenshot shows the year of the publication marker from its heading, which must
    // sit below the sticky toolbar (the page's scroll padding keeps it clear), and the whole search
    // placeholder.
    const year = frame.locator('section.year', { has: frame.locator('li.marker-published') });
    await year.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await workbench.page.waitForTimeout(300);
    const layout = await year.evaluate((section) => {
      const heading = section.querySelector('h2')!.getBoundingClientRect();
      const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
      const search = document.getElementById('filter-text') as HTMLInputElement;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(search).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = search.placeholder;
      document.body.append(probe);
      const placeholderWidth = probe.getBoundingClientRect().width;
      probe.remove();
      return { headingTop: heading.top, toolbarBottom: toolbar.bottom, placeholderWidth, searchWidth: search.clientWidth };
    });
    assert.ok(layout.headingTop >= layout.toolbarBottom, `year heading (top ${layout.headingTop}) clear of the toolbar (bottom ${layout.toolbarBottom})`);
    assert.ok(layout.placeholderWidth <= layout.searchWidth, `search placeholder fits: ${layout.placeholderWidth} px in ${layout.searchWidth} px`);
    await screenshot(workbench.page, 'timeline.png');
    await frame.locator('main').evaluate(() => window.scrollTo(0, 0));
  });

  it('selects the claim in the editor when an entry is clicked or chosen with Enter', async () => {
    const { page } = workbench;
    assert.strictEqual((await cursorStatus(page)).line, 1, 'the cursor starts at the top');

    const march = frame.locator('button.entry-main', { hasText: 'approved by the council in March 2017' }).filter({
      has: frame.locator('.entry-date', { hasText: 'March 2017' }),
    });
    await march.click();
    await waitForCursorLine(page, 7);
    const afterClick = await cursorStatus(page);
    assert.strictEqual(afterClick.line, 7, 'the March 2017 claim is on line 7');
    assert.ok(afterClick.selected > 10, `the claim is selected, not just the cursor moved (${afterClick.selected} selected)`);

    // Selecting the claim moves the focus to the editor, a moment later on a busy machine: wait for
    // it, or it lands after the keyboard focus below and the Enter goes to the editor.
    await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') != null, undefined, { timeout: 10_000 });

    // Keyboard: focus the last summer-2022 entry and press Enter.
    const summer = frame.locator('button.entry-main', { hasText: 'summer of 2022' }).first();
    await summer.focus();
    await frame.waitForFunction(() => document.activeElement?.textContent?.includes('summer of 2022') === true, undefined, { timeout: 5_000 });
    await summer.press('Enter');
    await waitForCursorLine(page, 13);
    assert.strictEqual((await cursorStatus(page)).line, 13);
    // The same late focus move as after the click: the next test starts by pressing Tab in the
    // timeline, which the editor would take (indenting the article) if its focus arrived after that.
    await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') != null, undefined, { timeout: 10_000 });
  });

  it('sets a claim status from the timeline with the keyboard and stores it in the notes file', async () => {
    const { page } = workbench;
    const march = frame.locator('button.entry-main', { hasText: 'approved by the council in March 2017' }).filter({
      has: frame.locator('.entry-date', { hasText: 'March 2017' }),
    });
    const entry = frame.locator('li.entry').filter({ has: march });
    const activeLabel = () => frame.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

    // Tab from the entry reaches its status menu button; Enter opens the menu on the current status.
    await march.press('Tab');
    assert.strictEqual(await activeLabel(), 'Set status, now Unverified');
    await page.keyboard.press('Enter');
    await entry.locator('ul.status-menu[role="menu"]').waitFor({ timeout: 5000 });
    assert.strictEqual(await activeLabel(), 'Unverified');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await activeLabel(), 'Disputed');
    await page.keyboard.press('Enter');

    const note = await storedNote((candidate) => candidate.anchor.text.includes('March 2017') && candidate.status === 'disputed', 'disputing the March 2017 claim');
    assert.match(note.anchor.text, /approved by the council in March 2017/);
    // The timeline redraws from the stored note, and the keyboard user stays on the status button.
    await entry.locator('.status-badge', { hasText: 'Disputed' }).waitFor({ timeout: 10_000 });
    await frame.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Set status, now Disputed', undefined, { timeout: 10_000 });
    assert.strictEqual(await entry.locator('ul.status-menu').count(), 0, 'the menu closed');
  });

  /** The timeline entry of the claim that reads `claimText`. */
  const entryOf = (claimText: string) => frame.locator('li.entry').filter({ has: frame.locator('button.entry-main', { hasText: claimText }) }).first();

  /** Clicks the entry's Add note, types the note in VS Code's first prompt and waits for the second (the source). */
  async function typeNote(entry: ReturnType<typeof entryOf>, text: string) {
    const { page } = workbench;
    await entry.locator('button.note-button', { hasText: 'Add note' }).click();
    const input = page.locator('.quick-input-widget input.input');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(1/2)' }).waitFor({ timeout: 10_000 });
    await input.fill(text);
    await input.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/2)' }).waitFor({ timeout: 10_000 });
    return input;
  }

  it('adds a note from the timeline in VS Code’s input box', async () => {
    const summer = entryOf('summer of 2022');
    const source = await typeNote(summer, 'The first trams arrived in October 2022, not in the summer.');
    await source.fill('https://example.org/tram-opening');
    await source.press('Enter');

    const note = await storedNote((candidate) => candidate.text.startsWith('The first trams arrived in October 2022'), 'with the typed text');
    assert.deepStrictEqual(note.sources, ['https://example.org/tram-opening']);
    assert.match(note.anchor.text, /summer of 2022/);
    await summer.locator('p.entry-note', { hasText: 'The first trams arrived in October 2022' }).waitFor({ timeout: 10_000 });
    assert.strictEqual(await summer.locator('button.link', { hasText: 'https://example.org/tram-opening' }).count(), 1);
    assert.strictEqual(await summer.locator('button.note-button').innerText(), 'Edit note');
  });

  it('keeps the typed note when the optional source step is dismissed with Escape', async () => {
    const march = entryOf('approved by the council in March 2017');
    const source = await typeNote(march, 'The council minutes of 14 March 2017 record the vote.');
    await source.press('Escape');

    const note = await storedNote((candidate) => candidate.text.startsWith('The council minutes of 14 March 2017'), 'kept without a source');
    assert.deepStrictEqual(note.sources, []);
    await march.locator('p.entry-note', { hasText: 'The council minutes of 14 March 2017' }).waitFor({ timeout: 10_000 });
  });
});
