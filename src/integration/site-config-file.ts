import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The project's own site configuration, `annals.config.ts` at the project root. */
export const PROJECT_CONFIG_FILE = fileURLToPath(
  new URL('../../annals.config.ts', import.meta.url),
);

/** The module that, loaded first (`node --import`), gives a Node process ANNALS_CONFIG. */
export const SITE_CONFIG_HOOK = fileURLToPath(
  new URL('../../scripts/lib/site-config-hook.ts', import.meta.url),
);

/**
 * The site configuration `ANNALS_CONFIG` names (the engine tests name
 * tests/fixtures/annals.config.ts), else the project's own.
 */
export function siteConfigFile(env: Record<string, string | undefined> = process.env): string {
  return env.ANNALS_CONFIG ? resolve(env.ANNALS_CONFIG) : PROJECT_CONFIG_FILE;
}

/**
 * The environment that gives a process and every Node process it starts (a script, Astro's
 * build) `configFile` as its site configuration: ANNALS_CONFIG, and the hook in NODE_OPTIONS.
 */
export function siteConfigEnv(
  configFile: string,
  env: Record<string, string | undefined> = process.env,
): { ANNALS_CONFIG: string; NODE_OPTIONS: string } {
  const hook = `--import=${SITE_CONFIG_HOOK}`;
  const options = env.NODE_OPTIONS ?? '';
  return {
    ANNALS_CONFIG: configFile,
    NODE_OPTIONS: options.includes(hook) ? options : `${options} ${hook}`.trim(),
  };
}

/**
 * The file Node resolved a config module's import of `annals.config.ts` to (pass
 * `import.meta.resolve('./annals.config.ts')`), which is ANNALS_CONFIG's where the hook is
 * loaded. ANNALS_CONFIG set without the hook would build pages of one configuration with
 * the code of another, so it stops the command and says how to load the hook.
 */
export function resolvedConfigFile(
  resolvedUrl: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const file = fileURLToPath(resolvedUrl);
  if (file !== siteConfigFile(env)) {
    const error = new Error(
      `ANNALS_CONFIG names ${siteConfigFile(env)}, which Node uses only with its hook loaded first: set NODE_OPTIONS=--import=${SITE_CONFIG_HOOK} as well`,
    );
    error.stack = error.message;
    throw error;
  }
  return file;
}

/**
 * Gives every module Vite loads (pages, components, src/data, tests) `configFile` where it
 * imports the project's `annals.config.ts`; an import of any other file of that name is left
 * alone. The modules keep their plain relative import, so they read the same with or without
 * ANNALS_CONFIG.
 */
export function siteConfigPlugin(configFile: string): Plugin {
  return {
    name: 'annals:site-config',
    enforce: 'pre',
    resolveId: {
      filter: { id: /annals\.config\.ts$/ },
      handler(source, importer) {
        if (!importer || configFile === PROJECT_CONFIG_FILE) return null;
        const imported = resolve(dirname(importer.split('?')[0] ?? importer), source);
        return imported === PROJECT_CONFIG_FILE ? configFile : null;
      },
    },
  };
}
