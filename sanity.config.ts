'use client';

// The embedded Studio at /studio. Only app/studio imports this file: public routes must not,
// or the Studio's JavaScript (about 1.5 MB) lands in their bundles.
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { structureTool } from 'sanity/structure';

import { DEFAULT_API_VERSION, sanityProject } from './sanity/lib/env';
import { resolve } from './sanity/presentation';
import { schemaTypes, singletonTypes } from './sanity/schemaTypes';
import { structure } from './sanity/structure';

/** Shown only by the CLI offline: the /studio page renders a set-up notice when unconfigured. */
const UNCONFIGURED_PROJECT_ID = 'unconfigured';

const singletonActions = new Set(['publish', 'discardChanges', 'restore']);

export default defineConfig({
  name: 'default',
  title: 'Research portfolio',
  basePath: '/studio',
  projectId: sanityProject?.projectId ?? UNCONFIGURED_PROJECT_ID,
  dataset: sanityProject?.dataset ?? 'production',
  plugins: [
    structureTool({ structure }),
    presentationTool({
      resolve,
      previewUrl: { previewMode: { enable: '/api/draft-mode/enable' } },
    }),
    visionTool({ defaultApiVersion: sanityProject?.apiVersion ?? DEFAULT_API_VERSION }),
  ],
  schema: {
    types: schemaTypes,
    // The profile is one document with a fixed id, so "create new" offers no second one.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonTypes.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) =>
      singletonTypes.has(schemaType)
        ? actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
        : actions,
  },
});
