import type { AuthorView } from '@/lib/content-types';

/** Renders the author line, with the site owner's name in bold; renders nothing without authors. */
export function AuthorList({ authors }: { authors: readonly AuthorView[] }) {
  if (authors.length === 0) {
    return null;
  }

  return (
    <p className="publication__authors">
      {authors.map((author, index) => (
        <span key={author.key}>
          {index > 0 ? ', ' : null}
          {author.isOwner ? <strong>{author.name}</strong> : author.name}
        </span>
      ))}
    </p>
  );
}
