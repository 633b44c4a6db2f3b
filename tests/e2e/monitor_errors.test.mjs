// Every failure gets its own plain message, a retry, and the technical detail on
// request: an HTTP error, an invalid snapshot, a server that never answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from './server.mjs';
import { resultCount, useHarness } from './harness.mjs';

let slowRequests = 0;
let flakyRequests = 0;
const harness = useHarness(async () => {
  const snapshot = await bundledSnapshot();
  return {
    // Never answers the first time; answers at once after that.
    '/slow.json': (request, response) => {
      slowRequests += 1;
      if (slowRequests === 1) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"schema_version": 1,');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(snapshot);
    },
    // Starts a document and never finishes it.
    '/stalled.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"schema_version": 1,');
    },
    '/flaky.json': (request, response) => {
      flakyRequests += 1;
      if (flakyRequests === 1) {
        response.writeHead(503, { 'content-type': 'text/plain' });
        response.end('busy');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(snapshot);
    },
  };
});

async function detailsOf(page) {
  await page.getByText(/Technical details|Technische details/).click();
  return page.locator('.dsii-error__list').innerText();
}

test('a snapshot that is not there says so, with the status on request', async () => {
  const page = await harness.open('/?src=/fixtures/absent.json');
  const alert = page.getByRole('alert');
  assert.match(await alert.innerText(), /The data was not found\./);
  assert.equal(await page.locator('.dsii-error__list').isVisible(), false);
  assert.match(await detailsOf(page), /HTTP 404/);
});

test('an HTTP error offers a retry that recovers', async () => {
  const page = await harness.open('/?src=/flaky.json');
  assert.match(await page.getByRole('alert').innerText(), /The server did not deliver the data\./);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.dsii-monitor').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('after "try again" with the keyboard, focus moves into the monitor that replaced the error', async () => {
  flakyRequests = 0;
  const page = await harness.open('/?src=/flaky.json');
  await page.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.dsii-monitor').waitFor();
  const inside = await page.waitForFunction(() => document.activeElement?.closest('.dsii-monitor'), null, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(inside, `focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
});

test('an invalid snapshot names the JSON path in its details', async () => {
  const page = await harness.open('/?src=/fixtures/unknown_status.json&lang=nl');
  assert.match(await page.getByRole('alert').innerText(), /De gegevens zijn ongeldig/);
  assert.match(await detailsOf(page), /action_lines\[0\]\.status: unknown status "doing"; expected one of planned/);
});

test('a response that never ends times out after ten seconds, and retry works', async () => {
  const page = await harness.open('/?src=/slow.json');
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  assert.match(await alert.innerText(), /took too long/);
  assert.match(await detailsOf(page), /within 10 seconds/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.dsii-monitor').waitFor();
  assert.equal(slowRequests, 2);
});

test('a snapshot still arriving is dropped, its request aborted at once, when the reader goes back', async () => {
  const page = await harness.open('/');
  const full = await resultCount(page);
  const asked = page.waitForRequest((request) => request.url().endsWith('/stalled.json'));
  // Well before the ten-second deadline would abort it.
  const aborted = page.waitForEvent('requestfailed', {
    predicate: (request) => request.url().endsWith('/stalled.json'),
    timeout: 5000,
  });
  await page.evaluate(() => {
    history.pushState(null, '', '?src=stalled.json');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await asked;
  // While the other one arrives, the reader keeps the monitor they had.
  assert.equal(await page.getByRole('status').filter({ hasText: /worden geladen|Loading the data/ }).count(), 0);
  assert.equal(await resultCount(page), full);
  await page.goBack();
  assert.match((await aborted).failure().errorText, /ABORTED/);
  assert.doesNotMatch(page.url(), /stalled/);
  assert.equal(await resultCount(page), full);
});
