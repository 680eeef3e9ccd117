// Renders images/icon.svg to images/icon.png (128 × 128, the Marketplace's icon size) with the
// Chromium the real-VS-Code tests already use (playwright-core + Debian's chromium), so the PNG in the
// repository is reproducible from the SVG beside it: `npx tsx scripts/render-icon.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..');
const SIZE = 128;

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(ROOT, 'images', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const target = path.join(ROOT, 'images', 'icon.png');
    await page.locator('svg').screenshot({ path: target, omitBackground: true });
    console.log(`${path.relative(ROOT, target)}: ${fs.statSync(target).size} bytes`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
