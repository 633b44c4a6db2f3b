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
const NEAR_VIEWPORT = '400px';
// The loader's words, shown before the wasm runs; crates/dsii-core/src/i18n/loader.rs
// holds them to the widget's. One text a line, in single quotes.
const TEXTS = {
  nl: {
    loading: 'De monitor wordt geladen…',
    failed: 'De monitor kon niet starten: een van zijn bestanden laadde niet, of was veranderd en is daarom geweigerd.',
    retry: 'Opnieuw proberen',
    details: 'Technische details',
  },
  en: {
    loading: 'Loading the monitor…',
    failed: 'The monitor could not start: one of its files did not load, or had changed and was therefore refused.',
    retry: 'Try again',
    details: 'Technical details',
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
  if (origins.length > 0 && host.dataset.src !== undefined) {
    const allowed = new Set([new URL(BASE).origin, ...origins.join(' ').split(/\s+/).filter(Boolean)]);
    const origin = resolved(host.dataset.src)?.origin;
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

/** Posts the content's height to the parent page, for frame-host.js: the body's, which
 * (unlike the document's scroll height) never stays at the frame's, so the frame shrinks. */
function reportHeight() {
  const post = () =>
    parent.postMessage({ type: 'dsii-monitor:height', height: document.body.getBoundingClientRect().height }, '*');
  new ResizeObserver(post).observe(document.body);
  post();
}

/** Says the widget could not start, with a retry and the placeholder's own link to the
 * full monitor (its fallback content, which the shadow root otherwise hides). */
function showFailure(host, target, texts, error, retry) {
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'dsii-start-error';
  const message = document.createElement('p');
  message.textContent = texts.failed;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = texts.retry;
  button.addEventListener('click', retry, { once: true });
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = texts.details;
  const detail = document.createElement('p');
  detail.textContent = String(error?.message ?? error);
  details.append(summary, detail);
  alert.append(message, button, details);
  const fallback = host === target ? null : host.querySelector('a[href]');
  if (fallback) alert.append(fallback.cloneNode(true));
  target.replaceChildren(alert);
}

async function start(host, styleParent, target) {
  const texts = textsFor(host);
  const loading = document.createElement('p');
  loading.setAttribute('role', 'status');
  loading.textContent = texts.loading;
  target.replaceChildren(loading);
  try {
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
    });
  } catch (error) {
    showFailure(host, target, texts, error, () => start(host, styleParent, target));
  }
}

function mountHost(host) {
  const placement = placementOf(host);
  if (placement === 'page') {
    start(host, document.head, host);
    return;
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const target = document.createElement('div');
  shadow.append(target);
  if (placement === 'frame') reportHeight();
  start(host, shadow, target);
}

function mountWhenNear(host) {
  if (host.dsiiMonitorMounted) return;
  const refused = refusal(host);
  if (refused) {
    console.warn(`dsii-monitor: a placeholder is left alone: ${refused}`, host);
    return;
  }
  host.dsiiMonitorMounted = true;
  if (placementOf(host) !== 'embed' || !('IntersectionObserver' in window)) {
    mountHost(host);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        mountHost(host);
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
