import '@testing-library/jest-dom';

jest.mock('next/navigation', () => jest.requireActual('./__tests__/support/next-navigation'));
