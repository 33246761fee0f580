import { z } from "zod";
import { TOPIC_CODES } from "@/server/db/schema/constants";
import { bilingual } from "@/server/domain/schema-helpers";

// The public catalogue: agencies, services, topics and places, in both languages where they have two.
export const agenciesOutput = z.array(z.object({ id: z.string(), slug: z.string(), name: bilingual, acronym: z.string().nullable() }));

export const servicesOutput = z.array(
  z.object({
    id: z.string(),
    code: z.string(),
    name: bilingual,
    agency: z.object({ id: z.string(), name: bilingual, acronym: z.string().nullable() }),
    keywords: z.string(),
  }),
);

export const topicsOutput = z.array(z.object({ code: z.enum(TOPIC_CODES), name: bilingual }));

export const placesOutput = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    city: z.string(),
    province: z.string(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  }),
);
