import type { TriageField } from "@/server/db/schema/constants";
import { breathe } from "./breathe";
import type { LabelledText, Prediction, TriageModel } from "./model";

export type Confusion = { truth: string; predicted: string; count: number };

/** Held-out figures of one model: what docs/triage.md explains and the model's row stores. */
export type HeldOutFigures = {
  examples: number;
  topic: { top1: number; top3: number; macroF1: number; ece: number };
  category: { top1: number };
  service: { examples: number; top1: number; top3: number };
  agency: { top1: number };
  place: { examples: number; found: number; top1: number };
  autoApply: {
    /** Per field: how many reports got a value, and how often it was right. */
    fields: Record<TriageField, { applied: number; precision: number | null }>;
    /** Every value applied, all fields together. */
    precision: number | null;
    /** Reports with at least one value applied / their topic applied / their service (so agency and routing) applied. */
    coverageAny: number;
    coverageTopic: number;
    coverageService: number;
  };
  confusions: { topic: Confusion[]; category: Confusion[]; service: Confusion[] };
};

const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10_000) / 10_000);
const inTop = (ranked: Array<{ code: string }>, truth: string | null, k: number) =>
  truth !== null && ranked.slice(0, k).some((r) => r.code === truth);

function topConfusions(pairs: Array<[string, string]>, limit = 10): Confusion[] {
  const counts = new Map<string, number>();
  for (const [t, p] of pairs) if (t !== p) counts.set(`${t}\u0000${p}`, (counts.get(`${t}\u0000${p}`) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => {
      const [truth, predicted] = k.split("\u0000") as [string, string];
      return { truth, predicted, count };
    })
    .sort((a, b) => b.count - a.count || a.truth.localeCompare(b.truth))
    .slice(0, limit);
}

function macroF1(pairs: Array<[string, string]>): number {
  const labels = new Set(pairs.flatMap(([t, p]) => [t, p]));
  let sum = 0;
  for (const label of labels) {
    const tp = pairs.filter(([t, p]) => t === label && p === label).length;
    const fp = pairs.filter(([t, p]) => t !== label && p === label).length;
    const fn = pairs.filter(([t, p]) => t === label && p !== label).length;
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return labels.size === 0 ? 0 : Math.round((sum / labels.size) * 10_000) / 10_000;
}

/** Expected calibration error of the best topic's probability, over ten equal-width bins. */
function expectedCalibrationError(samples: Array<{ p: number; right: boolean }>): number {
  let error = 0;
  for (let b = 0; b < 10; b++) {
    const bin = samples.filter((s) => Math.min(9, Math.floor(s.p * 10)) === b);
    if (bin.length === 0) continue;
    const confidence = bin.reduce((n, s) => n + s.p, 0) / bin.length;
    const accuracy = bin.filter((s) => s.right).length / bin.length;
    error += (bin.length / samples.length) * Math.abs(confidence - accuracy);
  }
  return Math.round(error * 10_000) / 10_000;
}

/** The model's figures on texts it never learned from. `serviceAgency` maps service codes to agency slugs. */
export async function evaluateHeldOut(model: TriageModel, examples: LabelledText[], serviceAgency: Record<string, string>): Promise<HeldOutFigures> {
  const rows: Array<{ e: LabelledText; p: Prediction }> = [];
  for (const e of examples) {
    await breathe();
    rows.push({ e, p: model.predict(e.text) });
  }
  const withService = rows.flatMap(({ e, p }) => (e.service !== null && serviceAgency[e.service] ? [{ p, e: { ...e, service: e.service } }] : []));
  const withPlace = rows.filter((r) => r.e.place !== null);
  const fields: HeldOutFigures["autoApply"]["fields"] = {
    topic: { applied: 0, precision: null },
    service: { applied: 0, precision: null },
    agency: { applied: 0, precision: null },
    category: { applied: 0, precision: null },
    place: { applied: 0, precision: null },
  };
  const right: Record<TriageField, number> = { topic: 0, service: 0, agency: 0, category: 0, place: 0 };
  let coveredAny = 0;
  let coveredTopic = 0;
  let coveredService = 0;
  for (const { e, p } of rows) {
    const truth: Record<TriageField, string | null> = {
      topic: e.topic,
      service: e.service,
      agency: e.service ? (serviceAgency[e.service] ?? null) : null,
      category: e.category,
      place: e.place,
    };
    let any = false;
    for (const field of Object.keys(fields) as TriageField[]) {
      const best = p[field][0];
      if (!best || best.p < model.thresholds[field]) continue;
      any = true;
      fields[field].applied++;
      if (best.code === truth[field]) right[field]++;
      if (field === "topic") coveredTopic++;
      if (field === "service") coveredService++;
    }
    if (any) coveredAny++;
  }
  let applied = 0;
  let correct = 0;
  for (const field of Object.keys(fields) as TriageField[]) {
    fields[field].precision = fields[field].applied === 0 ? null : ratio(right[field], fields[field].applied);
    applied += fields[field].applied;
    correct += right[field];
  }
  const topicPairs = rows.map((r): [string, string] => [r.e.topic, r.p.topic[0]?.code ?? "-"]);
  return {
    examples: rows.length,
    topic: {
      top1: ratio(rows.filter((r) => inTop(r.p.topic, r.e.topic, 1)).length, rows.length),
      top3: ratio(rows.filter((r) => inTop(r.p.topic, r.e.topic, 3)).length, rows.length),
      macroF1: macroF1(topicPairs),
      ece: expectedCalibrationError(rows.map((r) => ({ p: r.p.topic[0]?.p ?? 0, right: r.p.topic[0]?.code === r.e.topic }))),
    },
    category: { top1: ratio(rows.filter((r) => inTop(r.p.category, r.e.category, 1)).length, rows.length) },
    service: {
      examples: withService.length,
      top1: ratio(withService.filter((r) => inTop(r.p.service, r.e.service, 1)).length, withService.length),
      top3: ratio(withService.filter((r) => inTop(r.p.service, r.e.service, 3)).length, withService.length),
    },
    agency: {
      top1: ratio(withService.filter((r) => inTop(r.p.agency, serviceAgency[r.e.service] ?? null, 1)).length, withService.length),
    },
    place: {
      examples: withPlace.length,
      found: ratio(withPlace.filter((r) => r.p.place.some((s) => s.code === r.e.place)).length, withPlace.length),
      top1: ratio(withPlace.filter((r) => r.p.place[0]?.code === r.e.place).length, withPlace.length),
    },
    autoApply: {
      fields,
      precision: applied === 0 ? null : ratio(correct, applied),
      coverageAny: ratio(coveredAny, rows.length),
      coverageTopic: ratio(coveredTopic, rows.length),
      coverageService: ratio(coveredService, rows.length),
    },
    confusions: {
      topic: topConfusions(topicPairs),
      category: topConfusions(rows.map((r) => [r.e.category, r.p.category[0]?.code ?? "-"])),
      service: topConfusions(withService.map((r) => [r.e.service, r.p.service[0]?.code ?? "-"])),
    },
  };
}
