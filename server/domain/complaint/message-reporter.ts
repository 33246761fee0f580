import type { z } from "zod";
import { complaintMessages } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { reporterMessageInput } from "./schemas";
import { lockComplaint } from "./lock";
import { queueReporterNotice } from "../notification/enqueue";

/** A message to the reporter: it appears on their tracking page and reaches them by mail or WhatsApp. */
export async function messageReporter({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof reporterMessageInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintId, body } = reporterMessageInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const complaint = await lockComplaint(tx, complaintId);
    const [message] = await tx
      .insert(complaintMessages)
      .values({ complaintId, direction: "to_reporter", body, authorId: actor.userId, createdAt: ctx.now() })
      .returning({ id: complaintMessages.id });
    // The reporter hears of it where they reported: their mail thread, WhatsApp, or the address they left.
    await queueReporterNotice(tx, complaintId, {
      template: "reporter_message",
      payload: { trackingCode: complaint.trackingCode, body },
      dedupeKey: `complaint.message:${message!.id}`,
    });
    await writeAudit(tx, actor, {
      action: "complaint.message_reporter",
      entityType: "complaint",
      entityId: complaintId,
      after: { messageId: message!.id },
    });
    return { messageId: message!.id };
  });
}
