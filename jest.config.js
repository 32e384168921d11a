// @ts-check
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

// Packages that ship ES modules only. Jest runs CommonJS, so these are transformed like our own
// code: groq-js and groq run the queries, @sanity/schema with its dependencies compiles the
// schema in tests, @portabletext/* renders rich text and @sanity/image-url builds image URLs.
const ESM_PACKAGES = [
  'groq-js',
  'groq',
  'obug',
  '@sanity/schema',
  '@sanity/types',
  'lodash-es',
  'arrify',
  'leven',
  '@portabletext/react',
  '@portabletext/toolkit',
  '@portabletext/types',
  '@sanity/image-url',
];

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/__tests__/**/*.test.{ts,tsx}'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // `server-only` throws outside React Server Components; Jest runs modules as plain Node code.
    '^server-only$': '<rootDir>/__tests__/support/empty-module.ts',
  },
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  return {
    ...resolved,
    transformIgnorePatterns: [
      `/node_modules/(?!(${ESM_PACKAGES.map((name) => name.replace('/', '\\/')).join('|')})/)`,
      '^.+\\.module\\.(css|sass|scss)$',
    ],
  };
};
