import type { ComplaintCategory, PlaceKind, TopicCode, TriageField, TriageSplit } from "@/server/db/schema/constants";
import { textFeatures } from "./features";
import { loadHead, toProbabilities, type HeadData, type LoadedHead, type Ranked } from "./head";
import { matchPlaces, type PlaceIndex } from "./place-index";

/** One labelled text as the trainer reads it (codes, not ids). */
export type LabelledText = {
  text: string;
  topic: TopicCode;
  service: string | null;
  category: ComplaintCategory;
  place: string | null;
  split: TriageSplit;
  group: string;
};

/** How often a suggested place was the labelled one, by its kind and rank: the place's probability. */
export type PlaceCalibration = { first: Record<PlaceKind, number>; other: number };

/** What is stored in triage_models.model: plain JSON, loaded by every instance. */
export type SerializedModel = {
  format: 1;
  topic: HeadData;
  category: HeadData;
  /** One head per topic over that topic's services: P(service) = P(topic) × P(service | topic). */
  service: Record<string, HeadData>;
  serviceAgency: Record<string, string>;
  place: PlaceCalibration;
  /** Auto-apply a field's best value at or above this probability (chosen on held-back folds; see train.ts). */
  thresholds: Record<TriageField, number>;
};

export type PlaceSuggestion = { code: string; id: string; name: string; p: number };

export type Prediction = { topic: Ranked; service: Ranked; agency: Ranked; category: Ranked; place: PlaceSuggestion[] };

/** The label a topic's service head gives a text that names none of its services; never suggested. */
export const NO_SERVICE = "-";

/** Topics whose services are scored: the likeliest few carry nearly all of the probability. */
export const SERVICE_TOPICS_SCORED = 3;

export type TriageModel = {
  thresholds: Record<TriageField, number>;
  predict(text: string): Prediction;
};

export function placeSuggestions(index: PlaceIndex, calibration: PlaceCalibration, text: string): PlaceSuggestion[] {
  return matchPlaces(index, text).map((m, rank) => ({
    code: m.entry.slug,
    id: m.entry.id,
    name: m.entry.name,
    p: rank === 0 ? calibration.first[m.entry.kind] : calibration.other,
  }));
}

/** P(service) over the likeliest topics' services, and P(agency) as the sum over its services. */
export function combineServices(
  topic: Ranked,
  serviceGiven: (topicCode: string) => Ranked,
  serviceAgency: Record<string, string>,
): { service: Ranked; agency: Ranked } {
  const service: Ranked = [];
  for (const t of topic.slice(0, SERVICE_TOPICS_SCORED)) {
    for (const s of serviceGiven(t.code)) if (s.code !== NO_SERVICE) service.push({ code: s.code, p: s.p * t.p });
  }
  service.sort((a, b) => b.p - a.p);
  const byAgency = new Map<string, number>();
  for (const s of service) {
    const agency = serviceAgency[s.code];
    if (agency) byAgency.set(agency, (byAgency.get(agency) ?? 0) + s.p);
  }
  const agency = [...byAgency].map(([code, p]) => ({ code, p })).sort((a, b) => b.p - a.p);
  return { service, agency };
}

export function loadModel(data: SerializedModel, places: PlaceIndex): TriageModel {
  const topicHead = loadHead(data.topic);
  const categoryHead = loadHead(data.category);
  const serviceHeads = new Map<string, LoadedHead>(Object.entries(data.service).map(([t, h]) => [t, loadHead(h)]));
  return {
    thresholds: data.thresholds,
    predict(text) {
      const features = textFeatures(text);
      const topic = toProbabilities(topicHead.score(features), topicHead.temperature);
      const category = toProbabilities(categoryHead.score(features), categoryHead.temperature);
      const { service, agency } = combineServices(
        topic,
        (t) => {
          const head = serviceHeads.get(t);
          return head ? toProbabilities(head.score(features), head.temperature) : [];
        },
        data.serviceAgency,
      );
      return { topic, service, agency, category, place: placeSuggestions(places, data.place, text) };
    },
  };
}
