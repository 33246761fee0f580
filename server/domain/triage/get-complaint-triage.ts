import { eq } from "drizzle-orm";
import { complaints, complaintTriage, users } from "@/server/db/schema";
import { STAFF_ROLES, type TriageField } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { complaintRefInput } from "@/server/domain/complaint/schemas";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { currentTriage, type LoadedTriage } from "./current-model";
import { appliedProbabilities } from "./intake";
import { NO_SUGGESTIONS, suggest, type Suggestion, type Suggestions } from "./suggest";

type Stored = Partial<Record<TriageField, Array<{ code: string; id: string | null; p: number }>>>;

/** Stored suggestions with the names the catalogue has now (a service since removed drops out). */
function named(loaded: LoadedTriage | null, stored: Stored, modelVersion: number | null): Suggestions {
  const label = (field: TriageField, s: { code: string; id: string | null }): Suggestion["label"] | undefined => {
    if (field === "category") return null;
    if (field === "topic") {
      const t = loaded?.topics.get(s.code);
      return t ? { id: t.labelId, en: t.labelEn } : undefined;
    }
    const row = s.id
      ? field === "service"
        ? loaded?.servicesById.get(s.id)
        : field === "agency"
          ? loaded?.agenciesById.get(s.id)
          : undefined
      : undefined;
    if (row) return { id: row.nameId, en: row.nameEn };
    const place = field === "place" && s.id ? loaded?.placesById.get(s.id) : undefined;
    return place ? { id: place.name, en: place.name } : undefined;
  };
  const list = (field: TriageField) =>
    (stored[field] ?? []).flatMap((s) => {
      const l = label(field, s);
      return l === undefined ? [] : [{ ...s, label: l }];
    });
  return { modelVersion, topic: list("topic"), service: list("service"), agency: list("agency"), category: list("category"), place: list("place") };
}

/**
 * What triage said of one report, for its console page: the suggestions made when it arrived (or, for a
 * report that came with its service, what the current model says now), the values Sigap set, and who decided.
 */
export async function getComplaintTriage({ ctx, input }: { ctx: DomainCtx; input: { complaintId: string } }) {
  requireRole(ctx, STAFF_ROLES);
  const { complaintId } = complaintRefInput.parse(input);
  const [row] = await ctx.db
    .select({ description: complaints.description, version: complaints.version, t: complaintTriage, decidedBy: users.name })
    .from(complaints)
    .leftJoin(complaintTriage, eq(complaintTriage.complaintId, complaints.id))
    .leftJoin(users, eq(users.id, complaintTriage.decidedById))
    .where(eq(complaints.id, complaintId));
  if (!row) throw notFound("complaint");
  const loaded = await currentTriage(ctx.db);
  const storedSuggestions = (row.t?.suggestions ?? {}) as Stored;
  const hasStored = Object.values(storedSuggestions).some((l) => (l?.length ?? 0) > 0);
  const suggestions = hasStored
    ? named(loaded, storedSuggestions, row.t?.modelVersion ?? null)
    : loaded
      ? suggest(loaded, row.description)
      : NO_SUGGESTIONS;
  return {
    suggestions,
    applied: appliedProbabilities(row.t?.applied ?? {}),
    decided: row.t?.decidedAt ? { at: row.t.decidedAt, by: row.decidedBy } : null,
    modelAvailable: loaded !== null,
  };
}
