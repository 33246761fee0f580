import { inArray } from "drizzle-orm";
import { attachments } from "../../db/schema";
import type { Queryable } from "../../db/types";

/** The documents attached to each answer, by answer id (names and ids only; bytes go through the attachment route). */
export async function responseAttachments(db: Queryable, responseIds: string[]) {
  const byResponse = new Map<string, Array<{ id: string; name: string; mimeType: string }>>();
  if (responseIds.length === 0) return byResponse;
  const rows = await db
    .select({ id: attachments.id, name: attachments.originalName, mimeType: attachments.mimeType, responseId: attachments.clarificationResponseId })
    .from(attachments)
    .where(inArray(attachments.clarificationResponseId, responseIds));
  for (const r of rows) byResponse.set(r.responseId!, [...(byResponse.get(r.responseId!) ?? []), { id: r.id, name: r.name, mimeType: r.mimeType }]);
  return byResponse;
}
