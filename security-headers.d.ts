// Types for security-headers.js, which next.config.js loads as CommonJS.
export type HeaderRule = { source: string; headers: { key: string; value: string }[] };

export function securityHeaders(options: {
  projectId: string | undefined;
  development: boolean;
}): HeaderRule[];

export const VIDEO_FRAME_ORIGINS: readonly string[];
