import { defineArrayMember, defineField, defineType } from 'sanity';

import {
  ARXIV_CATEGORY,
  BIBTEX_KEY,
  optionTitle,
  PAGE_RANGE,
  PUBLICATION_TYPES,
} from '../constants';

/** A paper, preprint, talk, book, thesis or report in the publication list. */
export const publication = defineType({
  name: 'publication',
  title: 'Publication',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Title of the paper or talk, as published.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description:
        'URL segment of the publication, generated from the title. It must be unique among publications.',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      description:
        'Authors in the order printed on the paper, each a person document. The site hides the author line while this list is empty.',
      of: [defineArrayMember({ type: 'authorship' })],
    }),
    defineField({
      name: 'authorListTruncated',
      title: 'Author list truncated',
      type: 'boolean',
      description:
        'The list above stops before the last author, as a BibTeX "and others" does. The site prints "et al." after it.',
      initialValue: false,
    }),
    defineField({
      name: 'venue',
      title: 'Venue',
      type: 'venue',
      description:
        'Conference, journal or event where the work appeared. For a book chapter it is the book, for a thesis the university, for a technical report the institution.',
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      description: 'Year of publication.',
      initialValue: () => new Date().getFullYear(),
      validation: (rule) => rule.required().integer().min(1950).max(2100),
    }),
    defineField({
      name: 'month',
      title: 'Month',
      type: 'number',
      description:
        'Month of publication (1 to 12), when it is known but the day is not. Leave empty when the full date is set.',
      validation: (rule) => rule.integer().min(1).max(12),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'Full publication date, when known. Leave empty if only the year is known.',
      validation: (rule) =>
        rule
          .custom((date, context) => {
            const year = (context.parent as { year?: unknown } | undefined)?.year;
            if (date === undefined || typeof year !== 'number' || date.startsWith(`${year}-`)) {
              return true;
            }
            return `Date ${date} is not in the publication year ${year}. Correct the date or the year.`;
          })
          .warning(),
    }),
    defineField({
      name: 'type',
      title: 'Type',
      type: 'string',
      description: 'Kind of publication.',
      options: { list: [...PUBLICATION_TYPES], layout: 'radio', direction: 'horizontal' },
      initialValue: 'conference',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'pages',
      title: 'Pages',
      type: 'string',
      description:
        'Page range in the proceedings or journal, e.g. "123-135", a single article page such as "e1001", or pages of a numbered article such as "12:1-12:27". Citations and the tags for Google Scholar use it.',
      validation: (rule) =>
        rule.regex(PAGE_RANGE, {
          name: 'page range',
        }),
    }),
    defineField({
      name: 'volume',
      title: 'Volume',
      type: 'string',
      description:
        'Volume of the journal, proceedings or book series, e.g. "40". Citations and the tags for Google Scholar use it.',
    }),
    defineField({
      name: 'number',
      title: 'Number',
      type: 'string',
      description:
        'Issue of a journal volume, e.g. "2", or the number of a technical report, e.g. "TR-2021-07". Citations use it.',
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher',
      type: 'string',
      description:
        'Publisher of the book or proceedings, e.g. "ACM" or "Springer". Citations use it, and the page shows it for books and book chapters.',
    }),
    defineField({
      name: 'versions',
      title: 'Other versions',
      type: 'array',
      description:
        'Other publications of the same work, such as the arXiv preprint of a conference paper or its journal extension. Link each pair once, from either side: the site shows the link on both pages, and the explorer can list only the most final version (journal, then conference, workshop, preprint).',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'publication' }],
          options: { disableNew: true },
        }),
      ],
      validation: (rule) =>
        rule.unique().custom((versions, context) => {
          const ownId = context.document?._id?.replace(/^drafts\./, '');
          const linksItself = (versions ?? []).some(
            (version) => (version as { _ref?: string })._ref === ownId,
          );
          return linksItself ? 'A publication cannot be another version of itself.' : true;
        }),
    }),
    defineField({
      name: 'researchAreas',
      title: 'Research areas',
      type: 'array',
      description:
        'Research areas the publication belongs to. Choose at least one, or the area filter of the publications page never finds it.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'researchArea' }] })],
      // A warning, not an error, because a BibTeX import cannot know the areas of a new paper.
      validation: (rule) => [
        rule.unique(),
        rule
          .required()
          .min(1)
          .warning('Choose at least one research area, so the area filter can find it.'),
      ],
    }),
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      description:
        'Digital Object Identifier without the resolver prefix, e.g. "10.1145/3579371.3589057". The BibTeX import matches publications by it first.',
      validation: (rule) =>
        rule
          .regex(/^10\.\d{4,9}\/\S+$/, { name: 'DOI', invert: false })
          .error(
            'Enter the DOI without "https://doi.org/", starting with "10.", e.g. 10.1145/3579371.3589057.',
          ),
    }),
    defineField({
      name: 'arxivId',
      title: 'arXiv identifier',
      type: 'string',
      description:
        'arXiv identifier without version, e.g. "2305.12345" or "cs/0112017". The BibTeX import matches publications by it when there is no DOI.',
      validation: (rule) =>
        rule
          .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, { name: 'arXiv identifier' })
          .error('Enter the arXiv identifier without "arXiv:" or a version, e.g. 2305.12345.'),
    }),
    defineField({
      name: 'arxivPrimaryClass',
      title: 'arXiv primary category',
      type: 'string',
      description:
        'Primary arXiv category of a preprint, e.g. "cs.LG" or "hep-th". BibTeX export writes it as primaryClass next to the arXiv identifier.',
      validation: (rule) =>
        rule
          .regex(ARXIV_CATEGORY, { name: 'arXiv category' })
          .error('Enter the category as arXiv lists it, e.g. cs.LG or math.CO.'),
    }),
    defineField({
      name: 'citationKey',
      title: 'Citation key',
      type: 'string',
      description:
        'BibTeX key of the publication, e.g. "smith2023fast". Citation export uses it, and the BibTeX import matches by it when there is neither a DOI nor an arXiv identifier.',
      validation: (rule) =>
        rule
          .regex(BIBTEX_KEY, { name: 'BibTeX key' })
          .error(
            'Enter a key without spaces, commas, braces, double quotes or any of ( ) # % = \\ ~.',
          ),
    }),
    defineField({
      name: 'titleBibtex',
      title: 'Title in BibTeX',
      type: 'string',
      description:
        'Title as written in BibTeX, with braces that protect capitals ({GPU}) and inline math ($O(n^2)$). Citation export uses it, while the site shows the title above.',
    }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      description:
        'Resources for the publication, such as the PDF, code and slides. The site hides links without a URL.',
      of: [defineArrayMember({ type: 'publicationLink' })],
    }),
    defineField({
      name: 'badges',
      title: 'Badges',
      type: 'array',
      description: 'Distinctions such as awards and oral presentations.',
      of: [defineArrayMember({ type: 'badge' })],
    }),
    defineField({
      name: 'abstract',
      title: 'Abstract',
      type: 'text',
      rows: 8,
      description: 'Abstract of the paper, in plain text.',
    }),
    defineField({
      name: 'featured',
      title: 'Featured',
      type: 'boolean',
      description: 'Show this publication on the home page.',
      initialValue: false,
    }),
  ],
  orderings: [
    {
      title: 'Year, newest first',
      name: 'yearDesc',
      by: [
        { field: 'year', direction: 'desc' },
        { field: 'title', direction: 'asc' },
      ],
    },
    {
      title: 'Title, A to Z',
      name: 'titleAsc',
      by: [{ field: 'title', direction: 'asc' }],
    },
  ],
  preview: {
    select: {
      title: 'title',
      venueShortName: 'venue.shortName',
      venueName: 'venue.name',
      year: 'year',
      type: 'type',
    },
    // Subtitle example: "ISCA 2023 · Conference".
    prepare({ title, venueShortName, venueName, year, type }) {
      const venueAndYear = [venueShortName || venueName, year].filter(Boolean).join(' ');
      return {
        title: title || 'Untitled publication',
        subtitle: [venueAndYear, optionTitle(PUBLICATION_TYPES, type)].filter(Boolean).join(' · '),
      };
    },
  },
});
