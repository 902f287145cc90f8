/**
 * `npm run init`: turns this project into another network's archive. Asks for the site's
 * address, languages, names and region scheme, or takes them as flags; writes
 * annals.config.ts; replaces content/ with a starter (one series, event, city, organisation
 * and statement, and the Editors' guide); checks it; and lists its pages as the published
 * URLs to keep. Refuses to run on uncommitted changes unless given --force.
 *
 *   npm run init                                asks for each setting
 *   npm run init -- --url https://archive.example.net --locales en,fr \
 *     --title "en=Our archive" --title "fr=Nos archives" --description "en=…"   no questions
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import currentSite from '../annals.config.ts';
import { SiteConfigSchema } from '../src/schemas/site-config.ts';
import { askNewSite, INIT_COMMAND, newSiteFromFlags } from './init/init-answers.ts';
import { exitWithUsage, readCommandLine, UsageError } from './lib/cli.ts';
import { siteConfigInput, siteConfigSource, type NewSite } from './init/site-source.ts';
import { writeStarterContent } from './init/starter-content.ts';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** Why the working tree may not be overwritten, or undefined when it may. */
function uncommittedChanges(): string | undefined {
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: rootDir, encoding: 'utf8' });
  if (status.status !== 0)
    return 'this folder is not a git working tree, so nothing could be restored';
  const changed = status.stdout.split('\n').filter(Boolean).length;
  if (!changed) return undefined;
  return `${changed} ${changed === 1 ? 'file has' : 'files have'} uncommitted changes`;
}

/** Runs another script of the project with the new configuration, in its own process. */
function runScript(script: string): boolean {
  const run = spawnSync(process.execPath, [join(rootDir, 'scripts', script)], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, ANNALS_CONTENT_DIR: '' },
  });
  return run.status === 0;
}

async function main(): Promise<number> {
  const { values } = readCommandLine(INIT_COMMAND);
  const refusal = values.force ? undefined : uncommittedChanges();
  if (refusal) {
    console.error(
      `npm run init replaces annals.config.ts and content/, but ${refusal}. Commit or stash them first, or run it with --force.`,
    );
    return 1;
  }
  const flagMode = Object.keys(values).some((name) => name !== 'force');
  const site: NewSite = flagMode
    ? newSiteFromFlags(values, currentSite)
    : await askNewSite(currentSite);
  const parsed = SiteConfigSchema.safeParse(siteConfigInput(site));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    console.error(`Nothing was written; the settings have problems:\n${lines.join('\n')}`);
    return 2;
  }
  const configFile = join(rootDir, 'annals.config.ts');
  await writeFile(configFile, await siteConfigSource(site, configFile));
  const translationLocales = site.locales.filter((code) => code !== site.defaultLocale);
  await writeStarterContent(join(rootDir, currentSite.contentDir), translationLocales);
  console.log(`Wrote annals.config.ts and a starter archive in ${currentSite.contentDir}/.`);
  if (!runScript('check.ts') || !runScript('urls.ts')) return 1;
  console.log(
    'Next: npm run dev to look at it, npm run new to add entries, and commit the result.',
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if ((error as Error).name === 'ExitPromptError') process.exitCode = 130;
  else if (error instanceof UsageError) exitWithUsage(INIT_COMMAND, error.message);
  else {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
