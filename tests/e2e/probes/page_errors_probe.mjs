// Run by page_errors.test.mjs, which expects the tests named "fails: …" to fail: pages
// that break, in the ways the harness's check must notice.
import { test } from 'node:test';
import { expectPageErrors, useHarness } from '../harness.mjs';

const html = (body) => (request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body);
};

const harness = useHarness({
  '/throws.html': html('<main class="dsii-monitor">x</main><script>throw new Error("thrown on purpose")</script>'),
  // The browser reports a rejection nobody handled after the task that made it, so the
  // page says when it has: by then the report is on its way to the harness.
  '/traps.html': html('<main class="dsii-monitor">x</main><script>addEventListener("unhandledrejection", () => setTimeout(() => { document.title = "reported"; }));Promise.reject(new WebAssembly.RuntimeError("unreachable"))</script>'),
  '/panics.html': html('<main class="dsii-monitor">x</main><script>console.error("panicked at src/view/x.rs")</script>'),
  '/frame.html': html('<main class="dsii-monitor">x</main><iframe src="/throws.html"></iframe>'),
  '/fine.html': html('<main class="dsii-monitor">x</main><script>console.error("Failed to load resource")</script>'),
});

/** Opens `path` and waits until its frames have loaded, so their errors are in. */
async function load(page, path) {
  await page.goto(`${harness.server.origin}${path}`, { waitUntil: 'load' });
}

test('fails: an uncaught error', async () => {
  await harness.open('/throws.html');
});

test('fails: a wasm trap in a promise', async () => {
  const page = await harness.browser.newPage();
  await load(page, '/traps.html');
  await page.waitForFunction(() => document.title === 'reported');
});

test('fails: a Rust panic on the console', async () => {
  const context = await harness.browser.newContext();
  await load(await context.newPage(), '/panics.html');
});

test('fails: an uncaught error in an iframe', async () => {
  await load(await harness.browser.newPage(), '/frame.html');
});

test('passes: a console error that is no trap', async () => {
  await load(await harness.browser.newPage(), '/fine.html');
});

test('passes: an uncaught error the test expects', async () => {
  const page = await harness.browser.newPage();
  expectPageErrors(page, /thrown on purpose/);
  await load(page, '/throws.html');
});

test('fails: an uncaught error other than the one the test expects', async () => {
  const page = await harness.browser.newPage();
  expectPageErrors(page, /something else/);
  await load(page, '/throws.html');
});
