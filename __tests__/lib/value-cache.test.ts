/** @jest-environment node */
import { AsyncLocalStorage } from 'node:async_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { ValueCache } from '@/lib/value-cache';

// Exposes `gc` without a command-line flag: V8 reads the flag when it creates the new context.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('ValueCache', () => {
  it('loads a key once and keeps its value', async () => {
    const cache = new ValueCache<number>(2);
    const load = jest.fn(async () => 7);

    expect(await cache.get('a', load)).toBe(7);
    expect(await cache.get('a', load)).toBe(7);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares a load still running', async () => {
    const cache = new ValueCache<number>(2);
    let finish: (value: number) => void = () => undefined;
    const load = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));

    const first = cache.get('a', load);
    const second = cache.get('a', load);
    finish(3);

    expect(await first).toBe(3);
    expect(await second).toBe(3);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again after a failure', async () => {
    const cache = new ValueCache<number>(2);
    const failing = jest.fn(() => Promise.reject(new Error('disk gone')));

    await expect(cache.get('a', failing)).rejects.toThrow('disk gone');
    expect(await cache.get('a', async () => 5)).toBe(5);
  });

  it('drops the oldest value beyond its size', async () => {
    const cache = new ValueCache<string>(2);
    await cache.get('a', async () => 'first');
    await cache.get('b', async () => 'second');
    await cache.get('c', async () => 'third');
    const reload = jest.fn(async () => 'again');

    expect(await cache.get('a', reload)).toBe('again');
    expect(await cache.get('c', reload)).toBe('third');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('keeps no async context of the caller that loaded', async () => {
    const storage = new AsyncLocalStorage<{ payload: number[] }>();
    const cache = new ValueCache<number>(1);
    let store: { payload: number[] } | null = { payload: [1, 2, 3] };
    const released = new WeakRef(store);

    await storage.run(store, () => cache.get('a', async () => 42));
    store = null;
    // Lets the cache's own settlement callbacks run before collecting.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();

    expect(released.deref()).toBeUndefined();
    expect(await cache.get('a', async () => 0)).toBe(42);
  });
});
