import { sitePath } from '@/lib/safe-redirect';

describe('sitePath', () => {
  it.each([
    ['/', '/'],
    ['/publications?area=x#top', '/publications?area=x#top'],
    ['/cv?view=short', '/cv?view=short'],
  ])('keeps the site path %s', (target, expected) => {
    expect(sitePath(target)).toBe(expected);
  });

  it.each([
    null,
    '',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example/phish',
    '/\n/evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    'evil.example',
  ])('falls back for %j', (target) => {
    expect(sitePath(target)).toBe('/');
  });

  it('percent-encodes characters a Location header cannot carry', () => {
    expect(sitePath('/\u3002evil')).toBe('/%E3%80%82evil');
    expect(sitePath('/a\u0000b')).toBe('/a%00b');
  });
});
