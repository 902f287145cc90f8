import type { RunnableDevEnvironment, ViteDevServer } from 'vite';
import type { CheckResult } from '../content-check/check-content.ts';
import { getLastChangeTimes } from '../data/git-history.ts';
import { computeTranslationStatus } from '../i18n/translation-status.ts';
import { translationLocales, type SiteConfig } from '../schemas/site-config.ts';
import type { VitePlugin } from './vite-plugin.ts';

/** What the integration hands to the pages, each as a module (types in src/virtual-modules.d.ts). */
const MODULES = {
  /** The translation status of the content, computed from the entries just checked. */
  'virtual:annals/translation-status': (check: CheckResult, options: ModuleOptions) =>
    computeTranslationStatus(
      check.entries,
      translationLocales(options.site),
      getLastChangeTimes(options.contentDir),
    ),
  /** The errors of the last content check, located for Astro's overlay by the dev middleware. */
  'virtual:annals/content-errors': (check: CheckResult, options: ModuleOptions) => ({
    rootDir: options.rootDir,
    errors: check.problems.filter((problem) => problem.severity === 'error'),
  }),
};

type ModuleId = keyof typeof MODULES;
const isModuleId = (id: string): id is ModuleId => Object.hasOwn(MODULES, id);

/** Vite's mark of a module that is no file, so no other plugin tries to read it. */
const RESOLVED_PREFIX = '\0';

interface ModuleOptions {
  site: SiteConfig;
  rootDir: string;
  contentDir: string;
}

/**
 * A Vite plugin that serves what the integration learnt from the content check as virtual
 * modules, the way Starlight serves `virtual:starlight/...`: the pages import them, and a
 * build reads and validates the content once. Each is generated from the latest check
 * (`lastCheck()`) when first imported, and again after `invalidateVirtualModules()`.
 */
export function annalsModules(options: ModuleOptions, lastCheck: () => CheckResult): VitePlugin {
  return {
    name: 'annals:virtual-modules',
    resolveId: {
      filter: { id: /^virtual:annals\// },
      handler: (id) => (isModuleId(id) ? `${RESOLVED_PREFIX}${id}` : undefined),
    },
    load: {
      filter: { id: /^\0virtual:annals\// },
      handler(resolvedId) {
        const id = resolvedId.slice(RESOLVED_PREFIX.length);
        if (!isModuleId(id)) return undefined;
        return `export default ${JSON.stringify(MODULES[id](lastCheck(), options))};`;
      },
    },
  };
}

/**
 * Makes the dev server generate the virtual modules again at their next import, after the
 * content was checked again: in its module graph, and in the module runner that renders the
 * pages, which keeps what it has evaluated (as Astro does for its own content store).
 */
export function invalidateVirtualModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    for (const id of Object.keys(MODULES)) {
      const resolvedId = `${RESOLVED_PREFIX}${id}`;
      const module = environment.moduleGraph.getModuleById(resolvedId);
      if (module) environment.moduleGraph.invalidateModule(module);
      const runner = 'runner' in environment && (environment as RunnableDevEnvironment).runner;
      const evaluated = runner && runner.evaluatedModules.getModuleById(resolvedId);
      if (evaluated) runner.evaluatedModules.invalidateModule(evaluated);
    }
  }
}
