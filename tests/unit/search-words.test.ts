import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/outputs/search-words.ts';

describe('the words of "Did you mean"', () => {
  it('lists the words of names, most frequent first, without numbers or words under three letters', () => {
    expect(
      searchWords(
        ['Valdoro Reading Festival 2019', 'Valdoro', 'Festival of Valdoro', 'Qinghe'],
        'en',
      ),
    ).toEqual(['Valdoro', 'Festival', 'Qinghe', 'Reading']);
  });

  it('keeps Chinese words of two characters and Chinese names whole', () => {
    const words = searchWords(['瓦尔多罗', '瓦尔多罗读书节'], 'zh-Hans');
    expect(words).toContain('瓦尔多罗');
    expect(words).toContain('读书');
    expect(words.every((word) => [...word].length >= 2)).toBe(true);
  });

  it('keeps Arabic words with their article, as the names write them', () => {
    expect(searchWords(['وادي الزيتون'], 'ar')).toEqual(['الزيتون', 'وادي']);
  });
});
