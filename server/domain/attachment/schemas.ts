import { z } from "zod";

export const attachmentRefInput = z.object({ attachmentId: z.uuid() });

/** A file as a list shows it: enough to link to it, nothing of who sent it. */
export const attachmentRefOutput = z.object({ id: z.uuid(), name: z.string(), mimeType: z.string() });
