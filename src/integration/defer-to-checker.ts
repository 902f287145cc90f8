import type { Loader } from 'astro/loaders';
import { lastCheckHasErrors } from './content-errors.ts';
import { noteEntrySync } from './kept-entries.ts';

/**
 * A content loader that leaves content errors to the checker. In `astro dev`, while the last
 * check found errors, an entry that Astro's own schema validation refuses is kept as written
 * instead of failing the sync, so the terminal shows the checker's `file:line: field:
 * message` once, not Astro's `****: Unrecognized key` after it. No page is rendered from it
 * meanwhile: the dev middleware answers every request with the checker's errors, and once the
 * check passes, pages wait until Astro has synced the file again (dev-content-gate.ts). In a
 * build the check stops first, so this never applies there.
 */
export function deferToChecker(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ?? props.id;
          try {
            const parsed = await context.parseData(props);
            noteEntrySync(file, 'parsed');
            return parsed;
          } catch (error) {
            if (!lastCheckHasErrors()) throw error;
            noteEntrySync(file, 'kept');
            return props.data;
          }
        },
      }),
  };
}
