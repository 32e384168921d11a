import '@testing-library/jest-dom';

jest.mock('next/navigation', () => jest.requireActual('./__tests__/support/next-navigation'));

// Outside a request, Next.js throws from draftMode(); tests switch it with setDraftMode().
jest.mock('next/headers', () => jest.requireActual('./__tests__/support/next-headers'));

// Jest runs CommonJS and cannot load the 'sanity' package (its build uses import.meta). Schema
// files import only defineType, defineField and defineArrayMember, which 'sanity' re-exports
// unchanged from @sanity/types.
jest.mock('sanity', () => jest.requireActual('@sanity/types'));
