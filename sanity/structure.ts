import type { StructureResolver } from 'sanity/structure';

import { singletonTypes } from './schemaTypes';

/** Document types listed one after another below the singletons, in this order. */
const LISTED_TYPES = ['person', 'researchArea', 'honor', 'mediaMention', 'post'] as const;

/**
 * Arranges the Studio's desk: the profile and site settings as single documents, publications newest first with a
 * sub-list per research area, persons by name, then a list for each other type.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Profile')
        .id('profile')
        .child(S.document().schemaType('profile').documentId('profile').title('Profile')),
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .child(
          S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings'),
        ),
      S.divider(),
      S.listItem()
        .title('Publications')
        .schemaType('publication')
        .child(
          S.list()
            .title('Publications')
            .items([
              S.listItem()
                .title('All publications')
                .schemaType('publication')
                .child(
                  S.documentTypeList('publication')
                    .title('All publications')
                    .defaultOrdering([
                      { field: 'year', direction: 'desc' },
                      { field: 'title', direction: 'asc' },
                    ]),
                ),
              S.listItem()
                .title('By research area')
                .child(
                  S.documentTypeList('researchArea')
                    .title('Research areas')
                    .child((areaId) =>
                      S.documentList()
                        .title('Publications')
                        .schemaType('publication')
                        .filter('_type == "publication" && references($areaId)')
                        .params({ areaId })
                        .defaultOrdering([{ field: 'year', direction: 'desc' }]),
                    ),
                ),
            ]),
        ),
      ...LISTED_TYPES.map((type) =>
        type === 'person'
          ? S.listItem()
              .title('Persons')
              .schemaType('person')
              .child(
                S.documentTypeList('person')
                  .title('Persons')
                  .defaultOrdering([{ field: 'name', direction: 'asc' }]),
              )
          : S.documentTypeListItem(type),
      ),
      ...S.documentTypeListItems().filter((item) => {
        const id = item.getId() ?? '';
        return (
          !singletonTypes.has(id) &&
          id !== 'publication' &&
          !(LISTED_TYPES as readonly string[]).includes(id)
        );
      }),
    ]);
