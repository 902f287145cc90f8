import { ensureChromium } from '../helpers/chromium-install.ts';

/** Finds Chromium before any browser test starts, installing it on CI. */
export default function setup() {
  ensureChromium();
}
