// Where originals live, by content hash. Writes are idempotent: the same bytes land on the same key.
export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
}

/** Key of an original: its SHA-256, fanned out by the first two hex digits. */
export const originalKey = (sha256: string) => `originals/${sha256.slice(0, 2)}/${sha256}`;
