import { notFound } from 'next/navigation';

import { formatDate } from '@/lib/format';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgImage } from '@/lib/og-image';
import { getPost } from '@/sanity/lib/post-content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export const alt = 'Title card of the post';
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

type Props = { params: Promise<{ slug: string }> };

export default async function Image({ params }: Props) {
  const [post, identity] = await Promise.all([getPost((await params).slug), getSiteIdentity()]);
  if (!post) {
    notFound();
  }

  return renderOgImage({
    eyebrow: ['Post', post.date ? formatDate(post.date) : null].filter(Boolean).join(' · '),
    title: post.title,
    subtitle: post.areas.map((area) => area.title).join(', ') || null,
    siteName: identity.name,
  });
}
