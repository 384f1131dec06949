/**
 * Typed errors
 *
 * Every failure the library reports on purpose is a KgError with a code, so callers (the CLI, the
 * web view, tests) branch on `code` or the class, never on the wording. The message names what is
 * wrong and where ("graph.json: not a knowledge graph (no "nodes" array)").
 */

export type KgErrorCode = 'BAD_INPUT' | 'BAD_FORMAT' | 'NOT_FOUND' | 'USAGE' | 'IO';

export class KgError extends Error {
  readonly code: KgErrorCode;
  constructor(code: KgErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'KgError';
  }
}

/** Input that cannot be read as text or documents (binary file, invalid UTF-8, broken JSONL line). */
export class BadInputError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_INPUT', message, options);
    this.name = 'BadInputError';
  }
}

/** A file that is not a graph of the expected format (not JSON, not GEXF, missing attributes). */
export class BadFormatError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_FORMAT', message, options);
    this.name = 'BadFormatError';
  }
}

/** An entity, edge or file that does not exist. `suggestions` holds the closest names, best first. */
export class NotFoundError extends KgError {
  readonly suggestions: string[];
  constructor(message: string, suggestions: string[] = [], options?: { cause?: unknown }) {
    super('NOT_FOUND', message, options);
    this.name = 'NotFoundError';
    this.suggestions = suggestions;
  }
}

/** A call or command line that is used wrongly (unknown option, missing argument). */
export class UsageError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('USAGE', message, options);
    this.name = 'UsageError';
  }
}
