/**
 * Vitest imports a project's global setup in that project's own module runner, so a variable
 * of a setup module is not shared between the projects that list it. They do share the
 * process, so work done once per test run is kept on `globalThis`, under a symbol per key.
 */
export function oncePerRun<T>(key: string, work: () => Promise<T>): Promise<T> {
  const shared = globalThis as Record<symbol, Promise<T> | undefined>;
  const symbol = Symbol.for(`annals.tests.${key}`);
  shared[symbol] ??= work();
  return shared[symbol];
}
