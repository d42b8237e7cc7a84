// Rasterises site/public/favicon.svg into site/public/favicon.ico (one 32×32 PNG inside an
// ICO container, which every browser reads) for browsers without SVG favicons.
// Run after changing the SVG: `npx node scripts/make-favicon.mjs` (needs Debian's Chromium).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('site/public/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 32, height: 32 } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:32px;height:32px}</style>${svg}`);
  const png = await page.screenshot({ omitBackground: true });
  // ICONDIR (6 bytes) + one ICONDIRENTRY (16 bytes) + the PNG itself.
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0); // reserved
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(32, 6); // width
  head.writeUInt8(32, 7); // height
  head.writeUInt8(0, 8); // no palette
  head.writeUInt8(0, 9); // reserved
  head.writeUInt16LE(1, 10); // colour planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(png.length, 14); // image size
  head.writeUInt32LE(22, 18); // image offset
  writeFileSync('site/public/favicon.ico', Buffer.concat([head, png]));
  console.log(`favicon.ico: ${22 + png.length} bytes`);
} finally {
  await browser.close();
}
