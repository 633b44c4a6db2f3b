// The largest documents the validator accepts load without freezing the page: from the
// response to the rendered monitor the widget works in steps and lets the page run
// other tasks in between. How long the longest task takes is a figure for the
// benchmark (./scripts/bench.sh, "budgets"), not a test: it depends on the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSnapshot, mostEntriesSnapshot } from '../../bench/generate.mjs';
import { useHarness } from './harness.mjs';

const MIB = 1024 * 1024;
/** Fewer than the widget's fixed steps for a large document, more than a one-task load has. */
const STEPS = 4;

const DOCUMENTS = {
  '/largest.json': JSON.stringify(generateSnapshot(10000)),
  '/most-entries.json': JSON.stringify(mostEntriesSnapshot()),
};

const harness = useHarness(
  Object.fromEntries(Object.entries(DOCUMENTS).map(([path, body]) => [path, (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  }])),
);

/** Another task of the page, over and over: a mark each time it gets a turn. */
function markOtherTasks() {
  const tick = () => {
    performance.mark('test:other-task');
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
}

for (const [path, body] of Object.entries(DOCUMENTS)) {
  test(`${path} (${(body.length / MIB).toFixed(1)} MiB) loads in steps: the page runs other tasks between the data arriving and the render`, async () => {
    assert.ok(body.length < 5 * MIB, 'within the size limit');
    const page = await harness.open(`/?src=${path}&today=2026-11-28`, { init: markOtherTasks });
    await page.locator('.dsii-monitor').waitFor({ timeout: 30_000 });
    const { arrived, rendered, between } = await page.evaluate(() => {
      const [arrived, rendered] = ['dsii:data-arrived', 'dsii:rendered'].map((name) => performance.getEntriesByName(name)[0]?.startTime);
      const between = performance.getEntriesByName('test:other-task')
        .filter((mark) => mark.startTime > arrived && mark.startTime < rendered).length;
      return { arrived, rendered, between };
    });
    assert.ok(arrived > 0 && rendered > arrived, `the data arrived (${arrived}), then the monitor rendered (${rendered})`);
    assert.ok(between >= STEPS, `other tasks ran ${between} times in between`);
  });
}
