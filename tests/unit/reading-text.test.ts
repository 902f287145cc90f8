import { describe, expect, it } from 'vitest';
import { documentFormat } from '../../src/data/documents.ts';
import { shortAddress } from '../../src/data/short-address.ts';
import { scriptRuns } from '../../src/i18n/bidi.ts';
import { formatFileSize } from '../../src/i18n/format.ts';
import { templateParts } from '../../src/i18n/template.ts';

describe('a web address as link text', () => {
  it('is the site and the path, without www, when short', () => {
    expect(shortAddress('https://www.example.org/news/holmstad/')).toBe(
      'example.org/news/holmstad',
    );
    expect(shortAddress('https://example.org/')).toBe('example.org');
  });

  it('keeps the host and the last segment of a long address, cut with an ellipsis', () => {
    expect(
      shortAddress(
        'https://lcn.example.org/townsnow/towns-activities/news/final-draft-third-outcome-document-call-action',
      ),
    ).toBe('lcn.example.org/…/final-draft-third-outcome-document-…');
  });

  it('reads escaped letters, and names an archived copy by the address it keeps', () => {
    expect(shortAddress('https://example.org/villa-mar%C3%ADa')).toBe('example.org/villa-maría');
    expect(
      shortAddress('https://web.archive.example/web/20180704032628/http://www.example.org/holm'),
    ).toBe('example.org/holm');
  });
});

describe('Latin runs in right-to-left text', () => {
  it('are cut out with the punctuation inside them, not the sentence’s', () => {
    expect(scriptRuns('أضف إلى التقويم (.ics)')).toEqual([
      { text: 'أضف إلى التقويم (', latin: false },
      { text: '.ics', latin: true },
      { text: ')', latin: false },
    ]);
    expect(scriptRuns('يعرض الأمر npm run translations الجدول.')).toEqual([
      { text: 'يعرض الأمر ', latin: false },
      { text: 'npm run translations', latin: true },
      { text: ' الجدول.', latin: false },
    ]);
  });
});

describe('interface strings with elements for values', () => {
  it('are cut at their placeholders, keeping the locale’s punctuation between them', () => {
    expect(templateParts('{city}، {country}')).toEqual([
      { placeholder: 'city' },
      { text: '، ' },
      { placeholder: 'country' },
    ]);
  });
});

describe('document files', () => {
  it('are named by the format their extension gives', () => {
    expect(documentFormat('declaration-fr.pdf')).toBe('PDF');
    expect(documentFormat('https://example.org/files/guide.EPUB?download=1')).toBe('EPUB');
    expect(documentFormat('https://example.org/declaration')).toBeUndefined();
  });

  it('have their size in the locale’s words, in decimal units', () => {
    expect(formatFileSize(2400, 'en')).toBe('2 kB');
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
    // French puts a narrow no-break space between the number and its unit.
    expect(formatFileSize(1_234_567, 'fr')).toBe('1,2\u202FMo');
  });
});
