// Time to the first pillar card of a script embed on a phone: 375 x 667, 4x CPU
// throttling, 1.6 Mbps down / 750 kbps up with 150 ms round trips (Lighthouse's mobile
// profile), with and without gzip, for this build and, with BENCH_BASELINE_DIST, an
// earlier one measured in the same run. Prints a Markdown table; median of RUNS.
//
// With gzip it also sums the total blocking time as Lighthouse defines it: each long
// task's time beyond 50 ms, from the first contentful paint until the page has been
// quiet after the first card (SETTLE_MS). The tasks come from the browser's own
// long-task entries under the same throttling, not from Lighthouse's simulation.
//
//   node bench/phone_start.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_MS = 3000;
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<article id="story"><h1>An article</h1><p>The story.</p>
<div id="embed" data-dsii-monitor data-today="2026-11-28"></div></article>
<script type="module" src="/embed.js" data-dsii-root="#story"></script></body></html>`;

/** Serves `dist` and the article, gzipped when `gzip` is set, as a static host would. */
function serve(dist, gzip) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = path === '/article.html'
        ? Buffer.from(ARTICLE)
        : await readFile(join(dist, normalize(path).replace(/^(\.\.[/\\])+/, '')));
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (gzip) headers['content-encoding'] = 'gzip';
      response.writeHead(200, headers);
      response.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Milliseconds from navigation to the first pillar card in the embed, and the total
 *  blocking time until the page settled after it. */
async function firstCard(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, deviceScaleFactor: 2 });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.__longTasks.push([task.startTime, task.duration]);
    }).observe({ type: 'longtask', buffered: true });
    const look = () => {
      if (document.querySelector('#embed')?.shadowRoot?.querySelector('.dsii-pcard')) window.__firstCard = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${origin}/article.html`);
  await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS);
  const measured = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    // A task under way at the first paint counts from the paint on, as Lighthouse does.
    const blocking = window.__longTasks
      .map(([start, duration]) => start + duration - Math.max(start, paint))
      .reduce((sum, after) => sum + Math.max(0, after - 50), 0);
    return { at: window.__firstCard, blocking };
  });
  await context.close();
  return measured;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const builds = [['this build', DIST]];
if (process.env.BENCH_BASELINE_DIST) builds.push(['baseline', process.env.BENCH_BASELINE_DIST]);
const browser = await launchBrowser();
const rows = [];
for (const [name, dist] of builds) {
  const cells = [];
  for (const gzip of [true, false]) {
    const server = await serve(dist, gzip);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await firstCard(browser, origin));
    server.close();
    cells.push(`${(median(runs.map((run) => run.at)) / 1000).toFixed(2)} s`);
    if (gzip) cells.push(`${Math.round(median(runs.map((run) => run.blocking)))} ms`);
  }
  rows.push(`| ${name} | ${cells.join(' | ')} |`);
}
await browser.close();
console.log([
  `Time to the first pillar card, 375 x 667, 4x CPU, 1.6 Mbps / 150 ms, median of ${RUNS}:`,
  '',
  '| build | gzip | total blocking time, gzip | no compression |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
].join('\n'));
