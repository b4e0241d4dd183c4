// `npx tsx scripts/pwa-icons.ts`: draws the installable app's PNG icons from apps/web/src/app/icon.svg
// (the Overlord's lens on poster red) in Debian's Chromium. The outputs are committed; run it
// again only when the drawing changes. The lens fits the central 80% circle, so the 512 px icon
// also serves as the maskable one (apps/web/src/app/manifest.ts).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

import { chromiumPath } from './stack/index.ts';

const web = resolve(import.meta.dirname, '../apps/web');
const svg = await readFile(join(web, 'src/app/icon.svg'), 'utf8');
const outputs = [
  { file: join(web, 'public/icons/icon-192.png'), size: 192 },
  { file: join(web, 'public/icons/icon-512.png'), size: 512 },
  // Apple's home-screen icon, found by Next's file convention.
  { file: join(web, 'src/app/apple-icon.png'), size: 180 },
];

const executablePath = chromiumPath();
if (!executablePath)
  throw new Error('Chromium is needed (npm test installs it; or set CHROMIUM_PATH).');
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox'] });
try {
  for (const { file, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(file.slice(resolve(web, '../..').length + 1));
  }
} finally {
  await browser.close();
}
