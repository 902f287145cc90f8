import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { validArchive } from '../helpers/valid-archive.ts';

describe('a valid archive', () => {
  it('has no problems', async () => {
    expect(await checkTree(validArchive())).toEqual([]);
  });
});
