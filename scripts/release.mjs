// Releases are immutable folders. A build names itself by its version and the hash of
// every file it holds, writes that name with each file's integrity (release.json, which
// the Embed panel reads) and the snippets for its folder (embed-snippets.txt); publishing
// copies it into a deploy folder beside the releases before it, and never changes a
// file an article may point to.
//
//   node scripts/release.mjs publish DEPLOY_DIR [BUILD_DIR]
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the build writes about itself: not part of what its name hashes. */
const DESCRIPTIONS = ['release.json', 'embed-snippets.txt'];
export const DEFAULT_BASE_URL = 'https://example.org/dsii-monitor/';

const sha = (bytes, algorithm, encoding) => createHash(algorithm).update(bytes).digest(encoding);
export const integrity = (bytes) => `sha384-${sha(bytes, 'sha384', 'base64')}`;

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

async function version() {
  const manifest = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const found = manifest.match(/^version = "([^"]+)"/m);
  if (!found) throw new Error('Cargo.toml: no version');
  return found[1];
}

/** `{ release, files }`: the build's name (`0.1.0-<hash>`) and each file's integrity. */
export async function describe(dir) {
  const names = (await filesUnder(dir)).filter((name) => !DESCRIPTIONS.includes(name));
  const whole = createHash('sha256');
  const files = {};
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    whole.update(`${name}\0${bytes.length}\0`).update(bytes);
    files[name] = integrity(bytes);
  }
  return { release: `${await version()}-${whole.digest('hex').slice(0, 12)}`, files };
}

/**
 * embed-snippets.txt: every file with its integrity, and the snippets for the release
 * published at `folder` (a URL ending in `/`), complete with integrity, crossorigin, the
 * mount root and the fallback link. The Embed panel prints the same snippets
 * (crates/dsii-core/src/embed_snippet.rs).
 */
export function snippetsFile(folder, files) {
  return [
    '# dsii-monitor: the files of this release and their integrity (SHA-384).',
    ...Object.entries(files).map(([name, hash]) => `${name} ${hash}`),
    '',
    '# Script embed: the link and the picture are what readers see where the widget cannot run;',
    '# data-dsii-data-origins lists the origins besides this one that its data may come from.',
    `<div id="dsii-monitor" data-dsii-monitor><a href="${folder}"><img src="${folder}data/preview.png" alt="" loading="lazy" style="display:block;max-width:100%;height:auto">D-SII monitor</a></div>`,
    `<script type="module" src="${folder}embed.js" integrity="${files['embed.js']}" crossorigin="anonymous" data-dsii-root="#dsii-monitor" data-dsii-data-origins=""></script>`,
    '',
    '# Iframe embed, fitted to its content by frame-host.js:',
    `<iframe data-dsii-frame src="${folder}embed.html" title="D-SII monitor" width="100%" height="900" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`,
    `<script type="module" src="${folder}frame-host.js" integrity="${files['frame-host.js']}" crossorigin="anonymous"></script>`,
    '',
  ].join('\n');
}

/** Writes release.json and embed-snippets.txt into the build `dir`, for a deploy at `base`
 * (the folder that holds the releases); returns the description. */
export async function writeDescriptions(dir, base = DEFAULT_BASE_URL) {
  const description = await describe(dir);
  await writeFile(join(dir, 'release.json'), `${JSON.stringify(description, null, 1)}\n`);
  await writeFile(join(dir, 'embed-snippets.txt'), snippetsFile(`${base}${description.release}/`, description.files));
  return description;
}

/**
 * Copies the build in `dir` to `deployDir/<release>/`. A folder of that name that holds
 * the same files is left as it is; one that differs is refused, since articles pin it.
 * Returns the release's name.
 */
export async function publish(dir, deployDir) {
  const { release } = JSON.parse(await readFile(join(dir, 'release.json'), 'utf8'));
  const described = await describe(dir);
  if (described.release !== release) {
    throw new Error(`${dir}: its files changed after the build named them ${release}; build again`);
  }
  const target = join(deployDir, release);
  const existing = await describe(target).catch(() => undefined);
  if (existing && JSON.stringify(existing.files) !== JSON.stringify(described.files)) {
    throw new Error(`${target} exists with other files; a release never changes`);
  }
  if (!existing) {
    await mkdir(deployDir, { recursive: true });
    await cp(dir, target, { recursive: true, errorOnExist: true, force: false });
  }
  return release;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, deployDir, dir = join(ROOT, 'dist')] = process.argv.slice(2);
  if (command !== 'publish' || !deployDir) {
    console.error('usage: node scripts/release.mjs publish DEPLOY_DIR [BUILD_DIR]');
    process.exit(2);
  }
  const release = await publish(dir, deployDir);
  console.log(`${join(deployDir, release)}/ (snippets: ${join(deployDir, release, 'embed-snippets.txt')})`);
}
