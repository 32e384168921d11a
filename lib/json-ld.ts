import type { Profile } from './content-types';

/** A schema.org Person as JSON-LD, without the fields that the profile lacks. */
export type PersonJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'Person';
  name: string;
  url: string;
  jobTitle?: string;
  affiliation?: { '@type': 'Organization'; name: string };
  sameAs?: string[];
};

/** Builds the Person of the home page. `sameAs` lists only the profile's own http(s) links. */
export function buildPersonJsonLd(profile: Profile, homeUrl: string): PersonJsonLd {
  const sameAs = profile.links
    .map((link) => link.url)
    .filter((url) => /^https?:\/\//i.test(url) && url !== homeUrl);

  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: profile.name,
    url: homeUrl,
    ...(profile.role ? { jobTitle: profile.role } : {}),
    ...(profile.affiliation
      ? { affiliation: { '@type': 'Organization' as const, name: profile.affiliation } }
      : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

/**
 * Serializes JSON-LD for an inline `<script>`. The HTML parser ends a script at the first
 * `</script`, whatever the JSON means, so `<` is written as `\u003c`. `>` and `&` get the same
 * treatment, and so do U+2028 and U+2029, which older JavaScript parsers reject in strings.
 * JSON.parse reads every escape back as the original character.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
