// Only a check made after a deadline can show it was missed: read in December 2026, the
// snapshot of 6 October 2025 calls nothing late and says, everywhere it counts, that 13
// deadlines passed since its last check and their status is not known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { useHarness } from './harness.mjs';

const harness = useHarness();
const OCTOBER = '/data/dsii-2025-10-06.json';
const TODAY = '2026-12-02';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The numbers that start each of `locator`'s texts, added up. */
async function sumOfCounts(locator) {
  const texts = await locator.allInnerTexts();
  return texts.reduce((sum, text) => sum + Number(text.match(/\d+/)[0]), 0);
}

/** The drawing's marks as a screen reader hears them, once the drawing is made. */
async function markLabels(page) {
  await page.locator('.dsii-mark').first().waitFor();
  return page.locator('.dsii-mark').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')));
}

test('the October 2025 snapshot read on 2 December 2026 shows 0 late and 13 deadlines passed, not checked', async () => {
  const page = await harness.open(`/?src=${OCTOBER}&today=${TODAY}`);
  const header = page.locator('.dsii-header__unchecked');
  assert.equal(await header.innerText(), '13 deadlines verstreken sinds de laatste controle, status onbekend');

  assert.equal(await page.locator('.dsii-total--overdue .dsii-total__count').innerText(), '0');
  assert.equal(await page.locator('.dsii-total--unchecked .dsii-total__count').innerText(), '13');

  const cards = page.locator('.dsii-pcard');
  assert.equal(await cards.count(), 3);
  for (const card of await cards.all()) {
    assert.match(await card.locator('.dsii-pcard__state--overdue').innerText(), /^\S+ 0 toezeggingen te laat$/);
    assert.match(await card.locator('.dsii-pcard__state--unchecked').innerText(),
      /^\S+ \d+ deadlines? verstreken sinds de laatste controle, status onbekend$/);
  }
  assert.equal(await sumOfCounts(page.locator('.dsii-pcard__state--unchecked .dsii-pcard__count')), 13);
  assert.equal(await page.locator('.dsii-glance__total').innerText(),
    '21 mijlpalen: 8 gedaan · 0 te laat · 0 open · 13 deadline verstreken, niet gecontroleerd');

  const labels = await markLabels(page);
  assert.ok(labels.every((label) => !label.endsWith('(te laat)')), labels.join('\n'));
  const alone = labels.filter((label) => label.endsWith('(deadline verstreken, niet gecontroleerd)')).length;
  const clustered = labels.map((label) => label.match(/(\d+) deadline verstreken, niet gecontroleerd/)?.[1] ?? 0);
  assert.equal(alone + clustered.reduce((sum, count) => sum + Number(count), 0), 13, labels.join('\n'));
  assert.equal(await page.locator('.dsii-tl__item--unchecked').count(), 13);
  assert.equal(await page.locator('.dsii-tl__item--overdue').count(), 0);
});

test('the CSV export of that view names the 13 as not checked and none as late', async () => {
  const page = await harness.open(`/?src=${OCTOBER}&today=${TODAY}&lang=en`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Selection as CSV' }).click(),
  ]);
  const rows = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
  const states = rows.filter((row) => row.startsWith('milestone,'));
  assert.equal(states.length, 21);
  assert.equal(states.filter((row) => row.includes(',"Deadline passed, not checked",')).length, 13);
  assert.equal(states.filter((row) => row.includes(',Late,')).length, 0);
});

test('a zero is never red; a late count in a snapshot that found one is', async () => {
  const colour = (locator) => locator.evaluate((element) => getComputedStyle(element).color);
  const october = await harness.open(`/?src=${OCTOBER}&today=${TODAY}`);
  const card = october.locator('.dsii-pcard').first();
  assert.equal(await colour(card.locator('.dsii-pcard__state--overdue')), await colour(card));
  // The bicycle policy of 20 March 2026 found its January deadline missed.
  const late = await harness.open('/?src=/fixtures/policy_v2.json&today=2026-03-20&lang=en');
  const lateCount = late.locator('.dsii-pcard__state--overdue:not(.dsii-pcard__zero)');
  assert.match(await lateCount.innerText(), /^\S+ 1 commitment late$/);
  assert.equal(await lateCount.evaluate((element) => getComputedStyle(element).fontWeight), '700');
  assert.notEqual(await colour(lateCount), await colour(late.locator('.dsii-pcard').first()));
  assert.equal(await late.locator('.dsii-total--overdue .dsii-total__count').innerText(), '1');
});

test('the unchecked filter shows just those milestones, from its total, its checkbox and a link', async () => {
  const page = await harness.open(`/?src=${OCTOBER}&today=${TODAY}&lang=en`);
  await page.locator('.dsii-total--unchecked').click();
  await page.waitForURL(/unchecked=1/);
  assert.ok(await page.getByRole('checkbox', { name: 'Only deadline passed, not checked' }).isChecked());
  assert.equal(await page.locator('.dsii-tl__item').count(), 13);
  assert.equal(await page.locator('.dsii-tl__item--unchecked').count(), 13);
  assert.ok(await page.getByRole('button', { name: /Only deadline passed, not checked/ }).isVisible(), 'a chip');
  const linked = await harness.open(`/?src=${OCTOBER}&today=${TODAY}&unchecked=1`);
  assert.equal(await linked.locator('.dsii-tl__item').count(), 13);
  const badge = linked.locator('.dsii-tl__item').first().locator('.dsii-badge');
  assert.equal((await badge.textContent()).trim(), '?Deadline verstreken, niet gecontroleerd sinds 6 okt. 2025');
});

test('the legend names every mark shape the drawing uses, in both languages', async () => {
  const expected = {
    nl: { done: 'Gedaan', pending: 'Open', overdue: 'Te laat', unchecked: 'Deadline verstreken, niet gecontroleerd', cancelled: 'Geschrapt' },
    en: { done: 'Done', pending: 'Pending', overdue: 'Late', unchecked: 'Deadline passed, not checked', cancelled: 'Cancelled' },
  };
  // The fixture has every state, a day, periods and, on a narrow drawing, clusters.
  for (const [src, today] of [[OCTOBER, TODAY], ['/fixtures/policy_v2.json', '2026-03-20']]) {
    for (const lang of ['nl', 'en']) {
      const page = await harness.open(`/?src=${src}&today=${today}&lang=${lang}&layout=glance`);
      await markLabels(page);
      const drawn = await page.locator('.dsii-mark').evaluateAll((marks) => marks.map((mark) => ({
        state: [...mark.classList].find((name) => /^dsii-mark--(done|pending|overdue|unchecked|cancelled)$/.test(name)).slice('dsii-mark--'.length),
        cluster: mark.classList.contains('dsii-mark--cluster'),
        covered: Number(mark.style.getPropertyValue('--dsii-covered')),
      })));
      const legend = page.locator('.dsii-legend');
      assert.equal(await legend.getByRole('heading').innerText(), lang === 'nl' ? 'Legenda' : 'Key');
      for (const state of new Set(drawn.map((mark) => mark.state))) {
        assert.equal(await legend.locator(`[data-state=${state}]`).innerText(), expected[lang][state], `${src} ${lang} ${state}`);
      }
      const shapes = new Set(drawn.map((mark) => (mark.cluster ? 'cluster' : mark.covered < 0.1 ? 'day' : 'period')));
      for (const shape of shapes) {
        assert.ok((await legend.locator(`[data-shape=${shape}]`).innerText()).length > 5, `${src} ${lang} ${shape}`);
      }
      assert.ok(shapes.has('day') && shapes.has('period'), [...shapes].join());
    }
  }
});

test('axe finds no violations on the glance and the full page, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const layout of ['glance', 'full']) {
      const page = await harness.open(`/?src=${OCTOBER}&today=${TODAY}&layout=${layout}`, { colorScheme });
      await markLabels(page);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `${layout}, ${colorScheme}`);
    }
  }
});

test('the revised snapshot shows the Born contracts and the counter-drone challenge done, each citing its report, and lists them as changed since October', async () => {
  const page = await harness.open('/?lang=en&view=changes');
  const panel = page.getByRole('region', { name: /What changed since 6 Oct 2025/ });
  await panel.locator('.dsii-change').first().waitFor();
  for (const [title, report] of [
    ['First contract with a company that will produce in Born',
      'https://www.welingelichtekringen.nl/economie/makers-onbemande-voertuigen-en-dronebatterijen-trekken-in-bij-vdl'],
    ['Armed forces ask industry for C-UAS solutions (industry challenge)',
      'https://www.blikopnieuws.nl/nieuws/307980/defensie-zoekt-met-challenge-naar-bescherming-tegen-drones.html'],
  ]) {
    const change = panel.locator('.dsii-change', { hasText: title });
    assert.equal(await change.locator('.dsii-change__badge').innerText(), 'Pending → done', title);
    const cited = await change.locator('a[href]').evaluateAll((links) => links.map((link) => link.href));
    assert.ok(cited.includes(report), `${title} cites ${cited}`);
  }
  const timeline = await harness.open('/?lang=en&view=timeline');
  const born = timeline.locator('.dsii-tl__item', { hasText: 'First contract with a company that will produce in Born' });
  assert.equal((await born.locator('.dsii-badge').textContent()).trim(), '✔Done');
  const more = born.locator('summary');
  if (await more.isVisible()) await more.click();
  const report = born.locator('a[href="https://www.welingelichtekringen.nl/economie/makers-onbemande-voertuigen-en-dronebatterijen-trekken-in-bij-vdl"]');
  assert.ok(await report.isVisible(), 'the milestone cites the report of the signing');
});
