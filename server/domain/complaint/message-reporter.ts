import type { z } from "zod";
import { complaintMessages } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { reporterMessageInput } from "./schemas";
import { lockComplaint } from "./lock";
import { queueReporterNotice } from "@/server/domain/notification/enqueue";
import { oneRow } from "@/server/db/one-row";

/** A message to the reporter: it appears on their tracking page and reaches them by mail or WhatsApp. */
export async function messageReporter({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof reporterMessageInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintId, body } = reporterMessageInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const complaint = await lockComplaint(tx, complaintId);
    const message = oneRow(
      await tx
        .insert(complaintMessages)
        .values({ complaintId, direction: "to_reporter", body, authorId: actor.userId, createdAt: ctx.now() })
        .returning({ id: complaintMessages.id }),
    );
    // The reporter hears of it where they reported: their mail thread, WhatsApp, or the address they left.
    await queueReporterNotice(tx, complaintId, {
      template: "reporter_message",
      payload: { trackingCode: complaint.trackingCode, body },
      dedupeKey: `complaint.message:${message.id}`,
    });
    await writeAudit(tx, actor, {
      action: "complaint.message_reporter",
      entityType: "complaint",
      entityId: complaintId,
      after: { messageId: message.id },
    });
    return { messageId: message.id };
  });
}
