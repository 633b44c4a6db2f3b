// Redirects on the way to the data: the reader is told who answered, and a
// predecessor's redirect never sends a request to an origin nobody allowed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolvePath, startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';

const CORS = { 'access-control-allow-origin': '*' };
const V1 = await readFile(resolvePath('/fixtures/policy_v1.json'), 'utf8');
const V2 = JSON.parse(await readFile(resolvePath('/fixtures/policy_v2.json'), 'utf8'));
let site;
let data;
let answering;
let forbidden;
let browser;
/** Every path the forbidden origin was asked for. */
const forbiddenRequests = [];

function json(body) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', ...CORS });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

function redirect(to) {
  return (request, response) => {
    response.writeHead(302, { location: to(), ...CORS });
    response.end();
  };
}

function embedPage(src) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><body>
      <div id="embed" data-dsii-monitor data-src="${src()}" data-view="changes" data-lang="en" data-today="2026-03-20"></div>
      <script type="module" src="/embed.js" data-dsii-root="#embed"></script></body></html>`);
  };
}

before(async () => {
  forbidden = await startServer({
    '*': (request, response, path) => {
      forbiddenRequests.push(path);
      json(V1)(request, response);
    },
  }, '127.0.0.3');
  answering = await startServer({
    '/v2.json': json({ ...V2, previous: { url: 'v1.json', as_of: '2025-11-15' } }),
    '/v1.json': json(V1),
  }, '127.0.0.4');
  data = await startServer({
    '/moved.json': redirect(() => `${answering.origin}/v2.json`),
    '/leaky.json': json({ ...V2, previous: { url: 'old.json', as_of: '2025-11-15' } }),
    '/old.json': redirect(() => `${forbidden.origin}/v1.json`),
  }, '127.0.0.2');
  site = await startServer({
    '/moved.html': embedPage(() => `${data.origin}/moved.json`),
    '/leaky.html': embedPage(() => `${data.origin}/leaky.json`),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([site, data, answering, forbidden].map((server) => server?.close()));
});

async function open(path) {
  const page = await browser.newPage();
  await page.goto(`${site.origin}${path}`);
  await page.locator('#embed .dsii-monitor').waitFor();
  return page;
}

test('"Data from" names the host that answered after a redirect, and the predecessor is found next to it', async () => {
  const page = await open('/moved.html');
  const embed = page.locator('#embed');
  const answeringHost = new URL(answering.origin).host;
  assert.equal(await embed.locator('.dsii-header__data-host strong').innerText(), answeringHost);
  const panel = embed.getByRole('region', { name: /What changed since 15 Nov 2025/ });
  await panel.getByText(/Compared with the version of 15 Nov 2025/).waitFor();
  assert.equal(await panel.getByRole('alert').count(), 0);
  await page.close();
});

test("a predecessor's redirect to an origin nobody allowed sends it no request, and the reader is told", async () => {
  const page = await open('/leaky.html');
  const alert = page.locator('#embed').getByRole('region', { name: /What changed/ }).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /previous version could not be loaded.*redirects elsewhere/s);
  assert.deepEqual(forbiddenRequests, []);
  await page.close();
});
