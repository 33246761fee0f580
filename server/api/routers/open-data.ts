import { datasetsOutput } from "@/server/domain/open-data/schemas";
import { listDatasets } from "@/server/domain/open-data/export";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";

export const openDataRouter = createTRPCRouter({
  catalog: publicProcedure.output(datasetsOutput).query(() => listDatasets()),
});
