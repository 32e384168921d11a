import type {
  Honor,
  LinkView,
  MediaMention,
  PostSummary,
  Profile,
  PublicationSummary,
  ResearchArea,
} from './content-types';
import { toPlainText } from './portable-text';
import type { PublicationType } from './publication-types';

/** `full` lists everything; `short` is for recruiters: selected publications, honors first. */
export type CvView = 'full' | 'short';

export const CV_VIEWS: readonly CvView[] = ['full', 'short'];

export type CvSectionId =
  | 'summary'
  | 'appointments'
  | 'education'
  | 'honors'
  | 'service'
  | 'publications'
  | 'media'
  | 'posts'
  | 'skills';

export type CvPublication = {
  id: string;
  title: string;
  /** "ISCA 2023"; the year alone when the venue is unknown. */
  venue: string;
  /** Author names in order, the owner marked so the CV can set it in bold; empty when unknown. */
  authors: { name: string; isOwner: boolean }[];
  authorListTruncated: boolean;
  badges: string[];
  /** The site's page for the publication. */
  path: string;
};

export type CvPublicationGroup = {
  type: PublicationType | 'other';
  title: string;
  publications: CvPublication[];
};

/** A CV assembled from the site's content: one model for the page, the PDF and JSON Resume. */
export type Cv = {
  view: CvView;
  name: string;
  /** Role and affiliation, e.g. "Research Scientist, Google Research". */
  headline: string | null;
  email: string | null;
  links: LinkView[];
  summary: string | null;
  researchAreas: { title: string; topics: string[] }[];
  appointments: Profile['appointments'];
  education: Profile['education'];
  service: Profile['service'];
  skills: string[];
  honors: Honor[];
  publicationGroups: CvPublicationGroup[];
  media: MediaMention[];
  posts: PostSummary[];
  /** Sections in reading order; a section without entries is left out. */
  sections: CvSectionId[];
};

export type CvSources = {
  profile: Profile | null;
  researchAreas: ResearchArea[];
  publications: PublicationSummary[];
  honors: Honor[];
  media: MediaMention[];
  posts: PostSummary[];
};

// A Record over every type, so adding a publication type without a group title fails to compile.
const GROUP_TITLES: Record<PublicationType | 'other', string> = {
  conference: 'Conference papers',
  journal: 'Journal articles',
  workshop: 'Workshop papers',
  preprint: 'Preprints',
  talk: 'Talks',
  book: 'Books',
  chapter: 'Book chapters',
  report: 'Technical reports',
  'doctoral-thesis': 'Doctoral thesis',
  'masters-thesis': "Master's thesis",
  other: 'Other publications',
};

const GROUP_ORDER: readonly (PublicationType | 'other')[] = [
  'conference',
  'journal',
  'book',
  'chapter',
  'workshop',
  'preprint',
  'report',
  'doctoral-thesis',
  'masters-thesis',
  'talk',
  'other',
];

const SECTION_ORDER: Record<CvView, readonly CvSectionId[]> = {
  full: [
    'summary',
    'appointments',
    'education',
    'honors',
    'service',
    'publications',
    'media',
    'posts',
    'skills',
  ],
  short: ['summary', 'honors', 'appointments', 'education', 'publications', 'skills'],
};

/** Names the CV's owner when the profile has no name yet. */
export const UNNAMED_CV = 'Curriculum vitae';

export function parseCvView(value: string | string[] | undefined | null): CvView {
  return value === 'short' ? 'short' : 'full';
}

export function buildCv(sources: CvSources, view: CvView): Cv {
  const { profile } = sources;
  const publications =
    view === 'short' ? sources.publications.filter((item) => item.featured) : sources.publications;

  const cv: Omit<Cv, 'sections'> = {
    view,
    name: profile?.name ?? UNNAMED_CV,
    headline: [profile?.role, profile?.affiliation].filter(Boolean).join(', ') || null,
    email: profile?.email ?? null,
    links: profile?.links ?? [],
    summary: profile ? toPlainText(profile.shortBio) || null : null,
    researchAreas: sources.researchAreas.map((area) => ({
      title: area.title,
      topics: area.topics,
    })),
    appointments: profile?.appointments ?? [],
    education: profile?.education ?? [],
    service: profile?.service ?? [],
    skills: profile?.skills ?? [],
    honors: sources.honors,
    publicationGroups: groupByType(publications),
    media: view === 'short' ? [] : sources.media,
    posts: view === 'short' ? [] : sources.posts,
  };

  const hasEntries: Record<CvSectionId, boolean> = {
    summary: cv.summary !== null || cv.researchAreas.length > 0,
    appointments: cv.appointments.length > 0,
    education: cv.education.length > 0,
    honors: cv.honors.length > 0,
    service: cv.service.length > 0,
    skills: cv.skills.length > 0,
    publications: cv.publicationGroups.length > 0,
    media: cv.media.length > 0,
    posts: cv.posts.length > 0,
  };
  return { ...cv, sections: SECTION_ORDER[view].filter((section) => hasEntries[section]) };
}

function groupByType(publications: readonly PublicationSummary[]): CvPublicationGroup[] {
  const groups = new Map<PublicationType | 'other', CvPublication[]>();
  for (const publication of publications) {
    const type = publication.type ?? 'other';
    const entries = groups.get(type) ?? [];
    entries.push(toCvPublication(publication));
    groups.set(type, entries);
  }
  return GROUP_ORDER.flatMap((type) => {
    const entries = groups.get(type);
    return entries ? [{ type, title: GROUP_TITLES[type], publications: entries }] : [];
  });
}

function toCvPublication(publication: PublicationSummary): CvPublication {
  return {
    id: publication.id,
    title: publication.title,
    venue: [publication.venue?.label, publication.year].filter(Boolean).join(' '),
    authors: publication.authors.map((author) => ({ name: author.name, isOwner: author.isOwner })),
    authorListTruncated: publication.authorListTruncated,
    badges: publication.badges.map((badge) => badge.label),
    path: publication.href,
  };
}
