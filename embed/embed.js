// dsii-monitor loader, for every page that shows the widget: host pages (script embed),
// the iframe page and the standalone page. Each `[data-dsii-monitor]` placeholder
// becomes an independent widget; on host pages it lives in a shadow root, so host CSS
// and widget CSS never meet, and the wasm loads when the first one nears the viewport.
//
// `data-dsii-monitor` is empty on host pages, `frame` on the iframe page and `page` on
// the standalone page. Every other data attribute is a setting, forwarded as it is
// (the widget documents the keys). `data-url-state[="prefix"]` lets an embed keep its
// view in the host URL under keys of its own.
//
// Script tags, which user content cannot add, say where widgets mount (README):
// `data-dsii-root`, `data-dsii-placement`, `data-dsii-data-origins`. An embed takes the
// host's language and colour scheme, and reads a relative `data-src` against the host.

// The build inlines the wasm-bindgen glue below (scripts/post_build.mjs) and pins the
// wasm and CSS with Subresource Integrity, so one `integrity` on this file's script
// tag pins all code that runs.

const BASE = new URL('./', import.meta.url).href;
const FILES = { wasm: '__DSII_WASM_FILE__', css: '__DSII_CSS_FILE__' };
const INTEGRITY = { wasm: '__DSII_WASM_INTEGRITY__', css: '__DSII_CSS_INTEGRITY__' };
// Origins besides the widget's own that a linked page may load snapshots from.
const SNAPSHOT_ORIGINS = JSON.parse('__DSII_SNAPSHOT_ORIGINS__');
const LOADER_KEYS = new Set(['dsiiMonitor', 'urlState']);
// The snapshot that ships with the widget (src/view/fetch_snapshot.rs).
const BUNDLED_SNAPSHOT = 'data/dsii.json';
const NEAR_VIEWPORT = '400px';
// The glance's height in CSS px at a few widths, per view, measured with the bundled
// snapshot (tests/e2e/embed_start.test.mjs): reserved while the widget loads, so the
// article does not jump when it appears. A lower bound where the data is larger.
const GLANCE_HEIGHTS = {
  both: [[320, 1470], [375, 1370], [768, 1075], [1280, 950]],
  cards: [[320, 815], [375, 735], [768, 545], [1280, 465]],
  timeline: [[320, 1075], [375, 975], [768, 740], [1280, 695]],
};
// The loader's words, shown before the wasm runs; crates/dsii-core/src/i18n/loader.rs
// holds them to the widget's. One text a line, in single quotes.
const TEXTS = {
  nl: {
    loading: 'De monitor wordt geladen…',
    failed: 'De monitor kon niet starten: een van zijn bestanden laadde niet, was veranderd en is daarom geweigerd, of mag op deze pagina niet draaien.',
    retry: 'Opnieuw proberen',
    details: 'Technische details',
    stopped: 'De monitor is door een fout gestopt. Laad de pagina opnieuw om hem weer te starten.',
    reload: 'Pagina opnieuw laden',
  },
  en: {
    loading: 'Loading the monitor…',
    failed: 'The monitor could not start: one of its files did not load, had changed and was therefore refused, or may not run on this page.',
    retry: 'Try again',
    details: 'Technical details',
    stopped: 'The monitor stopped because of an error. Reload the page to start it again.',
    reload: 'Reload the page',
  },
};

/* __DSII_GLUE__ */

let wasmStarted;

/**
 * Starts the wasm once for all widgets; a failure lets the next attempt start over.
 * Announces the start with the wasm's exports, for profilers (its memory, say).
 */
function startWasm() {
  wasmStarted ??= initWasm({ module_or_path: fetch(`${BASE}${FILES.wasm}`, { integrity: INTEGRITY.wasm }) }).then(
    (wasm) => {
      dispatchEvent(new CustomEvent('dsii-monitor:started', { detail: { wasm } }));
      return wasm;
    },
    (error) => {
      wasmStarted = undefined;
      throw error;
    },
  );
  return wasmStarted;
}

/** Adds the widget's stylesheet to `parent`; resolves once it applies. */
function addStylesheet(parent) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  // Checking integrity needs a CORS request when the widget is on another origin.
  link.crossOrigin = 'anonymous';
  link.integrity = INTEGRITY.css;
  link.href = `${BASE}${FILES.css}`;
  const applied = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`${link.href} did not load, or failed its integrity check`));
    });
  });
  parent.append(link);
  return applied;
}

function placementOf(host) {
  const placement = host.dataset.dsiiMonitor;
  return placement === 'page' || placement === 'frame' ? placement : 'embed';
}

/** `url` read against the host page, or undefined when it is no URL. */
function resolved(url) {
  try {
    return new URL(url, document.baseURI);
  } catch {
    return undefined;
  }
}

/** What the page's script tags declare in `attribute`, one entry per tag. */
function declared(attribute) {
  return [...document.querySelectorAll(`script[${attribute}]`)].map((script) => script.getAttribute(attribute));
}

/** The placeholder's `data-src`; none when blank, as the widget reads it. */
function dataSrcOf(host) {
  return host.dataset.src?.trim() || undefined;
}

/** Why the page does not let `host` mount, or undefined when it does. */
function refusal(host) {
  const inRoot = declared('data-dsii-root').some((selector) => {
    try {
      return [...document.querySelectorAll(selector)].some((root) => root.contains(host));
    } catch {
      return false;
    }
  });
  if (!inRoot) return 'it is not inside a root named by data-dsii-root on the page\'s script tag';
  const placement = placementOf(host);
  if (placement !== 'embed' && !declared('data-dsii-placement').includes(placement)) {
    return `the page's script tag does not allow the "${placement}" placement`;
  }
  const origins = declared('data-dsii-data-origins');
  if (origins.length > 0 && dataSrcOf(host) !== undefined) {
    const allowed = new Set([new URL(BASE).origin, ...origins.join(' ').split(/\s+/).filter(Boolean)]);
    const origin = resolved(dataSrcOf(host))?.origin;
    if (!allowed.has(origin)) return `its data-src is not on an origin listed by data-dsii-data-origins`;
  }
  return undefined;
}

/** The language an embed reads in: its own, else its surroundings'. */
function languageOf(host) {
  return host.dataset.lang ?? host.closest('[lang]')?.lang ?? '';
}

/** The host's declared colour scheme, from the placeholder's parent (the widget resets
 * the placeholder); none when the host allows both. */
function schemeOf(host) {
  const schemes = getComputedStyle(host.parentElement ?? document.documentElement).colorScheme.split(/\s+/);
  if (schemes.includes('dark') && schemes.includes('light')) return undefined;
  return schemes.includes('dark') ? 'dark' : 'light';
}

function textsFor(host) {
  return languageOf(host).startsWith('en') ? TEXTS.en : TEXTS.nl;
}

/** The placeholder's settings as a query string: its data attributes but the loader's,
 * and for an embed what it takes from its host. */
function settingsOf(host) {
  const settings = new URLSearchParams();
  for (const [key, value] of Object.entries(host.dataset)) {
    if (!LOADER_KEYS.has(key)) settings.set(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
  }
  if (placementOf(host) === 'embed') {
    const [lang, theme] = [languageOf(host), schemeOf(host)];
    if (lang && !settings.has('lang')) settings.set('lang', lang);
    if (theme && !settings.has('theme')) settings.set('theme', theme);
    const src = settings.get('src');
    if (src) settings.set('src', resolved(src)?.href ?? src);
  }
  return settings.toString();
}

/** The prefix of an embed's keys in the host URL, unique per placeholder. */
function urlStateOf(host) {
  if (!host.hasAttribute('data-url-state')) return undefined;
  const placeholders = [...document.querySelectorAll('[data-dsii-monitor]')];
  return host.dataset.urlState || host.id || `dsii${placeholders.indexOf(host) + 1}`;
}

/** The snapshot URL the widget will load, when the loader can know it: the bundled one
 * unless the placeholder or (on the widget's own pages) the page URL names another. */
function snapshotUrlOf(host) {
  const src = dataSrcOf(host);
  if (placementOf(host) === 'embed') return src === undefined ? `${BASE}${BUNDLED_SNAPSHOT}` : resolved(src)?.href;
  const named = src !== undefined || new URLSearchParams(location.search).has('src');
  return named ? undefined : `${BASE}${BUNDLED_SNAPSHOT}`;
}

/** Starts the snapshot request at once, in parallel with the wasm, with the options the
 * widget uses (no cookies, redirects followed and then checked); the widget takes it over. */
function prefetch(host) {
  const url = snapshotUrlOf(host);
  if (!url) return undefined;
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
  // A failure is the widget's to report, with the URL.
  response.catch(() => {});
  return { url, response, controller };
}

/** Posts the content's height to the parent page, for frame-host.js: the body's, which
 * (unlike the document's scroll height) never stays at the frame's, so the frame shrinks. */
function reportHeight() {
  const post = () =>
    parent.postMessage({ type: 'dsii-monitor:height', height: document.body.getBoundingClientRect().height }, '*');
  new ResizeObserver(post).observe(document.body);
  post();
}

/** Says the widget could not start or run, with a way out (`label` and `action`) and the
 * placeholder's own link to the full monitor (its fallback content, which the shadow
 * root otherwise hides). */
function showFailure(host, target, { text, label, action, error }) {
  target.style.minHeight = '';
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'dsii-start-error';
  const message = document.createElement('p');
  message.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', action, { once: true });
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = textsFor(host).details;
  const detail = document.createElement('p');
  detail.textContent = String(error?.message ?? error);
  details.append(summary, detail);
  alert.append(message, button, details);
  const fallback = host === target ? null : host.querySelector('a[href]');
  if (fallback) alert.append(fallback.cloneNode(true));
  target.replaceChildren(alert);
}

/** The widgets that started; a trap stops them all, since they share one wasm instance. */
const running = [];

/** The glance's height for `view` at `width`, read between the measured widths. */
function glanceHeight(view, width) {
  if (!Object.hasOwn(GLANCE_HEIGHTS, view)) return 0;
  const points = GLANCE_HEIGHTS[view];
  const after = points.findIndex(([at]) => at >= width);
  if (after === 0) return points[0][1];
  if (after === -1) return points[points.length - 1][1];
  const [[w0, h0], [w1, h1]] = [points[after - 1], points[after]];
  return Math.round(h0 + ((h1 - h0) * (width - w0)) / (w1 - w0));
}

/** Holds the glance's height while the widget loads, so the article below does not jump
 * when it appears; released once the widget shows the monitor or an error. None for the
 * full layout, whose height the loader cannot know. */
function reserveHeight(host, target) {
  const settings = placementOf(host) === 'embed' ? new URLSearchParams(settingsOf(host)) : new URLSearchParams(location.search);
  if ((settings.get('layout') ?? 'glance') !== 'glance') return;
  const height = glanceHeight(settings.get('view') ?? 'both', target.getBoundingClientRect().width);
  if (!height) return;
  target.style.minHeight = `${height}px`;
  const observer = new MutationObserver(() => {
    if (!target.querySelector('.dsii-monitor, .dsii-error')) return;
    observer.disconnect();
    target.style.minHeight = '';
  });
  observer.observe(target, { childList: true, subtree: true });
}

/** Whether the page enforces Trusted Types: the widget's renderer writes its templates
 * as HTML strings, which such a page refuses (and making it a policy would weaken the
 * page's own protection). */
function trustedTypesEnforced() {
  if (!('trustedTypes' in window)) return false;
  try {
    document.createElement('template').innerHTML = '';
    return false;
  } catch {
    return true;
  }
}

async function start(host, styleParent, target) {
  const texts = textsFor(host);
  const loading = document.createElement('p');
  loading.setAttribute('role', 'status');
  loading.textContent = texts.loading;
  target.replaceChildren(loading);
  let request;
  try {
    if (trustedTypesEnforced()) throw new Error('this page requires Trusted Types (require-trusted-types-for), which the widget cannot meet');
    request = prefetch(host);
    await Promise.all([
      styleParent.querySelector(`link[href="${BASE}${FILES.css}"]`) ? null : addStylesheet(styleParent),
      startWasm(),
    ]);
    mount(target, {
      settings: settingsOf(host),
      base: BASE,
      placement: placementOf(host),
      urlState: urlStateOf(host),
      snapshotOrigins: SNAPSHOT_ORIGINS,
      prefetch: request,
    });
    running.push({ host, target });
  } catch (error) {
    request?.controller.abort();
    // A trap breaks the one instance every widget shares.
    if (error instanceof WebAssembly.RuntimeError) {
      running.push({ host, target });
      stopAll(error);
      return;
    }
    const retry = () => start(host, styleParent, target);
    showFailure(host, target, { text: texts.failed, label: texts.retry, action: retry, error });
  }
}

/** After a trap, or an exception thrown through the widget's own code, the instance is
 * broken for good: every widget says so, and offers a reload. */
function stopAll(error, file) {
  if (!(error instanceof WebAssembly.RuntimeError) && file !== import.meta.url) return;
  for (const { host, target } of running.splice(0)) {
    const texts = textsFor(host);
    showFailure(host, target, { text: texts.stopped, label: texts.reload, action: () => location.reload(), error });
  }
}
addEventListener('error', (event) => stopAll(event.error, event.filename));
addEventListener('unhandledrejection', (event) => stopAll(event.reason));

/** The widget's shadow root on `host`, attached at once so the fallback content (and
 * its lazy picture) is hidden before the wasm loads; none where the element cannot
 * have one (an `<a>`, say). */
function shadowOf(host) {
  try {
    const shadow = host.attachShadow({ mode: 'open' });
    const target = document.createElement('div');
    shadow.append(target);
    return { shadow, target };
  } catch {
    console.warn(`dsii-monitor: a placeholder is left alone: a <${host.localName}> cannot hold the widget`, host);
    return undefined;
  }
}

function mountWhenNear(host) {
  if (host.dsiiMonitorMounted) return;
  const refused = refusal(host);
  if (refused) {
    console.warn(`dsii-monitor: a placeholder is left alone: ${refused}`, host);
    return;
  }
  host.dsiiMonitorMounted = true;
  const placement = placementOf(host);
  if (placement === 'page') {
    start(host, document.head, host);
    return;
  }
  const parts = shadowOf(host);
  if (!parts) return;
  reserveHeight(host, parts.target);
  const begin = () => {
    if (placement === 'frame') reportHeight();
    start(host, parts.shadow, parts.target);
  };
  if (placement !== 'embed' || !('IntersectionObserver' in window)) {
    begin();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        begin();
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  observer.observe(host);
}

function mountAll() {
  document.querySelectorAll('[data-dsii-monitor]').forEach(mountWhenNear);
}

// The one global: lets a host mount placeholders it adds later.
window.DsiiMonitor = Object.freeze({ mountAll });
mountAll();
