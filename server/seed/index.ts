import { asc, eq, inArray } from "drizzle-orm";
import { clusterComplaint } from "@/server/domain/incident/cluster";
import { DEFAULT_ALLOWANCES } from "@/server/domain/procedure/config";
import { computeDueAt } from "@/server/domain/procedure/deadline";
import { hashPassword } from "@/server/domain/auth/password";
import { TWO_FACTOR_ROLES_SETTING } from "@/server/domain/auth/two-factor-policy";
import { newTrackingCode } from "@/server/domain/complaint/tracking-code";
import {
  cannedResponses,
  complaintContacts,
  complaintRatings,
  complaintStageEvents,
  complaints,
  holidays,
  settings,
  users,
} from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { buildSeedComplaints } from "./complaints";
import { seedStory } from "./story";
import { seedRatings } from "./ratings";
import { seedReference } from "./catalogue";
import { seedTriageCorpus } from "./triage-corpus";
import { DEMO_PASSWORD, SEED_CANNED_RESPONSES, SEED_USERS, seedHolidays } from "./reference-data";

export { DEMO_PASSWORD, SEED_USERS } from "./reference-data";

/**
 * What every installation starts from, without the demo's accounts and reports: the national catalogue, the
 * gazetteer and the triage corpus (idempotent). The triage job trains the first model from it.
 */
export async function seedReferenceData(db: Db) {
  return db.transaction(async (tx) => {
    await seedReference(tx);
    return seedTriageCorpus(tx);
  });
}

/**
 * The demo scenario (e-HAC outage, Soekarno-Hatta, 19–20 Dec 2020), then what followed (see story.ts). Idempotent: every row has a natural
 * key and is inserted with ON CONFLICT DO NOTHING, so a second run changes nothing.
 */
export async function seedDemo(db: Db, options: { story?: boolean } = {}): Promise<{ complaintsInserted: number }> {
  return db.transaction(async (tx) => {
    const { agencyId, serviceByCode, placeId } = await seedReference(tx);
    await seedTriageCorpus(tx);

    const existingUsers = await tx.select({ email: users.email }).from(users);
    const known = new Set(existingUsers.map((u) => u.email.toLowerCase()));
    const newUsers = SEED_USERS.filter((u) => !known.has(u.email));
    if (newUsers.length > 0) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await tx
        .insert(users)
        .values(
          newUsers.map(({ agencySlug, ...u }) => ({
            ...u,
            passwordHash,
            agencyId: agencySlug ? agencyId.get(agencySlug)! : null,
          })),
        )
        .onConflictDoNothing();
    }

    // The demo's accounts share a published password and nobody's phone: two-step verification is offered
    // to them, not required. Without this setting (any real deployment) admins must enrol.
    await tx.insert(settings).values({ key: TWO_FACTOR_ROLES_SETTING, value: [] }).onConflictDoNothing();
    await tx.insert(holidays).values(seedHolidays()).onConflictDoNothing();
    await tx.insert(cannedResponses).values(SEED_CANNED_RESPONSES).onConflictDoNothing();

    const seedComplaints = buildSeedComplaints();
    const procedure = { allowances: DEFAULT_ALLOWANCES, holidays: new Set(seedHolidays().map((h) => h.day)) };
    const inserted = await tx
      .insert(complaints)
      .values(
        seedComplaints.map((c) => {
          const service = serviceByCode.get(c.serviceCode)!;
          const last = c.path[c.path.length - 1]!;
          return {
            trackingCode: newTrackingCode(),
            idempotencyKey: c.key,
            category: c.category,
            topicCode: service.topicCode,
            agencyId: service.agencyId,
            serviceId: service.id,
            placeId: c.placeSlug ? placeId.get(c.placeSlug)! : null,
            occurredAt: c.occurredAt,
            description: c.description,
            language: c.language,
            confidential: c.confidential,
            stage: last.stage,
            outcome: last.outcome ?? null,
            stageChangedAt: last.at,
            dueAt: computeDueAt(
              c.path.map((p) => ({ toStage: p.stage, at: p.at })),
              procedure,
            ),
            closedAt: last.stage === "closed" ? last.at : null,
            createdAt: c.reportedAt,
            updatedAt: last.at,
          };
        }),
      )
      .onConflictDoNothing()
      .returning({ id: complaints.id, key: complaints.idempotencyKey });

    const byKey = new Map(seedComplaints.map((c) => [c.key, c]));
    const contacts = [];
    const events = [];
    for (const row of inserted) {
      const c = byKey.get(row.key)!;
      if (c.contact) contacts.push({ complaintId: row.id, ...c.contact, createdAt: c.reportedAt });
      let from: (typeof c.path)[number]["stage"] | null = null;
      for (const step of c.path) {
        events.push({
          complaintId: row.id,
          fromStage: from,
          toStage: step.stage,
          outcome: step.outcome ?? null,
          publicNote: step.publicNote ?? null,
          createdAt: step.at,
        });
        from = step.stage;
      }
    }
    if (contacts.length > 0) await tx.insert(complaintContacts).values(contacts);
    if (events.length > 0) await tx.insert(complaintStageEvents).values(events);
    const ratings = seedRatings(
      inserted.map((row) => {
        const c = byKey.get(row.key)!;
        const last = c.path[c.path.length - 1]!;
        return { complaintId: row.id, agencyId: serviceByCode.get(c.serviceCode)!.agencyId, closedAt: last.stage === "closed" ? last.at : null };
      }),
    );
    if (ratings.length > 0) await tx.insert(complaintRatings).values(ratings);

    // Replay intake's clustering in filing order, as if each report had just arrived.
    if (inserted.length > 0) {
      const fresh = await tx
        .select()
        .from(complaints)
        .where(
          inArray(
            complaints.id,
            inserted.map((r) => r.id),
          ),
        )
        .orderBy(asc(complaints.createdAt));
      for (const c of fresh) {
        const [current] = await tx.select({ incidentId: complaints.incidentId }).from(complaints).where(eq(complaints.id, c.id));
        if (!current?.incidentId) await clusterComplaint(tx, c);
      }
      // Without the story the surge stays a candidate incident, as intake left it (clustering tests use that).
      if (options.story !== false) await seedStory(tx);
    }
    return { complaintsInserted: inserted.length };
  });
}
