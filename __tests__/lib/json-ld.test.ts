import type { Profile } from '@/lib/content-types';
import { buildPersonJsonLd, serializeJsonLd } from '@/lib/json-ld';

const baseProfile: Profile = {
  name: 'Amir Yazdanbakhsh',
  role: 'Research Scientist',
  affiliation: 'Google Research',
  email: null,
  shortBio: [],
  bio: [],
  photo: null,
  links: [],
  education: [],
  appointments: [],
  service: [],
  skills: [],
};

describe('buildPersonJsonLd', () => {
  it('omits sameAs when the profile has no links', () => {
    const person = buildPersonJsonLd(baseProfile, 'https://example.org/');
    expect(person).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Amir Yazdanbakhsh',
      url: 'https://example.org/',
      jobTitle: 'Research Scientist',
      affiliation: { '@type': 'Organization', name: 'Google Research' },
    });
    expect(person).not.toHaveProperty('sameAs');
  });

  it('omits a missing role and affiliation', () => {
    const person = buildPersonJsonLd(
      { ...baseProfile, role: null, affiliation: null },
      'https://example.org/',
    );
    expect(person).not.toHaveProperty('jobTitle');
    expect(person).not.toHaveProperty('affiliation');
  });

  it('lists only http and https profile links in sameAs', () => {
    const person = buildPersonJsonLd(
      {
        ...baseProfile,
        links: [
          { key: 'a', kind: 'scholar', label: 'Scholar', url: 'https://scholar.example/amir' },
          { key: 'b', kind: 'email', label: 'Email', url: 'mailto:amir@example.org' },
          { key: 'c', kind: 'website', label: 'Home', url: 'https://example.org/' },
        ],
      },
      'https://example.org/',
    );
    expect(person.sameAs).toEqual(['https://scholar.example/amir']);
  });
});

describe('serializeJsonLd', () => {
  const hostile = '</script><script>alert(1)</script> & \u2028 Ångström 東京';

  it('leaves no character that can end the script element', () => {
    const json = serializeJsonLd({ name: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the original text', () => {
    expect(JSON.parse(serializeJsonLd({ name: hostile }))).toEqual({ name: hostile });
  });
});
