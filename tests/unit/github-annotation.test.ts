import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../scripts/lib/github-annotation.ts';

describe('a problem as a GitHub annotation', () => {
  it('names the file, line and field, and holds the message', () => {
    expect(
      githubAnnotation({
        file: 'content/events/x/index.md',
        line: 9,
        field: 'city',
        message:
          "refers to content/cities/lisbn/index.md, which does not exist; did you mean 'lisbon'?",
        severity: 'error',
      }),
    ).toBe(
      "::error file=content/events/x/index.md,line=9,title=city::refers to content/cities/lisbn/index.md, which does not exist; did you mean 'lisbon'?",
    );
  });

  it('escapes what GitHub reads as syntax: % and line breaks everywhere, , and : in properties', () => {
    expect(
      githubAnnotation({
        file: 'content/a,b:c/index.md',
        line: 1,
        field: 'figures.share: 50%',
        message: '100% sure\r\nsecond line',
        severity: 'warning',
      }),
    ).toBe(
      '::warning file=content/a%2Cb%3Ac/index.md,line=1,title=figures.share%3A 50%25::100%25 sure%0D%0Asecond line',
    );
  });

  it('gives a problem without a field a title of its own', () => {
    expect(githubAnnotation({ file: 'content/x', line: 1, message: 'm', severity: 'error' })).toBe(
      '::error file=content/x,line=1,title=content check::m',
    );
  });
});
