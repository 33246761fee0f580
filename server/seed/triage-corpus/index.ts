import { places, services, triageExamples } from "@/server/db/schema";
import { COMPLAINT_CATEGORIES, TOPIC_CODES, type ComplaintCategory, type TopicCode } from "@/server/db/schema/constants";
import type { Tx } from "@/server/db/types";
import type { LabelledText } from "@/server/domain/triage/model";
import { TRAIN_ONLY_GROUP } from "@/server/domain/triage/train";
import { buildSeedComplaints } from "@/server/seed/complaints";
import { generateTrainingCorpus, generateVagueTexts } from "./generate";
import { HELDOUT_A } from "./heldout-a";
import { HELDOUT_B } from "./heldout-b";
import { HELDOUT_C } from "./heldout-c";
import { HELDOUT_D } from "./heldout-d";

/** Key (and group) prefix of held-out part D, the part no choice about the model was made on: reported on its own too. */
export const UNSEEN_HELDOUT_PREFIX = "heldout-d:";

/** The hand-written held-out texts, parsed; a malformed line is a bug in the corpus and throws. */
export function heldOutCorpus(): Array<LabelledText & { key: string }> {
  const lines = (block: string) => block.split("\n").filter((l) => l.trim() !== "");
  return [
    ...lines([HELDOUT_A, HELDOUT_B, HELDOUT_C].join("\n")).map((line, i) => parseHeldOut(line, `heldout:${i + 1}`)),
    ...lines(HELDOUT_D).map((line, i) => parseHeldOut(line, `${UNSEEN_HELDOUT_PREFIX}${i + 1}`)),
  ];
}

function parseHeldOut(line: string, key: string): LabelledText & { key: string } {
  const [topic, service, category, place, ...rest] = line.split("|");
  const text = rest.join("|").trim();
  if (!TOPIC_CODES.includes(topic as TopicCode) || !COMPLAINT_CATEGORIES.includes(category as ComplaintCategory) || !text || !service || !place)
    throw new Error(`held-out corpus line ${key} is malformed: ${line}`);
  return {
    key,
    text,
    topic: topic as TopicCode,
    service: service === "-" ? null : service,
    category: category as ComplaintCategory,
    place: place === "-" ? null : place,
    split: "heldout" as const,
    // Each was written on its own: its own group.
    group: key,
  };
}

/**
 * Loads the shipped triage corpus into triage_examples (idempotent on each text's key): the training texts are
 * composed for the services and places this database has, the held-out texts are the hand-written ones.
 */
export async function seedTriageCorpus(tx: Tx): Promise<{ training: number; heldout: number }> {
  const serviceRows = await tx.select({ code: services.code, topic: services.topicCode }).from(services);
  const placeRows = await tx.select({ slug: places.slug, name: places.name, aliases: places.aliases }).from(places);
  const training = generateTrainingCorpus(
    Object.fromEntries(serviceRows.map((s) => [s.code, s.topic])),
    new Map(placeRows.map((p) => [p.slug, { name: p.name, aliases: p.aliases }])),
  );
  const known = new Set(placeRows.map((p) => p.slug));
  const heldout = heldOutCorpus();
  const demo = demoComplaintExamples(Object.fromEntries(serviceRows.map((s) => [s.code, s.topic])));
  const vague = generateVagueTexts();
  const rows = [...training, ...vague, ...demo, ...heldout].map((e) => ({
    externalKey: e.key,
    text: e.text,
    topicCode: e.topic,
    serviceCode: e.service,
    category: e.category,
    placeSlug: e.place && known.has(e.place) ? e.place : null,
    split: e.split,
    groupKey: e.group,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await tx
      .insert(triageExamples)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({ target: triageExamples.externalKey });
  }
  return { training: training.length + vague.length + demo.length, heldout: heldout.length };
}

const DEMO_PER_SERVICE = 24;

/**
 * The demo scenario's own reports (written for the seed, with the service, category and place each was filed
 * under) as training texts: the e-HAC surge in the words its reporters used.
 */
export function demoComplaintExamples(serviceTopics: Record<string, string>): Array<LabelledText & { key: string }> {
  const taken = new Map<string, number>();
  return buildSeedComplaints().flatMap((c) => {
    const topic = serviceTopics[c.serviceCode] as TopicCode | undefined;
    // As many per service as the composed corpus has: more would tilt the model's priors towards the demo's services.
    const n = taken.get(c.serviceCode) ?? 0;
    if (!topic || n >= DEMO_PER_SERVICE) return [];
    taken.set(c.serviceCode, n + 1);
    return [
      {
        key: `demo:${c.key}`,
        text: c.description,
        topic,
        service: c.serviceCode,
        category: c.category,
        place: c.placeSlug,
        split: "training" as const,
        // Composed from a handful of openers: learned from, never held back for calibration (see train.ts).
        group: `${TRAIN_ONLY_GROUP}demo`,
      },
    ];
  });
}
