// The production build that the benchmarks measure: the bundled dataset, no Sanity project,
// built into .next-bench once, so every benchmark script can serve the same build.
import { spawn } from 'node:child_process';
import path from 'node:path';

import { type StartedServer, startServer } from '../../e2e/server.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * The environment of the build and the server. Next.js does not override a variable that the
 * environment already has, even an empty one, so the empty values keep .env.local out.
 */
export const BENCH_ENVIRONMENT: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_PUBLIC_SANITY_PROJECT_ID: '',
  NEXT_PUBLIC_SANITY_DATASET: '',
  SANITY_API_READ_TOKEN: '',
  NEXT_TELEMETRY_DISABLED: '1',
  // A production build needs the public origin. Canonical URLs point at it, and nothing fetches
  // it: the benchmarks request only the server they start, on a free port.
  NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3000',
  NEXT_DIST_DIR: '.next-bench',
};

/** Raised when `next build` fails. Its output goes to the terminal. */
export class BenchBuildError extends Error {
  override name = 'BenchBuildError';
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: root,
      env: BENCH_ENVIRONMENT,
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

/**
 * Builds the site into .next-bench, unless BENCH_SKIP_BUILD=1 requests the last build
 * there, then serves it with `next start` on a free port of 127.0.0.1. `serverEnvironment` adds
 * variables to the server's environment and not to the build's.
 */
export async function serveProductionBuild(
  serverEnvironment: Record<string, string> = {},
): Promise<StartedServer> {
  if (process.env.BENCH_SKIP_BUILD !== '1') await build();
  return startServer({ ...BENCH_ENVIRONMENT, ...serverEnvironment });
}

/** Absolute path of a file under the repository root, such as "bench/results". */
export function fromRoot(...segments: string[]): string {
  return path.join(root, ...segments);
}
