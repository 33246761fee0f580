import type { z } from "zod";
import { eq } from "drizzle-orm";
import { attachments } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { attachmentRefInput } from "./schemas";

/** An attachment's bytes for Ombudsman staff (agency access comes with clarification requests). */
export async function readAttachmentForStaff({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof attachmentRefInput> }) {
  requireRole(ctx, STAFF_ROLES);
  const { attachmentId } = attachmentRefInput.parse(input);
  const [row] = await ctx.db.select().from(attachments).where(eq(attachments.id, attachmentId));
  if (!row) throw notFound("attachment");
  const bytes = await ctx.storage.get(row.storageKey);
  if (!bytes) throw notFound("attachment bytes");
  return { bytes, mimeType: row.mimeType, originalName: row.originalName };
}
