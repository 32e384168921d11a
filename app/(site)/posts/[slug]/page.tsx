import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { PortableTextBody } from '@/components/PortableTextBody';
import { PublicationCard } from '@/components/publications/PublicationCard';
import type { PostDetail } from '@/lib/content-types';
import { displayHost, formatDate } from '@/lib/format';
import { pageMetadata } from '@/lib/page-metadata';
import { researchAreaHref } from '@/lib/routes';
import { NOT_FOUND_TITLE } from '@/lib/site';
import { getNewestPostSlugs, getPost } from '@/sanity/lib/post-content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

type Props = { params: Promise<{ slug: string }> };

/**
 * Posts that `next build` prerenders: the newest ones, as for publications. Any other post renders
 * on its first request and is then cached and revalidated like a prerendered page. The 10,000-
 * publication dataset of `npm run bench:build` has 1,000 posts, and prerendering them all was most
 * of its build time (docs/benchmarks.md).
 */
const PRERENDERED_POSTS = 200;

export async function generateStaticParams() {
  const slugs = await getNewestPostSlugs(PRERENDERED_POSTS);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [post, identity] = await Promise.all([getPost((await params).slug), getSiteIdentity()]);
  if (!post) {
    // Next.js leaves out not-found.tsx's metadata when a page calls notFound(), so set it here.
    return { title: NOT_FOUND_TITLE };
  }
  return pageMetadata({
    path: post.href,
    title: post.title,
    description: post.summary,
    siteName: identity.name,
    type: 'article',
  });
}

export default async function PostPage({ params }: Props) {
  const post = await getPost((await params).slug);
  if (!post) {
    notFound();
  }

  return (
    <article className="post-page">
      <p className="breadcrumb">
        <Link href="/posts">Posts</Link>
      </p>
      <h1>{post.title}</h1>
      <PostMeta post={post} />
      {post.externalUrl ? <ExternalArticle url={post.externalUrl} /> : null}

      {post.body.length > 0 ? (
        <div className="prose">
          <PortableTextBody value={post.body} />
        </div>
      ) : post.summary ? (
        <p className="prose post-page__summary">{post.summary}</p>
      ) : null}

      {post.areas.length > 0 ? (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading">Research areas</h2>
          <ul className="tag-list">
            {post.areas.map((area) => (
              <li key={area.slug}>
                <Link href={researchAreaHref(area.slug)}>{area.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {post.relatedPublications.length > 0 ? (
        <section aria-labelledby="publications-heading">
          <h2 id="publications-heading">Related publications</h2>
          <ol className="publication-list">
            {post.relatedPublications.map((publication) => (
              <li key={publication.id}>
                <PublicationCard publication={publication} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

function PostMeta({ post }: { post: PostDetail }) {
  if (!post.date && post.readingMinutes === null) {
    return null;
  }
  return (
    <p className="post-page__meta">
      {post.date ? <time dateTime={post.date}>{formatDate(post.date)}</time> : null}
      {post.date && post.readingMinutes !== null ? ' · ' : null}
      {post.readingMinutes !== null ? `${post.readingMinutes} min read` : null}
    </p>
  );
}

function ExternalArticle({ url }: { url: string }) {
  return (
    <p className="notice post-page__external">
      This post summarizes an article published on {displayHost(url)}.{' '}
      <a href={url} rel="noopener noreferrer">
        Read the full article →
      </a>
    </p>
  );
}
