import { readFileSync } from 'node:fs';
import path from 'node:path';

// Reads the owner's homepage text, the source the bundled dataset was transcribed from, into
// the facts the dataset must hold. The parser follows the text's own layout: a section heading,
// then lines of the form "Title, VENUE YEAR. [PDF][Source] ** Badge **".

export type HomepagePublication = {
  section: string;
  title: string;
  venue: string;
  year: number;
  linkLabels: string[];
  badge: string | null;
};

export type HomepageFacts = {
  bioParagraphs: string[];
  sections: string[];
  publications: HomepagePublication[];
  honors: { title: string; years: string }[];
  media: { headline: string; outlet: string; year: number }[];
  blogParagraphs: string[];
};

const PUBLICATION_LINE =
  /^(?<title>.+), (?<venue>[^,]+?),? (?<year>\d{4})\. (?<links>(?:\[[A-Za-z]+\])+)(?: \*\* (?<badge>.+) \*\*)?$/;

export const HOMEPAGE_PATH = path.join(process.cwd(), 'sanity', 'seed', 'homepage.txt');

export function readHomepageFacts(): HomepageFacts {
  const lines = readFileSync(HOMEPAGE_PATH, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

  const publicationsAt = lines.indexOf('Publications');
  const honorsAt = lines.indexOf('Awards and Honors');
  const mediaAt = lines.indexOf('Media Coverage');
  const blogAt = lines.indexOf('Blogs and Videos');

  const sections: string[] = [];
  const publications: HomepagePublication[] = [];
  // The line after "Publications" points to Google Scholar and is not a section.
  for (const line of lines.slice(publicationsAt + 2, honorsAt)) {
    const match = PUBLICATION_LINE.exec(line);
    if (!match?.groups) {
      sections.push(line);
      continue;
    }
    const { title, venue, year, links, badge } = match.groups;
    publications.push({
      section: sections.at(-1) ?? '',
      title: title ?? '',
      venue: venue ?? '',
      year: Number(year),
      linkLabels: [...(links ?? '').matchAll(/\[([A-Za-z]+)\]/g)].map((link) => link[1] ?? ''),
      badge: badge ?? null,
    });
  }

  const honors = lines.slice(honorsAt + 1, mediaAt).map((line) => {
    const match = /^(.+), (\d{4}(?:-\d{4})?)\.$/.exec(line);
    return { title: match?.[1] ?? line, years: match?.[2] ?? '' };
  });

  const media = lines.slice(mediaAt + 1, blogAt).map((line) => {
    const match = /^(.+), ([^,]+), (\d{4})\.$/.exec(line);
    return { headline: match?.[1] ?? line, outlet: match?.[2] ?? '', year: Number(match?.[3]) };
  });

  return {
    bioParagraphs: lines.slice(0, publicationsAt),
    sections,
    publications,
    honors,
    media,
    blogParagraphs: lines.slice(blogAt + 1),
  };
}
