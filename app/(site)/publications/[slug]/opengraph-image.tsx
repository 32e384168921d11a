import { notFound } from 'next/navigation';

import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgImage } from '@/lib/og-image';
import { getPublication } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export const alt = 'Title card of the publication with its venue and year';
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

type Props = { params: Promise<{ slug: string }> };

export default async function Image({ params }: Props) {
  const [publication, identity] = await Promise.all([
    getPublication((await params).slug),
    getSiteIdentity(),
  ]);
  if (!publication) {
    notFound();
  }

  const venue = [publication.venue?.label, publication.year].filter(Boolean).join(' ');
  const authors = publication.authors.map((author) => author.name).join(', ');
  return renderOgImage({
    eyebrow: [publication.typeLabel ?? 'Publication', venue].filter(Boolean).join(' · '),
    title: publication.title,
    subtitle: authors || null,
    siteName: identity.name,
  });
}
