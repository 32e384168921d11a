/** @jest-environment node */
import { Rule } from '@sanity/schema';
import { groupProblems, validateSchema } from '@sanity/schema/_internal';
import type {
  PreviewConfig,
  Rule as SchemaRule,
  SchemaTypeDefinition,
  SchemaValidationProblemGroup,
  ValidationContext,
} from 'sanity';

import { schemaTypes, singletonTypes } from '@/sanity/schemaTypes';
import {
  BADGE_KINDS,
  CODE_LANGUAGES,
  LINK_KINDS,
  type ListOption,
  PROFILE_LINK_KINDS,
  PUBLICATION_TYPES,
} from '@/sanity/schemaTypes/constants';

/** The parts of a field or type definition that these tests read. */
interface DefinitionLike {
  name?: string;
  type?: string;
  title?: unknown;
  description?: unknown;
  fields?: DefinitionLike[];
  of?: DefinitionLike[];
  validation?: unknown;
  preview?: PreviewConfig;
}

type ValidationBuilder = (rule: SchemaRule) => SchemaRule | SchemaRule[];

const definitions: readonly DefinitionLike[] = schemaTypes;

function isNonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Formats a problem path such as `document:publication > fields > object:venue`. */
function formatProblemPath(path: SchemaValidationProblemGroup['path']): string {
  return path
    .map((segment) =>
      segment.kind === 'type' ? `${segment.type}:${segment.name ?? '(anonymous)'}` : segment.name,
    )
    .join(' > ');
}

/** Lists the problems of the given severity as `path: message` lines. */
function listProblems(
  groups: SchemaValidationProblemGroup[],
  severity: 'error' | 'warning',
): string[] {
  return groups.flatMap((group) =>
    group.problems
      .filter((problem) => problem.severity === severity)
      .map((problem) => `${formatProblemPath(group.path)}: ${problem.message}`),
  );
}

/** Returns the dotted paths of the fields, nested ones included, that lack a title or description. */
function findUndocumentedFields(fields: DefinitionLike[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name ?? '(unnamed)'}`;
    const missing: string[] = [];
    if (!isNonEmptyString(field.title)) {
      missing.push(`${path} has no title`);
    }
    if (!isNonEmptyString(field.description)) {
      missing.push(`${path} has no description`);
    }
    return [...missing, ...findUndocumentedFields(field.fields ?? [], `${path}.`)];
  });
}

function getType(typeName: string): DefinitionLike {
  const type = definitions.find((definition) => definition.name === typeName);
  if (type === undefined) {
    throw new Error(`Schema type "${typeName}" not found in schemaTypes.`);
  }
  return type;
}

/** Returns the field at a dotted path such as `photo.alt`, starting from `parent`. */
function getField(parent: DefinitionLike, path: string): DefinitionLike {
  return path.split('.').reduce((current, name) => {
    const field = current.fields?.find((candidate) => candidate.name === name);
    if (field === undefined) {
      throw new Error(`Field "${name}" of path "${path}" not found.`);
    }
    return field;
  }, parent);
}

/** Builds a definition's validation with the Rule builder that Sanity passes to it. */
function buildRules(definition: DefinitionLike): SchemaRule[] {
  if (typeof definition.validation !== 'function') {
    return [];
  }
  const built = (definition.validation as ValidationBuilder)(new Rule());
  return Array.isArray(built) ? built : [built];
}

/**
 * Runs the custom validators of a definition and returns their results: `true` for a valid value,
 * otherwise the message. The validators read the sibling fields from `parent`.
 *
 * NOTE: This reads `_rules`, an internal property of Rule (sanity 6.8.0), because the validation
 * engine that normally runs these rules ships in the 'sanity' package, which Jest cannot load.
 */
async function runCustomValidators(
  definition: DefinitionLike,
  value: unknown,
  parent: unknown,
): Promise<unknown[]> {
  const context = { parent } as ValidationContext;
  const validators = buildRules(definition).flatMap((rule) =>
    rule._rules.flatMap((spec) => (spec.flag === 'custom' ? [spec.constraint] : [])),
  );
  return Promise.all(validators.map((validator) => validator(value, context)));
}

function prepareSubtitle(typeName: string, selection: Record<string, unknown>): unknown {
  const prepare = getType(typeName).preview?.prepare;
  if (prepare === undefined) {
    throw new Error(`Schema type "${typeName}" has no preview.prepare function.`);
  }
  return prepare(selection).subtitle;
}

const problemGroups = groupProblems(
  validateSchema(schemaTypes as SchemaTypeDefinition[]).getTypes(),
);
const typesWithFields = definitions.filter((type) => type.fields !== undefined);

describe('Sanity schema', () => {
  test('compiles without errors', () => {
    expect(listProblems(problemGroups, 'error')).toEqual([]);
  });

  test('compiles without warnings', () => {
    expect(listProblems(problemGroups, 'warning')).toEqual([]);
  });

  test('type names are unique', () => {
    const names = definitions.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test('singleton types are document types', () => {
    for (const name of singletonTypes) {
      expect(getType(name).type).toBe('document');
    }
  });

  test.each(typesWithFields.map((type) => [type.name, type] as const))(
    '%s fields have titles and descriptions',
    (_name, type) => {
      expect(findUndocumentedFields(type.fields ?? [])).toEqual([]);
    },
  );
});

describe('custom validation', () => {
  test.each([
    ['honor', 'yearEnd', 'yearStart'],
    ['education', 'endYear', 'startYear'],
    ['appointment', 'endYear', 'startYear'],
  ])('%s.%s accepts only years from %s on', async (typeName, endField, startField) => {
    const field = getField(getType(typeName), endField);

    expect(await runCustomValidators(field, 2018, { [startField]: 2016 })).toEqual([true]);
    expect(await runCustomValidators(field, 2016, { [startField]: 2016 })).toEqual([true]);
    expect(await runCustomValidators(field, undefined, { [startField]: 2016 })).toEqual([true]);
    expect(await runCustomValidators(field, 2015, {})).toEqual([true]);
    expect(await runCustomValidators(field, 2015, { [startField]: 2016 })).toEqual([
      'End year must be 2016 (the start year) or later.',
    ]);
  });

  test('venue requires a name or short name', async () => {
    const venue = getType('venue');

    expect(await runCustomValidators(venue, undefined, undefined)).toEqual([true]);
    expect(await runCustomValidators(venue, { shortName: 'ISCA' }, undefined)).toEqual([true]);
    expect(await runCustomValidators(venue, { name: 'Full name' }, undefined)).toEqual([true]);
    expect(await runCustomValidators(venue, { _type: 'venue' }, undefined)).toEqual([
      'Enter the full name, the short name, or both.',
    ]);
    expect(await runCustomValidators(venue, { name: ' ', shortName: '' }, undefined)).toEqual([
      'Enter the full name, the short name, or both.',
    ]);
  });

  const blockImage = getType('blockContent').of?.find((member) => member.type === 'image');
  test.each([
    ['profile photo', getField(getType('profile'), 'photo.alt')],
    ['rich text image', getField(blockImage ?? {}, 'alt')],
  ])('%s alt text is required only with an asset', async (_name, altField) => {
    const withAsset = { asset: { _ref: 'image-abc-100x100-jpg' } };

    expect(await runCustomValidators(altField, undefined, {})).toEqual([true]);
    expect(await runCustomValidators(altField, 'A portrait', withAsset)).toEqual([true]);
    const [missing] = await runCustomValidators(altField, undefined, withAsset);
    expect(missing).toEqual(expect.stringContaining('Alternative text is required'));
    const [blank] = await runCustomValidators(altField, '  ', withAsset);
    expect(blank).toEqual(expect.stringContaining('Alternative text is required'));
  });

  test('publication date outside its year warns', async () => {
    const date = getField(getType('publication'), 'date');

    expect(buildRules(date).map((rule) => rule._level)).toEqual(['warning']);
    expect(await runCustomValidators(date, '2023-06-17', { year: 2023 })).toEqual([true]);
    expect(await runCustomValidators(date, undefined, { year: 2023 })).toEqual([true]);
    expect(await runCustomValidators(date, '2022-12-31', { year: 2023 })).toEqual([
      'Date 2022-12-31 is not in the publication year 2023. Correct the date or the year.',
    ]);
  });

  test('video URL accepts only YouTube and Vimeo addresses', async () => {
    const url = getField(getType('videoEmbed'), 'url');

    expect(await runCustomValidators(url, 'https://youtu.be/dQw4w9WgXcQ', {})).toEqual([true]);
    expect(await runCustomValidators(url, 'https://vimeo.com/76979871', {})).toEqual([true]);
    expect(await runCustomValidators(url, undefined, {})).toEqual([true]);
    const [otherHost] = await runCustomValidators(url, 'https://example.com/talk.mp4', {});
    expect(otherHost).toEqual(expect.stringContaining('Enter a YouTube or Vimeo video address'));
  });

  test.each([
    ['videoEmbed', 'url'],
    ['videoEmbed', 'title'],
    ['code', 'code'],
  ])('%s.%s is required', (typeName, fieldName) => {
    const rules = buildRules(getField(getType(typeName), fieldName));
    expect(rules.map((rule) => rule._required)).toContain('required');
  });

  test('rich text offers code blocks and videos', () => {
    const members = getType('blockContent').of?.map((member) => member.type);
    expect(members).toEqual(expect.arrayContaining(['block', 'image', 'code', 'videoEmbed']));
  });

  test.each(['publicationLink', 'profileLink'])('%s without URL is a warning', (typeName) => {
    const rules = buildRules(getField(getType(typeName), 'url'));
    const requiredLevels = rules
      .filter((rule) => rule._required === 'required')
      .map((rule) => rule._level);

    expect(requiredLevels).toEqual(['warning']);
  });
});

describe('preview subtitles', () => {
  test.each([
    [
      'publication with short venue name',
      'publication',
      {
        venueShortName: 'ISCA',
        venueName: 'International Symposium',
        year: 2023,
        type: 'conference',
      },
      'ISCA 2023 · Conference',
    ],
    [
      'publication with full venue name only',
      'publication',
      { venueName: 'Some Workshop', year: 2021, type: 'workshop' },
      'Some Workshop 2021 · Workshop',
    ],
    [
      'publication without venue',
      'publication',
      { year: 2020, type: 'preprint' },
      '2020 · Preprint',
    ],
    ['honor over a year range', 'honor', { yearStart: 2016, yearEnd: 2018 }, '2016–2018'],
    ['honor in one year', 'honor', { yearStart: 2023 }, '2023'],
    ['honor ending in its start year', 'honor', { yearStart: 2023, yearEnd: 2023 }, '2023'],
    ['media mention', 'mediaMention', { outlet: 'WIRED', year: 2021 }, 'WIRED · 2021'],
    ['code block', 'code', { language: 'python', code: 'print(1)' }, 'Python'],
    ['code block without language', 'code', { code: 'ls' }, 'Code'],
    ['video', 'videoEmbed', { title: 'Talk', url: 'https://youtu.be/x' }, 'https://youtu.be/x'],
  ])('%s', (_case, typeName, selection, expected) => {
    expect(prepareSubtitle(typeName, selection)).toBe(expected);
  });
});

describe('shared option lists', () => {
  const optionLists: [string, readonly ListOption[]][] = [
    ['PUBLICATION_TYPES', PUBLICATION_TYPES],
    ['LINK_KINDS', LINK_KINDS],
    ['BADGE_KINDS', BADGE_KINDS],
    ['PROFILE_LINK_KINDS', PROFILE_LINK_KINDS],
    ['CODE_LANGUAGES', CODE_LANGUAGES],
  ];

  test.each(optionLists)('%s values are unique', (_name, options) => {
    const values = options.map((option) => option.value);
    expect(new Set(values).size).toBe(values.length);
  });
});
