import { honor } from './documents/honor';
import { mediaMention } from './documents/mediaMention';
import { person } from './documents/person';
import { post } from './documents/post';
import { profile } from './documents/profile';
import { publication } from './documents/publication';
import { researchArea } from './documents/researchArea';
import { siteSettings } from './documents/siteSettings';
import { appointment } from './objects/appointment';
import { authorship } from './objects/authorship';
import { badge } from './objects/badge';
import { blockContent } from './objects/blockContent';
import { codeBlock } from './objects/codeBlock';
import { education } from './objects/education';
import { profileLink } from './objects/profileLink';
import { publicationLink } from './objects/publicationLink';
import { serviceRole } from './objects/serviceRole';
import { venue } from './objects/venue';
import { videoEmbed } from './objects/videoEmbed';

/** All schema types of the Studio, documents first. */
export const schemaTypes = [
  profile,
  siteSettings,
  researchArea,
  publication,
  person,
  honor,
  mediaMention,
  post,
  blockContent,
  codeBlock,
  videoEmbed,
  authorship,
  venue,
  publicationLink,
  badge,
  profileLink,
  education,
  appointment,
  serviceRole,
];

/**
 * Document types that have exactly one document, whose _id equals the type name. Studio
 * configuration can use this set to hide the create and delete actions for these types.
 */
export const singletonTypes = new Set(['profile', 'siteSettings']);
