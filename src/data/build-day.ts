/**
 * The day the site is built, which decides whether an event is past or upcoming. Builds are
 * reproducible: `SOURCE_DATE_EPOCH` (seconds, the convention of reproducible builds) fixes it.
 */
export function getBuildDay(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return now.toISOString().slice(0, 10);
}
