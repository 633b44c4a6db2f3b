// "What changed": two versions of a test policy (tests/fixtures/policy_v1.json and
// policy_v2.json, which names v1 as its predecessor), on the page and inside embeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useHarness } from './harness.mjs';
import { hostPage, resolvePath } from './server.mjs';

const V1 = JSON.parse(await readFile(resolvePath('/fixtures/policy_v1.json'), 'utf8'));
const V2 = JSON.parse(await readFile(resolvePath('/fixtures/policy_v2.json'), 'utf8'));

function json(body) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
}

const harness = useHarness({
  // A predecessor on an origin the page does not allow.
  '/elsewhere/v2.json': json({ ...V2, previous: { url: 'http://127.0.0.2:9/v1.json', as_of: '2025-11-15' } }),
  // A predecessor that monitors another strategy.
  '/other/v2.json': json({ ...V2, previous: { url: 'v1.json', as_of: '2025-11-15' } }),
  '/other/v1.json': json({ ...V1, id: 'another-policy' }),
  // A predecessor link that leads to the snapshot itself.
  '/self/v2.json': json({ ...V2, previous: { url: 'v2.json', as_of: '2025-11-15' } }),
  // An embed of a snapshot whose predecessor is on an origin nobody listed.
  '/embed-elsewhere.html': (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><body>
      <div id="embed" data-dsii-monitor data-src="/elsewhere/v2.json" data-view="changes" data-lang="en" data-today="2026-03-20"></div>
      <script type="module" src="/embed.js" data-dsii-root="#embed"></script></body></html>`);
  },
  '/examples/host/changes.html': (request, response) => {
    readFile(resolvePath('/examples/host/changes.html'), 'utf8')
      .then((html) => hostPage(html))
      .then((page) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(page);
      });
  },
});

/** The change items a reader sees, as "badge | title". */
async function changes(scope) {
  await scope.locator('.dsii-change').first().waitFor();
  return scope.locator('.dsii-change').evaluateAll((items) =>
    items.map((item) => `${item.querySelector('.dsii-change__badge').textContent} | ${item.querySelector('.dsii-change__title').textContent}`));
}

test('compared with the previous version, slips, statuses, new and dropped items show with badges', async () => {
  const page = await harness.open('/?src=/fixtures/policy_v2.json&view=changes&lang=en&today=2026-03-20');
  const panel = page.getByRole('region', { name: /What changed since 15 Nov 2025/ });
  await panel.locator('.dsii-change').first().waitFor();
  assert.match(await panel.getByRole('status').innerText(), /Compared with the version of 15 Nov 2025 · 12 changes/);
  const seen = await changes(panel);
  for (const expected of [
    'slipped 2 quarters | Northern depot open',
    'slipped 6 months | Southern depot open',
    'Planned → in progress | Repair on site and remotely',
    'retitled | Repair on site and remotely',
    'In progress → delayed | New depots',
    'Pending → done | Repair pilot',
    'now overdue | Tools ordered',
    'new | Mechanic training',
    'removed | API for researchers',
    'new source | Second progress letter',
  ]) assert.ok(seen.includes(expected), `${expected} missing from ${JSON.stringify(seen, null, 1)}`);
  assert.match(await panel.locator('.dsii-change__badge', { hasText: 'budget' }).innerText(), /€2 million → €2.5 million/);
  // A slip names both dates, and a new title the old one.
  const north = panel.locator('.dsii-change', { hasText: 'Northern depot open' });
  assert.equal((await north.locator('.dsii-change__detail').textContent()).trim(), '(Q4 2025 → Q2 2026)');
  const retitled = panel.locator('.dsii-change--retitled');
  assert.equal((await retitled.locator('.dsii-change__detail').textContent()).trim(), '(was “Repair on site”)');
  assert.deepEqual(page.problems, []);
});

test('every change links to a source that reports it', async () => {
  const page = await harness.open('/?src=/fixtures/policy_v2.json&view=changes&lang=en&today=2026-03-20');
  const items = page.locator('.dsii-change');
  await items.first().waitFor();
  const count = await items.count();
  assert.equal(count, 12);
  for (let index = 0; index < count; index += 1) {
    const link = items.nth(index).getByRole('link').first();
    assert.match(await link.getAttribute('href'), /^https:\/\/example\.org\//);
  }
  const slip = items.filter({ hasText: 'Northern depot open' });
  assert.equal(await slip.getByRole('link', { name: /Second progress letter/ }).getAttribute('href'), 'https://example.org/letter-2');
});

test('in Dutch the same slips read as Dutch badges', async () => {
  const page = await harness.open('/?src=/fixtures/policy_v2.json&view=changes&lang=nl&today=2026-03-20');
  const panel = page.getByRole('region', { name: /Wat is er veranderd sinds 15 nov\.? 2025/ });
  const seen = await changes(panel);
  assert.ok(seen.includes('2 kwartalen later | Depot Noord open'), JSON.stringify(seen));
  assert.ok(seen.includes('6 maanden later | Depot Zuid open'), JSON.stringify(seen));
  assert.ok(seen.includes('Gepland → in uitvoering | Reparatie op locatie en op afstand'), JSON.stringify(seen));
  assert.ok(seen.includes('verwijderd | API voor onderzoekers'), JSON.stringify(seen));
});

test('a chosen start date shows what the document itself dates since then', async () => {
  const page = await harness.open('/?src=/fixtures/policy_v2.json&view=changes&lang=en&since=2026-03-01&today=2026-03-20');
  const panel = page.getByRole('region', { name: /What changed since 1 Mar 2026/ });
  assert.deepEqual(await changes(panel), [
    'now delayed | New depots',
    'slipped 2 quarters | Northern depot open',
    'slipped 6 months | Southern depot open',
  ]);
  assert.match(await panel.getByRole('status').innerText(), /From the dated facts in this version, up to 20 Mar 2026 · 3 changes/);
});

test('a predecessor on a refused origin is not fetched; the dated facts still show, with the reason', async () => {
  const page = await harness.open('/?src=/elsewhere/v2.json&view=changes&lang=en&today=2026-03-20');
  const panel = page.getByRole('region', { name: /What changed since 15 Nov 2025/ });
  await panel.getByRole('alert').waitFor();
  assert.match(await panel.getByRole('alert').innerText(), /previous version could not be loaded.*127\.0\.0\.2:9/s);
  assert.ok((await changes(panel)).includes('slipped 2 quarters | Northern depot open'));
});

test('a predecessor link that leads to another version is refused, and the dated facts show', async () => {
  const page = await harness.open('/?src=/self/v2.json&view=changes&lang=en&today=2026-03-20');
  const panel = page.getByRole('region', { name: /What changed since 15 Nov 2025/ });
  await panel.getByRole('alert').waitFor();
  assert.match(await panel.getByRole('alert').innerText(),
    /is the version of 2026-03-20, not the version of 2025-11-15 this snapshot names as its predecessor/);
  assert.ok((await changes(panel)).includes('slipped 2 quarters | Northern depot open'));
});

test('in an embed, a predecessor on an origin neither the page nor the publisher chose is refused', async () => {
  const page = await harness.open('/embed-elsewhere.html');
  const alert = page.locator('#embed').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /this monitor shows data only from .*not from http:\/\/127\.0\.0\.2:9/);
});

test('a predecessor of another strategy is refused by name', async () => {
  const page = await harness.open('/?src=/other/v2.json&view=changes&lang=en&today=2026-03-20');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /is a snapshot of "another-policy", not of "test-policy"/);
});

test('inside a script embed and an iframe the changes show, in English and in Dutch', async () => {
  const page = await harness.open('/examples/host/changes.html', { viewport: { width: 800, height: 900 } });
  const embed = page.locator('#embed-changes');
  assert.ok((await changes(embed)).includes('slipped 2 quarters | Northern depot open'));
  await page.locator('#frame-changes').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#frame-changes');
  assert.ok((await changes(frame.locator('body'))).includes('2 kwartalen later | Depot Noord open'));
  assert.deepEqual(page.problems, []);
});

test('while the changes show, changed cards and timeline items carry the same badges', async () => {
  const page = await harness.open('/?src=/fixtures/policy_v2.json&view=changes&lang=en&layout=full&today=2026-03-20');
  const card = page.locator('.dsii-line', { has: page.getByRole('button', { name: 'Repair on site and remotely' }) });
  await card.locator('.dsii-change__badge').first().waitFor();
  assert.deepEqual(await card.locator('.dsii-change__badge').allInnerTexts(), ['retitled', 'Planned → in progress']);
  const item = page.locator('.dsii-tl__item', { has: page.getByRole('heading', { name: 'Northern depot open' }) });
  assert.deepEqual(await item.locator('.dsii-change__badge').allInnerTexts(), ['slipped 2 quarters']);
  const unchanged = page.locator('.dsii-tl__item', { has: page.getByRole('heading', { name: 'Data portal live' }) });
  assert.equal(await unchanged.locator('.dsii-change__badge').count(), 0);
  // Leaving the view takes the badges away.
  await page.getByRole('button', { name: 'Cards and timeline' }).click();
  await page.getByRole('region', { name: /What changed/ }).waitFor({ state: 'detached' });
  assert.equal(await page.locator('.dsii-change__badge').count(), 0);
});

test('the standalone page announces its feed and offers to follow it; other data gets no such link', async () => {
  const page = await harness.open('/?lang=en');
  const follow = page.getByRole('link', { name: 'Follow (Atom feed)' });
  const href = await follow.getAttribute('href');
  assert.equal(href, `${harness.server.origin}/data/feed.xml`);
  assert.equal(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'), 'data/feed.xml');
  const feed = await (await page.request.get(href)).text();
  assert.match(feed, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  assert.match(feed, /<title>Monitor Defensie Strategie voor Industrie en Innovatie \(D-SII\)<\/title>/);
  const other = await harness.open('/?lang=en&src=/fixtures/small_monitor.json');
  assert.equal(await other.getByRole('link', { name: 'Follow (Atom feed)' }).count(), 0);
});
