/** Raised when the Sanity environment variables are incomplete or malformed. */
export class ContentConfigError extends Error {
  override name = 'ContentConfigError';
}

/** Raised when a line of an NDJSON dataset is not a Sanity document. */
export class DatasetFormatError extends Error {
  override name = 'DatasetFormatError';

  readonly source: string;
  readonly lineNumber: number;

  constructor(source: string, lineNumber: number, reason: string, options?: ErrorOptions) {
    super(`Invalid document on line ${lineNumber} of ${source}: ${reason}`, options);
    this.source = source;
    this.lineNumber = lineNumber;
  }
}

/** Raised when a GROQ query fails in either content source. `cause` is the original error. */
export class ContentQueryError extends Error {
  override name = 'ContentQueryError';

  readonly queryName: string;
  readonly source: 'content-lake' | 'local-dataset';

  constructor(queryName: string, source: 'content-lake' | 'local-dataset', options: ErrorOptions) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`Query ${queryName} failed against the ${source}: ${reason}`, options);
    this.queryName = queryName;
    this.source = source;
  }
}
