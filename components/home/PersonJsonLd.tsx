import type { Profile } from '@/lib/content-types';
import { buildPersonJsonLd, serializeJsonLd } from '@/lib/json-ld';
import { absoluteUrl } from '@/lib/site-url';

/** Describes the site owner to search engines as a schema.org Person. */
export function PersonJsonLd({ profile }: { profile: Profile }) {
  return (
    <script
      type="application/ld+json"
      // serializeJsonLd escapes `<`, so text in the profile cannot close the script element.
      dangerouslySetInnerHTML={{
        __html: serializeJsonLd(buildPersonJsonLd(profile, absoluteUrl('/'))),
      }}
    />
  );
}
