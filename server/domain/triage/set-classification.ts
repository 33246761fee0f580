import { and, eq, sql } from "drizzle-orm";
import { agencies, complaints, complaintTriage, places, publicCountChanges, services, triageExamples } from "@/server/db/schema";
import { STAFF_ROLES, type TopicCode } from "@/server/db/schema/constants";
import type { Tx } from "@/server/db/types";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import { lockComplaint } from "@/server/domain/complaint/lock";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { recomputeIncidentStats } from "@/server/domain/incident/stats";
import { setClassificationInput, type SetClassificationInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

type Classification = { topicCode: TopicCode | null; serviceId: string | null; agencyId: string | null; category: string; placeId: string | null };
/** The codes a training example names its labels by, found while checking the classification. */
type Codes = { serviceCode: string | null; placeSlug: string | null };

const invalid = (field: string, key: string) => new DomainError("VALIDATION", `${field} is not usable`, { [field]: [key] });

/** The classification asked for, checked against the catalogue: a service brings its agency and topic. */
async function resolve(
  tx: Tx,
  current: Classification,
  data: ReturnType<typeof setClassificationInput.parse>,
): Promise<{ after: Classification; codes: Codes }> {
  const serviceId = data.serviceId === undefined ? current.serviceId : data.serviceId;
  let topicCode = data.topicCode ?? current.topicCode;
  let agencyId = data.agencyId === undefined ? current.agencyId : data.agencyId;
  const codes: Codes = { serviceCode: null, placeSlug: null };
  if (serviceId) {
    const [service] = await tx
      .select({ code: services.code, agencyId: services.agencyId, topicCode: services.topicCode })
      .from(services)
      .where(and(eq(services.id, serviceId), eq(services.active, true)));
    if (!service) throw invalid("serviceId", "errors.service");
    if (data.agencyId && data.agencyId !== service.agencyId) throw invalid("agencyId", "errors.agencyNotService");
    if (data.topicCode && data.topicCode !== service.topicCode) throw invalid("topicCode", "errors.topicNotService");
    agencyId = service.agencyId;
    topicCode = service.topicCode;
    codes.serviceCode = service.code;
  } else if (agencyId) {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
    if (!agency) throw invalid("agencyId", "errors.agency");
  }
  const placeId = data.placeId === undefined ? current.placeId : data.placeId;
  if (placeId) {
    const [place] = await tx
      .select({ slug: places.slug })
      .from(places)
      .where(and(eq(places.id, placeId), eq(places.active, true)));
    if (!place) throw invalid("placeId", "errors.place");
    codes.placeSlug = place.slug;
  }
  return { after: { topicCode, serviceId, agencyId, category: data.category ?? current.category, placeId }, codes };
}

/**
 * Staff set, confirm or correct a report's topic, service, agency, category and place. The change is audited
 * (with which suggestions were taken), the report is placed again (it leaves an incident it joined
 * automatically, and the clustering job places it anew), the public figures are recounted, and the decision
 * becomes a training example for the next model.
 */
export async function setClassification({ ctx, input }: { ctx: DomainCtx; input: SetClassificationInput }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = setClassificationInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const c = await lockComplaint(tx, data.complaintId);
    if (c.version !== data.expectedVersion) throw new DomainError("CONFLICT", "changed meanwhile", { _form: ["errors.changedMeanwhile"] });
    const before: Classification = { topicCode: c.topicCode, serviceId: c.serviceId, agencyId: c.agencyId, category: c.category, placeId: c.placeId };
    const { after, codes } = await resolve(tx, before, data);
    const changed = (Object.keys(after) as Array<keyof Classification>).filter((k) => after[k] !== before[k]);
    // A report Sigap joined to an incident is placed again when what it is about changed; one a person linked stays.
    const moved = changed.some((k) => k === "serviceId" || k === "agencyId" || k === "placeId");
    const leaves = moved && c.incidentId !== null && c.incidentScore !== null;
    const replace = moved && (c.incidentId === null || leaves);
    const updated = oneRow(
      await tx
        .update(complaints)
        .set({
          topicCode: after.topicCode,
          serviceId: after.serviceId,
          agencyId: after.agencyId,
          category: after.category as typeof c.category,
          placeId: after.placeId,
          ...(leaves ? { incidentId: null, incidentScore: null } : {}),
          ...(replace ? { needsClustering: true, suggestedIncidentId: null, suggestedScore: null } : {}),
          version: sql`${complaints.version} + 1`,
          updatedAt: now,
        })
        .where(eq(complaints.id, c.id))
        .returning({ version: complaints.version }),
    );
    if (leaves && c.incidentId) await recomputeIncidentStats(tx, c.incidentId);
    if (changed.length > 0) await tx.insert(publicCountChanges).values({});

    const [triage] = await tx.select().from(complaintTriage).where(eq(complaintTriage.complaintId, c.id));
    const top = (triage?.suggestions ?? {}) as Record<string, Array<{ code: string; id: string | null }> | undefined>;
    const accepted = {
      topic: top.topic?.[0]?.code === after.topicCode,
      service: Boolean(after.serviceId) && top.service?.[0]?.id === after.serviceId,
      category: top.category?.[0]?.code === after.category,
      place: Boolean(after.placeId) && top.place?.[0]?.id === after.placeId,
    };
    await tx
      .insert(complaintTriage)
      .values({ complaintId: c.id, suggestions: {}, decidedById: actor.userId, decidedAt: now })
      .onConflictDoUpdate({ target: complaintTriage.complaintId, set: { decidedById: actor.userId, decidedAt: now, updatedAt: now } });
    await recordExample(tx, c.id, c.description, after, codes, now);
    await writeAudit(tx, actor, {
      action: "complaint.classify",
      entityType: "complaint",
      entityId: c.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: {
        ...Object.fromEntries(changed.map((k) => [k, after[k]])),
        suggestionsTaken: triage ? accepted : null,
        leftIncident: leaves ? c.incidentId : null,
      },
    });
    return { version: updated.version, changed, leftIncident: leaves };
  });
}

/** The decision as a labelled text for the next training run (the latest decision on a report wins). */
async function recordExample(tx: Tx, complaintId: string, text: string, after: Classification, codes: Codes, now: Date) {
  if (!after.topicCode) return;
  const values = {
    text,
    topicCode: after.topicCode,
    ...codes,
    category: after.category as typeof triageExamples.$inferInsert.category,
    updatedAt: now,
  };
  await tx
    .insert(triageExamples)
    .values({ ...values, complaintId, split: "training", groupKey: `complaint:${complaintId}` })
    .onConflictDoUpdate({ target: triageExamples.complaintId, set: values });
}
