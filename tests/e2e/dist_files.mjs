// The built files a page loads, whose names carry a content hash (scripts/post_build.mjs).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

function one(pattern) {
  const names = readdirSync(DIST).filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`dist/ should hold one file like ${pattern}, found ${names.length}`);
  return names[0];
}

/** `{ wasm, css }`: the names of the built wasm and widget CSS in dist/. */
export function builtFiles() {
  return { wasm: one(/^dsii-monitor_bg\.[0-9a-f]{16}\.wasm$/), css: one(/^dsii-monitor\.[0-9a-f]{16}\.css$/) };
}
