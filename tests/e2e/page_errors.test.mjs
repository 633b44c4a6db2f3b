// The harness's check after every test: a page that throws or traps fails the test
// that opened it, unless the test expects exactly that error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./probes/page_errors_probe.mjs', import.meta.url));

test('every test fails whose pages threw, trapped or panicked, and only those', async () => {
  // Without the runner's own variable, the probe reports in TAP rather than to this runner.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const output = await new Promise((resolve) => {
    execFile(process.execPath, ['--test', '--test-reporter=tap', PROBE], { env }, (error, stdout) => resolve(stdout));
  });
  const results = [...output.matchAll(/^(ok|not ok) \d+ - (.+)$/gm)].map(([, result, name]) => [name, result]);
  assert.deepEqual(results, [
    ['fails: an uncaught error', 'not ok'],
    ['fails: a wasm trap in a promise', 'not ok'],
    ['fails: a Rust panic on the console', 'not ok'],
    ['fails: an uncaught error in an iframe', 'not ok'],
    ['passes: a console error that is no trap', 'ok'],
    ['passes: an uncaught error the test expects', 'ok'],
    ['fails: an uncaught error other than the one the test expects', 'not ok'],
  ], output);
});
