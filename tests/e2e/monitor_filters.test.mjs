// Filters apply to cards and timeline together, and the counts match what is shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countsFrom, resultCount, statusToggle, useHarness, visibleLineTitles, visibleTimelineItems } from './harness.mjs';

const harness = useHarness();

async function assertCountMatchesView(page) {
  const { lines, milestones } = countsFrom(await resultCount(page));
  assert.equal((await visibleLineTitles(page)).length, lines, 'action lines shown');
  assert.equal(await visibleTimelineItems(page), milestones, 'milestones shown');
  return { lines, milestones };
}

test('without filters every action line and milestone is shown and counted', async () => {
  const page = await harness.open('/?today=2026-11-28');
  assert.equal(await resultCount(page), '17 actielijnen en 21 mijlpalen');
  await assertCountMatchesView(page);
  assert.deepEqual(page.problems, []);
});

test('status, pillar, deadline and search filters combine, and counts match what is rendered', async () => {
  const page = await harness.open('/?today=2026-11-28');
  await statusToggle(page, /In uitvoering/).click();
  await page.getByRole('combobox', { name: 'Pijler' }).selectOption('sterk');
  const afterPillar = await assertCountMatchesView(page);
  assert.equal(afterPillar.lines, 5);
  await page.getByRole('checkbox', { name: 'Alleen deadline verstreken, niet gecontroleerd' }).check();
  const afterOverdue = await assertCountMatchesView(page);
  assert.ok(afterOverdue.lines < afterPillar.lines, 'a passed deadline narrows the selection');
  assert.ok(afterOverdue.milestones > 0);
  for (const state of await page.locator('.dsii-tl__item:visible .dsii-badge').allInnerTexts()) {
    assert.match(state, /Deadline verstreken, niet gecontroleerd sinds/);
  }
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('munitie');
  const afterSearch = await assertCountMatchesView(page);
  assert.ok(afterSearch.lines >= 1 && afterSearch.lines <= afterOverdue.lines);
  assert.ok((await visibleLineTitles(page)).includes('Munitieproductie in Nederland'));
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('munitie stinger');
  assert.deepEqual(await visibleLineTitles(page), ['Munitieproductie in Nederland']);
  await assertCountMatchesView(page);
});

test('the status toggles show live counts that follow the other filters', async () => {
  const page = await harness.open('/?today=2026-11-28');
  const inProgress = statusToggle(page, /In uitvoering/);
  assert.match(await inProgress.innerText(), /\(16\)/);
  await page.getByRole('combobox', { name: 'Pijler' }).selectOption('samen');
  assert.match(await inProgress.innerText(), /\(4\)/);
  assert.equal(await inProgress.getAttribute('aria-pressed'), 'false');
  await inProgress.click();
  assert.equal(await inProgress.getAttribute('aria-pressed'), 'true');
});

test('search ignores case and diacritics', async () => {
  const page = await harness.open('/');
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('OEKRAINE');
  const titles = await visibleLineTitles(page);
  assert.ok(titles.some((title) => title.includes('Oekraïne')), titles.join(' | '));
  await assertCountMatchesView(page);
});

test('an empty result says so and offers to clear everything', async () => {
  const page = await harness.open('/');
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('geen-enkele-treffer');
  assert.equal(await resultCount(page), '0 actielijnen en 0 mijlpalen');
  assert.ok(await page.getByText('Niets voldoet aan deze filters.').isVisible());
  await page.locator('.dsii-empty').getByRole('button', { name: 'Alle filters wissen' }).click();
  assert.equal(await resultCount(page), '17 actielijnen en 21 mijlpalen');
  assert.equal(await page.getByRole('searchbox', { name: 'Zoeken' }).inputValue(), '');
});

test('clearing every filter from an empty result with the keyboard keeps the reader inside the monitor', async () => {
  const page = await harness.open('/');
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('geen-enkele-treffer');
  await page.locator('.dsii-empty').getByRole('button', { name: 'Alle filters wissen' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await resultCount(page), '17 actielijnen en 21 mijlpalen');
  // The empty result left: focus is on the next control after it (the first total),
  // not on the page.
  const inside = await page.waitForFunction(() => document.activeElement?.closest('.dsii-summary, .dsii-foot'), null, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(inside, `focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
});

test('a summary total is a shortcut to its filter', async () => {
  const page = await harness.open('/?today=2026-11-28');
  await page.locator('.dsii-summary').getByRole('button', { name: /Deadlines verstreken sinds de laatste controle/ }).click();
  assert.ok(await page.getByRole('checkbox', { name: 'Alleen deadline verstreken, niet gecontroleerd' }).isChecked());
  assert.equal(await page.getByRole('checkbox', { name: 'Alleen te laat' }).isChecked(), false);
  const { milestones } = await assertCountMatchesView(page);
  assert.equal(milestones, 10);
  await page.locator('.dsii-summary').getByRole('button', { name: /Te late toezeggingen/ }).click();
  assert.ok(await page.getByRole('checkbox', { name: 'Alleen te laat' }).isChecked());
  assert.equal((await assertCountMatchesView(page)).milestones, 0);
});

test('the view switch shows cards, timeline or both', async () => {
  const page = await harness.open('/');
  await page.getByRole('button', { name: 'Tijdlijn', exact: true }).click();
  assert.equal(await page.locator('.dsii-cards').count(), 0);
  assert.ok(await page.locator('.dsii-timeline').isVisible());
  await page.getByRole('button', { name: 'Kaarten', exact: true }).click();
  assert.equal(await page.locator('.dsii-timeline').count(), 0);
  assert.ok(await page.locator('.dsii-cards').isVisible());
});

test('focus stays on the control that changed a filter', async () => {
  const page = await harness.open('/');
  const toggle = statusToggle(page, /Gepland/);
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), await toggle.textContent());
});
