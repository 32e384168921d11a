import type { AuthorView } from '@/lib/content-types';

const EQUAL_CONTRIBUTION = { mark: '†', title: 'Equal contribution' } as const;
const CORRESPONDING = { mark: '✉', title: 'Corresponding author' } as const;

function AuthorMark({ mark, title }: { mark: string; title: string }) {
  return (
    <sup className="publication__author-mark">
      <abbr title={title}>{mark}</abbr>
    </sup>
  );
}

/**
 * Renders the author line: the site owner's name in bold, † and ✉ after authors who contributed
 * equally or correspond, "et al." when the list is truncated, and a legend for the marks used.
 * Renders nothing without authors.
 */
export function AuthorList({
  authors,
  truncated = false,
}: {
  authors: readonly AuthorView[];
  truncated?: boolean;
}) {
  if (authors.length === 0) {
    return null;
  }

  const legend = [
    authors.some((author) => author.equalContribution) ? EQUAL_CONTRIBUTION : null,
    authors.some((author) => author.corresponding) ? CORRESPONDING : null,
  ].filter((entry) => entry !== null);

  return (
    <div className="publication__author-block">
      <p className="publication__authors">
        {authors.map((author, index) => (
          <span key={author.key}>
            {index > 0 ? ', ' : null}
            {author.isOwner ? <strong>{author.name}</strong> : author.name}
            {author.equalContribution ? <AuthorMark {...EQUAL_CONTRIBUTION} /> : null}
            {author.corresponding ? <AuthorMark {...CORRESPONDING} /> : null}
          </span>
        ))}
        {truncated ? <span>, et al.</span> : null}
      </p>
      {legend.length > 0 ? (
        <p className="publication__author-legend">
          {legend.map((entry) => `${entry.mark} ${entry.title}`).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
