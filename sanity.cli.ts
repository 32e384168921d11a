import { defineCliConfig } from 'sanity/cli';

// The CLI reads the same variables as the site. Offline commands (schema extract, typegen)
// work without them; commands that reach the project need them set.
export default defineCliConfig({
  api: {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'unconfigured',
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  },
  typegen: {
    path: './sanity/lib/queries.ts',
    schema: './sanity/extract.json',
    generates: './sanity/types.ts',
  },
});
