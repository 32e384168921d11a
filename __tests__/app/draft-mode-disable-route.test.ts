/** @jest-environment node */
import { NextRequest } from 'next/server';

import { GET } from '@/app/api/draft-mode/disable/route';

import { draftMode, setDraftMode } from '../support/next-headers';

async function leave(query: string) {
  setDraftMode(true);
  const response = await GET(new NextRequest(`http://127.0.0.1/api/draft-mode/disable${query}`));
  return { location: response.headers.get('location'), status: response.status };
}

describe('GET /api/draft-mode/disable', () => {
  it('leaves draft mode and returns home', async () => {
    const { location, status } = await leave('');
    expect(status).toBe(307);
    expect(location).toBe('/');
    expect((await draftMode()).isEnabled).toBe(false);
  });

  it('returns to a path on the site', async () => {
    expect((await leave('?redirect=/publications?area=x')).location).toBe('/publications?area=x');
  });

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)'])(
    'ignores the off-site target %s',
    async (target) => {
      expect((await leave(`?redirect=${encodeURIComponent(target)}`)).location).toBe('/');
    },
  );
});
