import type { ComplaintCategory, TopicCode, TriageField } from "@/server/db/schema/constants";
import type { LoadedTriage } from "./current-model";

export type Suggestion = { code: string; id: string | null; label: { id: string; en: string } | null; p: number };

export type Suggestions = { modelVersion: number | null } & Record<TriageField, Suggestion[]>;

/** Values Sigap sets itself, each with the probability it had. */
export type Applied = {
  topic?: { value: TopicCode; p: number };
  service?: { value: string; code: string; p: number };
  agency?: { value: string; p: number };
  category?: { value: ComplaintCategory; p: number };
  place?: { value: string; p: number };
};

export const SUGGESTIONS_SHOWN = 3;

export const NO_SUGGESTIONS: Suggestions = { modelVersion: null, topic: [], service: [], agency: [], category: [], place: [] };

const round = (p: number) => Math.round(p * 10_000) / 10_000;

/**
 * Ranked suggestions for a text in this database's terms: services and places that exist and are active,
 * agencies ranked by the probability of their services as the catalogue has them now.
 */
export function suggest(loaded: LoadedTriage, text: string): Suggestions {
  const prediction = loaded.model.predict(text);
  const service: Suggestion[] = [];
  const byAgency = new Map<string, number>();
  for (const s of prediction.service) {
    const row = loaded.services.get(s.code);
    if (!row) continue;
    service.push({ code: s.code, id: row.id, label: { id: row.nameId, en: row.nameEn }, p: round(s.p) });
    byAgency.set(row.agencyId, (byAgency.get(row.agencyId) ?? 0) + s.p);
  }
  const agency = [...byAgency]
    .flatMap(([id, p]) => {
      const a = loaded.agenciesById.get(id);
      return a ? [{ code: a.slug, id, label: { id: a.nameId, en: a.nameEn }, p: round(p) }] : [];
    })
    .sort((a, b) => b.p - a.p);
  return {
    modelVersion: loaded.version,
    topic: prediction.topic.slice(0, SUGGESTIONS_SHOWN).map((t) => {
      const label = loaded.topics.get(t.code);
      return { code: t.code, id: null, label: label ? { id: label.labelId, en: label.labelEn } : null, p: round(t.p) };
    }),
    service: service.slice(0, SUGGESTIONS_SHOWN),
    agency: agency.slice(0, SUGGESTIONS_SHOWN),
    category: prediction.category.slice(0, SUGGESTIONS_SHOWN).map((c) => ({ code: c.code, id: null, label: null, p: round(c.p) })),
    place: prediction.place
      .slice(0, SUGGESTIONS_SHOWN)
      .map((pl) => ({ code: pl.code, id: pl.id, label: { id: pl.name, en: pl.name }, p: round(pl.p) })),
  };
}

/**
 * What Sigap sets itself: each field whose best value reaches its threshold, kept consistent — a service set
 * brings its own topic and agency, whatever their own ranking said.
 */
export function chooseApplied(loaded: LoadedTriage, s: Suggestions): Applied {
  const t = loaded.thresholds;
  const over = (field: TriageField) => {
    const best = s[field][0];
    return best && best.p >= t[field] ? best : undefined;
  };
  const applied: Applied = {};
  const service = over("service");
  const row = service ? loaded.services.get(service.code) : undefined;
  if (service && row) {
    applied.service = { value: row.id, code: service.code, p: service.p };
    const topicP = s.topic.find((x) => x.code === row.topicCode)?.p ?? 0;
    applied.topic = { value: row.topicCode as TopicCode, p: Math.max(topicP, service.p) };
    const agencyP = s.agency.find((x) => x.id === row.agencyId)?.p ?? service.p;
    applied.agency = { value: row.agencyId, p: Math.max(agencyP, service.p) };
  } else {
    const topic = over("topic");
    if (topic) applied.topic = { value: topic.code as TopicCode, p: topic.p };
    const agency = over("agency");
    if (agency?.id) applied.agency = { value: agency.id, p: agency.p };
  }
  const category = over("category");
  if (category) applied.category = { value: category.code as ComplaintCategory, p: category.p };
  const place = over("place");
  if (place?.id) applied.place = { value: place.id, p: place.p };
  return applied;
}
