import { defineArrayMember, defineField, defineType } from 'sanity';

/**
 * The site owner's profile. It is a singleton: the dataset contains one document of this type,
 * with the _id "profile".
 */
export const profile = defineType({
  name: 'profile',
  title: 'Profile',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Full name of the site owner.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'person',
      title: 'Person',
      type: 'reference',
      description:
        'The person document of the site owner. The site highlights it in author lists, together with every author whose name matches its name or other spellings.',
      to: [{ type: 'person' }],
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'Current position, e.g. "Research Scientist".',
    }),
    defineField({
      name: 'affiliation',
      title: 'Affiliation',
      type: 'string',
      description: 'Current employer or institution.',
    }),
    defineField({
      name: 'shortBio',
      title: 'Short bio',
      type: 'blockContent',
      description: 'One or two paragraphs shown in the header of the home page.',
    }),
    defineField({
      name: 'bio',
      title: 'Bio',
      type: 'blockContent',
      description: 'Full biography, longer than the short bio.',
    }),
    defineField({
      name: 'photo',
      title: 'Photo',
      type: 'image',
      description: 'Portrait of the site owner. Set the hotspot so that crops keep the face.',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternative text',
          type: 'string',
          description:
            'Describes the photo for screen readers and for visitors whose browser cannot load it.',
          validation: (rule) =>
            rule.custom((alt, context) => {
              const photo = context.parent as { asset?: unknown } | undefined;
              if (!photo?.asset || alt?.trim()) {
                return true;
              }
              return 'Alternative text is required for an uploaded photo.';
            }),
        }),
      ],
    }),
    defineField({
      name: 'email',
      title: 'E-mail',
      type: 'string',
      description: 'Public contact address.',
      validation: (rule) => rule.email(),
    }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      description: 'Accounts and pages of the site owner, such as Google Scholar and GitHub.',
      of: [defineArrayMember({ type: 'profileLink' })],
    }),
    defineField({
      name: 'education',
      title: 'Education',
      type: 'array',
      description: 'Degrees earned or in progress.',
      of: [defineArrayMember({ type: 'education' })],
    }),
    defineField({
      name: 'appointments',
      title: 'Appointments',
      type: 'array',
      description: 'Positions held, current and past.',
      of: [defineArrayMember({ type: 'appointment' })],
    }),
    defineField({
      name: 'service',
      title: 'Service',
      type: 'array',
      description: 'Program committees, editorial boards and similar roles. Listed in the CV.',
      of: [defineArrayMember({ type: 'serviceRole' })],
    }),
    defineField({
      name: 'skills',
      title: 'Skills',
      type: 'array',
      description: 'Methods, tools and languages, listed in the CV. Press Enter after each skill.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique(),
    }),
  ],
  preview: {
    select: { name: 'name', role: 'role', affiliation: 'affiliation', photo: 'photo' },
    prepare({ name, role, affiliation, photo }) {
      return {
        title: name || 'Profile',
        subtitle: [role, affiliation].filter(Boolean).join(', '),
        media: photo,
      };
    },
  },
});
