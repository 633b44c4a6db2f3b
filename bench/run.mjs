// The benchmark: bytes the embed loads, and render and interaction times in headless
// Chromium for generated snapshots of 100, 1,000 and 10,000 milestones, beside
// TimelineJS 3.9.11 loading the same milestones in the same run.
// Run through ./scripts/bench.sh, which builds the release first.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { generateSnapshot, toTimelineJs } from './generate.mjs';
import { contentType, startServer } from '../tests/e2e/server.mjs';
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { builtFiles } from '../tests/e2e/dist_files.mjs';
import { BUDGET_ROUTES, budgetLines, measureBudgets } from './budgets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100, 1000, 10000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIMELINEJS = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
const TODAY = '2026-11-28';
// An earlier build's dist/ (scripts/bench.sh builds it from BENCH_BASELINE=<git revision>),
// measured in the same run so "no slower than before" compares like with like.
const BASELINE = process.env.BENCH_BASELINE_DIST;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => (value == null ? null : Math.round(value * 10) / 10);

async function bytesOf(file) {
  const body = await readFile(file);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function sizeReport() {
  const built = builtFiles();
  const files = {
    'embed.js (loader and glue)': 'dist/embed.js',
    'dsii-monitor_bg.wasm': `dist/${built.wasm}`,
    'dsii-monitor.css': `dist/${built.css}`,
  };
  const ours = {};
  for (const [name, path] of Object.entries(files)) ours[name] = await bytesOf(join(ROOT, path));
  const peer = {
    'timeline.js': await bytesOf(join(TIMELINEJS, 'js/timeline.js')),
    'timeline.css': await bytesOf(join(TIMELINEJS, 'css/timeline.css')),
  };
  const total = (group) =>
    Object.values(group).reduce((sum, size) => ({
      raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli,
    }), { raw: 0, gzip: 0, brotli: 0 });
  return { ours, oursTotal: total(ours), peer, peerTotal: total(peer) };
}

const TIMELINE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 100%; height: 600px"></div>
<script>
  const n = new URLSearchParams(location.search).get('n');
  fetch('/bench/tl-' + n + '.json').then((response) => response.json()).then((data) => {
    performance.mark('bench:data-arrived');
    const timeline = new TL.Timeline('timeline', data);
    timeline.on('ready', () => performance.mark('bench:rendered'));
  });
</script></body></html>`;

// Collects long tasks and marks the first paint after the "rendered" mark, in both pages.
function instrument() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'dsii:rendered' || entry.name === 'bench:rendered') {
        requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted'), 0));
      }
    }
  }).observe({ type: 'mark', buffered: true });
  addEventListener('dsii-monitor:started', (event) => {
    window.__wasm = event.detail.wasm;
  });
}

async function measureLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench:painted').length > 0, null, { timeout: 120_000 });
  const timing = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return {
      firstRender: at('bench:painted'),
      dataToRender: at('bench:painted') - (at('dsii:data-arrived') ?? at('bench:data-arrived')),
      jsHeap: performance.memory?.usedJSHeapSize,
      wasmMemory: window.__wasm?.memory?.buffer?.byteLength,
    };
  });
  return { page, context, timing };
}

/** Time from a filter change to the next paint, in the page. */
function filterToPaint(page, action) {
  return page.evaluate(async (action) => {
    const paint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const start = performance.now();
    if (action.click) document.querySelector(action.click).click();
    if (action.select) {
      const select = document.querySelector(action.select);
      select.value = action.value;
      select.dispatchEvent(new Event('change'));
    }
    if (action.type) {
      const input = document.querySelector(action.type);
      input.value = action.value;
      input.dispatchEvent(new Event('input'));
    }
    await paint();
    return performance.now() - start;
  }, action);
}

const FILTER_CHANGES = [
  { name: 'status toggle', click: '.dsii-toggle--delayed' },
  { name: 'second status', click: '.dsii-toggle--planned' },
  { name: 'pillar', select: '.dsii-select', value: 'slim' },
  { name: 'search', type: 'input[type=search]', value: 'defensie' },
  { name: 'clear', click: '.dsii-filters__result .dsii-button' },
];

async function measureOurs(browser, origin, size, folder = '') {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { page, context, timing } = await measureLoad(browser, `${origin}${folder}/index.html?src=/bench/ours-${size}.json&today=${TODAY}`);
    const renderedAt = timing.firstRender;
    const filters = [];
    for (const change of FILTER_CHANGES) filters.push(await filterToPaint(page, change));
    if (process.env.BENCH_VERBOSE) console.error(size, FILTER_CHANGES.map((change, index) => `${change.name} ${round(filters[index])} ms`).join(', '));
    const longTasks = await page.evaluate((after) => window.__longTasks.filter((task) => task.start > after), renderedAt);
    runs.push({ ...timing, filterMax: Math.max(...filters), filterMedian: median(filters), longestTaskAfterRender: Math.max(0, ...longTasks.map((task) => task.duration)) });
    await context.close();
  }
  return summarize(runs);
}

async function measurePeer(browser, origin, size) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { context, timing } = await measureLoad(browser, `${origin}/tl.html?n=${size}`);
    runs.push(timing);
    await context.close();
  }
  return summarize(runs);
}

function summarize(runs) {
  const keys = Object.keys(runs[0]);
  return Object.fromEntries(keys.map((key) => [key, runs[0][key] == null ? null : round(median(runs.map((run) => run[key])))]));
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);
const mb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`);
const ratio = (ours, peer) => (ours == null || peer == null || peer === 0 ? 'n/a' : `${(ours / peer).toFixed(2)}×`);

function markdown(result) {
  const { sizes, timings, budgets, machine, date } = result;
  const lines = [
    `Measured ${date} on ${machine}; median of ${RUNS} runs; headless Chromium; reference date ${TODAY}.`,
    '',
    '| bytes loaded (excluding the snapshot) | raw | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(sizes.ours).map(([name, size]) => `| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`),
    `| **dsii-monitor, script embed** | **${kb(sizes.oursTotal.raw)}** | **${kb(sizes.oursTotal.gzip)}** | **${kb(sizes.oursTotal.brotli)}** |`,
    `| TimelineJS 3.9.11 (timeline.js + timeline.css) | ${kb(sizes.peerTotal.raw)} | ${kb(sizes.peerTotal.gzip)} | ${kb(sizes.peerTotal.brotli)} |`,
    `| ratio dsii-monitor / TimelineJS | ${ratio(sizes.oursTotal.raw, sizes.peerTotal.raw)} | ${ratio(sizes.oursTotal.gzip, sizes.peerTotal.gzip)} | ${ratio(sizes.oursTotal.brotli, sizes.peerTotal.brotli)} |`,
    '',
    '| milestones | first render: ours | TimelineJS | ratio | data → render: ours | TimelineJS | ratio | filter → paint (median / max) | longest task after render | JS heap: ours / TimelineJS | wasm memory |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...timings.map(({ size, ours, peer }) =>
      `| ${size.toLocaleString('en')} | ${ms(ours.firstRender)} | ${ms(peer.firstRender)} | ${ratio(ours.firstRender, peer.firstRender)} | ${ms(ours.dataToRender)} | ${ms(peer.dataToRender)} | ${ratio(ours.dataToRender, peer.dataToRender)} | ${ms(ours.filterMedian)} / ${ms(ours.filterMax)} | ${ms(ours.longestTaskAfterRender)} | ${mb(ours.jsHeap)} / ${mb(peer.jsHeap)} | ${mb(ours.wasmMemory)} |`),
    '',
    'TimelineJS has no filters, so filter figures are ours alone.',
    '',
    'Budgets (the end-to-end tests check the work is done in steps; these are the times):',
    '',
    ...budgetLines(budgets),
  ];
  if (timings.some(({ baseline }) => baseline)) {
    lines.push(
      '',
      `Against the previous build (${process.env.BENCH_BASELINE ?? 'baseline'}), same run, same page:`,
      '',
      '| milestones | first render: this build | previous build | ratio | filter → paint median / max: this build | previous build |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      ...timings.map(({ size, ours, baseline }) =>
        `| ${size.toLocaleString('en')} | ${ms(ours.firstRender)} | ${ms(baseline.firstRender)} | ${ratio(ours.firstRender, baseline.firstRender)} | ${ms(ours.filterMedian)} / ${ms(ours.filterMax)} | ${ms(baseline.filterMedian)} / ${ms(baseline.filterMax)} |`),
    );
  }
  return lines.join('\n');
}

async function main() {
  const routes = { ...BUDGET_ROUTES, '/tl.html': (request, response) => { response.writeHead(200, { 'content-type': 'text/html' }); response.end(TIMELINE_PAGE); } };
  for (const size of SIZES) {
    const snapshot = generateSnapshot(size);
    const ours = JSON.stringify(snapshot);
    const peer = JSON.stringify(toTimelineJs(snapshot));
    routes[`/bench/ours-${size}.json`] = (request, response) => { response.writeHead(200, { 'content-type': 'application/json' }); response.end(ours); };
    routes[`/bench/tl-${size}.json`] = (request, response) => { response.writeHead(200, { 'content-type': 'application/json' }); response.end(peer); };
  }
  routes['*'] = (request, response, path) => {
    const [prefix, folder] = path.startsWith('/baseline/') && BASELINE
      ? ['/baseline/', BASELINE]
      : ['/timelinejs/', TIMELINEJS];
    if (!path.startsWith(prefix)) return false;
    const file = join(folder, path.slice(prefix.length));
    readFile(file).then(
      (body) => { response.writeHead(200, { 'content-type': contentType(file) }); response.end(body); },
      () => { response.writeHead(404); response.end(); },
    );
  };
  const server = await startServer(routes);
  const browser = await launchBrowser(['--enable-precise-memory-info']);
  try {
    // One load of each page first, so the browser's own start-up is not charged to
    // whichever build happens to be measured first.
    for (const folder of BASELINE ? ['', '/baseline'] : ['']) {
      const { context } = await measureLoad(browser, `${server.origin}${folder}/index.html?src=/bench/ours-100.json&today=${TODAY}`);
      await context.close();
    }
    const timings = [];
    for (const size of SIZES) {
      const ours = await measureOurs(browser, server.origin, size);
      const baseline = BASELINE ? await measureOurs(browser, server.origin, size, '/baseline') : undefined;
      const peer = await measurePeer(browser, server.origin, size);
      timings.push({ size, ours, baseline, peer });
      console.error(`${size}: ours ${JSON.stringify(ours)}; TimelineJS ${JSON.stringify(peer)}`);
    }
    const budgets = await measureBudgets(browser, server.origin, { runs: RUNS, today: TODAY, median });
    console.error(budgetLines(budgets).join('\n'));
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}`,
      sizes: await sizeReport(),
      timings,
      budgets,
    };
    const table = markdown(result);
    const out = join(ROOT, 'bench/results');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(join(out, 'latest.md'), `${table}\n`);
    const readmePath = join(ROOT, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    await writeFile(readmePath, readme.replace(/<!-- benchmark:start -->[\s\S]*<!-- benchmark:end -->/, `<!-- benchmark:start -->\n${table}\n<!-- benchmark:end -->`));
    console.log(table);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
