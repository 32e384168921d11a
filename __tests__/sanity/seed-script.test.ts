/** @jest-environment node */
import { execFile } from 'node:child_process';
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

async function seed(...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
      '--import',
      './scripts/lib/register-sanity-loader.mjs',
      'scripts/seed-sanity.ts',
      ...args,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'seedtest',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_WRITE_TOKEN: 'test-token',
        SANITY_API_HOST: apiHost,
      },
    },
  );
  return stdout;
}

describe('npm run seed', () => {
  it('imports the bundled dataset once and writes nothing the second time', async () => {
    const first = await seed();
    expect(first).toContain('52 to create, 0 to update, 0 unchanged');
    expect(lake.mutationCount).toBe(52);

    const second = await seed();
    expect(second).toContain('0 to create, 0 to update, 52 unchanged');
    expect(lake.mutationCount).toBe(52);
  }, 60_000);

  it('replaces only a document that was edited in the project', async () => {
    await seed();
    const profile = lake.documents.get('profile');
    lake.documents.set('profile', { ...profile!, name: 'Edited in the Studio' });

    const output = await seed();

    expect(output).toContain('0 to create, 1 to update, 51 unchanged');
    expect(lake.documents.get('profile')?.name).toBe('Amir Yazdanbakhsh');
  }, 60_000);

  it('writes nothing in a dry run', async () => {
    const output = await seed('--dry-run');
    expect(output).toContain('52 to create');
    expect(lake.mutationCount).toBe(0);
  }, 60_000);
});
