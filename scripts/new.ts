/**
 * `npm run new`: adds an entry to the content, asking for each field in the terminal, or
 * from flags, then runs the checker on it. Exits with 1 when nothing could be created or
 * the checker finds an error in what was.
 *
 *   npm run new                                   asks what to add, then each field
 *   npm run new -- event                          asks each field of a new event
 *   npm run new -- event --title "…" --type regional-meeting --start 2025-03-04 \
 *     --attendance in-person --city lisbon --source https://…   no questions
 *   npm run new -- translation --of events/<id> --locale fr
 *
 * Kinds: the `kind` of each collection in src/schemas/model.ts (event, series, statement,
 * …), and translation. `--id` chooses the folder name; `--content DIR` another content folder.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { select } from '@inquirer/prompts';
import site from '../annals.config.ts';
import { loadEditorContext } from '../src/editor/editor-context.ts';
import { collectionOfKind, NEW_KINDS } from '../src/editor/new-kinds.ts';
import { askNewEntry, askTranslation } from './lib/ask-entry.ts';
import { exitWithUsage, UsageError } from './lib/cli.ts';
import { createFromFlags, translateFromFlags } from './lib/new-from-flags.ts';
import { reportNewFiles } from './lib/report-new.ts';

const KINDS = [...Object.keys(NEW_KINDS), 'translation'];
const COMMAND = { usage: 'npm run new -- <kind> [--field value …]' };
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
// A first, loose reading for the kind and the content folder; each mode then reads the
// flags strictly, knowing which ones its kind takes.
const { positionals, values } = parseArgs({
  args,
  strict: false,
  allowPositionals: true,
  options: { content: { type: 'string' } },
});

const context = await loadEditorContext(rootDir, site, values.content as string | undefined);

/** Creates what the arguments ask for; returns the paths written. */
async function run(): Promise<string[]> {
  if (!positionals[0] && values.help) {
    console.log(
      `Usage: ${COMMAND.usage}\n\nAdds an entry; without flags, it asks for each field.\nKinds: ${KINDS.join(', ')}.\nnpm run new -- <kind> --help lists the flags of a kind; npm run new -- translation --of events/<id> --locale fr drafts a translation.`,
    );
    return [];
  }
  // Flags other than --content mean a script is calling: no questions.
  const flag = Object.keys(values).find((name) => name !== 'content');
  const flagMode = flag !== undefined;
  if (!positionals[0] && flagMode) {
    throw new UsageError(`unknown option --${flag}; the flags of an entry come after its kind`);
  }
  const kind =
    positionals[0] ?? (await select({ message: 'What do you want to add?', choices: KINDS }));
  // With flags, each mode reads its arguments strictly and finds a stray one itself.
  if (!flagMode && positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`);
  }
  if (kind === 'translation') {
    return flagMode ? translateFromFlags(context, args) : [await askTranslation(context)];
  }
  const collection = collectionOfKind(kind);
  if (!collection) {
    throw new UsageError(`'${kind}' is not something to add; use one of: ${KINDS.join(', ')}`);
  }
  if (flagMode) return createFromFlags(context, collection, args);
  const created: string[] = [];
  await askNewEntry(context, collection, created);
  return created;
}

try {
  const created = await run();
  if (created.length) process.exitCode = (await reportNewFiles(context, created)) ? 1 : 0;
} catch (error) {
  // An editor closing the prompts with Ctrl+C is no error to explain.
  if ((error as Error).name === 'ExitPromptError') process.exitCode = 130;
  else if (error instanceof UsageError) exitWithUsage(COMMAND, error.message);
  else {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
