import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made interfaces, which it writes next to its index. The search page has
 * its own interface and loads only `pagefind.js` (and its worker), so these would be dead
 * weight in the output, JavaScript that no page uses.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** One Pagefind index being filled, and the bundle folder it will be written to. */
export interface Bundle {
  index: pagefind.PagefindIndex;
  path: string;
}

export async function newBundle(
  path: string,
  config: pagefind.PagefindServiceConfig,
): Promise<Bundle> {
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(errors.join('; '));
  return { index, path };
}

async function add(bundle: Bundle, url: string, content: string): Promise<void> {
  const added = await bundle.index.addHTMLFile({ url, content });
  if (added.errors.length) throw new Error(`${url}: ${added.errors.join('; ')}`);
}

/**
 * Pages sent to Pagefind before the answer for the first of them is awaited. Pagefind's
 * service handles its messages one after the other, in the order they were sent, so the
 * index is the same as when each page waits for the one before; but Pagefind never waits
 * for the next page to be read, and this process does not wait for Pagefind to read the last.
 */
const IN_FLIGHT = 16;

/** Sends pages to their bundles in order, waiting only when `IN_FLIGHT` are unanswered. */
export function createSender() {
  const unanswered: Promise<void>[] = [];
  return {
    async send(bundle: Bundle, url: string, content: string): Promise<void> {
      const added = add(bundle, url, content);
      // A failure is thrown when its turn comes, not as an unhandled rejection before.
      added.catch(() => undefined);
      unanswered.push(added);
      if (unanswered.length >= IN_FLIGHT) await unanswered.shift();
    },
    /** Resolves once every page sent is in its index. */
    done: () => Promise.all(unanswered),
  };
}

/** Writes `bundle` into its folder of `siteDir`, without the files named in `unused`. */
export async function writeBundle(
  bundle: Bundle,
  siteDir: string,
  unused: string[],
): Promise<void> {
  const outputPath = join(siteDir, bundle.path);
  const written = await bundle.index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));
}
