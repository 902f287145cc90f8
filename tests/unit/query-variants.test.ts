import { describe, expect, it } from 'vitest';
import { withArabicArticle } from '../../src/components/search/query-variants.ts';

describe('Arabic words without their article', () => {
  it('are searched with it too', () => {
    expect(withArabicArticle('زيتون')).toBe('الزيتون');
    expect(withArabicArticle('بساتين الزيتون')).toBe('البساتين الزيتون');
    expect(withArabicArticle('الزيتون')).toBeUndefined();
    expect(withArabicArticle('Valdoro في')).toBeUndefined();
  });
});
