// Printing the largest snapshots renders a bounded number of items more, not all of
// them, and says on paper how many it left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSnapshot } from '../../bench/generate.mjs';
import { useHarness } from './harness.mjs';

const MILESTONES = 10000;
// PRINT_LIMIT in src/view/show_more.rs.
const PRINT_LIMIT = 200;

const harness = useHarness({
  '/largest.json': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(generateSnapshot(MILESTONES)));
  },
});

test('printing ten thousand milestones renders a bounded number and says how many were not printed', async () => {
  const page = await harness.open('/?src=/largest.json&lang=en&layout=full&view=timeline');
  await page.locator('.dsii-tl__item').first().waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const notice = page.locator('.dsii-more__count').filter({ hasText: /not printed/ }).first();
  await notice.waitFor();
  assert.equal(await page.locator('.dsii-tl__item').count(), PRINT_LIMIT);
  const rest = Number((await notice.innerText()).match(/^([\d,]+) more not printed/)[1].replaceAll(',', ''));
  assert.equal(rest, MILESTONES - PRINT_LIMIT);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('.dsii-more__count').filter({ hasText: /^Showing 200 of 10,000$/ }).first().waitFor();
  assert.deepEqual(page.problems, []);
});
