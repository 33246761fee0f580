import { createHash } from "node:crypto";
import { attachments } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { BlobStorage } from "../../storage";
import { processAttachments, type IncomingFile, type ProcessedFile } from "./process";

type Owner =
  | { complaintId: string }
  | { messageId: string }
  | { clarificationResponseId: string }
  | { correctiveActionId: string }
  | { recommendationEventId: string };

/** Files checked and stored, waiting for their rows (written by the caller's transaction). */
export type StoredFiles = { keys: string[]; files: ProcessedFile[] };

/**
 * Storage keys derive from the submission's idempotency key, so a retried request overwrites the same
 * objects instead of leaving copies behind.
 */
function storageKeysFor(idempotencyKey: string, files: ProcessedFile[], now: Date): string[] {
  const bucket = createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32);
  const month = now.toISOString().slice(0, 7);
  return files.map((f, i) => `attachments/${month}/${bucket}/${i}-${f.sha256.slice(0, 16)}.${f.extension}`);
}

/** Writes the bytes first; the rows are written by the caller's transaction (see insertAttachmentRows). */
async function putAttachmentBytes(storage: BlobStorage, keys: string[], files: ProcessedFile[]): Promise<void> {
  await Promise.all(files.map((f, i) => storage.put(keys[i]!, f.bytes, f.mimeType)));
}

/**
 * Checks the files (type from the bytes, images re-encoded) and stores them before the transaction, so that
 * no transaction waits on storage. `idempotencyKey` names them: a retry with the same key overwrites.
 */
export async function storeAttachments(storage: BlobStorage, incoming: IncomingFile[], idempotencyKey: string, now: Date): Promise<StoredFiles> {
  const files = await processAttachments(incoming);
  const keys = storageKeysFor(idempotencyKey, files, now);
  await putAttachmentBytes(storage, keys, files);
  return { keys, files };
}

export async function insertAttachmentRows(tx: Tx, owner: Owner, { keys, files }: StoredFiles): Promise<void> {
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
