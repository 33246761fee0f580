import { eq, inArray, sql } from "drizzle-orm";
import { agencies, places, services } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { DEMO_PLACE_ALIASES, gazetteerPlaces } from "./gazetteer";
import { DEMO_SERVICE_TOPICS, NATIONAL_AGENCIES, NATIONAL_SERVICES } from "./national-catalogue";
import { SEED_AGENCIES, SEED_PLACES, SEED_SERVICES } from "./reference-data";

const ALL_AGENCIES = [...SEED_AGENCIES, ...NATIONAL_AGENCIES];

const ALL_SERVICES = [
  ...SEED_SERVICES.map((s) => ({ ...s, topicCode: DEMO_SERVICE_TOPICS[s.code]!.topic, aliases: DEMO_SERVICE_TOPICS[s.code]!.aliases })),
  ...NATIONAL_SERVICES.map(({ topic, aliases, keywords, ...s }) => ({
    ...s,
    keywords,
    aliases: aliases ?? "",
    topicCode: topic,
    descriptionId: "",
    descriptionEn: "",
    group: "",
  })),
];

export const CATALOGUE_SIZE = { agencies: ALL_AGENCIES.length, services: ALL_SERVICES.length };

/**
 * The catalogue every installation starts from: agencies, services under their topics, landmarks and the
 * gazetteer's areas. Idempotent (natural keys, ON CONFLICT DO NOTHING), so admins' later edits survive a rerun.
 */
export async function seedReference(tx: Tx) {
  await tx
    .insert(agencies)
    .values(ALL_AGENCIES.map(({ parentSlug: _p, ...a }) => a))
    .onConflictDoNothing();
  const agencyRows = await tx
    .select()
    .from(agencies)
    .where(
      inArray(
        agencies.slug,
        ALL_AGENCIES.map((a) => a.slug),
      ),
    );
  const agencyId = new Map(agencyRows.map((r) => [r.slug, r.id]));
  for (const a of ALL_AGENCIES) {
    const row = agencyRows.find((r) => r.slug === a.slug);
    const parentId = a.parentSlug ? agencyId.get(a.parentSlug) : undefined;
    if (parentId && row && !row.parentId) await tx.update(agencies).set({ parentId }).where(eq(agencies.id, row.id));
  }

  await tx
    .insert(services)
    .values(ALL_SERVICES.map(({ agencySlug, ...s }) => ({ ...s, agencyId: agencyId.get(agencySlug)! })))
    .onConflictDoNothing();
  // Installations seeded before topics existed: their demo services move from "other" to their own topic.
  for (const [code, { topic, aliases }] of Object.entries(DEMO_SERVICE_TOPICS)) {
    await tx
      .update(services)
      .set({ topicCode: topic, aliases })
      .where(sql`${services.code} = ${code} and ${services.topicCode} = 'other'`);
  }
  const serviceRows = await tx
    .select()
    .from(services)
    .where(
      inArray(
        services.code,
        ALL_SERVICES.map((s) => s.code),
      ),
    );

  await tx
    .insert(places)
    .values(SEED_PLACES.map((p) => ({ ...p, aliases: DEMO_PLACE_ALIASES[p.slug] ?? "" })))
    .onConflictDoNothing();
  for (const [slug, aliases] of Object.entries(DEMO_PLACE_ALIASES)) {
    await tx
      .update(places)
      .set({ aliases })
      .where(sql`${places.slug} = ${slug} and ${places.aliases} = ''`);
  }
  const gazetteer = await gazetteerPlaces();
  for (let i = 0; i < gazetteer.length; i += 200) {
    await tx
      .insert(places)
      .values(gazetteer.slice(i, i + 200))
      .onConflictDoNothing();
  }
  const placeRows = await tx
    .select({ id: places.id, slug: places.slug })
    .from(places)
    .where(
      inArray(
        places.slug,
        SEED_PLACES.map((p) => p.slug),
      ),
    );
  return {
    agencyId,
    serviceByCode: new Map(serviceRows.map((s) => [s.code, s])),
    placeId: new Map(placeRows.map((r) => [r.slug, r.id])),
  };
}
