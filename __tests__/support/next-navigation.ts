// Stands in for `next/navigation` in Jest. Like the real router, it re-renders components that
// read the URL after `history.pushState` and on `popstate` (the back and forward buttons).
import { act } from '@testing-library/react';
import { useMemo, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let urlUpdateDelayMs = 0;

/**
 * Delays re-rendering after `history.pushState`, as the real router does (it applies the new URL
 * in a transition, 100 to 200 ms later on a busy page). Zero, the default, re-renders at once.
 */
export function setUrlUpdateDelay(milliseconds: number): void {
  urlUpdateDelayMs = milliseconds;
}

const pendingUpdates = new Set<ReturnType<typeof setTimeout>>();

/** Cancels URL updates still waiting from a test, so none reaches the next test. */
export function cancelPendingUrlUpdates(): void {
  for (const timer of pendingUpdates) clearTimeout(timer);
  pendingUpdates.clear();
}

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function scheduleNotify(): void {
  if (urlUpdateDelayMs > 0) {
    // act() reports to React Testing Library the re-render it causes outside an event.
    const timer = setTimeout(() => {
      pendingUpdates.delete(timer);
      act(notify);
    }, urlUpdateDelayMs);
    pendingUpdates.add(timer);
  } else {
    notify();
  }
}

if (typeof window !== 'undefined') {
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    window.history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      scheduleNotify();
    };
  }
  window.addEventListener('popstate', notify);
}

export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return useMemo(() => new URLSearchParams(search), [search]);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function notFound(): never {
  throw new Error('notFound() was called');
}

/** Every href passed to `useRouter().prefetch`, in order; tests clear it. */
export const prefetchedHrefs: string[] = [];

const router = {
  prefetch: (href: string) => {
    prefetchedHrefs.push(href);
  },
};

export function useRouter(): typeof router {
  return router;
}
