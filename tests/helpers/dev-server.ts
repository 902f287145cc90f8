import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { astroCacheDir } from '../../src/integration/cache-dir.ts';
import { holdAstroLock } from './astro-lock.ts';
import { PROJECT_ROOT } from './check.ts';

/** A free port on the loopback interface, found by letting the system choose one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `astro dev` on 127.0.0.1 with another content folder, as `npm run dev` does, and
 * resolves once it serves. `stop()` ends it; `output()` is everything it has printed.
 * `extraEnv` adds to its environment.
 */
export async function startDevServer(contentDir: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const port = await freePort();
  // Astro's dev server serves no page when it sees VITEST (it assumes it runs inside a
  // test's Vite), and NODE_ENV=test changes how Vite serves; an editor's shell has neither.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
  );
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // It writes the project's .astro/ folder as a build does, for as long as it runs.
  const release = await holdAstroLock();
  const child = spawn(
    process.execPath,
    // --ignore-lock: Astro allows one tracked dev server per project, and a developer's own
    // `npm run dev` must not make the test fail (nor the test stop theirs).
    [astro, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--ignore-lock'],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...env,
        NODE_ENV: 'development',
        ANNALS_CONTENT_DIR: contentDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        ...extraEnv,
      },
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`http://127.0.0.1:${port}/`)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      void release().then(() => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      await new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill();
      });
      await release();
      // The test's content folder is temporary, and so is the cache Astro kept of it.
      await rm(astroCacheDir(PROJECT_ROOT, contentDir), { recursive: true, force: true });
    },
  };
}
