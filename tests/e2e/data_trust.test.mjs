// Whose data is this? A link to the publisher's page cannot make it show someone
// else's snapshot; data that is not the bundled one is labelled with its host; a
// reference date that is not today says so; and hostile sizes are stopped early.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { bundledSnapshot, resolvePath, startServer } from './server.mjs';
import { useHarness } from './harness.mjs';

const CORS = { 'access-control-allow-origin': '*' };
const MIB = 1024 * 1024;
let foreign;
let streamed = { sent: 0, closed: false };

before(async () => {
  const snapshot = await bundledSnapshot();
  const fake = JSON.parse(snapshot);
  fake.title = { nl: 'Alles is af', en: 'Everything is done' };
  foreign = await startServer({
    '/fake.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...CORS });
      response.end(JSON.stringify(fake));
    },
  }, '127.0.0.2');
});

after(() => foreign?.close());

const harness = useHarness(async () => {
  const snapshot = JSON.parse(await bundledSnapshot());
  const withUnknownKeys = { ...snapshot };
  for (let index = 0; index < 2000; index += 1) withUnknownKeys[`unknown_${index}`] = index;
  return {
    // The standalone page without its own CSP, as a server that drops the meta would.
    '/no-csp.html': (request, response) => {
      readFile(resolvePath('/index.html'), 'utf8').then((html) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
      });
    },
    '/moved.json': (request, response) => {
      response.writeHead(302, { location: `${foreign.origin}/fake.json` });
      response.end();
    },
    '/unknown-keys.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(withUnknownKeys));
    },
    // Declares a body over the limit: refused before any of it is read.
    '/declared-huge.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(6 * MIB) });
      response.write('{"schema_version": 1,');
    },
    // Streams without a length and would go on to 64 MiB: the widget stops reading.
    '/endless.json': (request, response) => {
      streamed = { sent: 0, closed: false };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"padding": "');
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (!streamed.closed && streamed.sent < 64 * MIB) {
          streamed.sent += chunk.length;
          if (!response.write(chunk)) return response.once('drain', pump);
        }
        response.end('"}');
      };
      // Closed by the widget, or by the server after 64 MiB: either way the test goes on.
      streamed.whenClosed = new Promise((resolve) => response.on('close', () => {
        streamed.closed = true;
        resolve();
      }));
      pump();
    },
  };
});

test('a link cannot make the standalone page show a snapshot from another origin', async () => {
  const page = await harness.open(`/?src=${encodeURIComponent(`${foreign.origin}/fake.json`)}&lang=en`);
  const alert = page.getByRole('alert');
  assert.match(await alert.innerText(), /shows data only from its publisher/);
  await alert.getByText('Technical details').click();
  assert.match(await alert.innerText(), new RegExp(`not from ${foreign.origin.replaceAll('.', '\\.')}`));
  assert.equal(await page.getByText('Everything is done').count(), 0);
});

test('a redirect from the own origin to another one is refused, even without the CSP', async () => {
  const page = await harness.open('/no-csp.html?src=/moved.json&lang=en');
  assert.match(await page.getByRole('alert').innerText(), /shows data only from its publisher/);
  assert.equal(await page.getByText('Everything is done').count(), 0);
});

test('the iframe page refuses another origin just the same', async () => {
  const page = await harness.open(`/embed.html?src=${encodeURIComponent(`${foreign.origin}/fake.json`)}&lang=en`);
  assert.match(await page.getByRole('alert').innerText(), /shows data only from its publisher/);
  assert.equal(await page.getByText('Everything is done').count(), 0);
});

test('data: and blob: snapshot URLs are refused', async () => {
  const inline = `data:application/json,${encodeURIComponent(JSON.stringify({ schema_version: 1 }))}`;
  for (const src of [inline, 'blob:http://127.0.0.1/x']) {
    const page = await harness.open(`/?src=${encodeURIComponent(src)}&lang=en`);
    const alert = page.getByRole('alert');
    await alert.getByText('Technical details').click();
    assert.match(await alert.innerText(), /only http\(s\) snapshot URLs are loaded/);
    await page.context().close();
  }
});

test('data other than the bundled snapshot names its host; the bundled one does not', async () => {
  const other = await harness.open('/?src=/fixtures/small_monitor.json&lang=en');
  const host = new URL(harness.server.origin).host;
  assert.equal(await other.locator('.dsii-header__data-host').innerText(), `Data from ${host}`);
  const bundled = await harness.open('/?lang=en');
  assert.equal(await bundled.locator('.dsii-header__data-host').count(), 0);
});

test('the standalone and iframe pages carry a CSP that allows data from their own origin only', async () => {
  const page = await harness.open('/');
  for (const path of ['/', '/embed.html']) {
    const html = await (await page.request.get(`${harness.server.origin}${path}`)).text();
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy, `${path} has a CSP`);
    assert.match(policy, /connect-src 'self';/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
  }
});

test('a reference date other than today is announced', async () => {
  const page = await harness.open('/?today=2026-01-01&lang=en');
  assert.match(await page.locator('.dsii-header__reference-date').innerText(), /reference date is not today.*1 Jan 2026/i);
  const today = await harness.open('/?lang=en');
  assert.equal(await today.locator('.dsii-header__reference-date').count(), 0);
});

test('a body that declares more than the limit is refused before it is read', async () => {
  const page = await harness.open('/?src=/declared-huge.json&lang=en');
  assert.match(await page.getByRole('alert').innerText(), /too large/);
});

test('a body without a length is cut off once it passes the limit', async () => {
  const page = await harness.open('/?src=/endless.json&lang=en');
  assert.match(await page.getByRole('alert').innerText(), /too large/);
  await streamed.whenClosed;
  assert.ok(streamed.sent < 32 * MIB, `the server sent ${streamed.sent} bytes before the widget stopped`);
});

test('thousands of remarks are counted, and only the first few dozen listed', async () => {
  const page = await harness.open('/?src=/unknown-keys.json&lang=en');
  const warnings = page.locator('.dsii-warnings');
  await warnings.locator('summary').click();
  assert.match(await warnings.locator('summary').innerText(), /\(2,000\)|\(2000\)/);
  assert.equal(await warnings.locator('li').count(), 50);
  assert.match(await warnings.innerText(), /and 1,950 more remarks/);
});

test('without AbortSignal.any and AbortSignal.timeout (older Safari and Firefox) the monitor loads', async () => {
  const page = await harness.open('/?lang=en', {
    init: () => {
      delete AbortSignal.any;
      delete AbortSignal.timeout;
    },
  });
  assert.equal(await page.evaluate(() => typeof AbortSignal.any), 'undefined');
  await page.locator('.dsii-monitor').waitFor();
  assert.deepEqual(page.problems, []);
});
