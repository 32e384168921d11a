/** The id of the <main> element on every public page, which the skip link targets. */
export const MAIN_CONTENT_ID = 'main';

/**
 * Renders the page's first focusable element, a link past the header to the main content. It
 * stays off screen until it has focus.
 */
export function SkipLink() {
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
      Skip to content
    </a>
  );
}
