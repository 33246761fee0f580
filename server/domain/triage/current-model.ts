import { desc, eq, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { agencies, places, services, topics, triageModels } from "@/server/db/schema";
import type { TriageField } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";
import { loadModel, type SerializedModel, type TriageModel } from "./model";
import { buildPlaceIndex } from "./place-index";

export const THRESHOLDS_SETTING = "triage.thresholds";

type Named = { id: string; nameId: string; nameEn: string };

type LoadedService = Named & { code: string; agencyId: string; topicCode: string };

/** The current model with what it needs to speak in this database's ids and names, keyed as its readers look them up. */
export type LoadedTriage = {
  version: number;
  model: TriageModel;
  thresholds: Record<TriageField, number>;
  /** By code (what the model names) and by id (what rows hold). */
  services: Map<string, LoadedService>;
  servicesById: Map<string, LoadedService>;
  agenciesById: Map<string, Named & { slug: string; acronym: string | null }>;
  topics: Map<string, { labelId: string; labelEn: string }>;
  placesById: Map<string, { name: string }>;
};

/** How long an instance trusts its copy before asking again whether the model or the catalogue changed. */
const RECHECK_MS = 5_000;

type Stamp = { version: number; catalogue: string; thresholds: unknown };
type Held = { stamp: string; checkedAt: number; loaded: Promise<LoadedTriage | null> };
// One per database handle (the app has one; each test file its own). Pass the handle, not a transaction.
const held = new WeakMap<object, Held>();

/** Which model is current, when the catalogue last changed, and the admins' thresholds: one cheap statement. */
async function readStamp(db: Queryable): Promise<Stamp | null> {
  const [row] = await selectRows<{ version: number | null; catalogue: string | null; thresholds: unknown }>(
    db,
    sql`select (select version from triage_models where current) as version,
               concat((select max(updated_at) from services), '|', (select max(updated_at) from places), '|',
                      (select max(updated_at) from agencies), '|', (select max(updated_at) from topics),
                      '|', (select count(*) from services), '|', (select count(*) from places)) as catalogue,
               (select value from settings where key = ${THRESHOLDS_SETTING}) as thresholds`,
  );
  return row?.version ? { version: Number(row.version), catalogue: row.catalogue ?? "", thresholds: row.thresholds ?? null } : null;
}

async function load(db: Queryable, stamp: Stamp): Promise<LoadedTriage | null> {
  const [row] = await db.select({ model: triageModels.model }).from(triageModels).where(eq(triageModels.version, stamp.version));
  if (!row) return null;
  const [placeRows, serviceRows, agencyRows, topicRows] = await Promise.all([
    db
      .select({ id: places.id, slug: places.slug, name: places.name, kind: places.kind, aliases: places.aliases })
      .from(places)
      .where(eq(places.active, true)),
    db
      .select({
        id: services.id,
        code: services.code,
        nameId: services.nameId,
        nameEn: services.nameEn,
        agencyId: services.agencyId,
        topicCode: services.topicCode,
      })
      .from(services)
      .where(eq(services.active, true)),
    db
      .select({ id: agencies.id, slug: agencies.slug, acronym: agencies.acronym, nameId: agencies.nameId, nameEn: agencies.nameEn })
      .from(agencies)
      .where(eq(agencies.active, true)),
    db.select({ code: topics.code, labelId: topics.labelId, labelEn: topics.labelEn }).from(topics),
  ]);
  const model = row.model as SerializedModel;
  const index = buildPlaceIndex(placeRows.map((p) => ({ ...p, kind: p.kind })));
  return {
    version: stamp.version,
    model: loadModel(model, index),
    thresholds: { ...model.thresholds, ...(stamp.thresholds as Partial<Record<TriageField, number>> | null) },
    services: new Map(serviceRows.map((s) => [s.code, s])),
    servicesById: new Map(serviceRows.map((s) => [s.id, s])),
    agenciesById: new Map(agencyRows.map((a) => [a.id, a])),
    topics: new Map(topicRows.map((t) => [t.code, t])),
    placesById: new Map(placeRows.map((p) => [p.id, { name: p.name }])),
  };
}

/**
 * The current triage model as this instance holds it, or null while none has been trained. Every instance
 * loads it at first use and again when another version becomes current, the catalogue changes or an admin
 * moves a threshold (checked at most every few seconds, so a classification rarely waits on the database).
 */
export async function currentTriage(db: Queryable, now = Date.now()): Promise<LoadedTriage | null> {
  const current = held.get(db);
  if (current && now - current.checkedAt < RECHECK_MS) return current.loaded;
  const stamp = await readStamp(db);
  const key = stamp ? JSON.stringify(stamp) : "none";
  if (current && current.stamp === key) {
    current.checkedAt = now;
    return current.loaded;
  }
  const loaded = stamp ? load(db, stamp) : Promise.resolve(null);
  held.set(db, { stamp: key, checkedAt: now, loaded });
  // A failed load is not kept: the next call tries again.
  loaded.catch(() => {
    if (held.get(db)?.loaded === loaded) held.delete(db);
  });
  return loaded;
}

/** Ask the database again on the next use (after training or a catalogue change in this process). */
export function recheckTriageModel(db: Queryable): void {
  const current = held.get(db);
  if (current) current.checkedAt = 0;
}

/** The newest model rows, for the admin page (figures, not the model itself). */
export async function listTriageModelRows(db: Queryable, limit = 10) {
  return db
    .select({
      version: triageModels.version,
      current: triageModels.current,
      trainedExamples: triageModels.trainedExamples,
      figures: triageModels.figures,
      createdAt: triageModels.createdAt,
    })
    .from(triageModels)
    .orderBy(desc(triageModels.version))
    .limit(limit);
}
