// Pretends to be the monitor: posts the monitor's message type with a silly height.
for (const height of [1, 99999]) {
  parent.postMessage({ type: 'dsii-monitor:height', height }, '*');
}
