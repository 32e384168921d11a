'use client';

import Image, { type ImageLoader } from 'next/image';

/**
 * Asks Sanity's image CDN for the width the browser needs. `fit=max` never scales an image up,
 * and `auto=format` serves WebP or AVIF to browsers that accept them.
 */
const sanityLoader: ImageLoader = ({ src, width, quality }) => {
  // Appended as text: URLSearchParams would percent-encode the commas of the `rect` parameter.
  const separator = src.includes('?') ? '&' : '?';
  return `${src}${separator}w=${width}&q=${quality ?? 75}&fit=max&auto=format`;
};

type ImageValue = { url?: unknown; alt?: unknown; width?: unknown; height?: unknown };

/**
 * Renders an image block that the content layer resolved to a CDN address. A block without one
 * (an image whose asset was never uploaded) renders nothing.
 */
export function BodyImage({ value }: { value: ImageValue }) {
  const { url, alt, width, height } = value;
  if (
    typeof url !== 'string' ||
    !url.startsWith('https://cdn.sanity.io/') ||
    typeof width !== 'number' ||
    typeof height !== 'number'
  ) {
    return null;
  }

  return (
    <figure className="body-image">
      <Image
        loader={sanityLoader}
        src={url}
        alt={typeof alt === 'string' ? alt : ''}
        width={width}
        height={height}
        sizes="(max-width: 44rem) 100vw, 44rem"
      />
    </figure>
  );
}
