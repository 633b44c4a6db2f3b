// dsii-monitor script embed. Add one <script type="module" src=".../embed.js"> and any
// number of <div data-dsii-monitor data-lang="en" …> placeholders: each becomes an
// independent widget in its own shadow root, so host CSS and widget CSS never meet.
// The wasm module loads once, when the first placeholder nears the viewport.
// Settings (data attributes, same keys as the page URL): src, lang, pillar, status,
// overdue, q, view, theme, today. `data-url-state` lets a widget keep its view in the
// host page's URL; without it the host URL is never touched.

const BASE = new URL('./', import.meta.url).href;
// Filled in at build time with the built files' SHA-384 (scripts/embed_integrity.mjs).
const INTEGRITY = { css: '__DSII_CSS_INTEGRITY__', wasm: '__DSII_WASM_INTEGRITY__' };
const SETTINGS = ['src', 'lang', 'pillar', 'status', 'overdue', 'q', 'view', 'theme', 'today'];
const NEAR_VIEWPORT = '400px';

let glue;

function loadWidget() {
  glue ??= import(`${BASE}dsii-monitor.js`).then(async (module) => {
    const checked = INTEGRITY.wasm.startsWith('sha') ? { integrity: INTEGRITY.wasm } : {};
    await module.default({ module_or_path: fetch(`${BASE}dsii-monitor_bg.wasm`, checked) });
    return module;
  });
  return glue;
}

function settingsOf(host, frame) {
  if (frame) return location.search;
  const query = new URLSearchParams();
  for (const key of SETTINGS) {
    const value = host.dataset[key];
    if (value) query.set(key, value);
  }
  return query.toString();
}

/** Posts the document height to the parent page, for frame-host.js. */
function reportHeight() {
  const post = () =>
    parent.postMessage({ type: 'dsii-monitor:height', height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(post).observe(document.body);
  post();
}

async function mountHost(host) {
  const frame = host.hasAttribute('data-frame');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = `${BASE}dsii-monitor.css`;
  if (INTEGRITY.css.startsWith('sha')) style.integrity = INTEGRITY.css;
  const root = document.createElement('div');
  root.textContent = document.documentElement.lang.startsWith('en') ? 'Loading the monitor…' : 'De monitor wordt geladen…';
  shadow.append(style, root);
  const widget = await loadWidget();
  widget.mount(root, settingsOf(host, frame), BASE, frame || host.hasAttribute('data-url-state'), frame);
  if (frame) reportHeight();
}

function mountWhenNear(host) {
  if (host.dsiiMonitorMounted) return;
  host.dsiiMonitorMounted = true;
  if (!('IntersectionObserver' in window)) {
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
