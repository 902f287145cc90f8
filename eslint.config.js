// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.test-build/', 'test-results/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Components and layouts only render: a route asks the query layer for a view
    // (src/data/views/) and passes it down, so a component never fetches entries itself.
    // The exception is the MDX components editors write into documentation pages by name
    // (<EventList>, <ActionPoints>): nothing hands them a view, so they read the archive.
    files: ['src/components/**', 'src/layouts/**'],
    ignores: ['src/components/mdx/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)data/archive(\\.ts)?$',
              message:
                'Components and layouts take a view from src/data/views/ as props; only the route calls getArchive().',
            },
          ],
          paths: [
            {
              name: 'astro:content',
              message:
                'Components and layouts do not fetch or render entries; the route passes what they show.',
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration files run in Node.
    files: ['*.js', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  {
    // Command-line scripts talk to the terminal; everything else logs through Astro.
    files: ['scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
