import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PageType } from '../browser/page-types.ts';
import { fileOfUrlPath } from './site-files.ts';

/** Stops a test whose page type has no page in the build, saying where its URL is listed. */
export function requireBuilt(siteDir: string, pageType: PageType): void {
  const file = fileOfUrlPath(pageType.path);
  if (existsSync(join(siteDir, file))) return;
  throw new Error(
    `${pageType.name}: ${pageType.path} is missing from the build (no ${file}). Restore the page, or correct its URL in tests/browser/page-types.ts.`,
  );
}
