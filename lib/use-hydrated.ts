'use client';

import { useSyncExternalStore } from 'react';

function subscribe(): () => void {
  return () => undefined;
}

/**
 * Returns false in the server's HTML and true once React has hydrated the page. Controls that do
 * nothing without JavaScript, such as a Print button, stay invisible until then, so a visitor
 * without JavaScript never meets a button that does not respond.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
