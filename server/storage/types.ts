/** Where attachment bytes live. Keys are opaque paths chosen by the domain; the database row is the index. */
export interface BlobStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when no object has that key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}
