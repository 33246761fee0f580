import type { SubmitComplaintData } from "@/server/domain/complaint/schemas";
import type { TriageField } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";
import { currentTriage, type LoadedTriage } from "./current-model";
import { chooseApplied, suggest, type Applied, type Suggestions } from "./suggest";

export type IntakeTriage = { suggestions: Suggestions; applied: Applied };

/** A report without a service is classified as it arrives; null while no model has been trained. */
export async function triageAtIntake(db: Queryable, data: SubmitComplaintData): Promise<IntakeTriage | null> {
  if (data.serviceId || data.joinIncidentId || data.joinComplaintId) return null;
  const loaded = await currentTriage(db);
  if (!loaded) return null;
  const suggestions = suggest(loaded, data.description);
  return { suggestions, applied: onlyWhatWasLeftEmpty(chooseApplied(loaded, suggestions), data, loaded) };
}

/** Sigap sets, and so marks as set by it, only what the sender left empty: their own choices stay theirs. */
function onlyWhatWasLeftEmpty(applied: Applied, data: SubmitComplaintData, loaded: LoadedTriage): Applied {
  const kept = { ...applied };
  if (data.category) delete kept.category;
  if (data.placeId) delete kept.place;
  if (data.topicCode) delete kept.topic;
  if (data.agencyId) {
    delete kept.agency;
    // A service of another agency than the one the sender named would overrule them.
    if (kept.service && loaded.services.get(kept.service.code)?.agencyId !== data.agencyId) {
      delete kept.service;
      delete kept.topic;
    }
  }
  return kept;
}

/** The report as filed: what its sender gave stays; only what they left empty is filled by Sigap. */
export function withTriage(data: SubmitComplaintData, triage: IntakeTriage | null): SubmitComplaintData {
  const a = triage?.applied;
  if (!a) return data;
  return {
    ...data,
    serviceId: data.serviceId ?? a.service?.value,
    agencyId: data.agencyId ?? (a.service ? undefined : a.agency?.value),
    placeId: data.placeId ?? a.place?.value,
    category: data.category ?? a.category?.value,
    topicCode: data.topicCode ?? a.topic?.value,
  };
}

/** What the triage row stores: ids, codes and probabilities (names are read when shown). */
export function storedSuggestions(s: Suggestions) {
  const strip = (list: Suggestions["topic"]) => list.map(({ code, id, p }) => ({ code, id, p }));
  return { topic: strip(s.topic), service: strip(s.service), agency: strip(s.agency), category: strip(s.category), place: strip(s.place) };
}

/** Which fields Sigap set, each with its probability (the audit row and the console show these). */
export function appliedProbabilities(applied: Applied): Partial<Record<TriageField, number>> {
  return Object.fromEntries(Object.entries(applied).map(([field, v]) => [field, v.p]));
}
