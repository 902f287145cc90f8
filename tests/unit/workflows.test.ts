import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/check.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  'runs-on': string;
  container?: string | { image: string };
  needs?: string;
  environment?: { name: string };
  steps: Step[];
}

interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (path: string) => readFile(join(PROJECT_ROOT, path), 'utf8');
const readWorkflow = async (name: string) =>
  parse(await read(`.github/workflows/${name}`)) as Workflow;

let check: Workflow;
let publish: Workflow;
let scripts: Record<string, string>;
let nodeMajor: number;
let nodeVersionFile: string;
let astroNeeds: number;

beforeAll(async () => {
  [check, publish] = await Promise.all([readWorkflow('check.yml'), readWorkflow('publish.yml')]);
  const project = JSON.parse(await read('package.json'));
  scripts = project.scripts;
  nodeMajor = Number(/\d+/.exec(project.devDependencies.node)?.[0]);
  nodeVersionFile = (await read('.node-version')).trim();
  const astro = JSON.parse(await read('node_modules/astro/package.json'));
  astroNeeds = Number(/\d+/.exec(astro.engines.node)?.[0]);
});

const stepsOf = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const commandsOf = (workflow: Workflow) =>
  stepsOf(workflow).flatMap((step) => (step.run ? step.run.split(/\s*&&\s*|\n/) : []));
const actionsOf = (workflow: Workflow) =>
  stepsOf(workflow).flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));

/** The npm commands a workflow runs, in order: `ci`, `run check`, `test`, … */
const npmCommandsOf = (workflow: Workflow) =>
  commandsOf(workflow).flatMap((command) => {
    const npm = /^npm (ci|test|run [\w:-]+)/.exec(command.trim());
    return npm ? [npm[1]!] : [];
  });

/** The Node.js major version a job runs: its container image's, or setup-node's. */
function nodeOf(job: Job): number | undefined {
  const image = typeof job.container === 'string' ? job.container : job.container?.image;
  const fromImage = image && /^node:(\d+)/.exec(image)?.[1];
  const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
  const fromFile = setup?.with?.['node-version-file'] === '.node-version' && nodeVersionFile;
  const version = fromImage || fromFile || setup?.with?.['node-version'];
  return version === undefined ? undefined : Number(version);
}

describe('the pull request workflow', () => {
  it('runs on every pull request, and on main for the pull requests to start from', () => {
    expect(Object.keys(check.on)).toEqual(['pull_request', 'push']);
    expect(check.on.pull_request).toBeNull();
    expect(check.on.push).toEqual({ branches: ['main'] });
    expect(check.permissions).toEqual({ contents: 'read' });
  });

  it('installs, checks with annotations, builds and runs the content gates, in that order', () => {
    expect(npmCommandsOf(check)).toEqual(['ci', 'run check', 'run build', 'run gates']);
    expect(commandsOf(check)).toContain('npm run check -- --format github');
  });

  it('keeps the built site as an artifact to preview', () => {
    const upload = stepsOf(check).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });
});

describe('the publishing workflow', () => {
  it('runs on every push to main, and by hand', () => {
    expect(publish.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
  });

  it('has the permissions GitHub Pages needs, and no more', () => {
    expect(publish.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds with the Pages address and base path, then deploys with the official actions', () => {
    expect(actionsOf(publish)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/cache',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
    const build = stepsOf(publish).find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      ANNALS_URL: '${{ steps.pages.outputs.origin }}',
      ANNALS_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
    const upload = stepsOf(publish).find((step) => step.uses?.includes('upload-pages-artifact'));
    expect(upload?.with?.path).toBe('dist/');
    expect(publish.jobs.deploy).toMatchObject({
      needs: 'build',
      environment: { name: 'github-pages' },
    });
  });
});

/** The step restoring Astro's cache of the previous build, and the steps around it. */
function cacheStepOf(workflow: Workflow) {
  const steps = stepsOf(workflow);
  const index = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
  return { cache: steps[index], before: steps.slice(0, index), after: steps.slice(index + 1) };
}

describe('the cache of the previous build', () => {
  it('holds Astro’s cache folder, where Astro keeps the pages it built and their keys', async () => {
    const config = await read('astro.config.mjs');
    expect(config).toMatch(/incrementalBuild: true/);
    for (const workflow of [check, publish]) {
      expect(cacheStepOf(workflow).cache?.with?.path).toBe('node_modules/.astro');
    }
  });

  it('is restored after npm ci, which empties node_modules, and before the build', () => {
    for (const workflow of [check, publish]) {
      const { before, after } = cacheStepOf(workflow);
      expect(before.some((step) => step.run === 'npm ci')).toBe(true);
      expect(after.some((step) => step.run === 'npm run build')).toBe(true);
    }
  });

  it('is keyed on the lockfile and the configuration, and falls back to the branch, then main', () => {
    const files = "hashFiles('package-lock.json', 'astro.config.mjs', 'annals.config.ts')";
    for (const workflow of [check, publish]) {
      const { cache } = cacheStepOf(workflow);
      expect(cache?.with?.key).toContain(files);
      expect(cache?.with?.key).toMatch(/github\.sha \}\}$/);
      const restoreKeys = String(cache?.with?.['restore-keys']).trim().split('\n');
      expect(restoreKeys.length).toBeGreaterThan(0);
      for (const prefix of restoreKeys) {
        expect(prefix).toContain(files);
        expect(String(cache?.with?.key).startsWith(prefix.replace(/main-$/, ''))).toBe(true);
      }
    }
    const pullRequest = String(cacheStepOf(check).cache?.with?.['restore-keys']);
    expect(pullRequest).toContain('${{ github.head_ref || github.ref_name }}-\n');
    expect(pullRequest).toMatch(/-main-\n?$/);
  });
});

describe('both workflows', () => {
  it('call only npm scripts that package.json defines', () => {
    const used = [...npmCommandsOf(check), ...npmCommandsOf(publish)]
      .filter((command) => command.startsWith('run '))
      .map((command) => command.slice('run '.length));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('fetch the whole history and fix the build day to the commit', () => {
    for (const workflow of [check, publish]) {
      const checkout = stepsOf(workflow).find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth']).toBe(0);
      expect(commandsOf(workflow)).toContain(
        'echo "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" >> "$GITHUB_ENV"',
      );
    }
  });

  it('run the Node.js version the project installs, which Astro supports', () => {
    const building = [check.jobs.check!, publish.jobs.build!];
    expect(building.map(nodeOf)).toEqual([nodeMajor, nodeMajor]);
    // Netlify and Cloudflare Pages read .node-version too.
    expect(Number(nodeVersionFile)).toBe(nodeMajor);
    expect(nodeMajor).toBeGreaterThanOrEqual(astroNeeds);
  });
});
