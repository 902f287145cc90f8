import { ensureChromium } from '../helpers/chromium-install.ts';

/**
 * On CI, installs Chromium before any browser test starts, printing what it does. Elsewhere a
 * missing browser fails only the tests that start it, each saying how to install it, so the
 * other suites still run.
 */
export default function setup() {
  if (process.env.CI === 'true') ensureChromium();
}
