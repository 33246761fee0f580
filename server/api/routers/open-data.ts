import { z } from "zod";
import { listDatasets } from "@/server/domain/open-data/export";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";

export const openDataRouter = createTRPCRouter({
  catalog: publicProcedure
    .output(
      z.object({
        licence: z.string(),
        minCell: z.number(),
        datasets: z.array(z.object({ name: z.string(), columns: z.array(z.string()), files: z.array(z.string()) })),
      }),
    )
    .query(() => listDatasets()),
});
