// The production builds that the benchmarks measure: the bundled dataset, no Sanity project.
// The page benchmarks share one build in .next-bench. A benchmark that needs another environment,
// such as a Sanity stand-in or a generated dataset, builds into its own dist dir, so that it never
// serves or overwrites another benchmark's build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { type StartedServer, startServer } from '../../e2e/server.ts';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Returns the environment of a build into `distDir` and of its server. Next.js does not override a
 * variable that the environment already has, even an empty one, so the empty values keep
 * .env.local out.
 */
export function benchEnvironment(distDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    NEXT_PUBLIC_SANITY_DATASET: '',
    SANITY_API_READ_TOKEN: '',
    NEXT_TELEMETRY_DISABLED: '1',
    // A production build needs the public origin. Canonical URLs point at it, and nothing fetches
    // it: the benchmarks request only the servers they start, on free ports.
    NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3000',
    NEXT_DIST_DIR: distDir,
  };
}

export const BENCH_ENVIRONMENT = benchEnvironment('.next-bench');

/** Raised when `next build` fails. Its output goes to the terminal. */
export class BenchBuildError extends Error {
  override name = 'BenchBuildError';
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
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new BenchBuildError(`next build exited with code ${code} (signal ${signal})`)),
    );
  });
}

/** Throws when `distDir` contains no finished build, naming the command that makes one. */
export function assertBuilt(distDir: string, buildCommand: string): void {
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new BenchBuildError(
      `No production build in ${distDir}: run \`${buildCommand}\` without BENCH_SKIP_BUILD=1 once.`,
    );
  }
}

/**
 * Builds the site into .next-bench, unless BENCH_SKIP_BUILD=1 requests the last build
 * there, then serves it with `next start` on a free port of 127.0.0.1. `serverEnvironment` adds
 * variables to the server's environment and not to the build's.
 */
export async function serveProductionBuild(
  serverEnvironment: Record<string, string> = {},
): Promise<StartedServer> {
  if (process.env.BENCH_SKIP_BUILD === '1') {
    assertBuilt('.next-bench', 'npm run bench');
  } else {
    await buildSite(BENCH_ENVIRONMENT);
  }
  return startServer({ ...BENCH_ENVIRONMENT, ...serverEnvironment });
}

/** Absolute path of a file under the repository root, such as "bench/results". */
export function fromRoot(...segments: string[]): string {
  return path.join(root, ...segments);
}
