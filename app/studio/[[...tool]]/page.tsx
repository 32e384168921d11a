import { sanityProject } from '@/sanity/lib/env';

import { LazyStudio } from './LazyStudio';

export { metadata, viewport } from 'next-sanity/studio';

// The Studio is a single-page app: one static shell serves every /studio path.
export const dynamic = 'force-static';

export default function StudioPage() {
  if (!sanityProject) {
    return <StudioSetupNotice />;
  }
  return <LazyStudio />;
}

function StudioSetupNotice() {
  return (
    <main
      style={{
        maxWidth: '40rem',
        margin: '4rem auto',
        padding: '0 1.25rem',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      <h1>Connect a Sanity project to use the Studio</h1>
      <p>
        The site is running on the bundled dataset. To edit content here, set
        NEXT_PUBLIC_SANITY_PROJECT_ID and NEXT_PUBLIC_SANITY_DATASET in .env.local, then restart
        `npm run dev`, or run `npm run build` again for production: Next.js reads these variables
        when it builds. The README section “Connect your Sanity project” walks through it.
      </p>
    </main>
  );
}
