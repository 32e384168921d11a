import { isValidOrcid, normalizeOrcid, orcidUrl } from '@/lib/orcid';

describe('isValidOrcid', () => {
  it.each(['0000-0002-1825-0097', '0000-0001-5109-3700', '0000-0002-1694-233X'])(
    'accepts %s',
    (orcid) => {
      expect(isValidOrcid(orcid)).toBe(true);
    },
  );

  it.each([
    ['a wrong check digit', '0000-0002-1825-0098'],
    ['no hyphens', '0000000218250097'],
    ['a URL', 'https://orcid.org/0000-0002-1825-0097'],
    ['a lowercase x', '0000-0002-1694-233x'],
    ['too few digits', '0000-0002-1825-009'],
  ])('rejects %s', (_case, orcid) => {
    expect(isValidOrcid(orcid)).toBe(false);
  });
});

describe('normalizeOrcid', () => {
  it('strips the URL prefix and uppercases the check character', () => {
    expect(normalizeOrcid('https://orcid.org/0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
    expect(normalizeOrcid(' 0000-0002-1825-0097 ')).toBe('0000-0002-1825-0097');
  });

  it('returns null for an invalid iD', () => {
    expect(normalizeOrcid('0000-0002-1825-0098')).toBeNull();
  });
});

describe('orcidUrl', () => {
  it('builds the profile URL', () => {
    expect(orcidUrl('0000-0002-1825-0097')).toBe('https://orcid.org/0000-0002-1825-0097');
  });
});
