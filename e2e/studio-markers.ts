/**
 * Strings that only the Studio's JavaScript contains: styled-components' style attribute, the
 * attribute every @sanity/icons icon carries, and the Studio's own class prefix. The Studio test
 * checks that the Studio bundle still contains all three, so their absence from a public page's
 * scripts means the page loads no Studio code.
 */
export const STUDIO_MARKERS: readonly string[] = [
  'data-styled',
  'data-sanity-icon',
  'sanity-studio',
];
