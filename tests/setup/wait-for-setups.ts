import { allStartedWork } from './once-per-run.ts';

/**
 * The root project's set-up, which vitest runs after the set-up of every project in the run:
 * waits for the builds those set-ups started side by side, so that no test starts before the
 * site it reads is built, and a build that failed stops the run with its output.
 */
export default async function setup() {
  await allStartedWork();
}
