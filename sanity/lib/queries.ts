import { defineQuery } from 'groq';

// Every query of the site lives here, so both content sources run the same text. Values from
// visitors reach a query only as `$parameters`.

const publicationFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  year,
  date,
  type,
  venue{ name, shortName },
  authors[]{ _key, name, isOwner },
  "researchAreas": researchAreas[]->{ _id, title, "slug": slug.current },
  links[]{ _key, kind, label, url },
  badges[]{ _key, kind, label },
  featured
`;

// A publication without a slug or year cannot be linked or placed in the year list.
const listablePublication = /* groq */ `_type == "publication" && defined(slug.current) && defined(year)`;

const textMatch = /* groq */ `($search == "" || [title, venue.name, venue.shortName, abstract] match $search)`;

export const profileQuery = defineQuery(`
  *[_type == "profile" && _id == "profile"][0]{
    name,
    role,
    affiliation,
    email,
    shortBio,
    bio,
    "photo": photo{ alt, "url": asset->url, "width": asset->metadata.dimensions.width, "height": asset->metadata.dimensions.height },
    links[]{ _key, kind, label, url },
    education[]{ _key, degree, field, institution, startYear, endYear },
    appointments[]{ _key, title, organization, startYear, endYear, description },
    service[]{ _key, role, venue, startYear, endYear },
    skills
  }
`);

export const siteSettingsQuery = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0]{ title, description }
`);

export const researchAreasQuery = defineQuery(`
  *[_type == "researchArea" && defined(slug.current)] | order(order asc, title asc){
    _id,
    title,
    "slug": slug.current,
    topics,
    description
  }
`);

export const explorerPublicationsQuery = defineQuery(`
  *[${listablePublication}
    && (!$filterByArea || count(researchAreas[_ref in $areaIds]) > 0)
    && (count($years) == 0 || year in $years)
    && (count($types) == 0 || type in $types)
    && ${textMatch}
    && !(_id in $hiddenIds)
  ] | order(year desc, coalesce(date, "") desc, lower(title) asc){${publicationFields}}
`);

// One light row per publication that matches the text search. The explorer counts facets from
// these rows in a single pass, so each facet's counts can leave out its own filter.
export const explorerFacetRowsQuery = defineQuery(`
  *[${listablePublication} && ${textMatch} && !(_id in $hiddenIds)]{
    year,
    type,
    "areaIds": researchAreas[]._ref
  }
`);

export const featuredPublicationsQuery = defineQuery(`
  *[${listablePublication} && featured == true] | order(year desc, lower(title) asc)[0...$limit]{${publicationFields}}
`);

export const latestPublicationsQuery = defineQuery(`
  *[${listablePublication}] | order(year desc, coalesce(date, "") desc, lower(title) asc)[0...$limit]{${publicationFields}}
`);

// Each publication that links other versions of its work, with the types and years that decide
// which version is the most final. A link to a missing or unpublished document dereferences to
// null, and one to a publication without slug or year is marked as not listable.
export const publicationVersionLinksQuery = defineQuery(`
  *[${listablePublication} && count(versions) > 0]{
    _id,
    type,
    year,
    "versions": versions[]->{ _id, type, year, "listable": ${listablePublication} }
  }
`);

// Every listable publication with the fields a citation needs, for the BibTeX export.
export const citablePublicationsQuery = defineQuery(`
  *[${listablePublication}] | order(year desc, coalesce(date, "") desc, lower(title) asc){
    ${publicationFields},
    abstract,
    pages
  }
`);

export const publicationSlugsQuery = defineQuery(`
  *[${listablePublication}].slug.current
`);

export const publicationBySlugQuery = defineQuery(`
  *[${listablePublication} && slug.current == $slug][0]{
    ${publicationFields},
    abstract,
    pages,
    "versions": *[${listablePublication} && _id != ^._id && (_id in ^.versions[]._ref || ^._id in versions[]._ref)] | order(year asc, coalesce(date, "") asc){
      _id, title, "slug": slug.current, year, type, venue{ name, shortName }
    },
    "relatedPosts": *[_type == "post" && defined(slug.current) && references(^._id)] | order(coalesce(date, "") desc, title asc){
      _id, title, "slug": slug.current, date, summary, externalUrl
    }
  }
`);

export const honorsQuery = defineQuery(`
  *[_type == "honor" && defined(title) && defined(yearStart)] | order(coalesce(yearEnd, yearStart) desc, yearStart desc, title asc){
    _id, title, issuer, yearStart, yearEnd
  }
`);

export const mediaMentionsQuery = defineQuery(`
  *[_type == "mediaMention" && defined(headline)] | order(year desc, outlet asc){
    _id, headline, outlet, year, url
  }
`);

export const postsQuery = defineQuery(`
  *[_type == "post" && defined(slug.current) && defined(title)] | order(coalesce(date, "") desc, _id asc)[0...$limit]{
    _id, title, "slug": slug.current, date, summary, externalUrl
  }
`);
