import { LruCache, resultKey } from '@/sanity/lib/lru-cache';

describe('LruCache', () => {
  it('returns what was stored under a key, and nothing for an unknown key', () => {
    const results = new LruCache(2);
    results.set('a', [1, 2]);

    expect(results.get('a')).toEqual({ found: true, value: [1, 2] });
    expect(results.get('b')).toEqual({ found: false });
  });

  it('keeps a stored null apart from a missing entry', () => {
    const results = new LruCache(2);
    results.set('profile', null);

    expect(results.get('profile')).toEqual({ found: true, value: null });
  });

  it('drops the least recently used entry beyond its capacity', () => {
    const results = new LruCache(2);
    results.set('a', 1);
    results.set('b', 2);
    results.get('a');
    results.set('c', 3);

    expect(results.size).toBe(2);
    expect(results.get('b')).toEqual({ found: false });
    expect(results.get('a')).toEqual({ found: true, value: 1 });
    expect(results.get('c')).toEqual({ found: true, value: 3 });
  });
});

describe('resultKey', () => {
  it('tells parameters apart and matches equal ones', () => {
    expect(resultKey('*', { year: 2024 })).toBe(resultKey('*', { year: 2024 }));
    expect(resultKey('*', { year: 2024 })).not.toBe(resultKey('*', { year: 2023 }));
    expect(resultKey('*[a]', {})).not.toBe(resultKey('*[b]', {}));
  });
});
