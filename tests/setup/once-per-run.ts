/**
 * Vitest imports a project's global setup in that project's own module runner, so a variable
 * of a setup module is not shared between the projects that list it. They do share the
 * process, so work done once per test run is kept on `globalThis`, under a symbol per key.
 */
export function oncePerRun<T>(key: string, work: () => Promise<T>): Promise<T> {
  const shared = globalThis as Record<symbol, Promise<T> | undefined>;
  const symbol = Symbol.for(`annals.tests.${key}`);
  if (!shared[symbol]) {
    const started = work();
    // Awaited by whoever needs it, and at the latest by the root set-up (wait-for-setups.ts);
    // a failure is reported there, not as an unhandled rejection before.
    started.catch(() => undefined);
    startedWork().push(started);
    shared[symbol] = started;
  }
  return shared[symbol];
}

/** Every piece of work started with `oncePerRun` in this test run so far. */
function startedWork(): Promise<unknown>[] {
  const shared = globalThis as Record<symbol, Promise<unknown>[] | undefined>;
  return (shared[Symbol.for('annals.tests.started')] ??= []);
}

/**
 * Waits for every piece of work started with `oncePerRun`, failing with the first that
 * failed. The project set-ups start their builds without waiting, so that the builds of one
 * run (the fixture site, the search site, the content) run side by side; the root set-up,
 * which vitest runs after every project's, waits here before any test starts.
 */
export async function allStartedWork(): Promise<void> {
  await Promise.all(startedWork());
}
