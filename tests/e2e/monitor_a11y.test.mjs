// Accessibility: axe-core finds no WCAG 2.2 A/AA violations in the default view, with an
// action line expanded, and in the error state; everything works from the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useHarness } from './harness.mjs';

const harness = useHarness();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the default view has no WCAG 2.2 AA violations', async () => {
  const page = await harness.open('/?today=2026-11-28');
  assert.deepEqual(await violations(page), []);
});

test('an expanded action line has no violations, in the dark theme too', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await harness.open('/?today=2026-11-28', { colorScheme });
    await page.locator('.dsii-line__toggle').first().click();
    await page.locator('.dsii-line__details:visible').waitFor();
    assert.deepEqual(await violations(page), [], colorScheme);
  }
});

test('the error state has no violations', async () => {
  const page = await harness.open('/?src=/fixtures/absent.json');
  await page.getByText('Technical details').click();
  assert.deepEqual(await violations(page), []);
});

test('the page has a main landmark and a sensible heading outline', async () => {
  const page = await harness.open('/');
  assert.equal(await page.getByRole('main').count(), 1);
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
  );
  assert.equal(levels[0], 1);
  for (let index = 1; index < levels.length; index += 1) {
    assert.ok(levels[index] <= levels[index - 1] + 1, `heading level jumps at ${index}: ${levels.slice(0, index + 1)}`);
  }
});

test('an action line opens and closes from the keyboard, with its state exposed', async () => {
  const page = await harness.open('/');
  const toggle = page.locator('.dsii-line__toggle').first();
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
  assert.ok(await panel.isVisible());
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await panel.isVisible(), false);
});

test('tabbing reaches the filters with a visible focus ring and never gets trapped', async () => {
  const page = await harness.open('/');
  const seen = new Set();
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      return { key: [...document.querySelectorAll('*')].indexOf(element), outline: style.outlineStyle, tag: element.tagName };
    });
    if (focused.tag !== 'BODY') assert.notEqual(focused.outline, 'none', `element ${focused.key}`);
    seen.add(focused.key);
  }
  assert.ok(seen.size > 30, `focus moved through ${seen.size} distinct controls`);
});
