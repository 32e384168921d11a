import { isWellFormedPath } from '@/lib/request-path';

describe('isWellFormedPath', () => {
  it('accepts plain, encoded and non-Latin paths', () => {
    expect(isWellFormedPath('/publications/mesa')).toBe(true);
    expect(isWellFormedPath('/publications/a%20b')).toBe(true);
    expect(isWellFormedPath('/publications/%E6%9D%B1%E4%BA%AC')).toBe(true);
    expect(isWellFormedPath('/')).toBe(true);
  });

  it('refuses invalid percent-encoding', () => {
    expect(isWellFormedPath('/publications/%E0%A4%A')).toBe(false);
    expect(isWellFormedPath('/publications/%')).toBe(false);
    expect(isWellFormedPath('/publications/%C0%AF')).toBe(false);
  });

  it('refuses an encoded NUL character', () => {
    expect(isWellFormedPath('/publications/%00')).toBe(false);
    expect(isWellFormedPath('/publications/a%00b')).toBe(false);
  });
});
