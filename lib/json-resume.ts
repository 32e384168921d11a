import type { Cv } from './cv';

// The JSON Resume format, schema v1 (jsonresume.org/schema), limited to the sections a research
// CV fills. Dates may be a year alone, which is all the content gives for most entries.

type ResumeDate = string;

export type JsonResume = {
  $schema: string;
  basics: {
    name: string;
    label?: string;
    email?: string;
    url?: string;
    summary?: string;
    profiles: { network: string; url: string }[];
  };
  work: {
    name: string;
    position: string;
    startDate?: ResumeDate;
    endDate?: ResumeDate;
    summary?: string;
  }[];
  education: {
    institution: string;
    studyType: string;
    area?: string;
    startDate?: ResumeDate;
    endDate?: ResumeDate;
  }[];
  awards: { title: string; date?: ResumeDate; summary?: string }[];
  volunteer: {
    organization: string;
    position: string;
    startDate?: ResumeDate;
    endDate?: ResumeDate;
  }[];
  skills: { name: string }[];
  publications: {
    name: string;
    publisher?: string;
    releaseDate?: ResumeDate;
    url?: string;
    summary?: string;
  }[];
  interests: { name: string; keywords: string[] }[];
  meta: { canonical?: string; version: string };
};

const SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** Converts the CV to JSON Resume; `siteUrl` makes publication links and the canonical URL absolute. */
export function toJsonResume(cv: Cv, siteUrl: string): JsonResume {
  return {
    $schema: SCHEMA_URL,
    basics: {
      name: cv.name,
      ...(cv.headline ? { label: cv.headline } : {}),
      ...(cv.email ? { email: cv.email } : {}),
      url: siteUrl,
      ...(cv.summary ? { summary: cv.summary } : {}),
      profiles: cv.links.map((link) => ({ network: link.label, url: link.url })),
    },
    work: cv.appointments.map((entry) => ({
      name: entry.organization,
      position: entry.title,
      ...yearRange(entry.years),
      ...(entry.description ? { summary: entry.description } : {}),
    })),
    education: cv.education.map((entry) => ({
      institution: entry.institution,
      studyType: entry.degree,
      ...(entry.field ? { area: entry.field } : {}),
      ...yearRange(entry.years),
    })),
    awards: cv.honors.map((honor) => ({
      title: honor.title,
      ...(firstYear(honor.years) ? { date: firstYear(honor.years) } : {}),
      ...(honor.years.includes('–') ? { summary: honor.years } : {}),
    })),
    volunteer: cv.service.map((entry) => ({
      organization: entry.venue,
      position: entry.role,
      ...yearRange(entry.years),
    })),
    skills: cv.skills.map((name) => ({ name })),
    publications: cv.publicationGroups.flatMap((group) =>
      group.publications.map((publication) => ({
        name: publication.title,
        publisher: publication.venue,
        ...(firstYear(publication.venue) ? { releaseDate: firstYear(publication.venue) } : {}),
        url: new URL(publication.path, siteUrl).href,
        ...(publication.badges.length > 0 ? { summary: publication.badges.join('; ') } : {}),
      })),
    ),
    interests: cv.researchAreas.map((area) => ({ name: area.title, keywords: area.topics })),
    meta: { canonical: new URL('/cv.json', siteUrl).href, version: 'v1.0.0' },
  };
}

/** Reads "2016–2018", "2019–present", "until 2019" or "2023" into JSON Resume dates. */
function yearRange(years: string | null): { startDate?: ResumeDate; endDate?: ResumeDate } {
  if (!years) return {};
  const until = /^until (\d{4})$/.exec(years);
  if (until?.[1]) return { endDate: until[1] };
  const [start, end] = years.split('–');
  return {
    ...(start && /^\d{4}$/.test(start) ? { startDate: start } : {}),
    ...(end && /^\d{4}$/.test(end) ? { endDate: end } : {}),
  };
}

function firstYear(text: string): string | undefined {
  return /\b(\d{4})\b/.exec(text)?.[1];
}
