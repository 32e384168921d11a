import { existsSync } from 'node:fs';

/**
 * Loads .env.local, then .env, as Next.js does for the site, so scripts read the same settings.
 * Variables already set in the environment win, and .env.local wins over .env.
 */
export function loadEnvFiles(): void {
  for (const file of ['.env.local', '.env']) {
    if (existsSync(file)) {
      process.loadEnvFile(file);
    }
  }
}
