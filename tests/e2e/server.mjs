// A loopback server for the end-to-end tests: the release build from dist/, test
// fixtures under /fixtures/, and extra routes a test defines. Anything else is a 404.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Maps a URL path to a file: fixtures and examples from the repository, else dist/. */
export function resolvePath(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  if (path.startsWith('/fixtures/')) return join(ROOT, 'tests', path);
  if (path.startsWith('/examples/')) return join(ROOT, path);
  return join(ROOT, 'dist', path === '/' ? 'index.html' : path);
}

export function contentType(file) {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * Starts the server on a free loopback port; resolves to { origin, close }.
 * `routes` maps a path to a handler (request, response, path) for special answers; a
 * handler under '*' sees every request and returns false to let the files answer.
 * `headers` go with every file, e.g. CORS for a CDN origin.
 */
export function startServer(routes = {}, host = '127.0.0.1', headers = {}) {
  const open = new Set();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    const route = routes[pathname] ?? routes['*'];
    if (route && route(request, response, pathname) !== false) return;
    const file = resolvePath(pathname);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentType(file), ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const { port } = server.address();
      resolve({
        origin: `http://${host}:${port}`,
        close: () =>
          new Promise((done) => {
            for (const socket of open) socket.destroy();
            server.close(done);
          }),
      });
    });
  });
}

/** The bundled snapshot's text, for tests that serve variants of it. */
export function bundledSnapshot() {
  return readFile(join(ROOT, 'data', 'dsii.json'), 'utf8');
}

/** The Subresource Integrity of the built embed.js, as a host page's script tag pins it. */
export async function embedIntegrity() {
  const body = await readFile(join(ROOT, 'dist', 'embed.js'));
  return `sha384-${createHash('sha384').update(body).digest('base64')}`;
}

/**
 * An example host page with its placeholders filled in: where the widget's files are
 * (`''` for the host's own origin), where the data is, and the integrity of embed.js.
 */
export async function hostPage(html, { widgetOrigin = '', dataOrigin = '' } = {}) {
  return html
    .replaceAll('__WIDGET_ORIGIN__', widgetOrigin)
    .replaceAll('__DATA_ORIGIN__', dataOrigin)
    .replaceAll('__EMBED_INTEGRITY__', await embedIntegrity());
}
