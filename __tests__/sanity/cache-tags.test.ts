/** @jest-environment node */
import {
  ALL_CACHE_TAGS,
  CACHE_TAGS,
  MAPPED_DOCUMENT_TYPES,
  tagsForDocumentType,
} from '@/sanity/lib/cache-tags';
import { schemaTypes } from '@/sanity/schemaTypes';

describe('tagsForDocumentType', () => {
  it('maps every document type of the schema', () => {
    const documentTypes = schemaTypes
      .filter((type) => type.type === 'document')
      .map((type) => type.name);
    expect([...MAPPED_DOCUMENT_TYPES].sort()).toEqual([...documentTypes].sort());
  });

  it.each([
    ['profile', [CACHE_TAGS.profile]],
    ['researchArea', [CACHE_TAGS.researchAreas, CACHE_TAGS.publications, CACHE_TAGS.posts]],
    ['publication', [CACHE_TAGS.publications, CACHE_TAGS.posts]],
    ['post', [CACHE_TAGS.posts, CACHE_TAGS.publications]],
    ['honor', [CACHE_TAGS.honors]],
    ['mediaMention', [CACHE_TAGS.mediaMentions]],
  ])('maps %s to its own tag and its dependents', (documentType, tags) => {
    expect(tagsForDocumentType(documentType)).toEqual(tags);
  });

  it('invalidates everything for an unknown type', () => {
    expect(tagsForDocumentType('somethingNew')).toEqual(ALL_CACHE_TAGS);
  });

  it('does not treat inherited object keys as types', () => {
    expect(tagsForDocumentType('constructor')).toEqual(ALL_CACHE_TAGS);
    expect(tagsForDocumentType('__proto__')).toEqual(ALL_CACHE_TAGS);
  });
});
