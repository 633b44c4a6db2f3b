// The glance: pillar cards, the drawn timeline and the compact embed, as a reader
// meets them on a phone and beside an article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { generateSnapshot } from '../../bench/generate.mjs';
import { ARTIFACTS, countsFrom, resultCount, statusToggle, useHarness } from './harness.mjs';

const harness = useHarness({
  '/similar.json': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    // A policy the size of the D-SII one, in other words: the budgets fit more than one text.
    response.end(JSON.stringify(generateSnapshot(21)));
  },
  '/largest.json': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(generateSnapshot(10000)));
  },
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TODAY = '2026-11-28';

/** Left edge of the axis tick for 1 January of `year`, in page pixels. */
async function tickX(page, year) {
  const box = await page.locator(`.dsii-chart__tick[data-year="${year}"]`).boundingBox();
  return box.x;
}

test("each pillar card's counts equal what the filters show once it is chosen", async () => {
  const page = await harness.open(`/?today=${TODAY}`);
  const cards = page.locator('.dsii-pcard');
  const count = await cards.count();
  assert.equal(count, 3);
  for (let index = 0; index < count; index += 1) {
    const card = cards.nth(index);
    const statuses = Object.fromEntries(
      (await card.locator('.dsii-pcard__status').allInnerTexts()).map((text) => {
        const [, number, label] = text.match(/(\d+)\s+(.+)/);
        return [label.trim().toLowerCase(), Number(number)];
      }),
    );
    const states = (await card.locator('.dsii-pcard__state').allInnerTexts())
      .map((text) => Number(text.match(/\d+/)[0]));
    const button = card.getByRole('button');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.match(page.url(), /[?&]pillar=/);
    const shown = countsFrom(await resultCount(page));
    assert.equal(Object.values(statuses).reduce((a, b) => a + b, 0), shown.lines);
    assert.equal(states.reduce((a, b) => a + b, 0), shown.milestones);
    for (const [label, number] of Object.entries(statuses)) {
      const toggle = statusToggle(page, new RegExp(label, 'i'));
      assert.match(await toggle.innerText(), new RegExp(`\\(${number}\\)`), label);
    }
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
  }
});

test('the today marker sits at the reference date on the axis', async () => {
  const page = await harness.open(`/?today=${TODAY}&layout=glance`, { viewport: { width: 1280, height: 900 } });
  const [start, end] = [await tickX(page, 2026), await tickX(page, 2027).catch(() => null)];
  const marker = await page.locator('.dsii-chart__today').boundingBox();
  // 28 November is day 331 of 2026; with no 2027 tick, the year ends at the drawing's edge.
  const yearEnd = end ?? (await page.locator('.dsii-chart__canvas').boundingBox()).x
    + (await page.locator('.dsii-chart__canvas').boundingBox()).width;
  const expected = start + (331 / 365) * (yearEnd - start);
  assert.ok(Math.abs(marker.x - expected) < 2, `marker at ${marker.x}, expected ${expected}`);
  assert.match(await page.locator('.dsii-chart__today').innerText(), /28 nov\. 2026/);
});

test('a quarter is drawn over its quarter, and a day as a dot at its day', async () => {
  const page = await harness.open(`/?src=/fixtures/small_monitor.json&today=${TODAY}&layout=glance`,
    { viewport: { width: 1280, height: 900 } });
  const [y2026, y2027] = [await tickX(page, 2026), await tickX(page, 2027).catch(() => null)];
  const canvas = await page.locator('.dsii-chart__canvas').boundingBox();
  const yearWidth = (y2027 ?? canvas.x + canvas.width) - y2026;
  const quarter = page.getByRole('button', { name: /^Q1 2026: Eerste levering/ });
  const shape = await quarter.locator('.dsii-mark__shape').boundingBox();
  assert.ok(Math.abs(shape.x - y2026) < 2, `starts at ${shape.x}, the year at ${y2026}`);
  const expectedWidth = (90 / 365) * yearWidth;
  assert.ok(Math.abs(shape.width - expectedWidth) < 2, `${shape.width} wide, expected ${expectedWidth}`);
  const day = page.getByRole('button', { name: /^3 Nov 2025: Loket open/ });
  const dot = await day.locator('.dsii-mark__shape').boundingBox();
  assert.ok(dot.width < 20, `a day is a dot, not a bar (${dot.width} px)`);
});

test('a selected milestone shows its details in place, and a cluster lists its members', async () => {
  const page = await harness.open(`/?today=${TODAY}&layout=glance`, { viewport: { width: 1280, height: 900 } });
  const single = page.locator('.dsii-mark--single').first();
  await single.click();
  const details = page.getByRole('region', { name: 'Mijlpalen' });
  await details.waitFor();
  assert.ok(await details.locator('.dsii-tl__title').isVisible());
  assert.match(await details.innerText(), /Actielijn/);
  await details.getByRole('button', { name: 'Sluiten' }).click();
  assert.equal(await details.count(), 0);
  const cluster = page.locator('.dsii-mark--cluster').first();
  if (await cluster.count()) {
    const label = await cluster.getAttribute('aria-label');
    const members = Number(label.match(/^(\d+)/)[1]);
    await cluster.click();
    assert.equal(await page.locator('.dsii-chosen__many li').count(), members);
  }
});

test('the keyboard reaches every milestone in the drawing', async () => {
  const page = await harness.open(`/?today=${TODAY}&layout=glance`, { viewport: { width: 1280, height: 900 } });
  const total = Number((await page.locator('.dsii-chart__canvas').getAttribute('aria-label')).match(/(\d+) mijlpa/)[1]);
  await page.locator('.dsii-mark').first().focus();
  const reached = new Set();
  for (let step = 0; step < 200; step += 1) {
    const focused = await page.evaluate(() => ({
      isMark: document.activeElement.classList.contains('dsii-mark'),
      cluster: document.activeElement.classList.contains('dsii-mark--cluster'),
      label: document.activeElement.getAttribute('aria-label'),
    }));
    if (!focused.isMark) break;
    if (focused.cluster) {
      await page.keyboard.press('Enter');
      await page.locator('.dsii-chosen').waitFor();
      // A cluster of one opens its milestone; a larger one lists its members.
      const members = page.locator('.dsii-chosen__many button');
      for (const name of await members.allInnerTexts()) reached.add(name.split(' · ')[1]);
      for (const name of await page.locator('.dsii-chosen__one .dsii-tl__title').allInnerTexts()) reached.add(name);
      // Back to the drawing: the cluster keeps focus after Enter.
    } else {
      reached.add(focused.label.replace(/^[^:]+: /, '').replace(/ \([^)]*\)$/, ''));
    }
    await page.keyboard.press('Tab');
  }
  assert.equal(reached.size, total);
});

// The glance carries its legend, its total line and the deadlines nobody checked.
for (const [width, budget] of [[1000, 1200], [375, 1500]]) {
  for (const source of ['', '&src=/similar.json']) {
    test(`the fitted iframe stays within ${budget} px at ${width} px wide${source ? ' with a similar snapshot' : ''}`, async () => {
      const page = await harness.open(`/embed.html?today=${TODAY}${source}`, { viewport: { width, height: 800 } });
      await page.locator('.dsii-chart').waitFor();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= budget, `${height} px`);
      await page.screenshot({ path: join(ARTIFACTS, `glance-${width}px${source ? '-similar' : ''}.png`), fullPage: true });
    });
  }
}

test('layout=full keeps the long form in the iframe', async () => {
  const page = await harness.open(`/embed.html?today=${TODAY}&layout=full`, { viewport: { width: 1000, height: 800 } });
  await page.locator('.dsii-line').first().waitFor();
  assert.ok(await page.locator('.dsii-timeline').isVisible());
});

test('the glance expands to every action line and links to the full monitor with the same view', async () => {
  const page = await harness.open(`/embed.html?today=${TODAY}&pillar=slim`, { viewport: { width: 1000, height: 800 } });
  const expander = page.getByRole('button', { name: /Alle \d+ actielijnen tonen/ });
  const lines = Number((await expander.innerText()).match(/\d+/)[0]);
  await expander.click();
  await page.locator('.dsii-line').first().waitFor();
  assert.equal(await page.locator('.dsii-line').count(), lines);
  const link = page.getByRole('link', { name: /Open de volledige monitor/ });
  const href = new URL(await link.getAttribute('href'), page.url());
  assert.equal(href.searchParams.get('pillar'), 'slim');
  assert.equal(href.searchParams.get('layout'), null);
  assert.equal(await link.getAttribute('target'), '_blank');
});

test('on a phone the filters fold into one bar, and active filters are chips that remove one at a time', async () => {
  const page = await harness.open(`/?today=${TODAY}&status=delayed&overdue=1`, { viewport: { width: 375, height: 800 } });
  const fold = page.getByRole('button', { name: 'Filters · 2 actief' });
  assert.equal(await fold.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.dsii-filters__body').isVisible(), false);
  await fold.click();
  assert.ok(await page.locator('.dsii-filters__body').isVisible());
  const chips = page.locator('.dsii-chip');
  assert.equal(await chips.count(), 2);
  await page.getByRole('button', { name: 'Filter weghalen: Vertraagd' }).click();
  assert.equal(await chips.count(), 1);
  assert.doesNotMatch(page.url(), /status=/);
  assert.match(page.url(), /overdue=1/);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the glance has no WCAG 2.2 AA violations in the ${colorScheme} theme, with details open`, async () => {
    const page = await harness.open(`/embed.html?today=${TODAY}`, { colorScheme, viewport: { width: 1000, height: 800 } });
    await page.locator('.dsii-mark--single').first().click();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, []);
  });
}

test('nothing overflows a 320 px screen in the glance; a six-year drawing scrolls inside itself, with today in view', async () => {
  const page = await harness.open(`/embed.html?today=${TODAY}&src=/similar.json`, { viewport: { width: 320, height: 700 } });
  await page.locator('.dsii-chart').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-dsii-monitor]').shadowRoot;
    return root.querySelector('.dsii-chart__scroller').scrollLeft > 0;
  });
  const inView = await page.locator('.dsii-chart__today').evaluate((marker) => {
    const scroller = marker.closest('.dsii-chart__scroller').getBoundingClientRect();
    const box = marker.getBoundingClientRect();
    return box.x >= scroller.x && box.x <= scroller.x + scroller.width;
  });
  assert.ok(inView);
});

// How long these take at 10,000 milestones is the benchmark's figure (./scripts/bench.sh).
test('at 10,000 milestones the drawing clusters into fewer than 1,000 marks, and a cluster, its milestone and a card still answer', async () => {
  const page = await harness.open(`/embed.html?src=/largest.json&today=${TODAY}`, { viewport: { width: 1000, height: 800 } });
  await page.locator('.dsii-mark').first().waitFor({ timeout: 30_000 });
  const marks = await page.locator('.dsii-mark').count();
  assert.ok(marks < 1000, `${marks} marks`);
  await page.locator('.dsii-mark--cluster').first().click();
  await page.locator('.dsii-chosen__many li').first().waitFor();
  await page.locator('.dsii-chosen__many button').first().click();
  await page.locator('.dsii-chosen__one').waitFor();
  const card = page.locator('.dsii-pcard__choose').first();
  await card.click();
  assert.equal(await card.getAttribute('aria-pressed'), 'true');
});

test("a host page's theme properties reach into the shadow root: accent, font and radius", async () => {
  const page = await harness.open(`/embed.html?today=${TODAY}`, { viewport: { width: 1000, height: 800 } });
  await page.evaluate(() => {
    const host = document.querySelector('[data-dsii-monitor]');
    host.style.setProperty('--dsii-theme-accent', 'rgb(200, 0, 90)');
    host.style.setProperty('--dsii-theme-font', 'Georgia, serif');
    host.style.setProperty('--dsii-theme-radius', '0px');
  });
  const link = page.getByRole('link', { name: /Open de volledige monitor/ });
  assert.equal(await link.evaluate((element) => getComputedStyle(element).color), 'rgb(200, 0, 90)');
  assert.match(await link.evaluate((element) => getComputedStyle(element).fontFamily), /Georgia/);
  const radius = await page.locator('.dsii-pcard').first().evaluate((element) => getComputedStyle(element).borderTopLeftRadius);
  assert.equal(radius, '0px');
});

test('in the dark theme the host sets its own dark accent, or keeps the default, and may set the padding', async () => {
  const colour = (page) => page.getByRole('link', { name: /Open de volledige monitor/ }).evaluate((element) => getComputedStyle(element).color);
  const dark = await harness.open(`/embed.html?today=${TODAY}&theme=dark`);
  const lightOnly = await colour(dark);
  await dark.evaluate(() => document.querySelector('[data-dsii-monitor]').style.setProperty('--dsii-theme-accent', 'rgb(120, 0, 40)'));
  assert.equal(await colour(dark), lightOnly, 'a light accent does not reach the dark theme');
  await dark.evaluate(() => {
    const host = document.querySelector('[data-dsii-monitor]');
    host.style.setProperty('--dsii-theme-accent-dark', 'rgb(255, 170, 200)');
    host.style.setProperty('--dsii-theme-padding', '0px');
  });
  assert.equal(await colour(dark), 'rgb(255, 170, 200)');
  assert.equal(await dark.locator('.dsii').evaluate((element) => getComputedStyle(element).paddingLeft), '0px');
});

test('the glance shows the part its view names, and "What changed" is one visible control', async () => {
  const cards = await harness.open(`/embed.html?today=${TODAY}&view=cards`);
  await cards.locator('.dsii-pcard').first().waitFor();
  assert.equal(await cards.locator('.dsii-chart').count(), 0, 'no timeline with view=cards');
  const timeline = await harness.open(`/embed.html?today=${TODAY}&view=timeline`);
  await timeline.locator('.dsii-chart').waitFor();
  assert.equal(await timeline.locator('.dsii-pcard').count(), 0, 'no cards with view=timeline');
  const glance = await harness.open(`/embed.html?today=${TODAY}`);
  const changes = glance.locator('.dsii-foot').getByRole('button', { name: 'Wat is er veranderd' });
  assert.equal(await changes.getAttribute('aria-pressed'), 'false');
  await changes.click();
  await glance.locator('.dsii-change').first().waitFor();
  assert.equal(await changes.getAttribute('aria-pressed'), 'true');
  assert.match(glance.url(), /view=changes/);
});

test('a printed glance lists its milestones instead of the drawing, and ends with the link to the full monitor', async () => {
  const page = await harness.open(`/embed.html?today=${TODAY}&lang=en`);
  await page.locator('.dsii-chart').first().waitFor();
  assert.equal(await page.locator('.dsii-tl__item').count(), 0, 'no list on screen');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.locator('.dsii-tl__item').first().waitFor();
  assert.equal(await page.locator('.dsii-tl__item').count(), 21, 'every milestone of the snapshot');
  assert.equal(await page.locator('.dsii-chart').first().isVisible(), false, 'the drawing stays off paper');
  const link = page.getByRole('link', { name: /Open the full monitor/ });
  assert.ok(await link.isVisible());
  const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  assert.ok(printed.includes(await link.getAttribute('href')), printed);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => document.querySelectorAll('.dsii-tl__item').length === 0);
});

test('a mark chosen in a glance is still chosen after the page printed', async () => {
  const page = await harness.open(`/embed.html?today=${TODAY}&lang=en`);
  await page.locator('.dsii-mark').first().click();
  await page.locator('.dsii-chosen').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.locator('.dsii-timeline').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('.dsii-timeline').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.dsii-chosen').count(), 1, 'the chosen mark stays open');
});
