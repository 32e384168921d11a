/** @jest-environment node */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');

// The validator loads the `sanity` package, which Jest cannot load, so it runs as its own process.
async function validate(file: string): Promise<{ code: number; output: string; errors: string }> {
  const args = [
    '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
    '--import',
    './scripts/lib/register-sanity-loader.mjs',
    'scripts/validate-dataset.ts',
    file,
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root });
    return { code: 0, output: stdout, errors: stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout, errors: failure.stderr };
  }
}

describe('scripts/validate-dataset.ts', () => {
  it('passes the bundled dataset', async () => {
    const { code, output } = await validate('sanity/dataset/production.ndjson');
    expect(output).toContain('Validated 52 documents');
    expect(output).toContain(': 0 errors');
    expect(code).toBe(0);
  }, 60_000);

  it('reports each broken document with the failing field', async () => {
    const { code, output } = await validate('__tests__/fixtures/invalid.ndjson');
    const errors = output
      .split('\n')
      .filter((line) => line.startsWith('error\t'))
      .map((line) => line.split('\t').slice(1, 3).join(' '));

    expect(code).toBe(1);
    expect(errors).toContain('publication-no-year year');
    expect(errors).toContain('publication-bad-link links.[_key=="l"].url');
    expect(errors).toContain('publication-missing-area researchAreas.[_key=="a"]');
    expect(errors).toContain('publication-duplicate-one slug');
    expect(errors).toContain('publication-duplicate-two slug');
    expect(errors).toContain('honor-backwards yearEnd');
    expect(errors).toContain('mystery-1 _type');
    expect(errors).toContain('person-bad-orcid orcid');
    expect(errors).toContain('person-bad-orcid homepage');
    expect(errors.some((line) => line.startsWith('publication-valid'))).toBe(false);
  }, 60_000);

  it('fails on an empty file with one line of output', async () => {
    const { code, output, errors } = await validate('/dev/null');
    expect(code).toBe(1);
    expect(output).toBe('');
    expect(errors).toBe('Validation failed: /dev/null contains no documents.\n');
  }, 60_000);

  it('fails on a missing file without a stack trace', async () => {
    const { code, errors } = await validate('no-such-file.ndjson');
    expect(code).toBe(1);
    expect(errors.trim().split('\n')).toEqual([
      expect.stringMatching(/^Validation failed: ENOENT/),
    ]);
  }, 60_000);
});
