// Photographs the release build with the bundled snapshot on a fixed reference date,
// so the pictures change only when the monitor does. Called by screenshots.sh.
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/server.mjs';
import { launchBrowser } from '../tests/e2e/browser.mjs';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const SHOTS = [
  { name: 'glance', path: '/embed.html?today=2026-11-28' },
  { name: 'full', path: '/?today=2026-11-28' },
];

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const { name, path } of SHOTS) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`${server.origin}${path}`);
        await page.locator('.dsii-chart').waitFor();
        const file = `${OUT}${name}-${width}-${colorScheme}.png`;
        // The glance whole; the long form's first screen.
        await page.screenshot({ path: file, fullPage: name === 'glance' });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
