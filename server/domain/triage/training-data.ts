import { eq } from "drizzle-orm";
import { agencies, places, services, triageExamples } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import type { LabelledText } from "./model";
import { buildPlaceIndex, type PlaceIndex } from "./place-index";
import type { Catalogue } from "./train";

export type TrainingData = { examples: LabelledText[]; catalogue: Catalogue; places: PlaceIndex; fromStaff: number };

/** Everything a training run reads: the labelled texts (shipped corpus and staff decisions) and the catalogue. */
export async function loadTrainingData(db: Queryable): Promise<TrainingData> {
  const [rows, serviceRows, placeRows] = await Promise.all([
    db.select().from(triageExamples),
    db
      .select({
        code: services.code,
        topic: services.topicCode,
        agency: agencies.slug,
        nameId: services.nameId,
        nameEn: services.nameEn,
        keywords: services.keywords,
        aliases: services.aliases,
      })
      .from(services)
      .innerJoin(agencies, eq(agencies.id, services.agencyId))
      .where(eq(services.active, true)),
    db
      .select({ id: places.id, slug: places.slug, name: places.name, kind: places.kind, aliases: places.aliases })
      .from(places)
      .where(eq(places.active, true)),
  ]);
  const catalogue: Catalogue = { serviceTopic: {}, serviceAgency: {}, serviceWords: {} };
  for (const s of serviceRows) {
    catalogue.serviceTopic[s.code] = s.topic;
    catalogue.serviceAgency[s.code] = s.agency;
    catalogue.serviceWords[s.code] = [s.nameId, s.nameEn, s.keywords, s.aliases.replace(/-/g, " ")].join(" ");
  }
  return {
    examples: rows.map((r) => ({
      text: r.text,
      topic: r.topicCode,
      service: r.serviceCode,
      category: r.category,
      place: r.placeSlug,
      split: r.split,
      group: r.groupKey,
    })),
    catalogue,
    places: buildPlaceIndex(placeRows.map((p) => ({ ...p, kind: p.kind }))),
    fromStaff: rows.filter((r) => r.complaintId !== null).length,
  };
}
