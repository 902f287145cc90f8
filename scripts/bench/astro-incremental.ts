/**
 * `astro build` with `experimental.incrementalBuild` turned on for this build only, through
 * Astro's programmatic API, so the shipped configuration stays as it is:
 *
 *   node scripts/bench/astro-incremental.ts <project root> <outDir>
 */
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error('usage: node scripts/bench/astro-incremental.ts <project root> <outDir>');
  process.exit(2);
}
await build({ root, outDir, experimental: { incrementalBuild: true } });
