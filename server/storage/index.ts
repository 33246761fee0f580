import { env } from "@/server/env";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
import type { BlobStorage } from "./types";

export type { BlobStorage } from "./types";

let instance: BlobStorage | undefined;

/** The configured storage: a local folder by default, S3-compatible when STORAGE_DRIVER=s3. */
export function getStorage(): BlobStorage {
  instance ??= env.storage.driver === "s3" ? s3Storage(env.storage) : localStorage(env.storage.dir);
  return instance;
}
