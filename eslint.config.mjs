import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import simpleImportSort from 'eslint-plugin-simple-import-sort';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-fallthrough': 'error',
      'no-unused-expressions': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Tool configs that Node loads as CommonJS.
    files: ['*.config.js', 'security-headers.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: [
      '.next/**',
      '.next-e2e/**',
      '.next-broken/**',
      '.next-bench/**',
      '.next-bench-scale/**',
      '.next-bench-instances/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
    ],
  },
];

export default config;
