import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkContent,
  displayPathFrom,
  resolveContentDir,
} from '../content-check/check-content.ts';
import { createCheckedReference } from '../content-check/checked-reference.ts';
import type { ValidEntryFile } from '../content-check/validate-file.ts';
import { labelField } from '../data/entry-label.ts';
import { COLLECTION_NAMES } from '../schemas/model.ts';
import type { CollectionName, ReferenceFactory } from '../schemas/reference.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** What the editor tools know of the content before they add to it. */
export interface EditorContext {
  rootDir: string;
  site: SiteConfig;
  /** The content folder, absolute. */
  contentDir: string;
  /** The entries that passed their schema: what references can be chosen from. */
  entries: ValidEntryFile[];
  /** Ids of the entries of each collection. */
  ids: Record<CollectionName, Set<string>>;
  /** The checker's reference schema, so an answer is refused with the checker's words. */
  reference: ReferenceFactory;
  /** A path as messages show it: relative to the project root when inside it. */
  displayPath: (absolutePath: string) => string;
  /** Whether `content/<collection>/<id>/` exists, valid or not. */
  folderExists: (collection: CollectionName, id: string) => boolean;
}

/** Reads the content once, as the checker does, for the prompts and checks of a new entry. */
export async function loadEditorContext(
  rootDir: string,
  site: SiteConfig,
  contentDirOption?: string,
): Promise<EditorContext> {
  const contentDir = resolveContentDir(rootDir, site, contentDirOption);
  const { entries } = await checkContent({ rootDir, site, contentDir });
  const ids = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      new Set(
        entries
          .filter((entry) => entry.collection === name && !entry.locale)
          .map((entry) => entry.id),
      ),
    ]),
  ) as EditorContext['ids'];
  const displayPath = displayPathFrom(rootDir);
  return {
    rootDir,
    site,
    contentDir,
    entries,
    ids,
    reference: createCheckedReference(ids, displayPath(contentDir)),
    displayPath,
    folderExists: (collection, id) => existsSync(join(contentDir, collection, id)),
  };
}

/**
 * Records an entry written during this run, so the questions that follow offer it too: a
 * new city chosen as `city` can then be chosen among the `hostCities`.
 */
export function addCreatedEntry(
  context: EditorContext,
  entry: { collection: CollectionName; id: string; path: string; data: Record<string, unknown> },
): void {
  context.ids[entry.collection].add(entry.id);
  context.entries.push({
    ...entry,
    absolutePath: entry.path,
    written: entry.data,
    lineOf: () => 1,
    body: '',
    bodyLine: 1,
  });
}

/** How an existing entry is named in lists to choose from: its title or name. */
export function labelOf(entry: ValidEntryFile): string {
  return String(entry.data[labelField(entry.collection)] ?? entry.id);
}
