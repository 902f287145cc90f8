import { Worker } from 'node:worker_threads';

/** What the main thread asks of the fallback worker: a page to add, or to write the bundles. */
export type FallbackRequest =
  | { kind: 'add'; locale: string; url: string; content: string }
  | { kind: 'write'; siteDir: string };

/** What the fallback worker answers once the bundles are written, or when it failed. */
export type FallbackReply =
  { kind: 'written'; locales: number } | { kind: 'failed'; message: string };

/**
 * The fallback bundles (`pagefind/fallback/<locale>/`), filled by a Pagefind process of their
 * own in a worker thread (`fallback-index-worker.ts`) while the main bundle is filled here:
 * each Pagefind process indexes on one thread, so the two bundles are filled side by side
 * rather than in turn. Pages are added in the order they are given.
 */
export function startFallbackIndexer(defaultLang: string) {
  const worker = new Worker(new URL('./fallback-index-worker.ts', import.meta.url), {
    workerData: { defaultLang },
  });
  const reply = new Promise<FallbackReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the fallback indexer stopped (${code})`)));
  });
  // A failure is thrown by `write` (or `stop`), not as an unhandled rejection before.
  reply.catch(() => undefined);
  const post = (request: FallbackRequest) => worker.postMessage(request);
  return {
    add: (locale: string, url: string, content: string) =>
      post({ kind: 'add', locale, url, content }),
    /** Writes the bundles into `siteDir`; resolves with how many locales have one. */
    async write(siteDir: string): Promise<number> {
      post({ kind: 'write', siteDir });
      const answer = await reply;
      if (answer.kind === 'failed') throw new Error(`Search index: ${answer.message}`);
      return answer.locales;
    },
    /** Ends the worker, and its Pagefind process with it. */
    stop: () => worker.terminate(),
  };
}
