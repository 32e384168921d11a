// Builds the site, serves it with `next start` on 127.0.0.1, runs the end-to-end tests against
// it with Node's test runner, and stops the server. Set E2E_SKIP_BUILD=1 to reuse the last test
// build in `.next-e2e`. Words after the command pick test files by name: `npm run test:e2e -- cv`.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { E2E_ENVIRONMENT } from './environment.ts';
import { freePort, waitUntilServing } from './server.ts';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const env = { ...process.env, ...E2E_ENVIRONMENT };

  if (process.env.E2E_SKIP_BUILD !== '1') {
    const built = await run(process.execPath, [nextBin, 'build'], env);
    if (built !== 0) return built;
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );

  try {
    await waitUntilServing(baseUrl, server);
    const only = process.argv.slice(2);
    const testFiles = readdirSync(path.join(root, 'e2e'))
      .filter((name) => name.endsWith('.test.ts'))
      .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
      .map((name) => path.join('e2e', name));
    return await run(
      process.execPath,
      [
        // The tests import a helper from __tests__/, which has no package.json of its own.
        '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
        '--test',
        '--test-reporter=spec',
        '--test-concurrency=1',
        ...testFiles,
      ],
      {
        ...env,
        BASE_URL: baseUrl,
      },
    );
  } finally {
    server.kill('SIGTERM');
  }
}

process.exitCode = await main();
