import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { PublicationChart } from '@/components/charts/PublicationChart';
import { PostItems } from '@/components/posts/PostItems';
import { PublicationYearGroups } from '@/components/publications/PublicationYearGroups';
import { pageMetadata } from '@/lib/page-metadata';
import { formatCount, formatInteger } from '@/lib/plural';
import { areaPublicationsHref, researchAreaHref } from '@/lib/routes';
import { NOT_FOUND_TITLE } from '@/lib/site';
import { getPublicationChart } from '@/sanity/lib/content';
import { getResearchArea, getResearchAreaSlugs } from '@/sanity/lib/research-content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const slugs = await getResearchAreaSlugs();
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [area, identity] = await Promise.all([
    getResearchArea((await params).slug),
    getSiteIdentity(),
  ]);
  if (!area) {
    // Next.js leaves out not-found.tsx's metadata when a page calls notFound(), so set it here.
    return { title: NOT_FOUND_TITLE };
  }
  return pageMetadata({
    path: researchAreaHref(area.slug),
    title: area.title,
    description: area.description ?? `Publications and posts in ${area.title}, a research area.`,
    siteName: identity.name,
  });
}

export default async function ResearchAreaPage({ params }: Props) {
  const { slug } = await params;
  const [area, chart] = await Promise.all([getResearchArea(slug), getPublicationChart(slug)]);
  if (!area) {
    notFound();
  }

  return (
    <div className="area-page">
      <p className="breadcrumb">
        <Link href="/research">Research</Link>
      </p>
      <h1>{area.title}</h1>
      {area.topics.length > 0 ? (
        <p className="area-page__topics">Topics: {area.topics.join(', ')}</p>
      ) : null}
      {area.description ? <p className="prose">{area.description}</p> : null}
      {area.publicationCount > 0 ? (
        <p>
          {formatCount(area.publicationCount, 'publication')}.{' '}
          <Link href={areaPublicationsHref(area.slug)}>
            Filter them in the publications explorer →
          </Link>
        </p>
      ) : (
        <p>No publications in this area yet.</p>
      )}

      <PublicationChart chart={chart} title="Publications per year" />

      {area.posts.length > 0 ? (
        <section aria-labelledby="area-posts-heading">
          <h2 id="area-posts-heading">Posts</h2>
          <PostItems posts={area.posts} headingLevel="h3" />
        </section>
      ) : null}

      <PublicationYearGroups groups={area.publicationGroups} />
      {area.listedPublicationCount < area.publicationCount ? (
        <p>
          These are the newest {formatInteger(area.listedPublicationCount)} of{' '}
          {formatCount(area.publicationCount, 'publication')} in {area.title}.{' '}
          <Link href={areaPublicationsHref(area.slug)}>
            See all {formatCount(area.publicationCount, 'publication')} in the publications explorer
            →
          </Link>
        </p>
      ) : null}
    </div>
  );
}
