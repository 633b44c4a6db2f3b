// Embedding on a third-party page: a news article with aggressive CSS, two script
// embeds and one iframe, served with a strict CSP; the snapshot on a second origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { bundledSnapshot, contentType, hostPage, resolvePath, startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { failOnPageErrors } from './harness.mjs';
import { builtFiles } from './dist_files.mjs';
import { cspViolations, FOREIGN_HEIGHTS, heightMessagesHeard, openHostPage } from './host_page.mjs';

let site;
let data;
let browser;
const watch = failOnPageErrors();

function csp(dataOrigin) {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `connect-src 'self' ${dataOrigin}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "frame-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

before(async () => {
  const snapshot = await bundledSnapshot();
  // The data origin: with CORS under /, without it under /nocors/.
  data = await startServer({
    '/dsii.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(snapshot);
    },
    '/nocors/dsii.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(snapshot);
    },
  }, '127.0.0.2');
  // The site: the release build and the example pages, every HTML page under the CSP.
  site = await startServer({
    '*': (request, response, path) => {
      const file = resolvePath(path === '/' ? '/index.html' : path);
      if (!file.endsWith('.html')) return false;
      readFile(file, 'utf8').then(
        async (html) => {
          const query = new URL(request.url, 'http://x').searchParams;
          let page = await hostPage(html, { dataOrigin: query.has('nocors') ? `${data.origin}/nocors` : data.origin });
          if (query.has('noembed')) page = page.replace(/<script type="module" src="\/(embed|frame-host)\.js"[^>]*><\/script>/g, '');
          response.writeHead(200, { 'content-type': contentType(file), 'content-security-policy': csp(data.origin) });
          response.end(page);
        },
        () => {
          response.writeHead(404);
          response.end();
        },
      );
    },
  });
  browser = watch(await launchBrowser());
});

after(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

/** Opens a page of the site and records CSP violations in every frame. */
function open(path, viewport, options = {}) {
  return openHostPage(browser, `${site.origin}${path}`, { viewport, ...options });
}

const uncheckedEmbed = (page) => page.locator('#embed-unchecked .dsii-monitor');
const slimEmbed = (page) => page.locator('#embed-slim .dsii-monitor');
const frameWidget = (page) => page.frameLocator('#frame').locator('.dsii-monitor');

async function scrollThrough(page) {
  for (const id of ['#embed-unchecked', '#embed-slim', '#frame']) await page.locator(id).scrollIntoViewIfNeeded();
}

test('two script embeds and an iframe render under a strict CSP with no violations', async () => {
  const page = await open('/examples/host/article.html');
  await scrollThrough(page);
  await uncheckedEmbed(page).waitFor();
  await slimEmbed(page).waitFor();
  await frameWidget(page).waitFor();
  assert.match(await uncheckedEmbed(page).locator('.dsii-filters__count').innerText(), /actielijnen en 10 mijlpalen/);
  assert.match(await slimEmbed(page).locator('.dsii-filters__count').innerText(), /^8 action lines/);
  // Embeds open as the glance, not the long lists; data-view="timeline" shows the drawing only.
  assert.equal(await page.locator('#embed-unchecked .dsii-chart').isVisible(), true);
  assert.equal(await page.locator('#embed-unchecked .dsii-pcard').count(), 0);
  assert.equal(await page.locator('#embed-unchecked .dsii-cards').count(), 0);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(page.problems, []);
});

test('built assets carry Subresource Integrity', async () => {
  const page = await open('/examples/host/article.html');
  await uncheckedEmbed(page).waitFor();
  const link = await page.locator('#embed-unchecked').evaluate((host) => {
    const { integrity, crossOrigin } = host.shadowRoot.querySelector('link');
    return { integrity, crossOrigin };
  });
  assert.match(link.integrity, /^sha384-/);
  assert.equal(link.crossOrigin, 'anonymous');
});

const STYLE_PROPERTIES = ['fontFamily', 'color', 'textTransform', 'letterSpacing', 'textAlign', 'lineHeight', 'backgroundColor', 'borderTopStyle', 'borderRadius'];

async function styles(locator) {
  return locator.evaluate(
    (element, properties) => Object.fromEntries(properties.map((name) => [name, getComputedStyle(element)[name]])),
    STYLE_PROPERTIES,
  );
}

test('host CSS does not reach into the widget', async () => {
  // The iframe holds the same widget on a page without the host's CSS.
  const page = await open('/examples/host/article.html');
  await scrollThrough(page);
  await uncheckedEmbed(page).waitFor();
  await frameWidget(page).waitFor();
  // Both in the long form, so any difference comes from the host.
  for (const selector of ['.dsii-header__title', '.dsii-toggle', '.dsii-total', '.dsii-pcard__choose', '.dsii-filters__count', '.dsii-select']) {
    const expected = await styles(page.frameLocator('#frame').locator(`.dsii ${selector}`).first());
    const embedded = await styles(page.locator(`#embed-slim ${selector}`).first());
    assert.deepEqual(embedded, expected, selector);
  }
  assert.doesNotMatch((await styles(page.locator('#embed-unchecked .dsii-header__title'))).fontFamily, /Georgia/);
});

test('widget CSS does not reach out to the host page', async () => {
  const bare = await open('/examples/host/article.html?noembed');
  const page = await open('/examples/host/article.html');
  await scrollThrough(page);
  await slimEmbed(page).waitFor();
  for (const selector of ['body', '#intro', 'h1', '.byline', 'figure', '#outro']) {
    assert.deepEqual(await styles(page.locator(selector).first()), await styles(bare.locator(selector).first()), selector);
  }
});

test('the two script embeds filter independently and leave the host URL alone', async () => {
  const page = await open('/examples/host/article.html');
  await scrollThrough(page);
  const before = await uncheckedEmbed(page).locator('.dsii-filters__count').innerText();
  await slimEmbed(page).getByRole('group', { name: 'Status' }).getByRole('button', { name: /Planned/ }).click();
  assert.match(await slimEmbed(page).locator('.dsii-filters__count').innerText(), /^1 action line and/);
  assert.equal(await uncheckedEmbed(page).locator('.dsii-filters__count').innerText(), before);
  assert.equal(new URL(page.url()).search, '');
});

test('the iframe fits its content when an action line expands', async () => {
  const page = await open('/examples/host/article.html');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await frameWidget(page).waitFor();
  const height = async () => Number(await page.locator('#frame').getAttribute('height'));
  await page.waitForFunction(() => document.querySelector('#frame').getAttribute('height') !== '900');
  const collapsed = await height();
  await page.frameLocator('#frame').locator('.dsii-line__toggle').first().click();
  await page.waitForFunction((previous) => Number(document.querySelector('#frame').getAttribute('height')) > previous, collapsed);
  assert.ok((await height()) > collapsed);
});

test('a message from a foreign frame cannot resize the iframe', async () => {
  const page = await open('/examples/host/article.html');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await frameWidget(page).waitFor();
  await page.waitForFunction(() => document.querySelector('#frame').getAttribute('height') !== '900');
  const settled = await page.locator('#frame').getAttribute('height');
  const heard = await heightMessagesHeard(page, [3, ...FOREIGN_HEIGHTS]);
  await page.evaluate(() => {
    window.postMessage({ type: 'dsii-monitor:height', height: 3 }, '*');
    const foreign = document.createElement('iframe');
    foreign.src = '/examples/host/foreign.html';
    document.body.append(foreign);
  });
  // Its own message and the foreign frame's two.
  await heard();
  assert.equal(await page.locator('#frame').getAttribute('height'), settled);
});

test('without a CORS header the widget says so and the host page stays intact', async () => {
  const page = await open('/examples/host/article.html?nocors');
  const alert = page.locator('#embed-unchecked [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /CORS/);
  assert.ok(await page.locator('#intro').isVisible());
  assert.match(await page.locator('h1').first().innerText(), /Wat Defensie beloofde/i);
});

test('an embed below the fold loads the wasm only when it nears the viewport', async () => {
  const page = await open('/examples/host/lazy.html', { width: 1000, height: 700 });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  // The loader has run, and its observer has had its first say: ours, made later, follows it.
  await page.waitForFunction(() => window.DsiiMonitor);
  const mounted = await page.evaluate(() => new Promise((done) => {
    const host = document.querySelector('#embed-bottom');
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      // The shadow root is there at once (it hides the fallback); the widget is not.
      done(host.shadowRoot?.querySelector('[role=status], .dsii-monitor') != null);
    });
    observer.observe(host);
  }));
  assert.equal(mounted, false, 'not started before scrolling');
  const wasm = `/${builtFiles().wasm}`;
  assert.ok(!requests.includes(wasm), 'no wasm before scrolling');
  await page.locator('#embed-bottom').scrollIntoViewIfNeeded();
  await page.locator('#embed-bottom .dsii-monitor').waitFor();
  assert.ok(requests.includes(wasm));
  assert.deepEqual(await cspViolations(page), []);
});

test("an embedded widget's copied link opens the widget's page with that view", async () => {
  const page = await open('/examples/host/article.html', undefined, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#embed-slim').scrollIntoViewIfNeeded();
  await slimEmbed(page).getByRole('button', { name: 'Copy a link to this view' }).click();
  await slimEmbed(page).getByText('Link copied').waitFor();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(`${link.origin}${link.pathname}`, `${site.origin}/`);
  assert.equal(link.searchParams.get('pillar'), 'slim');
  assert.equal(link.searchParams.get('view'), 'cards');
  assert.equal(link.searchParams.get('lang'), 'en');
  assert.equal(new URL(page.url()).search, '', 'the host URL is untouched');
});

test('embeds with URL state keep their own prefixed keys, the host parameters and the fragment, and never take src from the host URL', async () => {
  const page = await open('/examples/host/url-state.html?utm_source=news&src=%2Ffixtures%2Fsmall_monitor.json#comments');
  const first = page.locator('#first .dsii-monitor');
  const second = page.locator('#second .dsii-monitor');
  await first.waitFor();
  await second.waitFor();
  assert.match(await first.getByRole('heading', { level: 2 }).first().innerText(), /D-SII/);
  const secondBefore = await second.locator('.dsii-filters__count').innerText();
  await first.getByRole('button', { name: /^Filters/ }).click();
  await first.getByRole('group', { name: 'Status' }).getByRole('button', { name: /Planned/ }).click();
  await page.waitForFunction(() => location.search.includes('first.status'));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('utm_source'), 'news');
  assert.equal(url.searchParams.get('src'), '/fixtures/small_monitor.json', 'the host parameter stays as it was');
  assert.equal(url.searchParams.get('first.status'), 'planned');
  assert.equal(url.hash, '#comments');
  assert.deepEqual([...url.searchParams.keys()].filter((key) => key.startsWith('second.')), []);
  assert.equal(await second.locator('.dsii-filters__count').innerText(), secondBefore);
  await page.reload();
  await page.locator('#first .dsii-monitor').waitFor();
  assert.match(await page.locator('#first .dsii-filters__count').innerText(), /^1 action line/);
});

test('the widget never takes over a host element that shares the standalone page id', async () => {
  const page = await open('/examples/host/url-state.html');
  await page.locator('#first .dsii-monitor').waitFor();
  assert.equal(await page.locator('#host-owned').innerText(), 'This box belongs to the host page.');
  assert.equal(await page.locator('#dsii-monitor .dsii').count(), 0);
});

test('filter changes inside the iframe add nothing to the top page history', async () => {
  const page = await open('/examples/host/article.html');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await frameWidget(page).waitFor();
  const before = await page.evaluate(() => history.length);
  const status = page.frameLocator('#frame').getByRole('group', { name: 'Status' });
  for (const name of [/Gepland/, /In uitvoering/, /Gepland/]) await status.getByRole('button', { name }).click();
  await page.frameLocator('#frame').locator('.dsii-filters__count').waitFor();
  assert.equal(await page.evaluate(() => history.length), before);
});

test('copying inside the iframe works, says so each time, and says when it fails', async () => {
  const page = await open('/examples/host/article.html', undefined, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await frameWidget(page).waitFor();
  const widget = page.frameLocator('#frame');
  const copy = widget.getByRole('button', { name: 'Link naar deze weergave kopiëren' });
  const status = widget.locator('.dsii-export .dsii-copy-status');
  await copy.click();
  await widget.getByText('Link gekopieerd').waitFor();
  // The message clears after a few seconds, so the next copy is announced again.
  await widget.getByText('Link gekopieerd').waitFor({ state: 'detached' });
  assert.equal(await status.innerText(), '');
  await copy.click();
  await widget.getByText('Link gekopieerd').waitFor();
  assert.equal(await status.innerText(), 'Link gekopieerd');

  const without = await open('/examples/host/article.html', undefined, {});
  await without.context().addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await without.reload();
  await without.locator('#frame').scrollIntoViewIfNeeded();
  await without.frameLocator('#frame').locator('.dsii-monitor').waitFor();
  await without.frameLocator('#frame').getByRole('button', { name: 'Link naar deze weergave kopiëren' }).click();
  await without.frameLocator('#frame').getByText(/Kopiëren lukte niet/).waitFor();
  assert.deepEqual(without.problems, []);
});

test('Download JSON inside the iframe downloads the snapshot and leaves the frame where it is', async () => {
  const page = await open('/examples/host/article.html', undefined, { acceptDownloads: true });
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await frameWidget(page).waitFor();
  const frameUrl = page.frame({ url: /embed\.html/ }).url();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.frameLocator('#frame').getByRole('button', { name: 'Gegevens als JSON' }).click(),
  ]);
  const body = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(body.schema_version, 1);
  assert.equal(page.frame({ url: /embed\.html/ }).url(), frameUrl);
});
