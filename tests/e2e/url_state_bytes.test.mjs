// An embed with data-url-state rewrites only its own keys: every other byte of the
// host's query string stays as the article wrote it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useHarness } from './harness.mjs';
import { hostPage, resolvePath } from './server.mjs';

const harness = useHarness({
  '/examples/host/url-state.html': (request, response) => {
    readFile(resolvePath('/examples/host/url-state.html'), 'utf8')
      .then((html) => hostPage(html))
      .then((page) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(page);
      });
  },
});

test("the host's own query parameters keep every byte when an embed writes its view", async () => {
  const hostQuery = '?flag&a=%20b&bad=%zz&c=d+e';
  const page = await harness.open(`/examples/host/url-state.html${hostQuery}#comments`);
  const first = page.locator('#first .dsii-monitor');
  await first.waitFor();
  await first.getByRole('button', { name: /^Filters/ }).click();
  await first.getByRole('group', { name: 'Status' }).getByRole('button', { name: /Planned/ }).click();
  await page.waitForFunction(() => location.search.includes('first.status'));
  const { search, hash } = await page.evaluate(() => ({ search: location.search, hash: location.hash }));
  assert.ok(search.startsWith(`${hostQuery}&`), search);
  const own = search.slice(hostQuery.length + 1).split('&');
  assert.ok(own.every((pair) => pair.startsWith('first.')), search);
  assert.ok(own.includes('first.status=planned'), search);
  assert.equal(hash, '#comments');
});
