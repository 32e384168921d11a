/**
 * Logs an error that was handled (turned into a status code or a fallback), once, with what
 * was being done. Errors that carry a query name or a source include them.
 */
export function logHandledError(context: string, error: unknown): void {
  const details =
    error instanceof Error
      ? {
          name: error.name,
          message: error.message,
          ...pickContext(error),
          cause: causeMessage(error),
        }
      : { value: String(error) };
  console.error(`[${context}]`, JSON.stringify(details));
}

function pickContext(error: Error): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const key of ['queryName', 'source', 'status', 'url'] as const) {
    if (key in error) {
      context[key] = (error as unknown as Record<string, unknown>)[key];
    }
  }
  return context;
}

function causeMessage(error: Error): string | undefined {
  return error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
}

const warnedKeys = new Set<string>();

/**
 * Logs a warning the first time `key` occurs in this server process and ignores it after that,
 * so a problem that every render meets again (an unknown block type) is logged once.
 */
export function warnOnce(key: string, message: string): void {
  if (warnedKeys.has(key)) {
    return;
  }
  warnedKeys.add(key);
  console.warn(message);
}
