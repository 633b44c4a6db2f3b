// The picture of the monitor (`dsii render`, shipped as data/preview.svg and .png) says
// what the widget's glance says on the same day, and the standalone page uses it for
// link previews, with a description and an icon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useHarness } from './harness.mjs';

// An article with the Embed panel's script snippet, as a newsroom pasted it.
let pasted = '';
const harness = useHarness({
  '/host/pasted.html': (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article>${pasted}</article></body></html>`);
  },
});
/** The day the bundled pictures were drawn for: the bundled snapshot's as_of. */
const DRAWN_ON = '2026-12-03';

const preview = (name) => readFile(new URL(`../../dist/data/${name}`, import.meta.url));

/** Each glance card as the picture's description words it: "title: lines (statuses); states." */
async function cardsInWords(page) {
  return page.locator('.dsii-pcard').evaluateAll((cards) => cards.map((card) => {
    const words = (item) => {
      const copy = item.cloneNode(true);
      copy.querySelectorAll('[aria-hidden]').forEach((hidden) => hidden.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const all = (selector) => [...card.querySelectorAll(selector)].map(words);
    return `${words(card.querySelector('.dsii-pcard__title'))}: ${words(card.querySelector('.dsii-pcard__lines'))}`
      + ` (${all('.dsii-pcard__status').join(', ')}); ${all('.dsii-pcard__state').join(', ')}.`;
  }));
}

test('the shipped picture’s counts are the glance’s, card by card, on the day it was drawn', async () => {
  const svg = (await preview('preview.svg')).toString('utf8');
  const description = svg.match(/<desc id="dsii-picture-desc">([^<]+)<\/desc>/)?.[1]
    .replaceAll('&apos;', '\'').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  assert.ok(description, 'the picture describes itself');
  const page = await harness.open(`/embed.html?today=${DRAWN_ON}&lang=nl`);
  await page.locator('.dsii-pcard').first().waitFor();
  const cards = await cardsInWords(page);
  assert.equal(cards.length, 3);
  for (const card of cards) assert.ok(description.includes(card), `${card}\nnot in\n${description}`);
  const total = (await page.locator('.dsii-glance__total').innerText()).trim();
  assert.ok(description.includes(`${total}.`), `${total}\nnot in\n${description}`);
});

test('the standalone page previews as the picture, with a description and an icon', async () => {
  const page = await harness.open('/');
  const meta = (selector) => page.locator(selector).getAttribute('content');
  assert.match(await meta('meta[name="description"]'), /D-SII/);
  const image = new URL(await meta('meta[property="og:image"]'), page.url());
  const response = await page.request.get(image.href);
  assert.equal(response.status(), 200);
  assert.deepEqual([...(await response.body()).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const icon = new URL(await page.locator('link[rel="icon"]').getAttribute('href'), page.url());
  const iconResponse = await page.request.get(icon.href);
  assert.equal(iconResponse.status(), 200);
  assert.match(await iconResponse.text(), /^<svg /);
});

test('where scripts are off, the pasted snippet shows the picture inside its link to the monitor', async () => {
  const monitor = await harness.open('/?lang=en');
  await monitor.locator('.dsii-embed summary').click();
  pasted = await monitor.locator('.dsii-embed__code').first().innerText();
  const context = await harness.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${harness.server.origin}/host/pasted.html`);
  const link = page.getByRole('link', { name: /D-SII/ });
  assert.equal(await link.getAttribute('href'), `${harness.server.origin}/?lang=en`);
  const picture = link.locator('img');
  await picture.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('a img')?.complete);
  assert.ok(await picture.evaluate((img) => img.naturalWidth) >= 800, 'the picture loaded');
  assert.equal(await picture.getAttribute('src'), `${harness.server.origin}/data/preview.png`);
});
