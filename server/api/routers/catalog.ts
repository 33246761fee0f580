import { listAgencies } from "@/server/domain/catalog/list-agencies";
import { listPlaces } from "@/server/domain/catalog/list-places";
import { listServices } from "@/server/domain/catalog/list-services";
import { listTopics } from "@/server/domain/catalog/list-topics";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { agenciesOutput, placesOutput, servicesOutput, topicsOutput } from "@/server/domain/catalog/schemas";

export const catalogRouter = createTRPCRouter({
  agencies: publicProcedure.output(agenciesOutput).query(({ ctx }) => listAgencies({ ctx })),
  services: publicProcedure.output(servicesOutput).query(({ ctx }) => listServices({ ctx })),
  topics: publicProcedure.output(topicsOutput).query(({ ctx }) => listTopics({ ctx })),
  places: publicProcedure.output(placesOutput).query(({ ctx }) => listPlaces({ ctx })),
});
