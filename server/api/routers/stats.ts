import { z } from "zod";
import { getDashboard } from "../../domain/stats/dashboard";
import { getPublicSummary } from "../../domain/stats/public-summary";
import { createTRPCRouter, publicProcedure, staffProcedure } from "../trpc";

const publicSummaryOutput = z.object({
  total: z.number().int(),
  received: z.number().int(),
  inVerification: z.number().int(),
  inExamination: z.number().int(),
  closed: z.number().int(),
  openIncidents: z.number().int(),
});

export const statsRouter = createTRPCRouter({
  publicSummary: publicProcedure.output(publicSummaryOutput).query(({ ctx }) => getPublicSummary({ ctx })),
  dashboard: staffProcedure.query(({ ctx }) => getDashboard({ ctx })),
});
