// Trunk post-build hook. Makes one `integrity` hash on embed.js pin every file of code:
//   1. inlines the wasm-bindgen glue into embed.js (and drops the separate glue file);
//   2. names the wasm and the CSS by their content, so a deploy never meets a stale
//      cache, and writes those names with their SHA-384 (Subresource Integrity) into
//      embed.js;
//   3. writes the allowed snapshot origins (embed/snapshot-origins.txt) into embed.js
//      and, in release builds, a Content Security Policy into the widget's own pages,
//      and minifies embed.js and the widget's CSS (a third fewer bytes to download);
//   4. names the release and describes it (scripts/release.mjs): release.json and
//      embed-snippets.txt, for the deploy folder DSII_BASE_URL names.
// Prints the release's name and the integrity of embed.js.
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify as minifyCss } from 'csso';
import { minify } from 'terser';
import { integrity, writeDescriptions } from './release.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GLUE = 'dsii-monitor.js';
const PAGES = ['index.html', 'embed.html'];

const digest = (bytes, algorithm, encoding) => createHash(algorithm).update(bytes).digest(encoding);

/** The default export of an `export { a, b as default };` list, as `initWasm`. */
function exportList(list) {
  const start = list
    .split(',')
    .map((item) => item.trim().match(/^(\w+) as default$/))
    .find(Boolean);
  return start ? `const initWasm = ${start[1]};` : '';
}

/** The glue as plain declarations: `initWasm` (its default export) and `mount`. */
export function inlineGlue(source) {
  const glue = source
    .replace(/^export \{([^}]*)\};?$/gm, (line, list) => exportList(list))
    .replace(/^export default (\w+);?$/m, 'const initWasm = $1;')
    .replace(/^export (async function|function|class|const|let) /gm, '$1 ');
  const left = glue.match(/^\s*(export|import)\b.*$/m);
  if (left) throw new Error(`${GLUE}: cannot inline a module statement: ${left[0].trim()}`);
  if (!glue.includes('const initWasm = ')) throw new Error(`${GLUE}: no default export to start the wasm`);
  return glue;
}

/** The loader and glue as a browser needs them: local names shortened, comments and
 *  spaces gone. Class names stay, since the glue's messages name them. */
export async function minifyScript(source) {
  const { code } = await minify(source, {
    module: true,
    compress: true,
    mangle: true,
    keep_classnames: true,
    format: { comments: false },
  });
  return code;
}

/** A stylesheet without comments and spaces; its rules stay as they are written, in
 *  their order, so what wins in the cascade does not change. */
export function minifyStyles(source) {
  return minifyCss(source, { restructure: false }).css;
}

/** Origins, one a line; `#` starts a comment. */
export function parseOrigins(text) {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((origin) => {
      const parsed = URL.canParse(origin) ? new URL(origin) : null;
      const plain = /^https?:\/\/([a-z0-9-]+\.)*[a-z0-9-]+(:\d+)?$|^https?:\/\/\[[0-9a-f:]+\](:\d+)?$/.test(origin);
      if (!plain || !parsed || parsed.origin !== origin) {
        throw new Error(`embed/snapshot-origins.txt: "${origin}" is not an origin like https://data.example.org`);
      }
      return origin;
    });
}

export function contentSecurityPolicy(origins) {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    ["connect-src 'self'", ...origins].join(' '),
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Renames `name` in `dir` to carry its content hash; returns the new name and its integrity. */
async function versioned(dir, name) {
  const bytes = await readFile(join(dir, name));
  const dot = name.indexOf('.');
  const hashed = `${name.slice(0, dot)}.${digest(bytes, 'sha256', 'hex').slice(0, 16)}${name.slice(dot)}`;
  await rename(join(dir, name), join(dir, hashed));
  return { name: hashed, integrity: integrity(bytes) };
}

async function main() {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('run as a trunk hook: TRUNK_STAGING_DIR is not set');
  const releaseProfile = process.env.TRUNK_PROFILE === 'release';
  const origins = parseOrigins(await readFile(join(ROOT, 'embed', 'snapshot-origins.txt'), 'utf8'));
  const wasm = await versioned(dir, 'dsii-monitor_bg.wasm');
  if (releaseProfile) {
    const styles = join(dir, 'dsii-monitor.css');
    await writeFile(styles, minifyStyles(await readFile(styles, 'utf8')));
  }
  const css = await versioned(dir, 'dsii-monitor.css');
  const glue = inlineGlue(await readFile(join(dir, GLUE), 'utf8'));
  await rm(join(dir, GLUE));
  let embed = (await readFile(join(dir, 'embed.js'), 'utf8'))
    .replace('/* __DSII_GLUE__ */', () => glue)
    .replace('__DSII_WASM_FILE__', wasm.name)
    .replace('__DSII_WASM_INTEGRITY__', wasm.integrity)
    .replace('__DSII_CSS_FILE__', css.name)
    .replace('__DSII_CSS_INTEGRITY__', css.integrity)
    .replace('__DSII_SNAPSHOT_ORIGINS__', JSON.stringify(origins));
  if (releaseProfile) embed = await minifyScript(embed);
  await writeFile(join(dir, 'embed.js'), embed);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(origins)}" />`;
  for (const page of PAGES) {
    // Trunk leaves its rust link in place when it injects no script: drop it.
    let html = (await readFile(join(dir, page), 'utf8')).replace(/\s*<link data-trunk rel="rust"[^>]*>/, '');
    if (releaseProfile) html = html.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
    await writeFile(join(dir, page), html);
  }
  const { release, files } = await writeDescriptions(dir, process.env.DSII_BASE_URL);
  console.log(`release ${release}; embed.js integrity: ${files['embed.js']} (all files and snippets: embed-snippets.txt)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
