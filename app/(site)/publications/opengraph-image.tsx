import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgImage } from '@/lib/og-image';
import { getPublications } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export const alt = 'Title card of the publications list';
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

export default async function Image() {
  const [identity, publications] = await Promise.all([getSiteIdentity(), getPublications()]);
  const count = `${publications.length} ${publications.length === 1 ? 'publication' : 'publications'}`;
  return renderOgImage({
    eyebrow: identity.name,
    title: 'Publications',
    subtitle: identity.ownerName ? `${count} by ${identity.ownerName}` : count,
    siteName: identity.name,
  });
}
