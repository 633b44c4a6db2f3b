// Embedding as publishers deploy: the article on one origin, the widget's files on a
// CDN origin (with the CORS header any CDN sends), the snapshot on a third, and the
// article served with the Content Security Policy the README documents. The CDN can
// be told to tamper with a file, or to lose one.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { bundledSnapshot, contentType, hostPage, resolvePath, startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { failOnPageErrors } from './harness.mjs';
import { builtFiles } from './dist_files.mjs';
import { cspViolations, FOREIGN_HEIGHTS, heightMessagesHeard, openHostPage } from './host_page.mjs';

const CORS = { 'access-control-allow-origin': '*' };
let site;
let cdn;
let data;
let browser;
/** What the CDN does wrong: { file, how: 'tamper' | 'lose' }, or nothing. */
let fault = null;
const watch = failOnPageErrors();

function csp({ wasm = true, frames = [] } = {}) {
  return [
    "default-src 'none'",
    `script-src 'self' ${cdn.origin}${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    `connect-src 'self' ${cdn.origin} ${data.origin}`,
    `style-src 'self' ${cdn.origin}`,
    "img-src 'self' data:",
    `frame-src ${[cdn.origin, ...frames].join(' ')}`,
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** A changed copy of a built file: code appended, a byte flipped, a rule added. */
function tampered(name, body) {
  if (name.endsWith('.js')) return Buffer.concat([body, Buffer.from('\nwindow.__tampered = true;\n')]);
  if (name.endsWith('.css')) return Buffer.concat([body, Buffer.from('\n.dsii { display: none }\n')]);
  const copy = Buffer.from(body);
  copy[copy.length - 1] ^= 0xff;
  return copy;
}

before(async () => {
  const snapshot = await bundledSnapshot();
  data = await startServer({
    '/dsii.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...CORS });
      response.end(snapshot);
    },
  }, '127.0.0.2');
  cdn = await startServer({
    '*': (request, response, path) => {
      const name = path.slice(1);
      if (!fault || fault.file !== name) return false;
      if (fault.how === 'lose') {
        response.writeHead(404, CORS);
        response.end();
        return true;
      }
      readFile(resolvePath(path)).then((body) => {
        response.writeHead(200, { 'content-type': contentType(name), ...CORS });
        response.end(tampered(name, body));
      });
      return true;
    },
  }, '127.0.0.3', CORS);
  site = await startServer({
    '*': (request, response, path) => {
      if (!path.endsWith('.html')) return false;
      const query = new URL(request.url, 'http://x').searchParams;
      readFile(resolvePath(path), 'utf8').then(async (html) => {
        const policy = csp({ wasm: !query.has('nowasm'), frames: query.has('anyframe') ? [data.origin] : [] });
        response.writeHead(200, { 'content-type': contentType(path), 'content-security-policy': policy });
        response.end(await hostPage(html, { widgetOrigin: cdn.origin, dataOrigin: data.origin }));
      });
      return true;
    },
  });
  browser = watch(await launchBrowser());
});

after(async () => {
  await browser?.close();
  await Promise.all([site?.close(), cdn?.close(), data?.close()]);
});

beforeEach(() => {
  fault = null;
});

function open(path) {
  return openHostPage(browser, `${site.origin}${path}`);
}

const embed = (page) => page.locator('#embed-unchecked');
const frame = (page) => page.frameLocator('#frame');
const STYLES = ['fontFamily', 'color', 'backgroundColor', 'borderRadius', 'paddingTop'];

async function styles(locator) {
  return locator.evaluate((element, names) => names.map((name) => getComputedStyle(element)[name]), STYLES);
}

test('host, widget and data on three origins: styled script embeds and iframe under the documented CSP', async () => {
  const page = await open('/examples/host/article.html');
  await embed(page).locator('.dsii-monitor').waitFor();
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await frame(page).locator('.dsii-monitor').waitFor();
  const sheet = await embed(page).evaluate((host) => host.shadowRoot.querySelector('link[rel=stylesheet]').sheet !== null);
  assert.ok(sheet, 'the stylesheet applies inside the shadow root');
  for (const selector of ['.dsii-monitor', '.dsii-button', '.dsii-filters__count']) {
    assert.deepEqual(
      await styles(embed(page).locator(selector).first()),
      await styles(frame(page).locator(selector).first()),
      selector,
    );
  }
  assert.match(await embed(page).locator('.dsii-header').innerText(), new RegExp(`Gegevens van ${data.origin.slice(7)}`));
  assert.match(await embed(page).locator('.dsii-filters__count').innerText(), /10 mijlpalen/);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(page.problems, []);
});

test('a changed embed.js is refused by the integrity on its script tag, and none of it runs', async () => {
  fault = { file: 'embed.js', how: 'tamper' };
  const page = await open('/examples/host/article.html');
  // Once the browser has refused the script, none of it can run any more.
  const refused = (text) => /integrity/i.test(text);
  if (!page.consoleErrors.some(refused)) await page.waitForEvent('console', (message) => refused(message.text()));
  assert.equal(await page.evaluate(() => window.__tampered), undefined);
  assert.equal(await page.evaluate(() => window.DsiiMonitor), undefined);
  assert.equal(await embed(page).locator('.dsii-monitor').count(), 0);
  assert.ok(page.consoleErrors.some((text) => /integrity/i.test(text)), page.consoleErrors.join('\n'));
});

for (const [kind, file] of [['wasm', () => builtFiles().wasm], ['CSS', () => builtFiles().css]]) {
  test(`a changed ${kind} file is refused: the embed says so and recovers on retry`, async () => {
    fault = { file: file(), how: 'tamper' };
    const page = await open('/examples/host/article.html');
    const alert = embed(page).getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /kon niet starten/);
    assert.equal(await embed(page).locator('.dsii-monitor').count(), 0);
    fault = null;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await embed(page).locator('.dsii-monitor').waitFor();
    assert.match(await embed(page).locator('.dsii-filters__count').innerText(), /10 mijlpalen/);
  });
}

test('a missing wasm file shows a message with a retry, not a loading text forever', async () => {
  fault = { file: builtFiles().wasm, how: 'lose' };
  const page = await open('/examples/host/article.html');
  const alert = embed(page).getByRole('alert');
  await alert.waitFor();
  await alert.getByText('Technische details').click();
  assert.match(await alert.innerText(), /Opnieuw proberen/);
  assert.equal(await embed(page).getByText('De monitor wordt geladen…').count(), 0);
});

test('a wasm start that the page forbids shows a message with a retry', async () => {
  const page = await open('/examples/host/article.html?nowasm');
  const alert = embed(page).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /kon niet starten/);
  assert.equal(await alert.getByRole('button', { name: 'Opnieuw proberen' }).count(), 1);
});

test('a height from the iframe after it left the widget origin is ignored', async () => {
  const page = await open('/examples/host/article.html?anyframe');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await frame(page).locator('.dsii-monitor').waitFor();
  await page.waitForFunction(() => document.querySelector('#frame').getAttribute('height') !== '900');
  const settled = await page.locator('#frame').getAttribute('height');
  const heard = await heightMessagesHeard(page, FOREIGN_HEIGHTS);
  // Same window, other origin: the page in the frame now posts two silly heights.
  await page.frame({ url: /embed\.html/ }).goto(`${data.origin}/examples/host/foreign.html`);
  await heard();
  assert.equal(await page.locator('#frame').getAttribute('height'), settled);
});
