// dsii-monitor iframe host script: fits <iframe data-dsii-frame> elements to their
// content. A height is accepted only from one of those iframes, checked by its window
// and by the origin its src names, and is clamped, so no other frame (nor a page the
// iframe was navigated to) can resize anything.
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 20000;

function originOf(frame) {
  try {
    return new URL(frame.src).origin;
  } catch {
    return null;
  }
}

/** What a border-box theme counts in an iframe's height besides its content. */
function boxExtra(frame) {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return 0;
  const sides = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'];
  return Math.ceil(sides.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0));
}

addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'dsii-monitor:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-dsii-frame]')) {
    if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
      const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frame.setAttribute('height', String(height + boxExtra(frame)));
    }
  }
});
