// The timeline: date order, groups by year and period, fuzzy dates drawn as spans,
// the reference date between past and upcoming, and a way back to each action line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './harness.mjs';

const harness = useHarness();

test('milestones are grouped by year and period, with fuzzy dates as spans', async () => {
  const page = await harness.open('/?lang=en&today=2026-11-28&view=timeline');
  const years = await page.locator('.dsii-tl__year-title').allInnerTexts();
  assert.deepEqual(years, ['2024', '2025', '2026']);
  const periods2025 = await page.locator('.dsii-tl__year').nth(1).locator('.dsii-tl__period-title').allInnerTexts();
  assert.deepEqual(periods2025, ['2025 · Whole year', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
  const quarterItem = page.locator('.dsii-tl__item', { hasText: 'STRAIIK-D 2026' });
  assert.match(await quarterItem.locator('.dsii-date').innerText(), /^Q1 2026$/);
  const span = (item) => item.locator('.dsii-span').evaluate((bar) =>
    [bar.style.getPropertyValue('--dsii-span-from'), bar.style.getPropertyValue('--dsii-span-months')]);
  assert.deepEqual(await span(quarterItem), ['0', '3'], 'Q1 spans January to March');
  const dayItem = page.locator('.dsii-tl__item', { hasText: 'Letter of intent' }).first();
  assert.match(await dayItem.locator('.dsii-date').innerText(), /^30 Sep 2025$/);
  assert.deepEqual(await span(dayItem), ['8', '1'], 'a day marks its month');
});

test('the reference date sits between what is past and what is to come', async () => {
  const page = await harness.open('/?lang=en&today=2026-03-01&view=timeline');
  const classes = await page.locator('.dsii-tl__item, .dsii-tl__today').evaluateAll((items) =>
    items.map((item) => (item.classList.contains('dsii-tl__today') ? 'TODAY' : item.className)),
  );
  const marker = classes.indexOf('TODAY');
  assert.ok(marker > 0, 'the marker is shown');
  assert.match(await page.locator('.dsii-tl__today').innerText(), /Reference date: 1 Mar 2026/);
  assert.ok(classes.slice(marker + 1).every((name) => !name.includes('--past')), 'nothing past after the marker');
  assert.ok(classes.slice(0, marker).every((name) => !name.includes('--upcoming')), 'nothing upcoming before it');
  assert.ok(classes.some((name) => name.includes('--unchecked')), 'deadlines passed since the last check are marked');
  assert.ok(classes.every((name) => !name.includes('--overdue')), 'and none is called late');
});

test('a milestone leads back to its action line, opened and focused', async () => {
  const page = await harness.open('/?lang=en&view=timeline');
  const item = page.locator('.dsii-tl__item', { hasText: 'STRAIIK-D 2026' });
  const lineButton = item.locator('.dsii-tl__line button');
  const lineTitle = (await lineButton.innerText()).trim();
  await lineButton.click();
  const toggle = page.locator('.dsii-line__toggle', { hasText: lineTitle });
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => document.activeElement?.classList.contains('dsii-line__toggle'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), lineTitle);
});

test('a milestone in the list shows its date, title and state; its sources open on request', async () => {
  const page = await harness.open('/?lang=en&today=2026-11-28&view=timeline');
  const item = page.locator('.dsii-tl__item', { hasText: 'STRAIIK-D 2026' });
  assert.ok(await item.locator('.dsii-date').isVisible());
  assert.ok(await item.locator('.dsii-tl__title').isVisible());
  assert.ok(await item.locator('.dsii-badge').isVisible());
  const sources = item.locator('.dsii-sources');
  assert.equal(await sources.isVisible(), false);
  await item.getByText('Show details').click();
  assert.ok(await sources.isVisible());
});
