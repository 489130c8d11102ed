/**
 * Debian's chromium driven by playwright-core, for the browser test and the README screenshot. The flags keep
 * it from reaching the network (no component updates, sync or QUIC) and let it run as root in CI.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.ZHNEWS_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch the system chromium headless (install it with `apt-get install -y chromium`).
 *
 * @example
 * const browser = await launchChromium(); const page = await browser.newPage(); … await browser.close();
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}
