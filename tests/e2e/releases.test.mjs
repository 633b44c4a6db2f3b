// Releases are folders that never change: an article that pasted the first release's
// snippet keeps rendering, with its integrity, after a second release is deployed beside
// it. Article, widget files and data are on three origins.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publish, writeDescriptions } from '../../scripts/release.mjs';
import { contentType, startServer } from './server.mjs';
import { useHarness } from './harness.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const CORS = { 'access-control-allow-origin': '*' };

const work = {};
const articles = {};

/** Serves `root`'s files as a static host or object store would, with CORS. */
function staticFiles(root) {
  return {
    '*': (request, response, pathname) => {
      const file = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
      readFile(file).then(
        (body) => {
          response.writeHead(200, { 'content-type': contentType(file), ...CORS });
          response.end(body);
        },
        () => {
          response.writeHead(404, CORS);
          response.end();
        },
      );
    },
  };
}

/** The script snippet of a published release, with `data-src` added to its placeholder. */
async function scriptSnippet(release, dataSrc) {
  const text = await readFile(join(work.deploy, release, 'embed-snippets.txt'), 'utf8');
  const lines = text.split('\n');
  const placeholder = lines.find((line) => line.startsWith('<div id="dsii-monitor"'));
  const script = lines.find((line) => line.includes('embed.js" integrity='));
  const origin = new URL(dataSrc).origin;
  return `${placeholder.replace('data-dsii-monitor>', `data-dsii-monitor data-src="${dataSrc}" data-lang="en">`)}\n${script.replace('data-dsii-data-origins=""', `data-dsii-data-origins="${origin}"`)}`;
}

const harness = useHarness({
  '/article/first.html': (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
      <article><h1>An archived article</h1>${articles.first}</article></body></html>`);
  },
  '/article/second.html': (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
      <article><h1>Today’s article</h1>${articles.second}</article></body></html>`);
  },
});

before(async () => {
  work.dir = await mkdtemp(join(tmpdir(), 'dsii-releases-'));
  work.deploy = join(work.dir, 'deploy');
  work.cdn = await startServer(staticFiles(work.deploy), '127.0.0.3');
  work.data = await startServer({}, '127.0.0.4', CORS);
  const base = `${work.cdn.origin}/`;
  // The first release: this build, described for the test's deploy folder.
  const first = join(work.dir, 'first');
  await cp(DIST, first, { recursive: true });
  await writeDescriptions(first, base);
  work.first = await publish(first, work.deploy);
  // The second: the next build, whose embed.js differs.
  const second = join(work.dir, 'second');
  await cp(first, second, { recursive: true });
  await appendFile(join(second, 'embed.js'), '\n// The next release.\n');
  await writeDescriptions(second, base);
  work.second = await publish(second, work.deploy);
  work.builds = { first, second };
  const data = `${work.data.origin}/fixtures/policy_v2.json`;
  articles.first = await scriptSnippet(work.first, data);
  articles.second = await scriptSnippet(work.second, data);
});

after(async () => {
  await work.cdn?.close();
  await work.data?.close();
  await rm(work.dir, { recursive: true, force: true });
});

test('a second release is published beside the first, under its own name', async () => {
  assert.match(work.first, /^\d+\.\d+\.\d+-[0-9a-f]{12}$/);
  assert.match(work.second, /^\d+\.\d+\.\d+-[0-9a-f]{12}$/);
  assert.notEqual(work.first, work.second);
  const embed = (release) => readFile(join(work.deploy, release, 'embed.js'), 'utf8');
  assert.equal(await embed(work.first), await readFile(join(DIST, 'embed.js'), 'utf8'), 'the first release is as it was built');
  assert.match(await embed(work.second), /The next release/);
});

test('after the second release is deployed, the first release’s article still renders, its integrity holding', async () => {
  const page = await harness.open('/article/first.html');
  await page.locator('#dsii-monitor .dsii-pcard').first().waitFor();
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  assert.match(await page.locator('#dsii-monitor').getByRole('heading', { level: 2 }).first().innerText(), /bicycle repair/i, 'the data origin’s snapshot');
  const folder = `${work.cdn.origin}/${work.first}/`;
  assert.ok(loaded.some((url) => url === `${folder}embed.js`), loaded.join('\n'));
  assert.ok(loaded.some((url) => url.startsWith(folder) && url.endsWith('.wasm')), loaded.join('\n'));
  assert.ok(!loaded.some((url) => url.includes(work.second)), 'nothing of the second release');
  // What the browser checked: the pinned hash is the hash of what the origin serves.
  const pinned = await page.locator('script[src$="embed.js"]').getAttribute('integrity');
  const served = Buffer.from(await (await fetch(`${folder}embed.js`)).arrayBuffer());
  assert.equal(pinned, `sha384-${createHash('sha384').update(served).digest('base64')}`);
});

test('the second release’s article renders from its own folder', async () => {
  const page = await harness.open('/article/second.html');
  await page.locator('#dsii-monitor .dsii-pcard').first().waitFor();
  const src = await page.locator('script[src$="embed.js"]').getAttribute('src');
  assert.equal(src, `${work.cdn.origin}/${work.second}/embed.js`);
});

test('publishing never changes a release: the same build again is a no-op, other files are refused', async () => {
  assert.equal(await publish(work.builds.first, work.deploy), work.first);
  const tampered = join(work.dir, 'tampered');
  await cp(work.builds.first, tampered, { recursive: true });
  await appendFile(join(tampered, 'embed.js'), '\n// Changed after the build.\n');
  await assert.rejects(publish(tampered, work.deploy), /changed after the build named them/);
  const elsewhere = join(work.dir, 'elsewhere');
  await cp(work.builds.second, join(elsewhere, work.first), { recursive: true });
  await assert.rejects(publish(work.builds.first, elsewhere), /exists with other files; a release never changes/);
});
