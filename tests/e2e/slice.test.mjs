// The release build fetches a snapshot and shows it, or says clearly why it cannot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { failOnPageErrors } from './harness.mjs';

let server;
let browser;
const watch = failOnPageErrors();

before(async () => {
  server = await startServer();
  browser = watch(await launchBrowser());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${server.origin}${path}`);
  return { page, problems };
}

test('the bundled snapshot shows its title and its three pillars', async () => {
  const { page, problems } = await open('/');
  const title = page.getByRole('heading', { level: 1 });
  await title.waitFor();
  assert.equal(await title.textContent(), 'Monitor Defensie Strategie voor Industrie en Innovatie (D-SII)');
  const pillars = await page.locator('.dsii-glance').getByRole('heading', { level: 3 }).allTextContents();
  assert.deepEqual(
    pillars.map((text) => text.split(':')[0]),
    ['Sterk', 'Slim', 'Samen'],
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('a snapshot URL that answers 404 shows a clear error', async () => {
  const { page, problems } = await open('/?src=/fixtures/absent.json');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /The data was not found\./);
  assert.match(text, /HTTP 404/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a snapshot that is not JSON shows where it breaks', async () => {
  const { page } = await open('/?src=/fixtures/not_json.json');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /The data is not valid/);
  assert.match(text, /line 1, column 1: not valid JSON/);
  await page.close();
});

test('an invalid snapshot names the JSON path and the expectation', async () => {
  const { page } = await open('/?src=/fixtures/unknown_status.json');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /action_lines\[0\]\.status: unknown status "doing"; expected one of planned/);
  await page.close();
});

test('without JavaScript the page says what it needs instead of staying blank', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  assert.match(await page.locator('main').innerText(), /JavaScript en WebAssembly nodig/);
  await context.close();
});
