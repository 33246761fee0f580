import { createHash } from "node:crypto";
import { attachments } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { BlobStorage } from "../../storage";
import type { ProcessedFile } from "./process";

type Owner = { complaintId: string } | { messageId: string } | { clarificationResponseId: string };

/**
 * Storage keys derive from the submission's idempotency key, so a retried request overwrites the same
 * objects instead of leaving copies behind.
 */
export function storageKeysFor(idempotencyKey: string, files: ProcessedFile[], now: Date): string[] {
  const bucket = createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32);
  const month = now.toISOString().slice(0, 7);
  return files.map((f, i) => `attachments/${month}/${bucket}/${i}-${f.sha256.slice(0, 16)}.${f.extension}`);
}

/** Writes the bytes first; the rows are written by the caller's transaction (see insertAttachmentRows). */
export async function putAttachmentBytes(storage: BlobStorage, keys: string[], files: ProcessedFile[]): Promise<void> {
  await Promise.all(files.map((f, i) => storage.put(keys[i]!, f.bytes, f.mimeType)));
}

export async function insertAttachmentRows(tx: Tx, owner: Owner, keys: string[], files: ProcessedFile[]): Promise<void> {
  if (files.length === 0) return;
  await tx.insert(attachments).values(
    files.map((f, i) => ({
      ...owner,
      storageKey: keys[i]!,
      originalName: f.originalName,
      mimeType: f.mimeType,
      sizeBytes: f.bytes.byteLength,
      sha256: f.sha256,
    })),
  );
}
