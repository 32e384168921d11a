import { notFound } from 'next/navigation';

import { loadOgFonts } from '@/lib/og-fonts';
import {
  OG_IMAGE_CONTENT_TYPE,
  OG_IMAGE_SIZE,
  OG_TITLE_WEIGHT,
  renderOgImage,
} from '@/lib/og-image';
import { renderInlineMath } from '@/lib/tex/inline-math';
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
  // A formula whose Unicode form the bundled bold face cannot draw, such as ℝ, keeps its TeX,
  // which it can, in place of replacement characters.
  const { hasGlyph } = await loadOgFonts();
  const title = renderInlineMath(publication.titleTex, (text) =>
    [...text].every((character) => hasGlyph(character.codePointAt(0) ?? 0, OG_TITLE_WEIGHT)),
  );
  return renderOgImage({
    eyebrow: [publication.typeLabel ?? 'Publication', venue].filter(Boolean).join(' · '),
    title,
    subtitle: authors || null,
    siteName: identity.name,
  });
}
