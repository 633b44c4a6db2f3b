// The build writes dist/embed-snippets.txt: every file of code with its integrity, and
// complete snippets that pin embed.js and frame-host.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../e2e/dist_files.mjs';
import { snippetsFile } from '../../scripts/release.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const sha384 = (name) => `sha384-${createHash('sha384').update(readFileSync(`${DIST}${name}`)).digest('base64')}`;

test('embed-snippets.txt lists every file of code with the integrity of the file as built', () => {
  const text = readFileSync(`${DIST}embed-snippets.txt`, 'utf8');
  const { wasm, css } = builtFiles();
  for (const name of ['embed.js', 'frame-host.js', wasm, css]) {
    assert.ok(text.includes(`\n${name} ${sha384(name)}\n`), `${name} with its hash`);
  }
  assert.match(text, new RegExp(`src="[^"]*embed\\.js" integrity="${sha384('embed.js').replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" data-dsii-root="#dsii-monitor"`));
  assert.match(text, new RegExp(`src="[^"]*frame-host\\.js" integrity="${sha384('frame-host.js').replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`));
});

test('the snippets name the folder the release is published at', () => {
  const text = snippetsFile('https://cdn.example.org/m/1.2.0/', { 'embed.js': 'sha384-a', 'frame-host.js': 'sha384-b' });
  assert.match(text, /<a href="https:\/\/cdn\.example\.org\/m\/1\.2\.0\/">/);
  assert.match(text, /src="https:\/\/cdn\.example\.org\/m\/1\.2\.0\/embed\.js" integrity="sha384-a"/);
  assert.match(text, /src="https:\/\/cdn\.example\.org\/m\/1\.2\.0\/frame-host\.js" integrity="sha384-b"/);
  assert.match(text, /<iframe data-dsii-frame src="https:\/\/cdn\.example\.org\/m\/1\.2\.0\/embed\.html"[^>]* style="border:0"/);
});
