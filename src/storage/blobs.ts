// Where originals live, by content hash. Writes are idempotent: the same bytes land on the same key.
export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** Remove an original (a deleted document's); removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Start-up housekeeping where the store can do it (the local disk): remove temporary files that a crash left
   * half-written (never one a live process is still writing), and list every stored key.
   */
  sweepTemporary?(): Promise<number>;
  keys?(): AsyncIterable<string>;
}

/** Key of an original: its SHA-256, fanned out by the first two hex digits. */
export const originalKey = (sha256: string) => `originals/${sha256.slice(0, 2)}/${sha256}`;

/** The SHA-256 an original's key names, or null for a key that is not an original's. */
export const keySha256 = (key: string) => /^originals\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(key)?.[1] ?? null;
