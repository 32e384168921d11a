/** @jest-environment node */
import { documentsOfType, readBundledDocuments } from '../support/bundled-dataset';
import { readHomepageFacts } from '../support/homepage-text';

const facts = readHomepageFacts();
const documents = readBundledDocuments();

type Ref = { _ref: string };
type Publication = {
  _id: string;
  title: string;
  slug: { current: string };
  venue: { shortName: string };
  year: number;
  researchAreas: Ref[];
  links?: { kind: string; url?: string }[];
  badges?: { kind: string; label: string }[];
};
type Area = { _id: string; title: string; topics?: string[]; order: number };

const publications = documentsOfType(documents, 'publication') as unknown as Publication[];
const areas = documentsOfType(documents, 'researchArea') as unknown as Area[];

const LINK_KIND_BY_LABEL: Record<string, string> = {
  PDF: 'pdf',
  Source: 'code',
  Arxiv: 'arxiv',
  Video: 'video',
  Retrospective: 'retrospective',
};

function areaHeading(area: Area): string {
  return area.topics?.length ? `${area.title} (${area.topics.join(', ')})` : area.title;
}

describe('bundled dataset against the homepage text', () => {
  it('has as many documents of each type as the text has items', () => {
    expect(facts.publications).toHaveLength(34);
    expect(publications).toHaveLength(facts.publications.length);
    expect(areas).toHaveLength(facts.sections.length);
    expect(documentsOfType(documents, 'honor')).toHaveLength(facts.honors.length);
    expect(documentsOfType(documents, 'mediaMention')).toHaveLength(facts.media.length);
    expect(documentsOfType(documents, 'post')).toHaveLength(facts.blogParagraphs.length);
    expect(documentsOfType(documents, 'profile')).toHaveLength(1);
  });

  it('has one research area per section, in the text order', () => {
    const ordered = [...areas].sort((a, b) => a.order - b.order);
    expect(ordered.map(areaHeading)).toEqual(facts.sections);
  });

  it.each(facts.publications.map((item) => [item.title, item] as const))(
    'transcribes "%s"',
    (_title, item) => {
      const matches = publications.filter((publication) => publication.title === item.title);
      expect(matches).toHaveLength(1);
      const publication = matches[0]!;

      expect(publication.venue.shortName).toBe(item.venue);
      expect(publication.year).toBe(item.year);

      const area = areas.find((candidate) => areaHeading(candidate) === item.section);
      expect(publication.researchAreas.map((ref) => ref._ref)).toEqual([area?._id]);

      expect((publication.links ?? []).map((link) => link.kind)).toEqual(
        item.linkLabels.map((label) => LINK_KIND_BY_LABEL[label]),
      );

      const badgeText = item.badge?.replace(/^[^\p{L}]+/u, '') ?? null;
      expect(publication.badges?.map((badge) => badge.label) ?? []).toEqual(
        badgeText ? [badgeText] : [],
      );
    },
  );

  it('records every badge with its kind', () => {
    const kinds = publications
      .flatMap((publication) => publication.badges ?? [])
      .map((b) => b.kind);
    expect(kinds.sort()).toEqual(['award', 'hall-of-fame', 'oral', 'oral', 'spotlight']);
  });

  it('gives every publication a unique slug', () => {
    const slugs = publications.map((publication) => publication.slug.current);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('transcribes every honor with its years', () => {
    const honors = documentsOfType(documents, 'honor').map((honor) => ({
      title: honor.title,
      years: honor.yearEnd
        ? `${String(honor.yearStart)}-${String(honor.yearEnd)}`
        : String(honor.yearStart),
    }));
    expect(honors).toEqual(facts.honors);
  });

  it('transcribes every media item', () => {
    const media = documentsOfType(documents, 'mediaMention').map((mention) => ({
      headline: mention.headline,
      outlet: mention.outlet,
      year: mention.year,
    }));
    expect(media).toEqual(facts.media);
  });

  it('keeps each blog summary word for word as a post', () => {
    const summaries = documentsOfType(documents, 'post').map((post) => post.summary);
    expect(summaries).toEqual(facts.blogParagraphs);
  });

  it('keeps the bio word for word in the profile', () => {
    const [profile] = documentsOfType(documents, 'profile');
    const bio = (profile?.bio as { children: { text: string }[] }[]).map((block) =>
      block.children.map((child) => child.text).join(''),
    );
    expect(profile?.name).toBe('Amir Yazdanbakhsh');
    expect(bio).toEqual(facts.bioParagraphs);
  });

  it('invents no URL, author, date, abstract or email', () => {
    const inventedFields = [
      'url',
      'href',
      'externalUrl',
      'authors',
      'date',
      'abstract',
      'email',
      'photo',
    ];
    const found: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, `${path}[${index}]`));
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          if (inventedFields.includes(key)) found.push(`${path}.${key}`);
          visit(child, `${path}.${key}`);
        }
      }
    };
    for (const document of documents) visit(document, document._id);
    expect(found).toEqual([]);
  });

  it('uses ids a public dataset serves', () => {
    // Ids with a dot are private to authenticated requests, and drafts must not ship.
    for (const document of documents) {
      expect(document._id).toMatch(/^[a-zA-Z0-9_-]+$/);
    }
  });
});
