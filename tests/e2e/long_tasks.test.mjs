// The largest documents the validator accepts load without freezing the page: no
// task from the response to the rendered monitor may take more than 200 ms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSnapshot } from '../../bench/generate.mjs';
import { useHarness } from './harness.mjs';

const BUDGET_MS = 200;
const MIB = 1024 * 1024;

/** As many entries as the limits allow, each as small as the format allows. */
function mostEntries() {
  const pillars = Array.from({ length: 100 }, (_, index) => ({ id: `p${index}`, title: `Pijler ${index}` }));
  const lines = Array.from({ length: 5000 }, (_, index) => ({
    id: `l${index}`, pillar: `p${index % 100}`, title: `Actielijn ${index}`, status: 'in_progress', sources: ['s'],
  }));
  const milestones = Array.from({ length: 20000 }, (_, index) => ({
    id: `m${index}`, action_line: `l${index % 5000}`, title: `Mijlpaal ${index}`,
    date: `${2024 + (index % 4)}-Q${1 + (index % 4)}`, status: index % 3 ? 'pending' : 'done', sources: ['s'],
  }));
  return {
    schema_version: 1, id: 'most', title: 'Zo veel mogelijk', as_of: '2026-11-01',
    sources: [{ id: 's', title: 'Bron' }], pillars, action_lines: lines, milestones,
  };
}

const DOCUMENTS = {
  '/largest.json': JSON.stringify(generateSnapshot(10000)),
  '/most-entries.json': JSON.stringify(mostEntries()),
};

const harness = useHarness(
  Object.fromEntries(Object.entries(DOCUMENTS).map(([path, body]) => [path, (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  }])),
);

function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

for (const [path, body] of Object.entries(DOCUMENTS)) {
  test(`${path} (${(body.length / MIB).toFixed(1)} MiB) renders with no task over ${BUDGET_MS} ms`, async () => {
    assert.ok(body.length < 5 * MIB, 'within the size limit');
    const page = await harness.open(`/?src=${path}&today=2026-11-28`, { init: recordLongTasks });
    await page.locator('.dsii-monitor').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const { arrived, tasks } = await page.evaluate(() => ({
      arrived: performance.getEntriesByName('dsii:data-arrived')[0]?.startTime,
      tasks: window.__longTasks,
    }));
    assert.ok(arrived > 0, 'the data arrived');
    const afterData = tasks.filter((task) => task.start + task.duration >= arrived).map((task) => Math.round(task.duration));
    assert.ok(Math.max(0, ...afterData) <= BUDGET_MS, `long tasks after the data arrived: ${afterData.join(', ')} ms`);
    assert.deepEqual(page.problems, []);
  });
}
