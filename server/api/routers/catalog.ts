import { z } from "zod";
import { listAgencies } from "../../domain/catalog/list-agencies";
import { listPlaces } from "../../domain/catalog/list-places";
import { listServices } from "../../domain/catalog/list-services";
import { listTopics } from "../../domain/catalog/list-topics";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { bilingual } from "../../domain/schema-helpers";

export const catalogRouter = createTRPCRouter({
  agencies: publicProcedure
    .output(z.array(z.object({ id: z.string(), slug: z.string(), name: bilingual, acronym: z.string().nullable() })))
    .query(({ ctx }) => listAgencies({ ctx })),
  services: publicProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          code: z.string(),
          name: bilingual,
          agency: z.object({ id: z.string(), name: bilingual, acronym: z.string().nullable() }),
          keywords: z.string(),
        }),
      ),
    )
    .query(({ ctx }) => listServices({ ctx })),
  topics: publicProcedure.output(z.array(z.object({ code: z.string(), name: bilingual }))).query(({ ctx }) => listTopics({ ctx })),
  places: publicProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          city: z.string(),
          province: z.string(),
          lat: z.number().nullable(),
          lng: z.number().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => listPlaces({ ctx })),
});
