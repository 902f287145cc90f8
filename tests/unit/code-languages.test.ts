import { describe, expect, it } from 'vitest';
import { codeLanguages } from '../../src/integration/code-languages.ts';

describe('the code languages loaded before pages render', () => {
  it('are the languages the bodies’ fences name, with YAML for front matter, sorted', () => {
    const bodies = [
      'Text\n\n```sh\nnpm run check\n```\n',
      '~~~ JSON\n{}\n~~~\n\n   ```mdx title="page.mdx"\n---\n---\n```\n',
    ];
    expect(codeLanguages(bodies)).toEqual(['json', 'mdx', 'sh', 'yaml']);
  });

  it('include the fences nested in a longer fence', () => {
    expect(codeLanguages(['````md\n```python\nprint(1)\n```\n````\n'])).toEqual([
      'md',
      'python',
      'yaml',
    ]);
  });

  it('leave out what Shiki does not know, fences without a language, and indented code', () => {
    expect(codeLanguages(['```klingon\nx\n```\n```\nplain\n```\n    ```ruby\n'])).toEqual(['yaml']);
  });
});
