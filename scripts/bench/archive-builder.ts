import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { parseFrontMatter } from '../../src/content-check/front-matter.ts';
import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import { sourceFingerprint } from '../../src/i18n/translation-status.ts';
import { CONTENT_MODEL, type CollectionModel } from '../../src/schemas/model.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';
import type { ContentTree } from '../../tests/helpers/content-tree.ts';
import type { Random } from './random.ts';
import type { Locale } from './text.ts';

/** How a translation records its source: up to date, outdated, or not at all. */
type Stamp = 'current' | 'stale' | undefined;

interface PendingTranslation {
  path: string;
  sourcePath: string;
  collection: CollectionName;
  data: Record<string, unknown>;
  body: string;
  stamp: Stamp;
}

/**
 * YAML as editors write it: quoted where js-yaml (YAML 1.1, Astro's reader) would misread a
 * value, such as a time `09:00`, but with full dates left bare, as in the shipped content.
 */
function toYaml(data: Record<string, unknown>): string {
  return stringify(data, { version: '1.1', lineWidth: 0 }).replace(
    /^(\s*(?:- )?[\w]+: )"(\d{4}-\d{2}-\d{2})"$/gm,
    '$1$2',
  );
}

function toMarkdown(data: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(data)}---\n${body ? `\n${body}` : ''}`;
}

/** Collects the files of a synthetic archive, then stamps translations with fingerprints. */
export function createArchiveBuilder(random: Random) {
  const files = new Map<string, string>();
  const translations: PendingTranslation[] = [];
  return {
    /** An entry's `index` file: its facts and English text. */
    addEntry(collection: CollectionName, id: string, data: Record<string, unknown>, body = '') {
      const extension = CONTENT_MODEL[collection].extension;
      files.set(`${collection}/${id}/index${extension}`, toMarkdown(data, body));
    },
    /** A translation; some record the fingerprint of their source, some an outdated one. */
    addTranslation(
      collection: CollectionName,
      id: string,
      locale: Locale,
      data: Record<string, unknown>,
      body = '',
    ) {
      const extension = CONTENT_MODEL[collection].extension;
      const roll = random.next();
      translations.push({
        path: `${collection}/${id}/${locale}${extension}`,
        sourcePath: `${collection}/${id}/index${extension}`,
        collection,
        data,
        body,
        stamp: roll < 0.4 ? 'current' : roll < 0.5 ? 'stale' : undefined,
      });
    },
    /** Every file, sorted by path, so the same archive always serialises the same way. */
    toTree(): ContentTree {
      for (const translation of translations) {
        const source = files.get(translation.sourcePath) ?? '';
        const data = { ...translation.data };
        if (translation.stamp) data.translatedFrom = fingerprintOf(translation, source);
        files.set(translation.path, toMarkdown(data, translation.body));
      }
      return Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
    },
  };
}

/** What `npm run translations -- --stamp` would record, or a fingerprint that no longer fits. */
function fingerprintOf(translation: PendingTranslation, sourceText: string): string {
  if (translation.stamp === 'stale') return '0badf00d';
  const parsed = parseFrontMatter(sourceText);
  const model: CollectionModel = CONTENT_MODEL[translation.collection];
  const schema = model.createFactsSchema(
    () => z.string(),
    () => z.string(),
  );
  const data = schema.parse(parsed.data) as Record<string, unknown>;
  return sourceFingerprint({
    collection: translation.collection,
    data,
    body: parsed.body,
  } as ValidEntryFile);
}

export type ArchiveBuilder = ReturnType<typeof createArchiveBuilder>;
