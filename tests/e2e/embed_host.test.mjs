// A script embed mounts only where the article's own script tag says, and follows its
// host: the host's language, the host's colour scheme (not the reader's system), and
// URLs read against the host page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { resolvePath, startServer } from './server.mjs';
import { useHarness } from './harness.mjs';

function html(body, { lang = 'en', head = '' } = {}) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  };
}

// The widget's files on an origin that sends no CORS headers: embed.js cannot load.
const noCors = {};
before(async () => {
  noCors.server = await startServer({}, '127.0.0.2');
});
after(() => noCors.server?.close());

const SCRIPT = (attributes) => `<script type="module" src="/embed.js" ${attributes}></script>`;

// What a newsroom pasted from the Embed panel, served as its article.
let pasted = '';

const harness = useHarness({
  '/host/pasted.html': (request, response) => html(pasted)(request, response),
  // A reader's comment that a sanitizer kept: data attributes, never a script.
  '/host/comments.html': html(`
    <article id="story">
      <p>The story.</p>
      <div id="allowed" data-dsii-monitor data-view="cards"></div>
      <div id="page-in-article" data-dsii-monitor="page"></div>
    </article>
    <section id="comments">
      <p>A comment: <span id="forged" data-dsii-monitor data-src="/fixtures/policy_v2.json"></span></p>
    </section>
    ${SCRIPT('data-dsii-root="#story"')}`),
  '/host/no-root.html': html(`<div id="unnamed" data-dsii-monitor></div>${SCRIPT('')}`),
  '/host/origins.html': html(`
    <main>
      <div id="own-data" data-dsii-monitor data-view="cards"></div>
      <div id="other-data" data-dsii-monitor data-src="http://127.0.0.2:9/snapshot.json"></div>
    </main>
    ${SCRIPT('data-dsii-root="main" data-dsii-data-origins="https://data.example.org"')}`),
  '/host/plain.html': html(`<div id="embed" data-dsii-monitor data-view="cards"></div>${SCRIPT('data-dsii-root="#embed"')}`),
  '/host/dark.html': html(`<div id="embed" data-dsii-monitor data-view="cards"></div>${SCRIPT('data-dsii-root="#embed"')}`,
    { head: '<style>:root { color-scheme: dark; background: #111; }</style>' }),
  '/host/heading.html': html(`<h1>The article</h1><div id="embed" data-dsii-monitor data-heading="3"></div>${SCRIPT('data-dsii-root="#embed"')}`),
  '/host/dutch.html': html(`<div id="embed" data-dsii-monitor data-view="cards"></div>${SCRIPT('data-dsii-root="#embed"')}`,
    { lang: 'nl' }),
  '/host/fitted.html': html(`<iframe data-dsii-frame src="/embed.html?today=2026-11-28" title="D-SII monitor"
      width="100%" height="900" style="border:0"></iframe><script type="module" src="/frame-host.js"></script>`),
  // A theme that sizes every box by its border, as WordPress themes do.
  '/host/fitted-border-box.html': html(`<iframe data-dsii-frame src="/embed.html?today=2026-11-28" title="D-SII monitor"
      width="100%" height="900"></iframe><script type="module" src="/frame-host.js"></script>`,
    { head: '<style>*, *::before, *::after { box-sizing: border-box; } iframe { border: 6px solid #888; padding: 5px; }</style>' }),
  '/host/no-cors.html': (request, response) => html(`
    <div id="embed" data-dsii-monitor data-view="cards"><a href="${noCors.server.origin}/?view=cards">Open de D-SII-monitor</a></div>
    <script type="module" src="${noCors.server.origin}/embed.js" crossorigin="anonymous" data-dsii-root="#embed"></script>`)(request, response),
  '/host/relative.html': html(`<div id="embed" data-dsii-monitor data-src="data/snapshot.json" data-view="cards"></div>${SCRIPT('data-dsii-root="#embed"')}`),
  // Only the host page's folder has this file; the widget's folder does not.
  '/host/data/snapshot.json': async (request, response) => {
    const body = await readFile(resolvePath('/fixtures/policy_v2.json'));
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(body);
  },
});

/** Opens a host page whose placeholders may never mount: waits for the loader only. */
async function openBare(path) {
  const page = await (await harness.browser.newContext()).newPage();
  await page.goto(`${harness.server.origin}${path}`);
  await page.waitForFunction(() => window.DsiiMonitor !== undefined);
  return page;
}

const mounted = (page, id) => page.evaluate((id) => document.getElementById(id).shadowRoot !== null, id);

test('a placeholder inside user content is left alone; the one inside the named root is mounted', async () => {
  const page = await harness.open('/host/comments.html');
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.locator('#allowed .dsii-pcard').first().waitFor();
  // The loader decided for every placeholder before the wasm arrived.
  assert.equal(await mounted(page, 'forged'), false, 'the comment did not become a monitor');
  assert.equal(await page.locator('#forged').innerText(), '');
  assert.equal(await mounted(page, 'page-in-article'), false, 'no page placement in an article');
  assert.equal(new URL(page.url()).pathname, '/host/comments.html');
  assert.equal(new URL(page.url()).search, '');
  await page.reload();
  await page.locator('#allowed .dsii-pcard').first().waitFor();
  assert.ok(warnings.some((text) => /left alone: it is not inside a root/.test(text)), warnings.join('\n'));
  assert.ok(warnings.some((text) => /does not allow the "page" placement/.test(text)), warnings.join('\n'));
});

test('without a root named on the script tag nothing is mounted', async () => {
  const page = await openBare('/host/no-root.html');
  assert.equal(await mounted(page, 'unnamed'), false);
});

test('an embed loads data only from the origins the script tag lists, besides the widget’s own', async () => {
  const page = await harness.open('/host/origins.html');
  await page.locator('#own-data .dsii-pcard').first().waitFor();
  assert.equal(await mounted(page, 'other-data'), false);
});

test('lang="en" on the host gives English, lang="nl" Dutch, without data-lang', async () => {
  const english = await harness.open('/host/plain.html');
  await english.locator('#embed .dsii-pcard').first().waitFor();
  assert.match(await english.locator('#embed .dsii-header').innerText(), /Data as of/);
  assert.equal(await english.locator('#embed .dsii-monitor').getAttribute('lang'), 'en');
  const dutch = await harness.open('/host/dutch.html');
  await dutch.locator('#embed .dsii-pcard').first().waitFor();
  assert.match(await dutch.locator('#embed .dsii-header').innerText(), /Gegevens per/);
});

test('a host without color-scheme stays light under a dark system setting; a dark host gets dark', async () => {
  const background = (page) => page.locator('#embed .dsii').evaluate((element) => getComputedStyle(element).backgroundColor);
  const plain = await harness.open('/host/plain.html', { colorScheme: 'dark' });
  await plain.locator('#embed .dsii-pcard').first().waitFor();
  assert.equal(await background(plain), 'rgb(255, 255, 255)');
  const dark = await harness.open('/host/dark.html', { colorScheme: 'light' });
  await dark.locator('#embed .dsii-pcard').first().waitFor();
  assert.equal(await background(dark), 'rgb(13, 17, 23)');
});

test('a relative data-src is read against the host page, not the widget’s folder', async () => {
  const page = await harness.open('/host/relative.html');
  await page.locator('#embed .dsii-pcard').first().waitFor();
  assert.match(await page.locator('#embed').getByRole('heading', { level: 2 }).first().innerText(), /bicycle repair/i);
});

for (const theme of ['fitted', 'fitted-border-box']) {
  test(`the fitted iframe is within 2 px of its content after growing and after shrinking (${theme})`, async () => {
    const page = await (await harness.browser.newContext()).newPage();
    await page.goto(`${harness.server.origin}/host/${theme}.html`);
    const frame = page.frameLocator('iframe[data-dsii-frame]');
    await frame.locator('.dsii-chart').waitFor();
    const inner = page.frames().find((candidate) => candidate.url().includes('/embed.html'));
    // Waits until the frame's viewport and its content agree within 2 px; fails if never.
    const fits = () => inner.waitForFunction(
      () => Math.abs(innerHeight - document.body.getBoundingClientRect().height) <= 2,
      undefined, { timeout: 10_000 });
    await fits();
    const before = await inner.evaluate(() => innerHeight);
    const expander = frame.getByRole('button', { name: /Alle \d+ actielijnen tonen/ });
    await expander.click();
    await frame.locator('.dsii-line').first().waitFor();
    await fits();
    const grown = await inner.evaluate(() => innerHeight);
    assert.ok(grown > before + 200, `grew from ${before} to ${grown} px`);
    await frame.getByRole('button', { name: /actielijnen verbergen/i }).click();
    await frame.locator('.dsii-line').first().waitFor({ state: 'detached' });
    await fits();
    const shrunk = await inner.evaluate(() => innerHeight);
    assert.ok(Math.abs(shrunk - before) <= 2, `shrank back from ${grown} to ${shrunk} px, first ${before}`);
  });
}

test('where the widget cannot load, the placeholder shows its fallback link, not an empty box', async () => {
  const page = await (await harness.browser.newContext()).newPage();
  // Module scripts run before the load event that goto waits for.
  await page.goto(`${harness.server.origin}/host/no-cors.html`);
  assert.equal(await page.evaluate(() => window.DsiiMonitor), undefined, 'embed.js did not run');
  const link = page.getByRole('link', { name: 'Open de D-SII-monitor' });
  assert.ok(await link.isVisible());
  assert.equal(await link.getAttribute('href'), `${noCors.server.origin}/?view=cards`);
});

test('the Embed panel pins every script with the release’s integrity, and both snippets render when pasted', async () => {
  const { files } = JSON.parse(await readFile(new URL('../../dist/release.json', import.meta.url), 'utf8'));
  const monitor = await harness.open('/?lang=en');
  await monitor.locator('.dsii-embed summary').click();
  const codes = monitor.locator('.dsii-embed__code');
  await monitor.waitForFunction(() => document.querySelectorAll('.dsii-embed__code')[1]?.textContent.includes('integrity='));
  const [script, iframe] = [await codes.nth(0).innerText(), await codes.nth(1).innerText()];
  assert.match(script, new RegExp(`src="[^"]+/embed\\.js" integrity="${files['embed.js'].replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`));
  assert.match(iframe, new RegExp(`src="[^"]+/frame-host\\.js" integrity="${files['frame-host.js'].replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`));
  assert.match(iframe, /style="border:0"/);
  pasted = `${script}\n${iframe}`;
  const article = await harness.open('/host/pasted.html');
  await article.locator('#dsii-monitor .dsii-pcard').first().waitFor();
  await article.frameLocator('iframe[data-dsii-frame]').locator('.dsii-pcard').first().waitFor();
  // frame-host.js ran (its integrity held): the frame left its pasted 900 px.
  await article.waitForFunction(() => document.querySelector('iframe[data-dsii-frame]').getBoundingClientRect().height !== 900);
});

test('the script snippet from the Embed panel renders when pasted into an article, and carries its fallback link', async () => {
  const monitor = await harness.open('/?lang=en&view=cards&pillar=slim');
  await monitor.locator('.dsii-embed summary').click();
  pasted = await monitor.locator('.dsii-embed__code').first().innerText();
  assert.match(pasted, /data-dsii-root="#dsii-monitor"/);
  const article = await harness.open('/host/pasted.html');
  await article.locator('#dsii-monitor .dsii-pcard').first().waitFor();
  assert.match(await article.locator('#dsii-monitor .dsii-filters__count').innerText(), /^8 action lines/);
  const fallback = await article.evaluate(() => document.querySelector('#dsii-monitor > a')?.getAttribute('href'));
  assert.equal(fallback, `${harness.server.origin}/?lang=en&view=cards&pillar=slim`);
});

/** The heading levels inside `locator`'s shadow root (or frame document), in order. */
const outline = (locator) => locator.evaluate((root) =>
  [...(root.shadowRoot ?? root).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])));

function assertNoJumps(levels, first) {
  assert.equal(levels[0], first, `the title: ${levels}`);
  for (let index = 1; index < levels.length; index += 1) {
    assert.ok(levels[index] >= first && levels[index] <= levels[index - 1] + 1, `heading level jumps at ${index}: ${levels}`);
  }
}

test('an embed’s title is an h2 below the article’s h1, or the level data-heading names, with its parts below it', async () => {
  const plain = await harness.open('/host/plain.html');
  await plain.locator('#embed .dsii-pcard').first().waitFor();
  assertNoJumps(await outline(plain.locator('#embed')), 2);
  assert.equal(await plain.locator('#embed').getByRole('heading', { level: 1 }).count(), 0, 'no second h1 in the article');
  const chosen = await harness.open('/host/heading.html');
  await chosen.locator('#embed .dsii-pcard').first().waitFor();
  assertNoJumps(await outline(chosen.locator('#embed')), 3);
  const frame = await harness.open('/embed.html');
  assertNoJumps(await outline(frame.locator('[data-dsii-monitor]')), 2);
  const page = await harness.open('/');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'the standalone page keeps its h1');
});

test('a comment that copies the pasted placeholder’s id cannot bring data of its own: the snippet allows only the widget’s', async () => {
  const monitor = await harness.open('/?lang=en');
  await monitor.locator('.dsii-embed summary').click();
  const snippet = await monitor.locator('.dsii-embed__code').first().innerText();
  assert.match(snippet, /data-dsii-data-origins=""/);
  const [placeholder, script] = snippet.split('\n');
  pasted = `${placeholder}<section id="comments"><p>A comment: <span id="dsii-monitor" data-dsii-monitor
    data-src="http://127.0.0.2:9/fake.json"></span></p></section>${script}`;
  const article = await harness.open('/host/pasted.html');
  await article.locator('div#dsii-monitor .dsii-pcard').first().waitFor();
  assert.equal(await article.evaluate(() => document.querySelector('span#dsii-monitor').shadowRoot), null, 'the forged placeholder is left alone');
});
