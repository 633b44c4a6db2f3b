// What the script embed loads (embed.js, the wasm and the widget CSS), in bytes after
// `gzip -9`, as scripts/size.sh counts them: deterministic for one build, so a budget
// here is a test, not a benchmark. The README quotes the figure; lower the budget
// whenever the bytes go down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../e2e/dist_files.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUDGET_BYTES = 211_000;

test(`the script embed loads at most ${BUDGET_BYTES} bytes gzip`, () => {
  const { wasm, css } = builtFiles();
  const sizes = Object.fromEntries(['embed.js', wasm, css].map((name) =>
    [name, execFileSync('gzip', ['-9', '-c', `${DIST}${name}`], { maxBuffer: 1 << 26 }).length]));
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  console.log(`script embed: ${total} bytes gzip`, sizes);
  assert.ok(total <= BUDGET_BYTES, `${total} bytes gzip: ${JSON.stringify(sizes)}`);
});
