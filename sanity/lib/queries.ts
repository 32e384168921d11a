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
  authors[]{
    _key,
    equalContribution,
    corresponding,
    "person": person->{ _id, name, orcid, homepage }
  },
  authorListTruncated,
  "researchAreas": researchAreas[]->{ _id, title, "slug": slug.current },
  links[]{ _key, kind, label, url },
  badges[]{ _key, kind, label },
  featured
`;

// The fields a citation needs beyond the list fields: the BibTeX key and title as imported, the month
// of a publication without a full date, and the details of where it appeared.
const citationFields = /* groq */ `
  abstract,
  month,
  pages,
  volume,
  number,
  publisher,
  citationKey,
  titleBibtex,
  arxivPrimaryClass
`;

// A publication without a slug or year cannot be linked or placed in the year list.
const listablePublication = /* groq */ `_type == "publication" && defined(title) && defined(slug.current) && defined(year)`;

// A post without a slug or title cannot be linked or listed.
const listablePost = /* groq */ `_type == "post" && defined(slug.current) && defined(title)`;

const postSummaryFields = /* groq */ `_id, title, "slug": slug.current, date, summary, externalUrl`;

// Dated posts first, newest first; undated posts after them by title, with _id breaking ties so
// the order never changes between requests.
const postOrder = /* groq */ `order(coalesce(date, "") desc, lower(title) asc, _id asc)`;

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

// The names by which author lists recognize the site owner: the profile's name and, when the
// profile references a person, that person's name and other spellings.
export const ownerIdentityQuery = defineQuery(`
  *[_type == "profile" && _id == "profile"][0]{
    name,
    "person": person->{ _id, name, aliases }
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
    ${citationFields}
  }
`);

export const publicationSlugsQuery = defineQuery(`
  *[${listablePublication}].slug.current
`);

// Publications the lists leave out because a required field is empty, so the build can log them.
export const incompletePublicationsQuery = defineQuery(`
  *[_type == "publication" && !(${listablePublication})]._id
`);

export const publicationBySlugQuery = defineQuery(`
  *[${listablePublication} && slug.current == $slug] | order(_id asc)[0]{
    ${publicationFields},
    ${citationFields},
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
  *[${listablePost}] | ${postOrder}[0...$limit]{ ${postSummaryFields} }
`);

export const postListQuery = defineQuery(`
  *[${listablePost}] | ${postOrder}{ ${postSummaryFields} }
`);

export const postSlugsQuery = defineQuery(`
  *[${listablePost}].slug.current
`);

// Image blocks carry only a reference to their asset; the asset document has the CDN address the
// image URL is built from. An image whose asset was never uploaded keeps `asset` null.
export const postBySlugQuery = defineQuery(`
  *[${listablePost} && slug.current == $slug][0]{
    ${postSummaryFields},
    body[]{
      ...,
      _type == "image" => { "asset": asset->{ _id, url } }
    },
    "researchAreas": researchAreas[]->{ _id, title, "slug": slug.current },
    "relatedPublications": relatedPublications[]->{${publicationFields}}
  }
`);

// Counts compare reference ids rather than dereferencing, which groq-js would do by scanning
// the dataset for every reference.
export const researchAreaOverviewQuery = defineQuery(`
  *[_type == "researchArea" && defined(slug.current) && defined(title)] | order(order asc, title asc){
    _id,
    title,
    "slug": slug.current,
    topics,
    description,
    "publicationCount": count(*[${listablePublication} && ^._id in researchAreas[]._ref]),
    "postCount": count(*[${listablePost} && ^._id in researchAreas[]._ref])
  }
`);

export const researchAreaSlugsQuery = defineQuery(`
  *[_type == "researchArea" && defined(slug.current) && defined(title)].slug.current
`);

export const researchAreaBySlugQuery = defineQuery(`
  *[_type == "researchArea" && defined(title) && slug.current == $slug][0]{
    _id,
    title,
    "slug": slug.current,
    topics,
    description,
    "publications": *[${listablePublication} && ^._id in researchAreas[]._ref]
      | order(year desc, coalesce(date, "") desc, lower(title) asc){${publicationFields}},
    "posts": *[${listablePost} && ^._id in researchAreas[]._ref] | ${postOrder}{ ${postSummaryFields} }
  }
`);

// Feeds and the sitemap. `_updatedAt` is the Content Lake's time of the last edit. Documents of
// an NDJSON file carry it only when the file was exported from a project.
export const postFeedQuery = defineQuery(`
  *[_type == "post" && defined(slug.current) && defined(title)] | order(coalesce(date, "") desc, _id asc)[0...$limit]{
    _id, _updatedAt, title, "slug": slug.current, date, summary
  }
`);

export const publicationFeedQuery = defineQuery(`
  *[${listablePublication}] | order(year desc, coalesce(date, "") desc, lower(title) asc)[0...$limit]{
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    year,
    date,
    venue{ name, shortName },
    abstract,
    "authorNames": authors[].person->name,
    "areaTitles": researchAreas[]->title
  }
`);

export const sitemapQuery = defineQuery(`{
  "publications": *[${listablePublication}]{ "slug": slug.current, _updatedAt },
  "researchAreas": *[_type == "researchArea" && defined(slug.current)]{ "slug": slug.current, _updatedAt },
  "posts": *[_type == "post" && defined(slug.current) && defined(title)]{ "slug": slug.current, _updatedAt }
}`);

// Site search over publications, posts and honors. A document matches when every word of
// `$search` matches one of its text fields, a post's body included. The score weights title
// matches above matches in other fields.
// groq-js 2.0.1 implements score() and boost(), but its numbers differ from the Content Lake's
// BM25 scores (in groq-js a boost adds its weight to a nonzero score), so the site uses only the
// order and never shows `_score`.
// The score leaves out the post body, so a post found only in its body ranks last with score 0.
// Such a post is still listed, because the filter selects documents and score() only ranks them.
export const siteSearchQuery = defineQuery(`
  *[
    (${listablePublication} && [title, venue.name, venue.shortName, abstract] match $search)
    || (_type == "post" && defined(slug.current) && defined(title) && [title, summary, pt::text(body)] match $search)
    || (_type == "honor" && defined(title) && defined(yearStart) && [title, issuer] match $search)
  ]
  | score(
    boost(title match $search, 3),
    [venue.name, venue.shortName, issuer, abstract, summary] match $search
  )
  | order(_score desc, lower(title) asc)[0...$limit]{
    _type,
    _id,
    title,
    "slug": slug.current,
    year,
    type,
    venue{ name, shortName },
    date,
    summary,
    issuer,
    yearStart,
    yearEnd
  }
`);
