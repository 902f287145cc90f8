import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from './text.ts';

/**
 * The smallest Astro project that shows the same events: one glob collection over every
 * event's `index.md` and translations, one page per event and locale with the translated
 * title and body where there is one, no integrations. It measures what Astro itself costs
 * for these entries, so our time can be read as a ratio to it.
 */
function baselineFiles(contentDir: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'annals-bench-baseline', private: true, type: 'module' })}\n`,
    // Its own caches, so nothing is written into the symlinked node_modules of the project.
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://example.org', cacheDir: './.cache', vite: { cacheDir: './.cache/vite' } });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  events: defineCollection({
    loader: glob({
      base: ${JSON.stringify(join(contentDir, 'events'))},
      pattern: '*/*.md',
      generateId: ({ entry }) => entry.replace(/\\.md$/, ''),
    }),
  }),
};
`,
    'src/pages/[lang]/[slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const files = await getCollection('events');
  const byId = new Map(files.map((file) => [file.id, file]));
  const facts = files.filter((file) => file.id.endsWith('/index'));
  return ${JSON.stringify(LOCALES)}.flatMap((lang) =>
    facts.map((entry) => {
      const slug = entry.id.slice(0, -'/index'.length);
      return { params: { lang, slug }, props: { entry, translation: byId.get(\`\${slug}/\${lang}\`) } };
    }),
  );
}
const { entry, translation } = Astro.props;
const { lang } = Astro.params;
const shown = translation?.body?.trim() ? translation : entry;
const { Content } = await render(shown);
const title = translation?.data.title ?? entry.data.title;
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><p>{translation?.data.summary ?? entry.data.summary}</p><Content /></main></body>
</html>
`,
  };
}

/** Writes the baseline project into `dir`, using the project's installed Astro. */
export async function createBaselineProject(
  dir: string,
  contentDir: string,
  projectRoot: string,
): Promise<void> {
  for (const [path, text] of Object.entries(baselineFiles(contentDir))) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
