import { getPublicMap } from "@/server/domain/map/public-map";
import { mapInput, mapOutput } from "@/server/domain/map/schemas";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";

export const mapRouter = createTRPCRouter({
  public: publicProcedure
    .input(mapInput)
    .output(mapOutput)
    .query(({ ctx, input }) => getPublicMap({ ctx, input })),
});
