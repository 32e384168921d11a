/** @jest-environment node */
import { toPortableTextImage } from '@/sanity/lib/image';

const asset = (id: string) => ({
  _id: id,
  url: `https://cdn.sanity.io/images/proj/production/${id.replace(/^image-/, '').replace(/-(\w+)$/, '.$1')}`,
});

describe('toPortableTextImage', () => {
  it('returns the whole image when nothing is cropped', () => {
    expect(
      toPortableTextImage({ _key: 'k', alt: ' Plot ', asset: asset('image-abc-800x600-png') }),
    ).toEqual({
      _type: 'image',
      _key: 'k',
      url: 'https://cdn.sanity.io/images/proj/production/abc-800x600.png',
      alt: 'Plot',
      width: 800,
      height: 600,
    });
  });

  it('cuts a tall image to 4:5 around the hotspot', () => {
    const image = toPortableTextImage({
      _key: 'k',
      alt: 'Tall screenshot',
      hotspot: { x: 0.5, y: 0.9, width: 0.2, height: 0.1 },
      asset: asset('image-tall-1000x3000-jpg'),
    });
    expect(image?.width).toBe(1000);
    expect(image?.height).toBe(1250);
    // The hotspot centre is at 2,700 px; the 1,250 px window stops at the bottom edge.
    expect(image?.url).toBe(
      'https://cdn.sanity.io/images/proj/production/tall-1000x3000.jpg?rect=0,1750,1000,1250',
    );
  });

  it('moves the window with the hotspot', () => {
    const image = toPortableTextImage({
      _key: 'k',
      hotspot: { x: 0.5, y: 0.2, width: 0.2, height: 0.1 },
      asset: asset('image-tall-1000x3000-jpg'),
    });
    expect(image?.url).toMatch(/rect=0,0,1000,1250$/);
  });

  it('uses an empty alt text when the editor left it out', () => {
    expect(toPortableTextImage({ _key: 'k', asset: asset('image-abc-800x600-png') })?.alt).toBe('');
  });

  it.each([
    ['no asset', { _key: 'k' }],
    ['a null asset', { _key: 'k', asset: null }],
    ['a malformed asset id', { _key: 'k', asset: { _id: 'file-abc-pdf', url: null } }],
    [
      'an address outside the Sanity CDN',
      { _key: 'k', asset: { _id: 'image-abc-800x600-png', url: 'https://example.com/a.png' } },
    ],
    [
      'a crop that leaves nothing',
      {
        _key: 'k',
        crop: { left: 0.5, right: 0.5 },
        asset: asset('image-abc-800x600-png'),
      },
    ],
  ])('returns null for %s', (_case, block) => {
    expect(toPortableTextImage(block)).toBeNull();
  });
});
