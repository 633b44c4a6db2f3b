// Hostile input and network faults: each ends in a clear message or a sound rendering,
// never a script running, a panic, a blank widget or a broken page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from './server.mjs';
import { useHarness } from './harness.mjs';

const json = (body, type = 'application/json') => (request, response) => {
  response.writeHead(200, { 'content-type': type });
  response.end(body);
};
const status = (code) => (request, response) => {
  response.writeHead(code, { 'content-type': 'text/plain' });
  response.end(`status ${code}`);
};

async function documents() {
  const text = await bundledSnapshot();
  const variant = (change) => {
    const snapshot = JSON.parse(text);
    change(snapshot);
    return JSON.stringify(snapshot);
  };
  const pillarTwoThousand = variant((snapshot) => {
    snapshot.action_lines = Array.from({ length: 2000 }, (_, index) => ({
      id: `line-${index}`, pillar: 'slim', title: `Actielijn ${index}`, status: 'planned', sources: ['kamerbrief-2025-10-06'],
    }));
    snapshot.milestones = [];
  });
  return {
    '/doc/truncated.json': json(text.slice(0, text.length / 3)),
    '/doc/bom.json': json(`\uFEFF${text}`),
    '/doc/html-as-json.json': json('<!doctype html><html><body><h1>502 Bad Gateway</h1><script>window.__pwned=1</script></body></html>'),
    '/doc/text-plain.json': json(text, 'text/plain'),
    '/doc/html-page.json': json('<html><body>Service unavailable</body></html>', 'text/html'),
    '/doc/empty.json': json(''),
    '/doc/ten-megabytes.json': json(`{"padding": "${'x'.repeat(10 * 1024 * 1024)}"}`),
    '/doc/deep.json': json(`${'['.repeat(10000)}${']'.repeat(10000)}`),
    '/doc/duplicate-ids.json': json(variant((s) => { s.milestones[1].id = s.milestones[0].id; })),
    '/doc/dangling.json': json(variant((s) => { s.milestones[0].action_line = 'nowhere'; })),
    '/doc/impossible-date.json': json(variant((s) => { s.milestones[0].date = '2025-02-30'; })),
    '/doc/layout-breakers.json': json(variant((s) => {
      s.action_lines[0].title = { nl: `\u202Eecnetsixe\u202C gevaar \u200B\u200B\u200Bonzichtbaar`, en: '\u202Eright-to-left override' };
      s.action_lines[1].title = { nl: `Woord${'x'.repeat(19 * 1024)}`, en: 'long' };
      s.milestones[0].title = `zero\u200Bwidth\u200D\u2060joiners\uFEFF`;
    })),
    '/doc/two-thousand-lines.json': json(pillarTwoThousand),
    '/net/500.json': status(500),
    '/net/503.json': status(503),
  };
}

const harness = useHarness(documents);

async function assertClearError(path, headline, detail) {
  const page = await harness.open(`/?lang=en&src=${path}`);
  const alert = page.getByRole('alert');
  assert.match(await alert.innerText(), headline, path);
  await page.getByText('Technical details').click();
  if (detail) assert.match(await page.locator('.dsii-error__list').innerText(), detail, path);
  assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.problems, [], path);
  assert.equal(await page.getByRole('main').count(), 1, 'the page is intact');
  await page.context().close();
}

const INVALID = /The data is not valid/;

test('broken documents each get a clear message', async () => {
  await assertClearError('/doc/truncated.json', INVALID, /not valid JSON: EOF while parsing/);
  await assertClearError('/doc/html-as-json.json', INVALID, /line 1, column 1: not valid JSON/);
  await assertClearError('/doc/html-page.json', INVALID, /not valid JSON/);
  await assertClearError('/doc/empty.json', INVALID, /EOF while parsing a value/);
  await assertClearError('/doc/ten-megabytes.json', /too large to show/, /larger than 5242880 bytes/);
  await assertClearError('/doc/deep.json', INVALID, /nesting deeper than 16 levels/);
  await assertClearError('/doc/duplicate-ids.json', INVALID, /milestones\[1\]\.id: duplicate id/);
  await assertClearError('/doc/dangling.json', INVALID, /milestones\[0\]\.action_line: "nowhere" is not the id of any entry/);
  await assertClearError('/doc/impossible-date.json', INVALID, /2025-02 has 28 days, not 30/);
});

test('server errors each get a clear message', async () => {
  await assertClearError('/net/500.json', /The server did not deliver the data\./, /HTTP 500/);
  await assertClearError('/net/503.json', /The server did not deliver the data\./, /HTTP 503/);
  await assertClearError('/net/404.json', /The data was not found\./, /HTTP 404/);
});

test('a byte-order mark or a wrong content type does not stop a valid snapshot', async () => {
  for (const path of ['/doc/bom.json', '/doc/text-plain.json']) {
    const page = await harness.open(`/?src=${path}`);
    assert.equal(await page.locator('.dsii-filters__count').innerText(), '17 actielijnen en 21 mijlpalen', path);
    await page.context().close();
  }
});

test('texts that break layouts do not break this one', async () => {
  for (const [path, width] of [['/doc/layout-breakers.json', 375], ['/doc/two-thousand-lines.json', 320]]) {
    const page = await harness.open(`/?src=${path}`, { viewport: { width, height: 800 } });
    await page.locator('.dsii-line__toggle').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, path);
    assert.deepEqual(page.problems, [], path);
    await page.context().close();
  }
});

test('two thousand action lines in one pillar render and print a page at a time', async () => {
  const page = await harness.open('/?src=/doc/two-thousand-lines.json&lang=en');
  assert.equal(await page.locator('.dsii-filters__count').innerText(), '2,000 action lines and 0 milestones');
  assert.equal(await page.locator('.dsii-line__toggle:visible').count(), 8);
  const more = page.locator('.dsii-pillar:visible .dsii-more');
  assert.match(await more.innerText(), /Showing 8 of 2,000/);
  await more.getByRole('button', { name: 'Show more' }).click();
  assert.equal(await page.locator('.dsii-line__toggle:visible').count(), 16);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Actielijn 1999');
  assert.deepEqual(await page.locator('.dsii-line__toggle:visible').allInnerTexts(), ['Actielijn 1999']);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  // Printing is bounded too: a page of its own, and the rest counted, not dropped silently.
  await page.locator('.dsii-more__count').filter({ hasText: /^1,800 more not printed/ }).first().waitFor();
  assert.equal(await page.locator('.dsii-line__toggle').count(), 200, 'printing renders a bounded page');
});

test('offline after the first load: the view keeps working and a reload attempt says why it failed', async () => {
  const page = await harness.open('/?lang=en&src=/net/503.json');
  const context = page.context();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByText(/The data could not be fetched\. Check the connection/).waitFor();
  await context.setOffline(false);
  const loaded = await harness.open('/?lang=en');
  await loaded.context().setOffline(true);
  await loaded.getByRole('group', { name: 'Status' }).getByRole('button', { name: /Planned/ }).click();
  assert.equal(await loaded.locator('.dsii-filters__count').innerText(), '1 action line and 1 milestone');
});
