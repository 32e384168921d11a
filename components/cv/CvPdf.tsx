import path from 'node:path';

import { Document, Font, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';

import type { Cv, CvSectionId } from '@/lib/cv';

// Fonts ship in the repository (assets/fonts), so the PDF needs no network and embeds subsets.
const FONT_FAMILY = 'DejaVu Serif';
const fontDirectory = path.join(process.cwd(), 'assets', 'fonts');

Font.register({
  family: FONT_FAMILY,
  fonts: [
    { src: path.join(fontDirectory, 'DejaVuSerif.ttf') },
    { src: path.join(fontDirectory, 'DejaVuSerif-Bold.ttf'), fontWeight: 'bold' },
    { src: path.join(fontDirectory, 'DejaVuSerif-Italic.ttf'), fontStyle: 'italic' },
  ],
});
// Titles and names must not break inside words.
Font.registerHyphenationCallback((word) => [word]);

const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9.5, lineHeight: 1.4, padding: '16mm 15mm' },
  name: { fontSize: 20, fontWeight: 'bold', lineHeight: 1.2, marginBottom: 4 },
  headline: { fontSize: 11, color: '#333', marginTop: 2 },
  contact: { fontSize: 9, marginTop: 4, color: '#333' },
  sectionTitle: {
    fontSize: 12,
    fontWeight: 'bold',
    marginTop: 14,
    marginBottom: 4,
    paddingBottom: 2,
    borderBottom: '0.5pt solid #999',
  },
  groupTitle: { fontSize: 10, fontWeight: 'bold', marginTop: 6, marginBottom: 2 },
  row: { flexDirection: 'row', marginBottom: 2 },
  when: { width: 70, color: '#444' },
  body: { flex: 1 },
  bold: { fontWeight: 'bold' },
  italic: { fontStyle: 'italic' },
  muted: { color: '#444' },
  entry: { marginBottom: 3 },
  link: { color: '#000', textDecoration: 'none' },
});

/** Renders the CV as a react-pdf document, with title and author in the PDF metadata. */
export function CvPdf({ cv }: { cv: Cv }) {
  return (
    <Document
      title={`${cv.name} – Curriculum vitae`}
      author={cv.name}
      subject={cv.view === 'short' ? 'Curriculum vitae (short version)' : 'Curriculum vitae'}
      language="en"
    >
      <Page size="A4" style={styles.page}>
        <View>
          <Text style={styles.name}>{cv.name}</Text>
          {cv.headline ? <Text style={styles.headline}>{cv.headline}</Text> : null}
          <Contact cv={cv} />
        </View>
        {cv.sections.map((section) => (
          <PdfSection key={section} id={section} cv={cv} />
        ))}
      </Page>
    </Document>
  );
}

function Contact({ cv }: { cv: Cv }) {
  const items = [
    ...(cv.email ? [{ key: 'email', label: cv.email, url: `mailto:${cv.email}` }] : []),
    ...cv.links.map((link) => ({
      key: link.key,
      label: `${link.label}: ${link.url}`,
      url: link.url,
    })),
  ];
  if (items.length === 0) {
    return null;
  }
  return (
    <Text style={styles.contact}>
      {items.map((item, index) => (
        <Text key={item.key}>
          {index > 0 ? ' · ' : ''}
          <Link src={item.url} style={styles.link}>
            {item.label}
          </Link>
        </Text>
      ))}
    </Text>
  );
}

function PdfSection({ id, cv }: { id: CvSectionId; cv: Cv }) {
  switch (id) {
    case 'summary':
      return (
        <View>
          <SectionTitle>Research</SectionTitle>
          {cv.summary ? <Text style={styles.entry}>{cv.summary}</Text> : null}
          {cv.researchAreas.length > 0 ? (
            <Text>
              <Text style={styles.bold}>Research areas: </Text>
              {cv.researchAreas
                .map((area) =>
                  area.topics.length > 0 ? `${area.title} (${area.topics.join(', ')})` : area.title,
                )
                .join('; ')}
            </Text>
          ) : null}
        </View>
      );
    case 'appointments':
      return (
        <View>
          <SectionTitle>Appointments</SectionTitle>
          {cv.appointments.map((entry) => (
            <Row key={entry.key} when={entry.years}>
              <Text style={styles.bold}>{entry.title}</Text>, {entry.organization}
              {entry.description ? <Text style={styles.muted}> {entry.description}</Text> : null}
            </Row>
          ))}
        </View>
      );
    case 'education':
      return (
        <View>
          <SectionTitle>Education</SectionTitle>
          {cv.education.map((entry) => (
            <Row key={entry.key} when={entry.years}>
              <Text style={styles.bold}>
                {entry.field ? `${entry.degree} in ${entry.field}` : entry.degree}
              </Text>
              , {entry.institution}
            </Row>
          ))}
        </View>
      );
    case 'honors':
      return (
        <View>
          <SectionTitle>Honors and awards</SectionTitle>
          {cv.honors.map((honor) => (
            <Row key={honor.id} when={honor.years}>
              {honor.title}
            </Row>
          ))}
        </View>
      );
    case 'service':
      return (
        <View>
          <SectionTitle>Service</SectionTitle>
          {cv.service.map((entry) => (
            <Row key={entry.key} when={entry.years}>
              {entry.role}, {entry.venue}
            </Row>
          ))}
        </View>
      );
    case 'skills':
      return (
        <View>
          <SectionTitle>Skills</SectionTitle>
          <Text>{cv.skills.join(', ')}</Text>
        </View>
      );
    case 'publications':
      return (
        <View>
          <SectionTitle>
            {cv.view === 'short' ? 'Selected publications' : 'Publications'}
          </SectionTitle>
          {cv.publicationGroups.map((group) => (
            <View key={group.type}>
              <Text style={styles.groupTitle} minPresenceAhead={24}>
                {group.title}
              </Text>
              {group.publications.map((publication, index) => (
                <View key={publication.id} style={styles.row} wrap={false}>
                  <Text style={{ width: 18 }}>{index + 1}.</Text>
                  <Text style={styles.body}>
                    <Text style={styles.bold}>{publication.title}</Text>
                    {publication.authors.length > 0 ? '. ' : ''}
                    {publication.authors.map((author, index) => (
                      <Fragment key={index}>
                        {index > 0 ? ', ' : ''}
                        <Text style={author.isOwner ? styles.bold : {}}>{author.name}</Text>
                      </Fragment>
                    ))}
                    {publication.authorListTruncated ? ', et al.' : ''}. {publication.venue}.
                    {publication.badges.map((badge) => (
                      <Text key={badge} style={styles.italic}>
                        {' '}
                        {badge}.
                      </Text>
                    ))}
                  </Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      );
    case 'media':
      return (
        <View>
          <SectionTitle>Media coverage</SectionTitle>
          {cv.media.map((mention) => (
            <Row key={mention.id} when={mention.year === null ? null : String(mention.year)}>
              {mention.headline}
              {mention.outlet ? `, ${mention.outlet}` : ''}
            </Row>
          ))}
        </View>
      );
    case 'posts':
      return (
        <View>
          <SectionTitle>Blog posts</SectionTitle>
          {cv.posts.map((post) => (
            <Row key={post.id} when={post.date}>
              {post.title}
            </Row>
          ))}
        </View>
      );
  }
}

function SectionTitle({ children }: { children: React.ReactNode }) {
  // minPresenceAhead keeps a title from ending a page without the entry below it.
  return (
    <Text style={styles.sectionTitle} minPresenceAhead={36}>
      {children}
    </Text>
  );
}

function Row({ when, children }: { when: string | null; children: React.ReactNode }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.when}>{when ?? ''}</Text>
      <Text style={styles.body}>{children}</Text>
    </View>
  );
}
