import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate.ts';
import { COLLECTION_NAMES } from '../../src/schemas/model.ts';
import { checkTree } from '../helpers/check.ts';

describe('the benchmark archive', () => {
  const archive = generateArchive(50);

  it('is the same, byte for byte, every time it is generated for a size', () => {
    expect(generateArchive(50)).toEqual(archive);
    expect(generateArchive(51)).not.toEqual(archive);
  });

  it('fills every collection and translates into every locale', () => {
    const paths = Object.keys(archive);
    for (const collection of COLLECTION_NAMES) {
      expect(
        paths.some((path) => path.startsWith(`${collection}/`)),
        collection,
      ).toBe(true);
    }
    for (const locale of ['fr', 'es', 'ar', 'zh', 'ru']) {
      expect(
        paths.some((path) => path.endsWith(`/${locale}.md`)),
        locale,
      ).toBe(true);
    }
    expect(paths.filter((path) => /^events\/[^/]+\/index\.md$/.test(path))).toHaveLength(50);
  });

  // The archive mimics real ones, where some entries lack a source or a summary: those
  // are warnings an editor may leave, never errors that would stop the build.
  it('passes the content check, with only warnings about missing sources and summaries', async () => {
    const problems = await checkTree(archive);
    const tolerated = /: warning: (sources|summary): none given/;
    expect(problems.filter((line) => !tolerated.test(line))).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
  });
});
