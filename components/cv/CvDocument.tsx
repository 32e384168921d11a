import Link from 'next/link';

import type { Cv, CvSectionId } from '@/lib/cv';

/** Renders the CV as HTML: the /cv page on screen and in print. */
export function CvDocument({ cv }: { cv: Cv }) {
  return (
    <article className="cv" aria-labelledby="cv-name">
      <header className="cv__header">
        <h1 id="cv-name">{cv.name}</h1>
        {cv.headline ? <p className="cv__headline">{cv.headline}</p> : null}
        <ContactList cv={cv} />
      </header>
      {cv.sections.map((section) => (
        <CvSection key={section} id={section} cv={cv} />
      ))}
    </article>
  );
}

function ContactList({ cv }: { cv: Cv }) {
  if (!cv.email && cv.links.length === 0) {
    return null;
  }
  return (
    <ul className="cv__contact" aria-label="Contact">
      {cv.email ? (
        <li>
          <a href={`mailto:${cv.email}`}>{cv.email}</a>
        </li>
      ) : null}
      {cv.links.map((link) => (
        <li key={link.key}>
          <a href={link.url}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}

function CvSection({ id, cv }: { id: CvSectionId; cv: Cv }) {
  switch (id) {
    case 'summary':
      return (
        <section className="cv__section" aria-labelledby="cv-summary">
          <h2 id="cv-summary">Research</h2>
          {cv.summary ? <p>{cv.summary}</p> : null}
          {cv.researchAreas.length > 0 ? (
            <p>
              <strong>Research areas:</strong>{' '}
              {cv.researchAreas
                .map((area) =>
                  area.topics.length > 0 ? `${area.title} (${area.topics.join(', ')})` : area.title,
                )
                .join('; ')}
            </p>
          ) : null}
        </section>
      );
    case 'appointments':
      return (
        <DatedSection id="cv-appointments" title="Appointments">
          {cv.appointments.map((entry) => (
            <DatedEntry key={entry.key} when={entry.years}>
              <strong>{entry.title}</strong>, {entry.organization}
              {entry.description ? <span className="cv__note"> {entry.description}</span> : null}
            </DatedEntry>
          ))}
        </DatedSection>
      );
    case 'education':
      return (
        <DatedSection id="cv-education" title="Education">
          {cv.education.map((entry) => (
            <DatedEntry key={entry.key} when={entry.years}>
              <strong>{entry.field ? `${entry.degree} in ${entry.field}` : entry.degree}</strong>,{' '}
              {entry.institution}
            </DatedEntry>
          ))}
        </DatedSection>
      );
    case 'honors':
      return (
        <DatedSection id="cv-honors" title="Honors and awards">
          {cv.honors.map((honor) => (
            <DatedEntry key={honor.id} when={honor.years}>
              {honor.title}
            </DatedEntry>
          ))}
        </DatedSection>
      );
    case 'service':
      return (
        <DatedSection id="cv-service" title="Service">
          {cv.service.map((entry) => (
            <DatedEntry key={entry.key} when={entry.years}>
              {entry.role}, {entry.venue}
            </DatedEntry>
          ))}
        </DatedSection>
      );
    case 'skills':
      return (
        <section className="cv__section" aria-labelledby="cv-skills">
          <h2 id="cv-skills">Skills</h2>
          <p>{cv.skills.join(', ')}</p>
        </section>
      );
    case 'publications':
      return (
        <section className="cv__section" aria-labelledby="cv-publications">
          <h2 id="cv-publications">
            {cv.view === 'short' ? 'Selected publications' : 'Publications'}
          </h2>
          {cv.publicationGroups.map((group) => (
            <div key={group.type} className="cv__group">
              <h3>{group.title}</h3>
              <ol className="cv__publications">
                {group.publications.map((publication) => (
                  <li key={publication.id}>
                    <Link href={publication.path}>{publication.title}</Link>
                    {publication.authors.length > 0 ? (
                      <span>
                        .{' '}
                        {publication.authors.map((author, index) => (
                          <span key={index}>
                            {index > 0 ? ', ' : null}
                            {author.isOwner ? <strong>{author.name}</strong> : author.name}
                          </span>
                        ))}
                        {publication.authorListTruncated ? ', et al.' : null}
                      </span>
                    ) : null}
                    <span className="cv__venue">. {publication.venue}.</span>
                    {publication.badges.map((badge) => (
                      <span key={badge} className="cv__badge">
                        {' '}
                        {badge}.
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      );
    case 'media':
      return (
        <DatedSection id="cv-media" title="Media coverage">
          {cv.media.map((mention) => (
            <DatedEntry key={mention.id} when={mention.year === null ? null : String(mention.year)}>
              {mention.url ? <a href={mention.url}>{mention.headline}</a> : mention.headline}
              {mention.outlet ? `, ${mention.outlet}` : null}
            </DatedEntry>
          ))}
        </DatedSection>
      );
    case 'posts':
      return (
        <DatedSection id="cv-posts" title="Blog posts">
          {cv.posts.map((post) => (
            <DatedEntry key={post.id} when={post.date}>
              {post.externalUrl ? <a href={post.externalUrl}>{post.title}</a> : post.title}
            </DatedEntry>
          ))}
        </DatedSection>
      );
  }
}

function DatedSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section className="cv__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="cv__dated">{children}</ul>
    </section>
  );
}

function DatedEntry({ when, children }: { when: string | null; children: React.ReactNode }) {
  return (
    <li>
      <span className="cv__when">{when ?? ''}</span>
      <span>{children}</span>
    </li>
  );
}
