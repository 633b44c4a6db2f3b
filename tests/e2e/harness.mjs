// Shared set-up for the end-to-end tests: one server and one browser per test file,
// and a check after every test that no page threw or trapped.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** A console error that means the widget broke: a Rust panic or a wasm trap. */
const TRAP = /panicked|RuntimeError|unreachable/;
/** The errors a test provokes on purpose, per browser context. */
const EXPECTED = new WeakMap();

/**
 * Lets the errors matching `pattern` pass the check for the context of `page`, and only
 * those: for tests that break a page on purpose.
 */
export function expectPageErrors(page, pattern) {
  const context = page.context();
  EXPECTED.set(context, [...(EXPECTED.get(context) ?? []), pattern]);
}

/**
 * Fails every test of the file in which a page (any frame, any page of any context the
 * browser opened, `browser.newPage()` included) had an uncaught error or logged a panic
 * or wasm trap that the test did not expect; then closes the test's contexts. Call at
 * the top level of a test file; it returns `watch`, to apply to the launched browser.
 */
export function failOnPageErrors() {
  const opened = [];
  afterEach(async () => {
    const contexts = opened.splice(0);
    const unexpected = contexts.flatMap(({ context, errors }) =>
      errors.filter((text) => !(EXPECTED.get(context) ?? []).some((pattern) => pattern.test(text))));
    await Promise.all(contexts.map(({ context }) => context.close()));
    assert.deepEqual(unexpected, [], 'the pages had uncaught errors or wasm traps');
  });
  return (browser) => {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      const errors = [];
      const where = (page) => page?.url() ?? 'a worker';
      context.on('weberror', (error) => errors.push(`${where(error.page())}: uncaught ${error.error().name}: ${error.error().message}`));
      context.on('console', (message) => {
        if (message.type() === 'error' && TRAP.test(message.text())) errors.push(`${where(message.page())}: console: ${message.text()}`);
      });
      opened.push({ context, errors });
      return context;
    };
    return browser;
  };
}

/** Registers before/after hooks; returns an object filled in once they ran. */
export function useHarness(routes = {}) {
  const harness = {};
  const watch = failOnPageErrors();
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    harness.server = await startServer(typeof routes === 'function' ? await routes() : routes);
    harness.browser = watch(await launchBrowser());
  });
  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  /**
   * Opens a page (fresh context) and waits until the monitor or an error shows.
   * `init` runs in every frame before the page's own scripts.
   */
  harness.open = async (path = '/', { init, ...options } = {}) => {
    const context = await harness.browser.newContext(options);
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(error.message));
    await page.goto(`${harness.server.origin}${path}`);
    await page.locator('.dsii-monitor, .dsii-error').first().waitFor();
    return page;
  };
  return harness;
}

/** Texts of the action-line titles a reader can see. */
export async function visibleLineTitles(page) {
  return page.locator('.dsii-line__toggle:visible').allInnerTexts();
}

/** Number of milestones a reader can see in the timeline. */
export async function visibleTimelineItems(page) {
  return page.locator('.dsii-tl__item:visible').count();
}

/** The polite live result count, e.g. "17 actielijnen en 21 mijlpalen". */
export async function resultCount(page) {
  return (await page.locator('.dsii-filters__count').innerText()).trim();
}

export function countsFrom(text) {
  const [lines, milestones] = text.match(/\d+/g).map(Number);
  return { lines, milestones };
}

/** A status toggle in the filter panel (the summary has buttons with the same words). */
export function statusToggle(page, name) {
  return page.getByRole('group', { name: 'Status' }).getByRole('button', { name });
}
