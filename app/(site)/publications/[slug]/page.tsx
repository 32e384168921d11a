import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { PostItems } from '@/components/posts/PostItems';
import { AuthorList } from '@/components/publications/AuthorList';
import { BadgeList } from '@/components/publications/BadgeList';
import { CitePanel } from '@/components/publications/CitePanel';
import { LinkList } from '@/components/publications/LinkList';
import { VersionList } from '@/components/publications/VersionList';
import { formatCitations } from '@/lib/citation/format';
import { highwireTags } from '@/lib/citation/highwire';
import { publicationJsonLd, serializeJsonLd } from '@/lib/citation/json-ld';
import { formatVenue, formatVenueDetails } from '@/lib/format';
import { pageMetadata } from '@/lib/page-metadata';
import { NOT_FOUND_TITLE } from '@/lib/site';
import { getNewestPublicationSlugs, getPublication } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

type Props = { params: Promise<{ slug: string }> };

/**
 * Publications that `next build` prerenders: the newest ones. Any other publication renders on its
 * first request and is then cached and revalidated like a prerendered page. With every one
 * prerendered, a build over 10,000 generated publications had not finished after 60 minutes on
 * 2 cores. With the newest 200 it took 12 minutes (`npm run bench:build`, docs/benchmarks.md).
 */
const PRERENDERED_PUBLICATIONS = 200;

export async function generateStaticParams() {
  const slugs = await getNewestPublicationSlugs(PRERENDERED_PUBLICATIONS);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [publication, identity] = await Promise.all([
    getPublication((await params).slug),
    getSiteIdentity(),
  ]);
  if (!publication) {
    // Next.js leaves out not-found.tsx's metadata when a page calls notFound(), so set it here.
    return { title: NOT_FOUND_TITLE };
  }
  const venue = [publication.venue?.label, publication.year].filter(Boolean).join(' ');
  const base = pageMetadata({
    path: publication.href,
    title: publication.title,
    description: publication.abstract ?? `${publication.title}, ${venue}.`,
    siteName: identity.name,
    type: 'article',
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      ...(publication.date ? { publishedTime: publication.date } : {}),
      ...(publication.authors.length > 0
        ? { authors: publication.authors.map((author) => author.name) }
        : {}),
    },
    other: highwireTags(publication),
  };
}

export default async function PublicationPage({ params }: Props) {
  const publication = await getPublication((await params).slug);
  if (!publication) {
    notFound();
  }

  const venue = publication.venue ? formatVenue(publication.venue) : undefined;
  const details = formatVenueDetails(publication);

  const jsonLd = serializeJsonLd(publicationJsonLd(publication, publication.href));

  return (
    <article className="publication-page">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <p className="breadcrumb">
        <Link href="/publications">Publications</Link>
      </p>
      <h1>{publication.title}</h1>
      <p className="publication__meta">
        {[venue, publication.year].filter(Boolean).join(' ')}
        {publication.date ? <time dateTime={publication.date}> · {publication.date}</time> : null}
        {details ? ` · ${details}` : null}
        {/* A space, so copied text and screen readers do not run venue and type together. */}
        {publication.typeLabel ? (
          <>
            {' '}
            <span className="publication__type">{publication.typeLabel}</span>
          </>
        ) : null}
      </p>
      <AuthorList authors={publication.authors} truncated={publication.authorListTruncated} />
      <BadgeList badges={publication.badges} />

      <LinkList links={publication.links} large />
      <CitePanel
        citations={formatCitations(publication)}
        bibtexHref={`${publication.href}/cite.bib`}
      />
      <VersionList versions={publication.versions} />

      {publication.abstract ? (
        <section aria-labelledby="abstract-heading">
          <h2 id="abstract-heading">Abstract</h2>
          <p className="prose">{publication.abstract}</p>
        </section>
      ) : null}

      {publication.areas.length > 0 ? (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading">Research areas</h2>
          <ul className="tag-list">
            {publication.areas.map((area) => (
              <li key={area.slug}>
                <Link href={`/publications?area=${encodeURIComponent(area.slug)}`}>
                  {area.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {publication.relatedPosts.length > 0 ? (
        <section aria-labelledby="posts-heading">
          <h2 id="posts-heading">Related posts</h2>
          <PostItems posts={publication.relatedPosts} headingLevel="h3" />
        </section>
      ) : null}
    </article>
  );
}
