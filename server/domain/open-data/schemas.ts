import { z } from "zod";

export const exportInput = z.object({ file: z.string().regex(/^[a-z-]+\.(csv|json)$/) });
