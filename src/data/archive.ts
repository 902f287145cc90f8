import { refuseCheckedContent } from '../integration/dev-content-gate.ts';
import { COLLECTION_NAMES } from '../schemas/model.ts';
import { joinArchive, type Archive, type EntriesByCollection } from './join-archive.ts';
import { loadCollection } from './load-archive.ts';
import { REGIONS } from './regions.ts';

export type { Archive, EventPlace } from './join-archive.ts';

/** Every collection of the content model, loaded with its translations. */
async function loadArchive(): Promise<EntriesByCollection> {
  const lists = await Promise.all(COLLECTION_NAMES.map((name) => loadCollection(name)));
  return Object.fromEntries(
    COLLECTION_NAMES.map((name, index) => [name, lists[index]]),
  ) as EntriesByCollection;
}

let archive: Promise<Archive> | undefined;

/** The archive, loaded and joined once per build and shared by every page. */
export function getArchive(): Promise<Archive> {
  // In `astro dev`, content the checker refused never reaches a page (dev-content-gate.ts).
  if (import.meta.env.DEV) return refuseCheckedContent().then(joinedArchive);
  return joinedArchive();
}

function joinedArchive(): Promise<Archive> {
  archive ??= loadArchive().then((loaded) => joinArchive(loaded, REGIONS));
  return archive;
}
