import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { attachments, storedObjects } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import type { DomainCtx } from "@/server/domain/context";
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

/**
 * Notes the keys (so the sweep can find bytes no row ever took), then writes the bytes; the rows are written
 * by the caller's transaction (see insertAttachmentRows).
 */
async function putAttachmentBytes(ctx: DomainCtx, keys: string[], files: ProcessedFile[]): Promise<void> {
  if (keys.length === 0) return;
  await ctx.db
    .insert(storedObjects)
    .values(keys.map((storageKey) => ({ storageKey, storedAt: ctx.now() })))
    .onConflictDoUpdate({ target: storedObjects.storageKey, set: { storedAt: sql`excluded.stored_at` } });
  await Promise.all(pairs(keys, files).map(([key, f]) => ctx.storage.put(key, f.bytes, f.mimeType)));
}

/**
 * Checks the files (type from the bytes, images re-encoded) and stores them before the transaction, so that
 * no transaction waits on storage. `idempotencyKey` names them: a retry with the same key overwrites.
 */
export async function storeAttachments(ctx: DomainCtx, incoming: IncomingFile[], idempotencyKey: string, now: Date): Promise<StoredFiles> {
  const files = await processAttachments(incoming);
  const keys = storageKeysFor(idempotencyKey, files, now);
  await putAttachmentBytes(ctx, keys, files);
  return { keys, files };
}

export async function insertAttachmentRows(tx: Tx, owner: Owner, { keys, files }: StoredFiles): Promise<void> {
  if (files.length === 0) return;
  await tx.insert(attachments).values(
    pairs(keys, files).map(([storageKey, f]) => ({
      ...owner,
      storageKey,
      originalName: f.originalName,
      mimeType: f.mimeType,
      sizeBytes: f.bytes.byteLength,
      sha256: f.sha256,
    })),
  );
}

/** Each file with its key (storageKeysFor makes one key per file, in order). */
function pairs(keys: string[], files: ProcessedFile[]): Array<[string, ProcessedFile]> {
  if (keys.length !== files.length) throw new Error("a storage key for each file");
  return files.map((f, i) => [keys[i] ?? "", f]);
}
