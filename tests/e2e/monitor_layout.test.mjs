// Mobile first: no horizontal scrolling at 320 and 375 px, tap targets of 44 px,
// themes, and a print view of the filtered selection. Screenshots are kept as artefacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, useHarness } from './harness.mjs';

const harness = useHarness();

for (const width of [320, 375]) {
  test(`no horizontal overflow at ${width} px, collapsed and expanded`, async () => {
    const page = await harness.open('/?today=2026-11-28', { viewport: { width, height: 800 } });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await overflow(), 0);
    await page.screenshot({ path: join(ARTIFACTS, `monitor-${width}px.png`), fullPage: true });
    await page.locator('.dsii-line__toggle').first().click();
    assert.equal(await overflow(), 0);
    await page.screenshot({ path: join(ARTIFACTS, `monitor-${width}px-expanded.png`) });
  });
}

test('every control is at least 44 px tall on a phone; marks in the drawing at least 32 px', async () => {
  const page = await harness.open('/', { viewport: { width: 375, height: 800 } });
  const marks = await page.locator('.dsii-mark').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
  assert.ok(marks.length > 0 && marks.every((height) => height >= 32), marks.join(', '));
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.dsii button:not(.dsii-mark), .dsii select, .dsii input[type=search], .dsii summary')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ text: element.textContent.trim().slice(0, 40), height: element.getBoundingClientRect().height }))
      .filter(({ height }) => height < 44),
  );
  assert.deepEqual(small, []);
});

test('the theme follows the system and can be pinned', async () => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.dsii')).backgroundColor);
  const light = await harness.open('/', { colorScheme: 'light' });
  assert.equal(await background(light), 'rgb(255, 255, 255)');
  const dark = await harness.open('/', { colorScheme: 'dark' });
  assert.equal(await background(dark), 'rgb(13, 17, 23)');
  const pinned = await harness.open('/?theme=light', { colorScheme: 'dark' });
  assert.equal(await background(pinned), 'rgb(255, 255, 255)');
  await dark.screenshot({ path: join(ARTIFACTS, 'monitor-dark.png') });
});

test('the print view shows the filtered selection without controls', async () => {
  const page = await harness.open('/?pillar=samen&today=2026-11-28');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.dsii-filters').isVisible(), false);
  assert.equal(await page.locator('.dsii-export').isVisible(), false);
  const titles = await page.locator('.dsii-line__toggle:visible').allInnerTexts();
  assert.equal(titles.length, 4);
  assert.ok(await page.locator('.dsii-timeline').isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);
});

test('reduced motion turns transitions off', async () => {
  const page = await harness.open('/', { reducedMotion: 'reduce' });
  const duration = await page.evaluate(() => getComputedStyle(document.querySelector('.dsii-button')).transitionDuration);
  assert.equal(duration, '0s');
});
