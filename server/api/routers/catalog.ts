import { listAgencies } from "../../domain/catalog/list-agencies";
import { listPlaces } from "../../domain/catalog/list-places";
import { listServices } from "../../domain/catalog/list-services";
import { listTopics } from "../../domain/catalog/list-topics";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { agenciesOutput, placesOutput, servicesOutput, topicsOutput } from "../../domain/catalog/schemas";

export const catalogRouter = createTRPCRouter({
  agencies: publicProcedure.output(agenciesOutput).query(({ ctx }) => listAgencies({ ctx })),
  services: publicProcedure.output(servicesOutput).query(({ ctx }) => listServices({ ctx })),
  topics: publicProcedure.output(topicsOutput).query(({ ctx }) => listTopics({ ctx })),
  places: publicProcedure.output(placesOutput).query(({ ctx }) => listPlaces({ ctx })),
});
