import type { Metadata } from 'next';

import { CvDocument } from '@/components/cv/CvDocument';
import { CvToolbar } from '@/components/cv/CvToolbar';
import { parseCvView } from '@/lib/cv';
import { pageMetadata } from '@/lib/page-metadata';
import { getCv } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Both views share the canonical /cv: the short view is a selection from the full CV.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [cv, identity] = await Promise.all([
    getCv(parseCvView((await searchParams).view)),
    getSiteIdentity(),
  ]);
  return pageMetadata({
    path: '/cv',
    title: 'CV',
    description: [cv.name, cv.headline].filter(Boolean).join(', ') || null,
    siteName: identity.name,
  });
}

export default async function CvPage({ searchParams }: Props) {
  const view = parseCvView((await searchParams).view);
  const cv = await getCv(view);

  return (
    <div className="cv-page">
      <CvToolbar view={view} />
      <CvDocument cv={cv} />
    </div>
  );
}
