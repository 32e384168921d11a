import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgImage } from '@/lib/og-image';
import { getProfile } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export const alt = 'Title card with the site owner’s name, role and affiliation';
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

export default async function Image() {
  const [identity, profile] = await Promise.all([getSiteIdentity(), getProfile()]);
  return renderOgImage({
    eyebrow: profile?.affiliation ?? identity.name,
    title: profile?.name ?? identity.name,
    subtitle: profile?.role ?? identity.description,
    siteName: identity.name,
  });
}
