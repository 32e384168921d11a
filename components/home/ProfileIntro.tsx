import Image from 'next/image';

import { PortableTextBody } from '@/components/PortableTextBody';
import type { Profile } from '@/lib/content-types';

export function ProfileIntro({ profile }: { profile: Profile }) {
  const position = [profile.role, profile.affiliation].filter(Boolean).join(', ');

  return (
    <section className="intro" aria-labelledby="intro-name">
      {profile.photo ? (
        <Image
          className="intro__photo"
          src={profile.photo.url}
          alt={profile.photo.alt}
          width={profile.photo.width}
          height={profile.photo.height}
          sizes="10rem"
          priority
        />
      ) : null}
      <div>
        <h1 id="intro-name">{profile.name}</h1>
        {position ? <p className="intro__position">{position}</p> : null}
        <div className="prose">
          <PortableTextBody value={profile.bio.length > 0 ? profile.bio : profile.shortBio} />
        </div>
        {profile.email ? (
          <p>
            <a href={`mailto:${profile.email}`}>{profile.email}</a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
