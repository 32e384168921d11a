// Types for @jsonresume/schema 1.3, which ships none: only the validator the tests use.
declare module '@jsonresume/schema' {
  export function validate(
    resume: unknown,
    callback: (errors: unknown[] | null, valid: boolean) => void,
  ): void;
}
