import { createImageUrlBuilder } from '@sanity/image-url';

import type { PortableTextImage } from '@/lib/content-types';

/** An image block as the post query returns it, with its asset dereferenced. */
export type ImageBlockResult = {
  _key: string;
  alt?: string | null;
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null;
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null;
  asset?: { _id: string; url: string | null } | null;
};

/**
 * Tallest shape a body image is shown in, as height over width. A taller crop is cut to this
 * shape around the editor's hotspot, so a long screenshot does not fill several screens.
 */
const MAX_HEIGHT_RATIO = 1.25;

// Image asset ids encode the original size and format: image-<hash>-<width>x<height>-<format>.
const ASSET_ID = /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/;

// Asset documents store the CDN address, which names the project and dataset the image is in.
const ASSET_URL = /^https:\/\/cdn\.sanity\.io\/images\/([a-z0-9-]+)\/([a-z0-9_-]+)\//;

/**
 * Reshapes an image block into its CDN address with the editor's crop applied, and its size after
 * cropping. Returns null when the block has no uploaded asset or the asset is not a Sanity image.
 */
export function toPortableTextImage(block: ImageBlockResult): PortableTextImage | null {
  const assetId = block.asset?._id;
  const size = assetId ? ASSET_ID.exec(assetId) : null;
  const location = block.asset?.url ? ASSET_URL.exec(block.asset.url) : null;
  if (!assetId || !size || !location) {
    return null;
  }

  const crop = {
    top: block.crop?.top ?? 0,
    bottom: block.crop?.bottom ?? 0,
    left: block.crop?.left ?? 0,
    right: block.crop?.right ?? 0,
  };
  const hotspot = {
    x: block.hotspot?.x ?? 0.5,
    y: block.hotspot?.y ?? 0.5,
    width: block.hotspot?.width ?? 1,
    height: block.hotspot?.height ?? 1,
  };
  const width = Math.round(Number(size[1]) * (1 - crop.left - crop.right));
  const croppedHeight = Math.round(Number(size[2]) * (1 - crop.top - crop.bottom));
  const height = Math.min(croppedHeight, Math.round(width * MAX_HEIGHT_RATIO));
  if (width <= 0 || height <= 0) {
    return null;
  }

  // With both dimensions set, the builder picks the `rect` of that shape inside the crop,
  // centered on the hotspot. The width and height it adds are dropped, because the renderer's
  // loader requests the width each screen needs and `rect` already fixes the shape.
  const [, projectId = '', dataset = ''] = location;
  const built = createImageUrlBuilder({ projectId, dataset })
    .image({ asset: { _ref: assetId }, crop, hotspot })
    .width(width)
    .height(height)
    .url();

  return {
    _type: 'image',
    _key: block._key,
    url: withoutSizeParameters(built),
    alt: block.alt?.trim() ?? '',
    width,
    height,
  };
}

/**
 * Removes the `w` and `h` query parameters and keeps the others as written. URLSearchParams would
 * percent-encode the commas of `rect`, which Sanity's own URLs never do.
 */
function withoutSizeParameters(url: string): string {
  const [base = '', query = ''] = url.split('?');
  const keptParameters = query.split('&').filter((pair) => pair !== '' && !/^[wh]=/.test(pair));
  return keptParameters.length > 0 ? `${base}?${keptParameters.join('&')}` : base;
}
