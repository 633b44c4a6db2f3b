// Taking the data away: the filtered selection as CSV, the snapshot as JSON, a link to
// this exact view, and a citation for an action line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { countsFrom, resultCount, useHarness } from './harness.mjs';

const harness = useHarness();

test('the CSV download holds exactly the filtered selection', async () => {
  const page = await harness.open('/?pillar=slim&today=2026-11-28&lang=en');
  const { lines, milestones } = countsFrom(await resultCount(page));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Selection as CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'd-sii.csv');
  const rows = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
  assert.equal(rows[0], 'type,id,pillar,action_line,title,status,date,date_start,date_end,sources');
  assert.equal(rows.filter((row) => row.startsWith('action_line,')).length, lines);
  assert.equal(rows.filter((row) => row.startsWith('milestone,')).length, milestones);
  assert.ok(rows.slice(1).every((row) => row.split(',')[2] === 'slim'));
  assert.ok(rows.some((row) => row.includes(',"Deadline passed, not checked",2026-Q1,')));
});

test('the snapshot downloads as JSON', async () => {
  const page = await harness.open('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gegevens als JSON' }).click(),
  ]);
  const snapshot = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(snapshot.id, 'd-sii');
});

test('copy link puts this exact view on the clipboard', async () => {
  const page = await harness.open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('checkbox', { name: 'Alleen te laat' }).check();
  await page.getByRole('button', { name: 'Link naar deze weergave kopiëren' }).click();
  await page.locator('.dsii-export').getByText('Link gekopieerd').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /\?overdue=1$/);
});

test('an expanded action line offers a citation with status, snapshot date and source', async () => {
  const page = await harness.open('/?lang=en');
  await page.getByRole('button', { name: /Defence contribution to the SEED Capital scheme/ }).click();
  const cite = await page.locator('.dsii-line__cite:visible').innerText();
  assert.match(cite, /^“Defence contribution to the SEED Capital scheme” \(status: in progress\)\./);
  assert.match(cite, /data as of 3 Dec 2026/);
  assert.match(cite, /Kamerstuk 36 800 X, nr\. 11/);
  const details = await page.locator('.dsii-line__details:visible').innerText();
  assert.match(details, /EUR 10 million/, 'the SEED Capital discrepancy is shown, not hidden');
});
