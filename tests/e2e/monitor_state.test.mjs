// The view lives in the URL: permalinks restore it, the back button undoes changes,
// the language switch changes every string, and `today` moves which deadlines have passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resultCount, statusToggle, useHarness, visibleLineTitles } from './harness.mjs';

const harness = useHarness();

test('a permalink restores the exact view', async () => {
  const page = await harness.open('/?lang=en&view=cards&pillar=slim&status=in_progress&q=drone&unchecked=1&today=2026-12-10');
  assert.equal(await statusToggle(page, /In progress/).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('combobox', { name: 'Pillar' }).inputValue(), 'slim');
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'drone');
  assert.ok(await page.getByRole('checkbox', { name: 'Only deadline passed, not checked' }).isChecked());
  assert.equal(await page.getByRole('checkbox', { name: 'Late only' }).isChecked(), false);
  assert.equal(await page.getByRole('button', { name: 'Cards', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.dsii-timeline').count(), 0);
  assert.deepEqual(await visibleLineTitles(page), ['Intelligent systems, APOS and drone components']);
});

test('filter changes are written to the URL and the back button undoes them', async () => {
  const page = await harness.open('/');
  await statusToggle(page, /Vertraagd/).click();
  await page.getByRole('combobox', { name: 'Pijler' }).selectOption('slim');
  assert.match(page.url(), /status=delayed/);
  assert.match(page.url(), /pillar=slim/);
  await page.goBack();
  assert.doesNotMatch(page.url(), /pillar=/);
  assert.equal(await page.getByRole('combobox', { name: 'Pijler' }).inputValue(), '');
  await page.goBack();
  assert.equal(await statusToggle(page, /Vertraagd/).getAttribute('aria-pressed'), 'false');
  assert.equal(await resultCount(page), '17 actielijnen en 21 mijlpalen');
  await page.reload();
  await page.locator('.dsii-monitor').waitFor();
  assert.equal(await resultCount(page), '17 actielijnen en 21 mijlpalen');
});

// Interface strings of each language that must appear in it and never in the other.
const INTERFACE = {
  nl: ['Gegevens per', 'Te late toezeggingen', 'Pijler', 'Alle pijlers', 'Alleen te laat', 'Zoeken',
    'Weergave', 'Kaarten en tijdlijn', 'Taal', 'Actielijnen', 'Tijdlijn', 'Eigenaren', 'Mijlpalen',
    'Peildatum', 'Exporteren en delen', 'Selectie als CSV', 'Alle filters wissen', 'In uitvoering', 'Gedaan'],
  en: ['Data as of', 'Late commitments', 'Pillar', 'All pillars', 'Late only', 'Search',
    'View', 'Cards and timeline', 'Language', 'Action lines', 'Timeline', 'Owners', 'Milestones',
    'Reference date', 'Export and share', 'Selection as CSV', 'Clear all filters', 'In progress', 'Done'],
};

test('the language switch changes every interface string, the texts and the lang attribute', async () => {
  const page = await harness.open('/?today=2026-12-10');
  const monitor = page.locator('.dsii-monitor');
  const dutch = await monitor.innerText();
  for (const text of INTERFACE.nl) assert.ok(dutch.includes(text), `Dutch view shows "${text}"`);
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await monitor.getAttribute('lang'), 'en');
  const english = await monitor.innerText();
  for (const text of INTERFACE.en) assert.ok(english.includes(text), `English view shows "${text}"`);
  for (const text of ['Gegevens per', 'Alleen te laat', 'Zoeken', 'Weergave', 'Peildatum', 'Eigenaren']) {
    assert.ok(!english.includes(text), `English view has no "${text}"`);
  }
  assert.match(english, /Data as of 3 Dec 2026 \(7 days ago\): 10 deadlines passed since the last check, status not known/);
  assert.match(english, /Budget: €35 million/);
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Defence Strategy for Industry and Innovation/);
  assert.match(page.url(), /lang=en/);
});

test('dates and amounts follow the language', async () => {
  const page = await harness.open('/?today=2026-12-10');
  const text = await page.locator('.dsii-monitor').innerText();
  assert.match(text, /Gegevens per 3 dec\. 2026 \(7 dagen geleden\)/);
  assert.match(text, /Budget: € 35 mln/);
  assert.match(text, /Q1 2026/);
});

test('the reference date moves deadlines from open to passed, not checked, and never to late', async () => {
  const totals = async (today) => {
    const page = await harness.open(`/?today=${today}`);
    const count = async (kind) => Number(await page.locator(`.dsii-total--${kind} .dsii-total__count`).innerText());
    const [late, unchecked] = [await count('overdue'), await count('unchecked')];
    assert.equal(await page.locator('.dsii-tl__item--unchecked').count(), unchecked, `marked on ${today}`);
    assert.equal(await page.locator('.dsii-tl__item--overdue').count(), late, `marked on ${today}`);
    assert.match(await page.locator('.dsii-tl__today').innerText(), /Peildatum/);
    await page.context().close();
    return [late, unchecked];
  };
  assert.deepEqual(await totals('2025-10-06'), [0, 0]);
  assert.deepEqual(await totals('2026-01-01'), [0, 5]);
  assert.deepEqual(await totals('2026-12-10'), [0, 10]);
});

test('the staleness notice appears only when the data is old', async () => {
  const fresh = await harness.open('/?today=2026-12-20');
  assert.equal(await fresh.locator('.dsii-header__stale').count(), 0);
  const stale = await harness.open('/?today=2027-06-01');
  assert.ok(await stale.locator('.dsii-header__stale').isVisible());
});
