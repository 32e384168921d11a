import {
  defineDocuments,
  defineLocations,
  type PresentationPluginOptions,
} from 'sanity/presentation';

/** Tells the Presentation tool which page shows which document, both ways. */
export const resolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: '/', filter: '_type == "profile" && _id == "profile"' },
    { route: '/publications/:slug', filter: '_type == "publication" && slug.current == $slug' },
  ]),
  locations: {
    publication: defineLocations({
      select: { title: 'title', slug: 'slug.current' },
      resolve: (doc) => ({
        locations: [
          ...(doc?.slug
            ? [{ title: doc.title ?? 'Untitled', href: `/publications/${doc.slug}` }]
            : []),
          { title: 'Publications', href: '/publications' },
        ],
      }),
    }),
    profile: defineLocations({
      message: 'The profile appears on every page.',
      locations: [{ title: 'Home', href: '/' }],
    }),
  },
};
