// Read-only regions are drawn again when what they show changes. A keyboard reader who
// pressed a button there keeps their place, what they opened stays open, the one click
// handler per region still reaches every item after a redraw, and changes that arrive
// later change their badges in place instead of drawing the region again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { generateSnapshot } from '../../bench/generate.mjs';
import { useHarness } from './harness.mjs';
import { resolvePath } from './server.mjs';

const V1 = JSON.parse(await readFile(resolvePath('/fixtures/policy_v1.json'), 'utf8'));
const V2 = JSON.parse(await readFile(resolvePath('/fixtures/policy_v2.json'), 'utf8'));

function json(body, delay = 0) {
  return (request, response) => setTimeout(() => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }, delay);
}

const harness = useHarness({
  '/many-lines.json': json(generateSnapshot(1000)),
  // The predecessor answers late, so the comparison arrives after the first drawing.
  '/slow/v2.json': json({ ...V2, previous: { url: 'v1.json', as_of: V2.previous.as_of } }),
  '/slow/v1.json': json(V1, 1000),
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

test('a milestone whose details the reader opened stays open when a search draws the list again', async () => {
  const page = await harness.open('/?lang=en&layout=full&view=timeline');
  const first = page.locator('.dsii-tl__item').first();
  const title = (await first.locator('.dsii-tl__title').innerText()).trim();
  await first.locator('.dsii-tl__more-toggle').click();
  assert.equal(await first.locator('details').getAttribute('open'), '');
  const count = page.locator('.dsii-filters__count');
  const before = await count.innerText();
  await page.getByRole('searchbox', { name: 'Search' }).fill(title);
  await count.filter({ hasNotText: before }).waitFor();
  const found = page.locator('.dsii-tl__item', { has: page.getByRole('heading', { name: title }) });
  assert.equal(await found.locator('details').getAttribute('open'), '');
  assert.deepEqual(page.problems, []);
});

test('the comparison\'s badges arrive in place: the cards are not drawn again and an opened milestone stays open', async () => {
  const page = await harness.open('/?src=/slow/v2.json&view=changes&lang=en&layout=full&today=2026-03-20');
  const card = page.locator('.dsii-line', { has: page.getByRole('button', { name: 'Repair on site and remotely' }) });
  await card.locator('.dsii-line__toggle').evaluate((toggle) => { window.drawnToggle = toggle; });
  const item = page.locator('.dsii-tl__item', { has: page.getByRole('heading', { name: 'Northern depot open' }) });
  await item.locator('.dsii-tl__more-toggle').click();
  await page.getByText(/^Compared with the version of/).waitFor();
  await card.locator('.dsii-change__badge').first().waitFor();
  assert.deepEqual(await card.locator('.dsii-change__badge').allInnerTexts(), ['retitled', 'Planned → in progress']);
  assert.deepEqual(await item.locator('.dsii-change__badge').allInnerTexts(), ['slipped 2 quarters']);
  assert.equal(await card.locator('.dsii-line__toggle').evaluate((toggle) => toggle === window.drawnToggle && toggle.isConnected), true);
  assert.equal(await item.locator('details').getAttribute('open'), '');
  assert.deepEqual(page.problems, []);
});

test('a keyboard reader keeps focus on the filter control they used, each drawn again with the new view', async () => {
  const page = await harness.open('/?lang=en&layout=full');
  const active = () => page.evaluate(() => {
    const element = document.activeElement;
    return `${element?.tagName} ${element?.getAttribute('aria-pressed') ?? element?.checked ?? ''} ${element?.textContent.trim()}`;
  });
  const delayed = page.getByRole('group', { name: 'Status' }).getByRole('button', { name: /Delayed/ });
  await delayed.focus();
  await page.keyboard.press('Space');
  await page.waitForURL(/status=delayed/);
  assert.match(await active(), /^BUTTON true .*Delayed \(\d+\)$/);
  await page.keyboard.press('Space');
  await page.waitForURL((url) => !/status=/.test(url.search));
  assert.match(await active(), /^BUTTON false .*Delayed/);

  await page.getByRole('checkbox', { name: 'Late only' }).focus();
  await page.keyboard.press('Space');
  await page.waitForURL(/overdue/);
  assert.match(await active(), /^INPUT true/);
  assert.equal(await page.getByRole('checkbox', { name: 'Late only' }).isChecked(), true);

  const timeline = page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Timeline', exact: true });
  await timeline.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/view=timeline/);
  assert.match(await active(), /^BUTTON true Timeline$/);
  // The language switch redraws every control in the other language, focus included.
  await page.getByRole('button', { name: 'Nederlands' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/lang=nl/);
  assert.match(await active(), /^BUTTON true Nederlands$/);
  assert.equal(await page.getByRole('checkbox', { name: 'Alleen te laat' }).isChecked(), true);
  assert.deepEqual(page.problems, []);
});

test('a filter control a reader uses stays the same element, so a touch screen reader stays on it and hears it change', async () => {
  const page = await harness.open('/?lang=en&layout=full');
  const toggle = await page.getByRole('group', { name: 'Status' })
    .getByRole('button', { name: /Delayed/ }).elementHandle();
  const pillar = await page.getByRole('combobox', { name: 'Pillar' }).elementHandle();
  // Touch screen readers activate a control without moving DOM focus to it.
  await toggle.dispatchEvent('click');
  await page.waitForURL(/status=delayed/);
  assert.equal(await toggle.evaluate((element) => element.isConnected), true);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await pillar.selectOption({ index: 1 });
  await page.waitForURL(/pillar=/);
  assert.equal(await pillar.evaluate((element) => element.isConnected), true);
  assert.equal(await pillar.evaluate((element) => element.selectedIndex), 1);
  assert.deepEqual(page.problems, []);
});
