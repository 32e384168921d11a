import { DEFAULT_API_VERSION, readSanityProjectConfig } from '@/sanity/lib/env';
import { ContentConfigError } from '@/sanity/lib/errors';

describe('readSanityProjectConfig', () => {
  it('selects the bundled dataset when nothing is set', () => {
    expect(readSanityProjectConfig({})).toBeNull();
    expect(
      readSanityProjectConfig({
        NEXT_PUBLIC_SANITY_PROJECT_ID: ' ',
        NEXT_PUBLIC_SANITY_DATASET: '',
      }),
    ).toBeNull();
  });

  it('reads a project with the default API version', () => {
    expect(
      readSanityProjectConfig({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
      }),
    ).toEqual({ projectId: 'abc123', dataset: 'production', apiVersion: DEFAULT_API_VERSION });
  });

  it('names the missing variable when only one is set', () => {
    expect(() => readSanityProjectConfig({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' })).toThrow(
      new ContentConfigError(
        'Missing NEXT_PUBLIC_SANITY_DATASET: set both Sanity variables to use a hosted project, or neither to use the bundled dataset.',
      ),
    );
  });

  it.each([
    [
      { NEXT_PUBLIC_SANITY_PROJECT_ID: 'ABC!', NEXT_PUBLIC_SANITY_DATASET: 'production' },
      /PROJECT_ID "ABC!"/,
    ],
    [
      { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc', NEXT_PUBLIC_SANITY_DATASET: 'Prod Data' },
      /DATASET "Prod Data"/,
    ],
    [
      {
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        NEXT_PUBLIC_SANITY_API_VERSION: 'latest',
      },
      /API_VERSION "latest"/,
    ],
  ])('rejects a malformed value', (env, message) => {
    expect(() => readSanityProjectConfig(env)).toThrow(message);
  });
});
