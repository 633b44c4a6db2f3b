// Figures the widget has a budget for, measured here rather than asserted in tests: a
// wall-clock budget fails a test on a loaded machine and proves little on an idle one.
// Each is printed beside its budget; the end-to-end tests keep what cannot flake.
import { mostEntriesSnapshot } from './generate.mjs';

/** No task may block the page longer than this, from the data's arrival on. */
const TASK_BUDGET_MS = 200;

export const BUDGET_ROUTES = {
  '/bench/most-entries.json': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(mostEntriesSnapshot()));
  },
};

function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest task that ended after `since` (a page time, or a mark's name). */
function longestTaskSince(page, since) {
  return page.evaluate((since) => {
    const from = typeof since === 'string' ? performance.getEntriesByName(since)[0]?.startTime ?? 0 : since;
    const durations = window.__longTasks.filter((task) => task.start + task.duration >= from).map((task) => task.duration);
    return Math.max(0, ...durations);
  }, since);
}

/** Opens `url` with long tasks recorded; waits until the monitor shows. */
async function open(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(recordLongTasks);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.dsii-monitor').waitFor({ timeout: 120_000 });
  return { context, page };
}

/** Loading the largest documents: the longest task from the data's arrival to the render. */
async function loading(browser, origin, path, today) {
  const { context, page } = await open(browser, `${origin}/?src=${path}&today=${today}`, { width: 1280, height: 900 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const longest = await longestTaskSince(page, 'dsii:data-arrived');
  await context.close();
  return longest;
}

/** The glance at 10,000 milestones: choosing a cluster, a milestone, scrolling, a card. */
async function choosing(browser, origin, today) {
  const { context, page } = await open(browser, `${origin}/embed.html?src=/bench/ours-10000.json&today=${today}`, { width: 1000, height: 800 });
  await page.locator('.dsii-mark').first().waitFor({ timeout: 120_000 });
  const start = await page.evaluate(() => performance.now());
  await page.locator('.dsii-mark--cluster').first().click();
  await page.locator('.dsii-chosen__many button').first().click();
  await page.locator('.dsii-chosen__one').waitFor();
  await page.locator('.dsii-chart__scroller').evaluate((scroller) => scroller.scrollBy(400, 0));
  await page.locator('.dsii-pcard__choose').first().click();
  // Until the frame after the drawing for the chosen pillar.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(done), 0))));
  const longest = await longestTaskSince(page, start);
  await context.close();
  return longest;
}

/** Each budgeted figure, the median of `runs`: { what, value, budget } in milliseconds. */
export async function measureBudgets(browser, origin, { runs, today, median }) {
  const cases = [
    ['longest task from the data to the render, 10,000 milestones', () => loading(browser, origin, '/bench/ours-10000.json', today)],
    ['longest task from the data to the render, the most entries the limits allow', () => loading(browser, origin, '/bench/most-entries.json', today)],
    ['longest task choosing a cluster, a milestone, scrolling and a card, glance at 10,000', () => choosing(browser, origin, today)],
  ];
  const figures = [];
  for (const [what, measure] of cases) {
    const values = [];
    for (let run = 0; run < runs; run += 1) values.push(await measure());
    figures.push({ what, value: median(values), budget: TASK_BUDGET_MS });
  }
  return figures;
}

/** The figures as Markdown lines: "…: 68 ms (budget 200 ms)", flagged when over. */
export function budgetLines(figures) {
  // The browser reports tasks of 50 ms and more only.
  const shown = (value) => (value === 0 ? 'no task of 50 ms or more' : `${Math.round(value)} ms`);
  return figures.map(({ what, value, budget }) =>
    `- ${what}: ${shown(value)} (budget ${budget} ms)${value > budget ? ' **over budget**' : ''}`);
}
