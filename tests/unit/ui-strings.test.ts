import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import english from '../../src/i18n/ui/en.json';
import { parseUiStrings, UI_STRINGS } from '../../src/i18n/ui-strings.ts';

describe('interface strings', () => {
  it('are complete in every locale of the site', () => {
    expect([...UI_STRINGS.keys()]).toEqual(LOCALES.map((locale) => locale.code));
  });

  it('fail naming the file and the key when a key is missing, empty or unknown', () => {
    const rest: Record<string, string> = { ...english };
    delete rest['nav.events'];
    expect(() =>
      parseUiStrings('de', { ...rest, 'nav.home': ' ', 'nav.evnts': 'Veranstaltungen' }),
    ).toThrow(
      'src/i18n/ui/de.json: nav.home: empty; translate it; nav.events: missing; translate it; nav.evnts: not keys of en.json; remove them',
    );
  });

  it('fail when a locale has no strings file', () => {
    expect(() => parseUiStrings('de', undefined)).toThrow(
      'src/i18n/ui/de.json is missing: every locale needs its interface strings',
    );
  });

  it('fill placeholders in the locale language', () => {
    expect(useTranslations('fr')('pagination.status', { number: 2, count: 5 })).toBe(
      'Page 2 sur 5',
    );
  });
});
