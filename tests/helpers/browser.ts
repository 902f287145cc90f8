import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; the tests use no other. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

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

/** Starts headless Debian Chromium with the offline flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...OFFLINE_FLAGS],
  });
}
