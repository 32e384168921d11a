// The environment and the `next build` step that the benchmarks share. Each benchmark builds into
// its own dist dir, so one never serves or overwrites another's build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Returns the environment for a build of the bundled dataset into `distDir`, whatever .env.local
 * sets: Next.js does not override a variable that the environment already has, even an empty one.
 */
export function benchEnvironment(distDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    NEXT_PUBLIC_SANITY_DATASET: '',
    SANITY_API_READ_TOKEN: '',
    NEXT_TELEMETRY_DISABLED: '1',
    // A production build needs the public origin; the benchmarks never follow an absolute link.
    NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3000',
    NEXT_DIST_DIR: distDir,
  };
}

/** Runs `next build` with `environment`, printing its output, and rejects when it fails. */
export function buildSite(environment: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: root,
      env: environment,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
}

/** Throws when `distDir` contains no finished build, naming the command that makes one. */
export function assertBuilt(distDir: string, buildCommand: string): void {
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(
      `No production build in ${distDir}: run \`${buildCommand}\` without BENCH_SKIP_BUILD=1 once.`,
    );
  }
}
