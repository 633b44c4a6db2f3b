// Headless Chromium from the system, launched the way this project's machines allow,
// with the fonts pinned so that layouts measure the same on every machine.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url));
/** The one font package fonts.conf lets the browser see (installed by ensure_test_tools). */
const FONT_DIR = '/usr/share/fonts/truetype/liberation2';

export function launchBrowser(extraArgs = []) {
  if (!existsSync(`${FONT_DIR}/LiberationSans-Regular.ttf`)) {
    throw new Error(`no fonts in ${FONT_DIR}: install the Debian package fonts-liberation2 (./scripts/test.sh does)`);
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
