/** Tells the editor that the page shows drafts, with a way back to published content. */
export function DraftModeBanner() {
  return (
    <div className="draft-banner" role="status">
      <p>
        Draft mode: this page shows unpublished changes.{' '}
        <a href="/api/draft-mode/disable">Leave draft mode</a>
      </p>
    </div>
  );
}
