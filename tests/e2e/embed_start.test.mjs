// How a script embed starts and stops: the snapshot request leaves at once, beside the
// wasm, and the widget reads that answer instead of asking again; the placeholder holds
// the glance's height meanwhile; where the module may not run (Trusted Types) or stops
// after mount (a trap), it says so in the host's language and keeps its fallback link.
// Article, widget files and data are on three origins; the wasm arrives slowly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { bundledSnapshot, contentType, resolvePath, startServer } from './server.mjs';
import { useHarness } from './harness.mjs';

const CORS = { 'access-control-allow-origin': '*' };
/** How long the CDN takes over the second half of the wasm. */
const WASM_DELAY_MS = 1500;

const origins = {};
/** What the CDN and the data origin saw, in arrival order. */
let seen = [];

function article(body, { head = '' } = {}) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
      <article id="story"><h1>An article</h1>${body()}<p id="after">The story goes on.</p></article></body></html>`);
  };
}

const placeholder = ({ src = true, view } = {}) =>
  `<div id="embed" data-dsii-monitor${src ? ` data-src="${origins.data}/snapshot.json"` : ''}${view ? ` data-view="${view}"` : ''}>` +
  `<a href="${origins.cdn}/">D-SII monitor</a></div>` +
  `<script type="module" src="${origins.cdn}/embed.js" data-dsii-root="#story"></script>`;

const harness = useHarness({
  '/article/plain.html': article(() => placeholder()),
  '/article/cards.html': article(() => placeholder({ view: 'cards' })),
  '/article/trusted-types.html': (request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html',
      'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'",
    });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
      <article id="story">${placeholder()}</article></body></html>`);
  },
});

before(async () => {
  const snapshot = await bundledSnapshot();
  const data = await startServer({
    '/snapshot.json': (request, response) => {
      seen.push({ what: 'snapshot', at: performance.now() });
      response.writeHead(200, { 'content-type': 'application/json', ...CORS });
      response.end(snapshot);
    },
  }, '127.0.0.6');
  const cdn = await startServer({
    '*': (request, response, path) => {
      if (!path.endsWith('.wasm')) return false;
      readFile(resolvePath(path)).then((body) => {
        seen.push({ what: 'wasm requested', at: performance.now() });
        response.writeHead(200, { 'content-type': contentType(path), ...CORS });
        const half = Math.floor(body.length / 2);
        response.write(body.subarray(0, half));
        setTimeout(() => {
          response.end(body.subarray(half));
          seen.push({ what: 'wasm ended', at: performance.now() });
        }, WASM_DELAY_MS);
      });
      return true;
    },
  }, '127.0.0.5', CORS);
  Object.assign(origins, { data: data.origin, cdn: cdn.origin, servers: [data, cdn] });
});

after(() => Promise.all((origins.servers ?? []).map((server) => server.close())));

const embed = (page) => page.locator('#embed');

test('the snapshot request leaves before the wasm has arrived, and the widget reads its answer instead of asking again', async () => {
  seen = [];
  const page = await harness.open('/article/plain.html');
  await embed(page).locator('.dsii-pcard').first().waitFor();
  const at = (what) => seen.find((event) => event.what === what)?.at;
  assert.ok(at('snapshot') < at('wasm ended'), JSON.stringify(seen));
  assert.equal(seen.filter((event) => event.what === 'snapshot').length, 1, JSON.stringify(seen));
  assert.equal(await embed(page).locator('.dsii-pcard').count(), 3, 'the three pillars of the snapshot');
});

test('while the widget loads, the placeholder holds the glance’s height, and lets go once it shows', async () => {
  for (const [path, width] of [['/article/plain.html', 375], ['/article/cards.html', 375], ['/article/plain.html', 1280]]) {
    const context = await harness.browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${harness.server.origin}${path}`);
    await embed(page).getByRole('status').waitFor();
    const reserved = await embed(page).evaluate((host) => host.getBoundingClientRect().height);
    await embed(page).locator('.dsii-pcard').first().waitFor();
    await page.waitForFunction(() => document.querySelector('#embed').shadowRoot.firstElementChild.style.minHeight === '');
    const shown = await embed(page).evaluate((host) => host.getBoundingClientRect().height);
    assert.ok(Math.abs(reserved - shown) <= shown * 0.1, `${path} at ${width} px: reserved ${reserved} px, shown ${shown} px`);
    await context.close();
  }
});

test('a page that enforces Trusted Types gets a message in its language and the fallback link, not an empty box', async () => {
  seen = [];
  const page = await harness.browser.newContext().then((context) => context.newPage());
  await page.goto(`${harness.server.origin}/article/trusted-types.html`);
  const alert = embed(page).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not start/);
  await alert.getByText('Technical details').click();
  assert.match(await alert.innerText(), /Trusted Types/);
  assert.equal(await alert.getByRole('link', { name: 'D-SII monitor' }).getAttribute('href'), `${origins.cdn}/`);
  assert.equal(await embed(page).evaluate((host) => host.shadowRoot.firstElementChild.style.minHeight), '', 'no height held');
  assert.deepEqual(seen, [], 'neither the wasm nor the snapshot is fetched in vain');
});

test('a trap after mount stops the widget visibly: a message, a reload button and the fallback link', async () => {
  const page = await harness.open('/article/plain.html');
  await embed(page).locator('.dsii-pcard').first().waitFor();
  await page.evaluate(() => {
    window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') }));
  });
  const alert = embed(page).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /stopped/);
  assert.equal(await alert.getByRole('button', { name: /Reload/ }).count(), 1);
  assert.equal(await alert.getByRole('link', { name: 'D-SII monitor' }).getAttribute('href'), `${origins.cdn}/`);
  assert.equal(await embed(page).locator('.dsii-pcard').count(), 0);
});
