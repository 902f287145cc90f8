import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, ensureChromium } from './chromium-install.ts';

/**
 * Flags that keep every request on this machine: Chromium's own background traffic is off,
 * every other host goes to a proxy that does not exist and resolves to nothing, and only
 * loopback (where the tests serve the site) is reached directly.
 */
export const OFFLINE_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>;127.0.0.1;localhost',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/**
 * Starts headless Debian Chromium with the offline flags, or fails saying how to install it
 * (on CI the global setup has installed it already).
 */
export function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...OFFLINE_FLAGS],
  });
}
