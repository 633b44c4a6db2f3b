// Every snapshot string is text: script and markup in any text field stay inert, and
// only absolute http(s) URLs become links, opened safely.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from './server.mjs';
import { useHarness } from './harness.mjs';

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '"><iframe src="javascript:window.top.__pwned=\'iframe\'"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned = 1}',
];
const UNSAFE_URLS = [
  'javascript:window.__pwned="link"',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '   javascript:alert(1)',
  ' https://example.org/padded',
  'data:text/html,<b>x</b>',
  '//example.org/x',
  'vbscript:msgbox(1)',
];

/** Replaces every string that is shown as text with a payload; ids and keywords stay. */
function poison(value, key, counter) {
  if (typeof value === 'string') {
    if (['id', 'pillar', 'action_line', 'status', 'date', 'as_of', 'checked', 'source', 'schema_version', 'default_language'].includes(key)) return value;
    counter.n += 1;
    return `${PAYLOADS[counter.n % PAYLOADS.length]} #${counter.n}`;
  }
  if (Array.isArray(value)) {
    if (key === 'sources') return value; // source ids
    return value.map((item) => poison(item, key, counter));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, counter)]));
  }
  return value;
}

async function hostileSnapshot() {
  const snapshot = poison(JSON.parse(await bundledSnapshot()), '', { n: 0 });
  snapshot.sources.forEach((source, index) => {
    source.url = UNSAFE_URLS[index % UNSAFE_URLS.length];
  });
  snapshot.sources[0].url = 'https://example.org/safe';
  return JSON.stringify(snapshot);
}

const harness = useHarness(async () => {
  const body = await hostileSnapshot();
  return {
    '/hostile.json': (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(body);
    },
  };
});

test('injected markup in every text field renders as inert text', async () => {
  const page = await harness.open('/?src=/hostile.json');
  for (const toggle of await page.locator('.dsii-line__toggle').all()) await toggle.click();
  await page.getByRole('button', { name: 'English' }).click();
  const widget = page.locator('.dsii');
  assert.equal(await widget.locator('script, img, svg, iframe, object, embed').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const text = await widget.innerText();
  assert.ok(text.includes('<img src=x onerror='), 'the payload is visible as text');
  assert.ok(text.includes('<script>window.__pwned'), 'the script is visible as text');
  assert.deepEqual(page.problems, []);
});

test('only absolute http(s) URLs become links, opened with noopener', async () => {
  const page = await harness.open('/?src=/hostile.json');
  for (const toggle of await page.locator('.dsii-line__toggle').all()) await toggle.click();
  const links = await page.locator('.dsii a[href]').evaluateAll((anchors) =>
    anchors.map((anchor) => ({ href: anchor.getAttribute('href'), rel: anchor.rel, target: anchor.target })),
  );
  const sourceLinks = links.filter((link) => !link.href.endsWith('.json'));
  assert.ok(sourceLinks.length > 0);
  for (const link of sourceLinks) {
    assert.equal(link.href, 'https://example.org/safe');
    assert.equal(link.rel, 'noopener noreferrer');
    assert.equal(link.target, '_blank');
  }
  const warnings = page.locator('.dsii-warnings');
  await warnings.locator('summary').click();
  assert.match(await warnings.innerText(), /is not an absolute http\(s\) URL/);
});
