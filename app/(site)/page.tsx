import type { Metadata } from 'next';

import { FeaturedPublications } from '@/components/home/FeaturedPublications';
import { HonorsMediaTimeline } from '@/components/home/HonorsMediaTimeline';
import { PersonJsonLd } from '@/components/home/PersonJsonLd';
import { PostList } from '@/components/home/PostList';
import { ProfileIntro } from '@/components/home/ProfileIntro';
import { ResearchAreaList } from '@/components/home/ResearchAreaList';
import { pageMetadata } from '@/lib/page-metadata';
import { buildTimeline } from '@/lib/timeline';
import {
  getFeaturedPublications,
  getHonors,
  getMediaMentions,
  getPosts,
  getProfile,
  getResearchAreas,
} from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

const FEATURED_LIMIT = 6;
const POSTS_LIMIT = 4;

export async function generateMetadata(): Promise<Metadata> {
  const identity = await getSiteIdentity();
  return pageMetadata({
    path: '/',
    title: identity.name,
    absoluteTitle: true,
    description: identity.description,
    siteName: identity.name,
  });
}

export default async function HomePage() {
  const [profile, areas, featured, posts, honors, mentions] = await Promise.all([
    getProfile(),
    getResearchAreas(),
    getFeaturedPublications(FEATURED_LIMIT),
    getPosts(POSTS_LIMIT),
    getHonors(),
    getMediaMentions(),
  ]);
  return (
    <div className="home">
      {profile ? <PersonJsonLd profile={profile} /> : null}
      {profile ? <ProfileIntro profile={profile} /> : <h1>Research portfolio</h1>}
      <ResearchAreaList areas={areas} />
      <FeaturedPublications publications={featured} />
      <HonorsMediaTimeline years={buildTimeline(honors, mentions)} />
      <PostList posts={posts} />
    </div>
  );
}
