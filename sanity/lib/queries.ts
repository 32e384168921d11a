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

// The explorer's optional filter clauses are written with select() rather than `||`, because
// groq-js 2.0.1 evaluates both operands of `||` and `&&`, while select() evaluates only the branch
// it takes. So a filter the visitor did not set costs nothing. Over 10,000 publications from
// bench/generate-dataset.ts, with no cached result, the first page of the unfiltered list took
// about 340 ms instead of 900 ms (one run of 5, on a shared 2-core machine).
const textMatch = /* groq */ `select($search != "" => [title, venue.name, venue.shortName, abstract] match $search, true)`;

const notHidden = /* groq */ `select(count($hiddenIds) > 0 => !(_id in $hiddenIds), true)`;

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

// The order of every full publication list. `_id` breaks ties, so a publication keeps its
// place from one request to the next and each one lands on exactly one page.
const publicationOrder = /* groq */ `order(year desc, coalesce(date, "") desc, lower(title) asc, _id asc)`;

// One page of the explorer's list. The slice follows the order, so the projection with its
// dereferences runs for one page only. The explorer counts the whole list from the facet rows
// below, with a test per filter clause that lib/explorer-facets.ts keeps equal to this filter.
export const explorerPublicationsQuery = defineQuery(`
  *[${listablePublication}
    && select($filterByArea => count(researchAreas[_ref in $areaIds]) > 0, true)
    && select(count($years) > 0 => year in $years, true)
    && select(count($types) > 0 => type in $types, true)
    && ${textMatch}
    && ${notHidden}
  ] | ${publicationOrder}[$start...$end]{${publicationFields}}
`);

export const publicationListQuery = defineQuery(`
  *[${listablePublication}] | ${publicationOrder}{${publicationFields}}
`);

// Each listable publication's slug, to find publications that share one.
export const publicationSlugOwnersQuery = defineQuery(`
  *[${listablePublication}]{ _id, "slug": slug.current }
`);

// One light row per publication that matches the text search. The explorer counts facets from
// these rows in a single pass, so each facet's counts can leave out its own filter.
export const explorerFacetRowsQuery = defineQuery(`
  *[${listablePublication} && ${textMatch} && ${notHidden}]{
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

// The newest `$limit` posts, in the order of the posts page, for the build to prerender.
export const newestPostSlugsQuery = defineQuery(`
  *[${listablePost}] | ${postOrder}[0...$limit].slug.current
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

// An area's newest publications up to `$publicationLimit`, and the year of every one of its
// publications, which gives the total and the count under each year heading. `$hiddenIds` are
// the publications that the explorer leaves out too, so the total matches the explorer's.
export const researchAreaBySlugQuery = defineQuery(`
  *[_type == "researchArea" && defined(title) && slug.current == $slug][0]{
    _id,
    title,
    "slug": slug.current,
    topics,
    description,
    "publications": *[${listablePublication} && ^._id in researchAreas[]._ref && !(_id in $hiddenIds)]
      | ${publicationOrder}[0...$publicationLimit]{${publicationFields}},
    "publicationYears": *[${listablePublication} && ^._id in researchAreas[]._ref && !(_id in $hiddenIds)].year,
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
