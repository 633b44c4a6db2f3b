// Every failure gets its own plain message, a retry, and the technical detail on
// request: an HTTP error, an invalid snapshot, a server that never answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from './server.mjs';
import { useHarness } from './harness.mjs';

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
