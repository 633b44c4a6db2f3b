// The post-build hook's pieces: inlining the glue, reading the allowed snapshot
// origins, and the pages' Content Security Policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, inlineGlue, minifyScript, minifyStyles, parseOrigins } from '../../scripts/post_build.mjs';

const GLUE = `let wasm;
export function mount(host, options) { return wasm.mount(host, options); }
function initSync(module) {}
async function __wbg_init(module_or_path) { return wasm; }
export { initSync, __wbg_init as default };
`;

test('the glue becomes plain declarations: initWasm and mount', () => {
  const inlined = inlineGlue(GLUE);
  assert.doesNotMatch(inlined, /^\s*export\b/m);
  assert.match(inlined, /^function mount\(host, options\)/m);
  assert.match(inlined, /^const initWasm = __wbg_init;$/m);
});

test('an older glue with a separate default export inlines the same way', () => {
  const older = GLUE.replace('export { initSync, __wbg_init as default };', 'export { initSync };\nexport default __wbg_init;');
  assert.match(inlineGlue(older), /^const initWasm = __wbg_init;$/m);
});

test('glue that imports other modules is refused, since embed.js must hold all code', () => {
  assert.throws(() => inlineGlue(`import { x } from './snippets/a.js';\n${GLUE}`), /cannot inline a module statement/);
});

test('allowed origins are read one a line, with comments, and must be bare origins', () => {
  assert.deepEqual(parseOrigins('# comment\nhttps://data.example.org\n\nhttp://127.0.0.1:8081 # local\n'), [
    'https://data.example.org',
    'http://127.0.0.1:8081',
  ]);
  for (const wrong of ['https://data.example.org/path', 'data.example.org', 'ftp://x.example', "https://x.example'"]) {
    assert.throws(() => parseOrigins(wrong), /is not an origin/, wrong);
  }
});

test('the pages allow snapshots from their own origin and the allowed ones, and nothing inline', () => {
  const policy = contentSecurityPolicy(['https://data.example.org']);
  assert.match(policy, /connect-src 'self' https:\/\/data\.example\.org;/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(contentSecurityPolicy([]), /connect-src 'self';/);
});

test('the minified loader keeps what pages and the glue reach by name, and drops comments', async () => {
  const source = `// Starts every widget on the page.
class IntoUnderlyingSink { write(chunk) { return chunk; } }
function mountAll(root) { const placeholders = root.querySelectorAll('[data-dsii-monitor]'); return placeholders.length; }
window.DsiiMonitor = { mountAll, sink: IntoUnderlyingSink };
`;
  const minified = await minifyScript(source);
  assert.ok(minified.length < source.length, minified);
  assert.doesNotMatch(minified, /Starts every widget/);
  assert.match(minified, /class IntoUnderlyingSink/);
  assert.match(minified, /window\.DsiiMonitor=/);
  assert.match(minified, /\[data-dsii-monitor\]/);
});

test('the minified stylesheet keeps every rule, custom property and generated content, in order', () => {
  const source = `/* The widget's own colours. */
.dsii { --dsii-accent: #0b5cad; color: var(--dsii-accent); }
.dsii-foot__full::after { content: " " attr(href); }
@media print { .dsii-chart { display: none !important; } }
.dsii { color: red; }
`;
  const minified = minifyStyles(source);
  assert.ok(minified.length < source.length, minified);
  assert.doesNotMatch(minified, /own colours/);
  assert.match(minified, /--dsii-accent:#0b5cad/);
  assert.match(minified, /content:" " ?attr\(href\)/);
  assert.match(minified, /@media print\{\.dsii-chart\{display:none!important\}\}/);
  assert.ok(minified.lastIndexOf('color:red') > minified.indexOf('var(--dsii-accent)'), 'the later rule stays later');
});
