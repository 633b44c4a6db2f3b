// Shared set-up for the end-to-end tests: one server and one browser per test file.
import { after, before } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** Registers before/after hooks; returns an object filled in once they ran. */
export function useHarness(routes = {}) {
  const harness = {};
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    harness.server = await startServer(typeof routes === 'function' ? await routes() : routes);
    harness.browser = await launchBrowser();
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
