// What the Annals integration (src/integration/virtual-modules.ts) serves to the pages.
// An ambient module may not import by relative path, so the types are named with `import()`.
/* eslint-disable @typescript-eslint/consistent-type-imports */

declare module 'virtual:annals/translation-status' {
  /** The translation status of every entry in every translation locale, from the last check. */
  const statuses: import('./i18n/translation-status.ts').TranslationStatus[];
  export default statuses;
}

declare module 'virtual:annals/content-errors' {
  /** The errors of the last content check of the dev server, and the project they are in. */
  const lastCheck: {
    rootDir: string;
    errors: import('./content-check/problem.ts').Problem[];
  };
  export default lastCheck;
}

declare module 'virtual:annals/build-folders' {
  /** Where the build writes files outside Astro's routes (build-folders.ts); null in dev. */
  const folders: import('./integration/build-folders.ts').BuildFolders | null;
  export default folders;
}
