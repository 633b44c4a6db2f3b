// Read-only regions are drawn again when what they show changes. A keyboard reader who
// pressed a button there keeps their place, and the one click handler per region still
// reaches every item after a redraw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSnapshot } from '../../bench/generate.mjs';
import { useHarness } from './harness.mjs';

const harness = useHarness({
  '/many-lines.json': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(generateSnapshot(1000)));
  },
});

const focused = (page) => page.evaluate(() => {
  const active = document.activeElement;
  return `${active?.textContent.trim()} | ${active?.closest('.dsii-pillar')?.getAttribute('aria-labelledby')}`;
});

test('"show more" in a pillar card draws the next lines and keeps focus on that card\'s button', async () => {
  const page = await harness.open('/?src=/many-lines.json&lang=en&layout=full&view=cards');
  const card = page.locator('.dsii-pillar').first();
  const lines = card.locator('.dsii-line');
  const before = await lines.count();
  const more = card.getByRole('button', { name: 'Show more' });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) =>
    document.querySelector('.dsii-pillar').querySelectorAll('.dsii-line').length > count, before);
  assert.equal(await lines.count(), before + 8);
  const where = await focused(page);
  assert.match(where, /^Show more \| dsii-pillar-0$/, where);
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) =>
    document.querySelector('.dsii-pillar').querySelectorAll('.dsii-line').length > count, before + 8);
  assert.equal(await lines.count(), before + 16);
  assert.deepEqual(page.problems, []);
});

test('a line opened from the keyboard stays open when a language switch redraws the cards, and its toggle still works', async () => {
  const page = await harness.open('/?lang=en&layout=full&view=cards');
  const toggle = page.locator('.dsii-line__toggle').first();
  const name = (await toggle.innerText()).trim();
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // Switching the language draws every card again.
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  const again = page.locator('.dsii-line__toggle').first();
  assert.equal((await again.innerText()).trim(), name);
  assert.equal(await again.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator(`#${await again.getAttribute('aria-controls')}`).isVisible());
  // The redrawn card still answers its toggle.
  await again.click();
  assert.equal(await again.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(page.problems, []);
});
