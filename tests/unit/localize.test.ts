import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/data/load-archive.ts';
import { localize, translatedLocales } from '../../src/data/localize.ts';

const rendered = (html: string) => ({ rendered: { html, metadata: {} } });

/** An event with a French translation of its title only, and no Spanish one. */
const event = {
  collection: 'events',
  id: 'x',
  slug: 'x',
  data: { title: 'Regional meeting', summary: 'A meeting.', theme: 'Learning' },
  source: { id: 'x', ...rendered('<p>Body.</p>') },
  translations: new Map([
    [
      'fr',
      { data: { title: 'Réunion régionale' }, source: { id: 'events/x/fr', ...rendered('') } },
    ],
  ]),
} as unknown as Entry<'events'>;

describe('localize', () => {
  it('takes each field from the translation, else from the default language, marking its language', () => {
    const french = localize(event, 'fr');
    expect(french.isTranslated).toBe(true);
    expect(french.text('title')).toEqual({ text: 'Réunion régionale', lang: 'fr' });
    expect(french.text('summary')).toEqual({ text: 'A meeting.', lang: 'en' });
  });

  it('falls back to the default body, and says so, when the translation has none', () => {
    const french = localize(event, 'fr');
    expect(french.body).toBe(event.source);
    expect(french.bodyLang).toBe('en');
    expect(french.bodyFallsBack).toBe(true);
  });

  it('shows the default text, unmarked as translated, in a locale without a translation', () => {
    const spanish = localize(event, 'es');
    expect(spanish.isTranslated).toBe(false);
    expect(spanish.text('title')).toEqual({ text: 'Regional meeting', lang: 'en' });
    expect(spanish.bodyFallsBack).toBe(false);
  });

  it('lists the locales an entry is written in: the default one and its translations', () => {
    expect(translatedLocales(event)).toEqual(['en', 'fr']);
  });
});
