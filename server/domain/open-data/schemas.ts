import { z } from "zod";

export const exportInput = z.object({ file: z.string().regex(/^[a-z-]+\.(csv|json)$/) });

export const datasetsOutput = z.object({
  licence: z.string(),
  minCell: z.number(),
  datasets: z.array(z.object({ name: z.string(), columns: z.array(z.string()), files: z.array(z.string()) })),
});
