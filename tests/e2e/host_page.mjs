// Opening an example host page the way the embedding tests watch it: page errors,
// console errors and Content Security Policy violations in every frame.

/** Opens `url` in a fresh context of `browser`; `options` go to the context. */
export async function openHostPage(browser, url, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.problems = [];
  page.consoleErrors = [];
  page.on('pageerror', (error) => page.problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && page.consoleErrors.push(message.text()));
  await page.goto(url);
  return page;
}

/** The CSP violations recorded in every frame of `page`. */
export async function cspViolations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
  return all;
}

/** The heights examples/host/foreign.js posts, pretending to be the monitor. */
export const FOREIGN_HEIGHTS = [1, 99999];

/**
 * Starts listening for the height messages `page` receives with one of `heights` (the
 * widget's own are not counted); returns a function that waits until each has arrived.
 * The page's own listener was added first, so by then it has handled them: a "nothing
 * changed" check needs no sleep.
 */
export async function heightMessagesHeard(page, heights) {
  await page.evaluate((counted) => {
    window.__heightMessages = 0;
    addEventListener('message', (event) => {
      const { type, height } = event.data ?? {};
      if (type === 'dsii-monitor:height' && counted.includes(height)) window.__heightMessages += 1;
    });
  }, heights);
  return () => page.waitForFunction((wanted) => window.__heightMessages >= wanted, heights.length);
}
