import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureChromium, type RunCommand } from '../helpers/chromium-install.ts';

let executablePath = '';
let commands: string[] = [];

/** Stands in for apt-get: records the command, and "installs" the browser when asked to. */
const fakeAptGet =
  (installWorks: boolean): RunCommand =>
  (command, args) => {
    commands.push([command, ...args].join(' '));
    if (args[0] === 'install' && installWorks) writeFileSync(executablePath, '', { mode: 0o755 });
    return installWorks ? 0 : 100;
  };

beforeEach(async () => {
  executablePath = join(await mkdtemp(join(tmpdir(), 'annals-chromium-')), 'chromium');
  commands = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('finding Chromium for the browser tests', () => {
  it('outside CI, stops with the command that installs it, and installs nothing', () => {
    expect(() => ensureChromium({ executablePath, env: {}, run: fakeAptGet(true) })).toThrow(
      `The browser tests need Chromium at ${executablePath}, and it is not there. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk`,
    );
    expect(commands).toEqual([]);
  });

  it('on CI, installs Debian’s package, says so, and goes on', () => {
    ensureChromium({ executablePath, env: { CI: 'true' }, run: fakeAptGet(true) });
    expect(commands).toEqual(['apt-get update', 'apt-get install -y chromium fonts-noto-cjk']);
    expect(console.warn).toHaveBeenCalledWith('$ apt-get install -y chromium fonts-noto-cjk');
  });

  it('on CI, stops at the first apt-get command that fails', () => {
    expect(() =>
      ensureChromium({ executablePath, env: { CI: 'true' }, run: fakeAptGet(false) }),
    ).toThrow('apt-get update failed with exit code 100');
    expect(commands).toEqual(['apt-get update']);
  });

  it('does nothing when the browser is already there', () => {
    writeFileSync(executablePath, '', { mode: 0o755 });
    ensureChromium({ executablePath, env: { CI: 'true' }, run: fakeAptGet(true) });
    expect(commands).toEqual([]);
  });
});
