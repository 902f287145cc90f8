import { describe, expect, it } from 'vitest';
import { stampTranslation } from '../../scripts/lib/stamp-translation.ts';

describe('stamping a translation file', () => {
  it('replaces a stamp where it stands, keeping its comment and every other line', () => {
    const text = [
      '---',
      "title: 'Llamamiento a la acción de Cork'",
      "translatedFrom: 'abcdef12' # stamped before the summary was revised",
      'summary: >-',
      '  Folded text that YAML',
      '  joins into one line.',
      '---',
      'Body.',
      '',
    ].join('\n');
    expect(stampTranslation(text, '5c1e09a2')).toBe(
      text.replace("'abcdef12' # stamped", '5c1e09a2 # stamped'),
    );
  });

  it('quotes a fingerprint of digits only, which YAML would read as a number', () => {
    expect(stampTranslation('---\ntitle: Cork\n---\n', '12345678')).toBe(
      '---\ntitle: Cork\ntranslatedFrom: "12345678"\n---\n',
    );
  });

  it('keeps Windows line endings and stamps empty front matter', () => {
    expect(stampTranslation('---\r\ntitle: Cork\r\n---\r\nBody.\r\n', 'abcdef12')).toBe(
      '---\r\ntitle: Cork\r\ntranslatedFrom: abcdef12\r\n---\r\nBody.\r\n',
    );
    expect(stampTranslation('---\n---\nBody.\n', 'abcdef12')).toBe(
      '---\ntranslatedFrom: abcdef12\n---\nBody.\n',
    );
  });
});
