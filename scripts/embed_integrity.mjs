// Trunk post-build hook: writes the SHA-384 of the built CSS and wasm into embed.js,
// so browsers refuse a tampered file (Subresource Integrity).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a trunk hook: TRUNK_STAGING_DIR is not set');

const integrity = async (file) =>
  `sha384-${createHash('sha384').update(await readFile(join(dir, file))).digest('base64')}`;

const embed = join(dir, 'embed.js');
const source = await readFile(embed, 'utf8');
await writeFile(
  embed,
  source
    .replace('__DSII_CSS_INTEGRITY__', await integrity('dsii-monitor.css'))
    .replace('__DSII_WASM_INTEGRITY__', await integrity('dsii-monitor_bg.wasm')),
);
console.log(`embed.js: integrity for dsii-monitor.css and dsii-monitor_bg.wasm; embed.js itself: ${await integrity('embed.js')}`);
