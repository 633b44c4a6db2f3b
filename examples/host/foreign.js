// Pretends to be the monitor: posts the monitor's message type with silly heights
// (tests/e2e/host_page.mjs FOREIGN_HEIGHTS).
for (const height of [1, 99999]) {
  parent.postMessage({ type: 'dsii-monitor:height', height }, '*');
}
