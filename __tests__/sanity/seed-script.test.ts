/** @jest-environment node */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { FakeContentLake } from '../support/fake-content-lake';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');

let lake: FakeContentLake;
let apiHost: string;

beforeEach(async () => {
  lake = new FakeContentLake();
  apiHost = await lake.start();
});

afterEach(() => lake.stop());

// The command of `npm run seed`, from package.json, run without npm so the test sets the env.
const [, ...seedArgs] = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { seed: string };
  }
).scripts.seed.split(' ');

async function runSeed(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...seedArgs, ...args], {
      cwd: root,
      env: {
        ...process.env,
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'seedtest',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_WRITE_TOKEN: 'test-token',
        SANITY_API_HOST: apiHost,
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

async function seed(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runSeed(args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

describe('npm run seed', () => {
  it('imports the bundled dataset once and writes nothing the second time', async () => {
    const first = await seed();
    expect(first).toContain('52 to create, 0 different, 0 unchanged');
    expect(lake.mutationCount).toBe(52);

    const second = await seed();
    expect(second).toContain('0 to create, 0 different, 52 unchanged');
    expect(lake.mutationCount).toBe(52);
  }, 60_000);

  it('keeps a document edited in the project unless asked to overwrite', async () => {
    await seed();
    const profile = lake.documents.get('profile');
    lake.documents.set('profile', { ...profile!, name: 'Edited in the Studio' });

    const output = await seed();
    expect(output).toContain('0 to create, 1 different, 51 unchanged');
    expect(output).toContain('kept as they are');
    expect(lake.documents.get('profile')?.name).toBe('Edited in the Studio');

    await seed('--overwrite');
    expect(lake.documents.get('profile')?.name).toBe('Amir Yazdanbakhsh');
  }, 60_000);

  it('reads the project settings from .env.local', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'seed-env-'));
    writeFileSync(
      path.join(directory, '.env.local'),
      [
        'NEXT_PUBLIC_SANITY_PROJECT_ID=seedtest',
        'NEXT_PUBLIC_SANITY_DATASET=production',
        'SANITY_API_WRITE_TOKEN=test-token',
        `SANITY_API_HOST=${apiHost}`,
      ].join('\n'),
    );
    const env = { ...process.env };
    for (const name of [
      'NEXT_PUBLIC_SANITY_PROJECT_ID',
      'NEXT_PUBLIC_SANITY_DATASET',
      'SANITY_API_WRITE_TOKEN',
    ]) {
      delete env[name];
    }
    const args = seedArgs.map((arg) =>
      arg.startsWith('./') || arg.startsWith('scripts/') ? path.join(root, arg) : arg,
    );

    const { stdout } = await run(
      process.execPath,
      [...args, path.join(root, 'sanity', 'dataset', 'production.ndjson'), '--dry-run'],
      { cwd: directory, env },
    );

    expect(stdout).toContain('→ seedtest/production: 52 to create');
  }, 60_000);

  it('rejects an unknown flag without writing', async () => {
    const { code, stderr } = await runSeed(['--dryrun']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown argument --dryrun');
    expect(lake.mutationCount).toBe(0);
  }, 60_000);

  it('treats npm dry-run without -- as a dry run', async () => {
    const { code } = await runSeed([], { npm_config_dry_run: 'true' });
    expect(code).toBe(0);
    expect(lake.mutationCount).toBe(0);
  }, 60_000);

  it('prints one line, not a stack trace, for a missing file', async () => {
    const { code, stderr } = await runSeed(['no-such-file.ndjson']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Import failed: ENOENT: no such file or directory/),
    ]);
  }, 60_000);

  it('writes nothing in a dry run', async () => {
    const output = await seed('--dry-run');
    expect(output).toContain('52 to create');
    expect(lake.mutationCount).toBe(0);
  }, 60_000);
});
