import { z } from "zod";
import { COMPLAINT_CATEGORIES, COMPLAINT_STAGES, PRIORITIES } from "../../db/schema/constants";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(s: T) => z.preprocess(blank, s.optional());
/** Query-string filters arrive as a string or a list; both mean "any of these". */
const list = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === undefined || v === "" ? undefined : Array.isArray(v) ? v : [v]), z.array(s).optional());

export const QUEUE_SORTS = ["newest", "oldest", "due"] as const;

export const queueInput = z.object({
  stage: list(z.enum(COMPLAINT_STAGES)),
  category: list(z.enum(COMPLAINT_CATEGORIES)),
  priority: list(z.enum(PRIORITIES)),
  agencyId: opt(z.uuid()),
  serviceId: opt(z.uuid()),
  placeId: opt(z.uuid()),
  incidentId: opt(z.uuid()),
  from: opt(z.coerce.date()),
  to: opt(z.coerce.date()),
  deadline: opt(z.enum(["due_soon", "overdue"])),
  assignee: opt(z.union([z.literal("me"), z.literal("none"), z.uuid()])),
  q: opt(z.string().trim().max(200)),
  sort: z.preprocess(blank, z.enum(QUEUE_SORTS).default("newest")),
  cursor: opt(z.string().max(200)),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type QueueInput = z.input<typeof queueInput>;

export const bulkIds = z.array(z.uuid()).min(1).max(500);
export const assignInput = z.object({ complaintIds: bulkIds, assigneeId: z.uuid().nullable() });
export const priorityInput = z.object({ complaintIds: bulkIds, priority: z.enum(PRIORITIES) });
export const linkInput = z.object({ complaintIds: bulkIds, incidentId: z.uuid() });
export const complaintRefInput = z.object({ complaintId: z.uuid() });
export const noteInput = z.object({ complaintId: z.uuid(), body: z.string().trim().min(1, { error: "errors.messageEmpty" }).max(10000) });
export const reporterMessageInput = z.object({ complaintId: z.uuid(), body: z.string().trim().min(1, { error: "errors.messageEmpty" }).max(4000) });
