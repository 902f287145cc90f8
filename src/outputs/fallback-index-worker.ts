/**
 * Worker thread that fills the fallback bundles (`fallback-indexer.ts`). A worker loads its
 * own copy of Pagefind's Node module, and so starts its own Pagefind process: Pagefind's
 * service indexes on one thread, and this puts the fallback bundles on a second one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { fallbackBundleDir, FALLBACK_TEXT_ATTRIBUTE } from './search-bundles.ts';
import {
  createSender,
  newBundle,
  UNUSED_BUNDLE_FILES,
  writeBundle,
  type Bundle,
} from './pagefind-bundle.ts';
import type { FallbackReply, FallbackRequest } from './fallback-indexer.ts';

const { defaultLang } = workerData as { defaultLang: string };
const port = parentPort!;
const bundles = new Map<string, Bundle>();
const sender = createSender();

async function handle(request: FallbackRequest): Promise<FallbackReply | undefined> {
  if (request.kind === 'add') {
    const { locale, url, content } = request;
    let bundle = bundles.get(locale);
    if (!bundle) {
      bundle = await newBundle(fallbackBundleDir(locale), {
        forceLanguage: defaultLang,
        // Only the untranslated text: the title and the rest are in the locale's own index.
        excludeSelectors: [`[data-pagefind-body] > :not([${FALLBACK_TEXT_ATTRIBUTE}])`],
      });
      bundles.set(locale, bundle);
    }
    await sender.send(bundle, url, content);
    return undefined;
  }
  try {
    await sender.done();
    // The search page loads Pagefind once, from the main bundle, and searches these with it.
    for (const bundle of bundles.values()) {
      await writeBundle(bundle, request.siteDir, [...UNUSED_BUNDLE_FILES, 'pagefind.js']);
    }
    return { kind: 'written', locales: bundles.size };
  } finally {
    await pagefind.close();
  }
}

// Requests are handled one after the other, in the order they came, as the index needs.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: FallbackRequest) => {
  queue = queue
    .then(() => handle(request))
    .then((reply) => reply && port.postMessage(reply))
    .catch((error: unknown) => {
      port.postMessage({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies FallbackReply);
    });
});
