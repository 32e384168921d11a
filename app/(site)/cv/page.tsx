import type { Metadata } from 'next';

import { CvDocument } from '@/components/cv/CvDocument';
import { CvToolbar } from '@/components/cv/CvToolbar';
import { parseCvView } from '@/lib/cv';
import { getCv } from '@/sanity/lib/content';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const cv = await getCv(parseCvView((await searchParams).view));
  return {
    title: 'CV',
    description: [cv.name, cv.headline].filter(Boolean).join(', '),
  };
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
