// A refusal by the source policy cannot end otherwise on a second try: it offers no
// retry, and it names each allowed origin once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useHarness } from './harness.mjs';
import { resolvePath } from './server.mjs';

const V2 = JSON.parse(await readFile(resolvePath('/fixtures/policy_v2.json'), 'utf8'));

const harness = useHarness({
  '/elsewhere/v2.json': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ...V2, previous: { url: 'http://127.0.0.2:9/v1.json', as_of: '2025-11-15' } }));
  },
});

test('a refused snapshot offers no retry, in either language', async () => {
  for (const [lang, retry] of [['en', 'Try again'], ['nl', 'Opnieuw proberen']]) {
    const page = await harness.open(`/?src=${encodeURIComponent('http://127.0.0.2:9/fake.json')}&lang=${lang}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /alleen gegevens van zijn uitgever|only from its publisher/);
    assert.equal(await page.getByRole('button', { name: retry }).count(), 0);
    await page.context().close();
  }
});

test('a network failure still offers a retry', async () => {
  const page = await harness.open(`/?src=${encodeURIComponent('/missing.json')}&lang=en`);
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
});

test("a refused predecessor names the widget's own origin once", async () => {
  const page = await harness.open('/?src=/elsewhere/v2.json&view=changes&lang=en&today=2026-03-20');
  const alert = page.getByRole('region', { name: /What changed/ }).getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /not from http:\/\/127\.0\.0\.2:9/);
  assert.equal(text.split(harness.server.origin).length - 1, 1, text);
});
