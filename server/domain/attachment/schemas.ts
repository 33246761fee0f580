import { z } from "zod";

export const attachmentRefInput = z.object({ attachmentId: z.uuid() });
