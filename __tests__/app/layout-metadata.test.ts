/** @jest-environment node */
import path from 'node:path';

import { generateMetadata } from '@/app/layout';

describe('root layout metadata', () => {
  afterEach(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('falls back to the profile without site settings', async () => {
    const metadata = await generateMetadata();
    expect(metadata.title).toEqual({
      default: 'Amir Yazdanbakhsh',
      template: '%s · Amir Yazdanbakhsh',
    });
    expect(metadata.description).toBe('Research Scientist, Google Research');
  });

  it('declares an inline SVG icon', async () => {
    const metadata = await generateMetadata();
    expect(metadata.icons).toEqual({
      icon: {
        url: expect.stringMatching(/^data:image\/svg\+xml,%3Csvg%20xmlns%3D%22http/),
        type: 'image/svg+xml',
      },
    });
  });

  it('uses the site settings when they are set', async () => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'drafts.ndjson');
    const metadata = await generateMetadata();
    expect(metadata.title).toEqual({ default: 'Fixture Site', template: '%s · Fixture Site' });
    expect(metadata.description).toBe('A fixture description.');
  });
});
