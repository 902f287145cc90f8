/**
 * Gives the scripts run by plain `node` (check, new, translations, urls, init, bench, and
 * the Astro build they start) the site configuration `ANNALS_CONFIG` names wherever they or
 * the src/ modules they load import the project's `annals.config.ts`. Static imports are
 * resolved before any module of a script runs, so only a resolution hook loaded first can
 * change them: `node --import ./scripts/lib/site-config-hook.ts scripts/check.ts`, or, for
 * every Node process a test starts, the same `--import` in NODE_OPTIONS (vitest.config.ts).
 * Without `ANNALS_CONFIG` it registers nothing.
 */
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PROJECT_CONFIG_FILE, siteConfigFile } from '../../src/integration/site-config-file.ts';

const projectConfig = pathToFileURL(PROJECT_CONFIG_FILE).href;
const configInEffect = pathToFileURL(siteConfigFile()).href;

if (configInEffect !== projectConfig) {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      return resolved.url === projectConfig ? { ...resolved, url: configInEffect } : resolved;
    },
  });
}
