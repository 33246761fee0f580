import { z } from "zod";
import { OUTBOX_CHANNELS, OUTBOX_STATUSES } from "@/server/db/schema/constants";

/** The demo mailbox and the outbox as staff read them: rendered messages, addressed to reporters. */
export const mailboxOutput = z.array(
  z.object({
    id: z.uuid(),
    to: z.string(),
    template: z.string(),
    channel: z.enum(OUTBOX_CHANNELS),
    status: z.enum(OUTBOX_STATUSES),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.date(),
    sentAt: z.date().nullable(),
    subject: z.string(),
    text: z.string(),
    thread: z.string().optional(),
    unsubscribe: z.object({ page: z.string(), oneClick: z.string() }).optional(),
  }),
);
