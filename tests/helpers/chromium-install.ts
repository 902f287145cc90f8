import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Where Debian's `chromium` package puts the browser; the tests use no other. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Debian packages for the browser tests: the browser, and a CJK font so that Chinese pages
 * render in screenshots instead of showing empty boxes (Arabic is covered by Chromium's own).
 */
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

export const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`;

/** Runs a command with its output shown, and returns its exit code. */
export type RunCommand = (command: string, args: string[]) => number | null;

const runShown: RunCommand = (command, args) =>
  spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface EnsureChromiumOptions {
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
  run?: RunCommand;
}

/**
 * Makes sure Debian's Chromium is there for the browser tests. On CI (`CI=true`), which runs
 * as root on a fresh machine, it installs the package, printing what it does; anywhere else
 * it stops with the command that installs it, since installing needs the developer's consent.
 */
export function ensureChromium(options: EnsureChromiumOptions = {}): void {
  const { executablePath = CHROMIUM_PATH, env = process.env, run = runShown } = options;
  if (isExecutable(executablePath)) return;
  if (env.CI !== 'true') {
    throw new Error(
      `The browser tests need Chromium at ${executablePath}, and it is not there. Install it with:\n  ${INSTALL_COMMAND}`,
    );
  }
  console.warn(`Chromium is not at ${executablePath}; CI=true, so installing it:`);
  for (const args of [['update'], ['install', '-y', ...PACKAGES]]) {
    console.warn(`$ apt-get ${args.join(' ')}`);
    const status = run('apt-get', args);
    if (status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${status}`);
  }
  if (!isExecutable(executablePath)) {
    throw new Error(`apt-get installed chromium, but ${executablePath} is still missing`);
  }
}
