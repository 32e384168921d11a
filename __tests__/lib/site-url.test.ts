import { DEVELOPMENT_SITE_URL, readSiteUrl, SiteUrlError } from '@/lib/site-url';

describe('readSiteUrl', () => {
  it('defaults to the development origin outside production', () => {
    expect(readSiteUrl({ NODE_ENV: 'development' }).href).toBe(`${DEVELOPMENT_SITE_URL}/`);
    expect(readSiteUrl({ NODE_ENV: 'test', NEXT_PUBLIC_SITE_URL: '  ' }).href).toBe(
      `${DEVELOPMENT_SITE_URL}/`,
    );
  });

  it('rejects a production build without a value', () => {
    expect(() => readSiteUrl({ NODE_ENV: 'production' })).toThrow(SiteUrlError);
    expect(() => readSiteUrl({ NODE_ENV: 'production' })).toThrow(/Missing NEXT_PUBLIC_SITE_URL/);
  });

  it('accepts an origin with or without a trailing slash', () => {
    for (const value of [
      'https://example.org',
      'https://example.org/',
      ' http://127.0.0.1:3000 ',
    ]) {
      const url = readSiteUrl({ NODE_ENV: 'production', NEXT_PUBLIC_SITE_URL: value });
      expect(url.pathname).toBe('/');
      expect(url.origin).toBe(new URL(value.trim()).origin);
    }
  });

  it('normalizes an international host name', () => {
    const url = readSiteUrl({
      NODE_ENV: 'production',
      NEXT_PUBLIC_SITE_URL: 'https://bücher.example',
    });
    expect(url.host).toBe('xn--bcher-kva.example');
  });

  it.each([
    ['example.org', /absolute http or https origin/],
    ['ftp://example.org', /scheme must be http or https/],
    ['javascript:alert(1)', /scheme must be http or https/],
    ['https://user:secret@example.org', /remove the user name and password/],
    ['https://example.org/blog', /origin only/],
    ['https://example.org/?ref=1', /origin only/],
    ['https://example.org/#top', /origin only/],
  ])('rejects %s', (value, message) => {
    expect(() => readSiteUrl({ NODE_ENV: 'production', NEXT_PUBLIC_SITE_URL: value })).toThrow(
      message,
    );
  });
});
