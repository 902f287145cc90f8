import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/check.ts';

const run = promisify(execFile);
const BENCH = join(PROJECT_ROOT, 'scripts', 'bench.ts');

/** Runs `npm run bench` with arguments that stop it before it builds anything. */
async function bench(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BENCH, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run bench, given options it cannot use', () => {
  it('lists its options with --help', async () => {
    const { code, stdout } = await bench('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--events N');
    expect(stdout).toContain('--record');
    expect(stdout).toContain('--profile');
  });

  it('names an unknown option, with the one meant and the usage, on one line', async () => {
    const { code, stderr } = await bench('--event', '10');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'unknown option --event (did you mean --events?); usage: npm run bench -- [--events N] [--runs N] [--skip-baseline] [--skip-rebuild] [--keep] [--record] [--query TEXT] [--profile] (--help explains)\n',
    );
  });

  it('asks for whole numbers of events and runs', async () => {
    const { code, stderr } = await bench('--events', 'ten');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--events and --runs take whole numbers of 1 or more; usage: /);
  });
});
