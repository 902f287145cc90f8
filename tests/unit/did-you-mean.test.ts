import { describe, expect, it } from 'vitest';
import {
  editDistance,
  foldWord,
  matchesLoosely,
  suggestQuery,
  toVocabulary,
} from '../../src/components/search/did-you-mean.ts';

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit, and insertions, deletions and replacements as one each', () => {
    expect(editDistance('vellmroa', 'vellmora', 3)).toBe(1);
    expect(editDistance('holmstad', 'holmstadt', 3)).toBe(1);
    expect(editDistance('nour', 'tour', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops past the limit', () => {
    expect(editDistance('valdoro', 'qinghe', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
  });
});

describe('folding words', () => {
  it('drops case, accents and Arabic vowel signs, and makes Arabic letter variants one', () => {
    expect(foldWord('Sainte-Aurélie')).toBe('sainte-aurelie');
    expect(foldWord('مُنحت')).toBe('منحت');
    expect(foldWord('إعلان')).toBe(foldWord('اعلان'));
    expect(foldWord('المدينة')).toBe(foldWord('المدينه'));
  });
});

describe('Did you mean', () => {
  const vocabulary = toVocabulary([
    'Learning',
    'Valdoro',
    'Sainte-Aurélie',
    'Festival',
    'فالدورو',
    '瓦尔多罗',
    '清河',
    'Новолесье',
  ]);

  it('corrects a misspelt name to the archive’s spelling', () => {
    expect(suggestQuery('Valdoor', vocabulary, 'en')).toBe('Valdoro');
    expect(suggestQuery('reading festivel', vocabulary, 'en')).toBe('reading Festival');
  });

  it('corrects in Arabic, Chinese and Russian', () => {
    expect(suggestQuery('فالدرو', vocabulary, 'ar')).toBe('فالدورو');
    expect(suggestQuery('瓦尔多锣', vocabulary, 'zh-Hans')).toBe('瓦尔多罗');
    expect(suggestQuery('Новолесе', vocabulary, 'ru')).toBe('Новолесье');
  });

  it('suggests nothing when every word is known, or too short or too far to correct', () => {
    expect(suggestQuery('valdoro learning', vocabulary, 'en')).toBeUndefined();
    expect(suggestQuery('Vld', vocabulary, 'en')).toBeUndefined();
    expect(suggestQuery('Montevideo', vocabulary, 'en')).toBeUndefined();
  });
});

describe('results that match the query loosely', () => {
  it('are those whose marked words do not contain the start of a typed word', () => {
    expect(
      matchesLoosely('Вальдро', ['зелёным навыкам <mark>в</mark> оливковых рощах'], 'ru'),
    ).toBe(true);
    expect(matchesLoosely('Valdoor', ['une ville du <mark>val</mark> de Loire'], 'fr')).toBe(true);
    expect(
      matchesLoosely('библиотеки', ['о музеях и <mark>библиотеках</mark> как школах'], 'ru'),
    ).toBe(false);
  });

  it('allow for stems, Arabic prefixes, and Chinese, which the search segments itself', () => {
    expect(matchesLoosely('pruning', ['how to <mark>prune</mark> olive trees'], 'en')).toBe(false);
    expect(matchesLoosely('مطابخ', ['تشتهر <mark>بمطابخها</mark> المجتمعية'], 'ar')).toBe(false);
    expect(matchesLoosely('الاحتيال', ['من <mark>احتيال</mark> الإنترنت'], 'ar')).toBe(false);
    expect(matchesLoosely('瓦尔多锣', ['<mark>瓦尔多罗</mark>读书节'], 'zh-Hans')).toBe(false);
  });
});
