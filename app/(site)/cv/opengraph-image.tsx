import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgImage } from '@/lib/og-image';
import { getProfile } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export const alt = 'Title card of the CV with the owner’s name and role';
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

export default async function Image() {
  const [identity, profile] = await Promise.all([getSiteIdentity(), getProfile()]);
  return renderOgImage({
    eyebrow: 'Curriculum vitae',
    title: profile?.name ?? identity.name,
    subtitle: [profile?.role, profile?.affiliation].filter(Boolean).join(', ') || null,
    siteName: identity.name,
  });
}
