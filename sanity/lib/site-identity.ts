import 'server-only';

import { cache } from 'react';

import { FALLBACK_SITE_NAME } from '@/lib/site';

import { getProfile, getSiteSettings } from './content';

export type SiteIdentity = {
  /** The site settings' title, else the owner's name, else a generic name. */
  name: string;
  /** The site settings' description, else the owner's role and affiliation, else null. */
  description: string | null;
  ownerName: string | null;
};

/** Returns the name and description that titles, feeds and OpenGraph tags share. */
export const getSiteIdentity = cache(async (): Promise<SiteIdentity> => {
  const [settings, profile] = await Promise.all([getSiteSettings(), getProfile()]);
  const roleLine = [profile?.role, profile?.affiliation].filter(Boolean).join(', ');
  return {
    name: settings.title ?? profile?.name ?? FALLBACK_SITE_NAME,
    description: settings.description ?? (roleLine || null),
    ownerName: profile?.name ?? null,
  };
});
