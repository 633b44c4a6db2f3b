// Switching views removes the drawn timeline while a drawing scheduled after paint may
// still be pending: the widget must neither trap nor stop responding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resultCount, statusToggle, useHarness } from './harness.mjs';

const harness = useHarness();

test('switching between cards, timeline and what changed, and back, breaks nothing and the filters still work', async () => {
  const page = await harness.open('/?lang=en');
  await page.locator('.dsii-chart .dsii-mark').first().waitFor();
  for (const name of ['Cards', 'Timeline', 'What changed', 'Cards and timeline', 'Cards']) {
    await page.getByRole('button', { name, exact: true }).click();
    assert.equal(await page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed'), 'true');
  }
  await page.goBack();
  await page.goBack();
  await page.getByRole('button', { name: 'What changed', exact: true }).click();
  await page.getByRole('button', { name: 'Cards and timeline', exact: true }).click();
  await page.locator('.dsii-chart .dsii-mark').first().waitFor();
  const before = await resultCount(page);
  await statusToggle(page, /Planned/).click();
  await page.waitForFunction((old) => document.querySelector('.dsii-filters__count')?.textContent.trim() !== old, before);
  assert.notEqual(await resultCount(page), before);
  // Two frames, so any drawing still scheduled has run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
  assert.deepEqual(page.problems, []);
});
