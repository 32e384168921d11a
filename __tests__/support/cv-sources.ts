import type { CvSources } from '@/lib/cv';

import { publication } from './explorer-result';

/** CV sources with every optional part present. */
export function fullSources(): CvSources {
  return {
    profile: {
      name: 'Ada Example',
      role: 'Research Scientist',
      affiliation: 'Example Lab',
      email: 'ada@example.org',
      shortBio: [
        {
          _type: 'block',
          _key: 'b',
          children: [{ _type: 'span', _key: 's', text: 'Works on accelerators.' }],
        },
      ],
      bio: [],
      photo: null,
      links: [
        {
          key: 'l',
          kind: 'scholar',
          label: 'Google Scholar',
          url: 'https://scholar.example.org/ada',
        },
      ],
      education: [
        {
          key: 'e',
          degree: 'Ph.D.',
          field: 'Computer Science',
          institution: 'Example University',
          years: '2012–2018',
        },
      ],
      appointments: [
        {
          key: 'a',
          title: 'Research Scientist',
          organization: 'Example Lab',
          years: '2019–present',
          description: null,
        },
      ],
      service: [{ key: 's', role: 'Program committee member', venue: 'ISCA 2024', years: '2024' }],
      skills: ['JAX', 'Verilog'],
    },
    researchAreas: [
      { id: 'area', slug: 'systems', title: 'Systems', topics: ['Sparsity'], description: null },
    ],
    publications: [
      publication('alpha', 2024, {
        featured: true,
        badges: [{ key: 'b', kind: 'oral', label: 'Oral Presentation' }],
      }),
      publication('beta', 2023, { type: 'preprint', typeLabel: 'Preprint' }),
      publication('gamma', 2022, { type: 'journal', typeLabel: 'Journal' }),
    ],
    honors: [
      {
        id: 'h',
        title: 'Best Paper Award',
        issuer: null,
        years: '2016–2018',
        yearStart: 2016,
        yearEnd: 2018,
      },
    ],
    media: [{ id: 'm', headline: 'Chips by AI', outlet: 'WIRED', year: 2021, url: null }],
    posts: [
      {
        id: 'p',
        slug: 'post',
        href: '/posts/post',
        title: 'A post',
        date: null,
        summary: null,
        externalUrl: null,
      },
    ],
  };
}

/** CV sources with nothing optional: a profile with only a name, no other documents. */
export function sparseSources(): CvSources {
  return {
    profile: {
      name: 'Ada Example',
      role: null,
      affiliation: null,
      email: null,
      shortBio: [],
      bio: [],
      photo: null,
      links: [],
      education: [],
      appointments: [],
      service: [],
      skills: [],
    },
    researchAreas: [],
    publications: [],
    honors: [],
    media: [],
    posts: [],
  };
}
