import { z } from "zod";
import { STAFF_INTAKE_CHANNELS, STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { submitComplaintInput } from "@/server/domain/complaint/schemas";
import { submitComplaint } from "@/server/domain/complaint/submit";
import type { DomainCtx } from "@/server/domain/context";

const channelInput = z.object({ channel: z.enum(STAFF_INTAKE_CHANNELS, { error: "errors.channel" }) });

/** The public form's fields and how the report came in. */
export const recordReportInput = z.intersection(submitComplaintInput, channelInput);
export type RecordReportInput = z.input<typeof recordReportInput>;

/**
 * A report staff took by phone, by letter or at an office's desk, filed through the same verb as every
 * channel (so it is triaged, clustered and counted the same way), with the member of staff in its audit row.
 */
export async function recordReport({ ctx, input }: { ctx: DomainCtx; input: RecordReportInput }) {
  requireRole(ctx, STAFF_ROLES);
  const { channel } = channelInput.parse(input);
  const { channel: _channel, ...report } = input;
  // The report's own fields are parsed by submitComplaint, with its field errors.
  return submitComplaint({ ctx, channel, input: report });
}
