// The archive's own errors: what went wrong, in the service's words. The service knows no HTTP;
// app.onError (src/app.ts) maps each kind to its problem+json status.

export type ArchiveErrorKind =
  /** Bad input: an empty upload, a value that does not fit its record (400). */
  | 'invalid'
  /** Nothing with that id or name (404). */
  | 'not_found'
  /** The request contradicts the stored state: a stale edit, a missing original (409). */
  | 'conflict'
  /** A format the archive does not read at all, decided from the bytes (415). */
  | 'unsupported'
  /** A supported format that could not be read (422). */
  | 'unreadable';

export class ArchiveError extends Error {
  constructor(
    readonly kind: ArchiveErrorKind,
    /** A short title in English ("Original missing"). */
    readonly title: string,
    message: string,
    /** Extra members for the problem document (e.g. both values of a conflict). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export const invalid = (title: string, message: string, details?: Record<string, unknown>) => new ArchiveError('invalid', title, message, details);
export const missing = (message: string, details?: Record<string, unknown>) => new ArchiveError('not_found', 'Not found', message, details);
export const conflict = (title: string, message: string, details?: Record<string, unknown>) => new ArchiveError('conflict', title, message, details);
export const unsupported = (message: string) => new ArchiveError('unsupported', 'Unsupported media type', message);
export const unreadable = (message: string, details?: Record<string, unknown>) => new ArchiveError('unreadable', 'Unreadable document', message, details);
