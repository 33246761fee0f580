import { inArray } from "drizzle-orm";
import { attachments } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";

type OwnerColumn = "clarificationResponseId" | "correctiveActionId" | "recommendationEventId";
export type AttachmentRef = { id: string; name: string; mimeType: string };

/** The documents attached to each answer, corrective action or recommendation event, by owner id (no bytes). */
export async function attachmentsByOwner(db: Queryable, owner: OwnerColumn, ids: string[]): Promise<Map<string, AttachmentRef[]>> {
  const byOwner = new Map<string, AttachmentRef[]>();
  if (ids.length === 0) return byOwner;
  const rows = await db
    .select({ id: attachments.id, name: attachments.originalName, mimeType: attachments.mimeType, ownerId: attachments[owner] })
    .from(attachments)
    .where(inArray(attachments[owner], ids));
  for (const { ownerId, ...ref } of rows) if (ownerId) byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), ref]);
  return byOwner;
}
