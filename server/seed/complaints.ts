import type { CloseOutcome, ComplaintStage } from "@/server/db/schema/constants";
import { BACKGROUND, REPORTER_NAMES, surgeText } from "./complaint-texts";
import { seededRandom, wib, type Random } from "./random";
import type { ComplaintCategory, Locale } from "@/server/db/schema/constants";

export type SeedComplaint = {
  key: string;
  category: ComplaintCategory;
  serviceCode: string;
  placeSlug: string | null;
  occurredAt: Date;
  reportedAt: Date;
  description: string;
  language: Locale;
  confidential: boolean;
  contact: { name: string; email: string | null; phone: string | null } | null;
  /** Stages passed through, in order, each with when it was entered. */
  path: Array<{ stage: ComplaintStage; at: Date; outcome?: CloseOutcome; publicNote?: string }>;
};

const SURGE_COUNT = 158;
const BACKGROUND_COUNT = 42;

// Reports per hour on 19 Dec 2020 (WIB): the outage starts before 06:00 and peaks late morning.
const HOURS_19: ReadonlyArray<readonly [number, number]> = [
  [5, 2],
  [6, 6],
  [7, 10],
  [8, 14],
  [9, 18],
  [10, 20],
  [11, 18],
  [12, 14],
  [13, 10],
  [14, 7],
  [15, 5],
  [16, 4],
  [17, 3],
  [18, 2],
  [19, 2],
  [20, 1],
];
const HOURS_20: ReadonlyArray<readonly [number, number]> = [
  [5, 3],
  [6, 6],
  [7, 8],
  [8, 8],
  [9, 7],
  [10, 5],
  [11, 4],
  [12, 3],
  [13, 2],
  [14, 1],
];

function contactFor(rnd: Random, i: number): SeedComplaint["contact"] {
  if (!rnd.chance(0.55)) return null; // anonymous: still gets a tracking code
  const name = rnd.pick(REPORTER_NAMES);
  const handle = name.toLowerCase().replace(/[^a-z]+/g, ".");
  return {
    name,
    email: rnd.chance(0.8) ? `${handle}.${i}@example.com` : null,
    phone: rnd.chance(0.5) ? `+62812${String(10_000_000 + i * 7919).slice(0, 8)}` : null,
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function pathFor(rnd: Random, reportedAt: Date, target: ComplaintStage, outcome?: CloseOutcome): SeedComplaint["path"] {
  const paths: Partial<Record<ComplaintStage, ComplaintStage[]>> = {
    received: ["received"],
    formal_verification: ["received", "formal_verification"],
    awaiting_reporter: ["received", "formal_verification", "awaiting_reporter"],
    material_verification: ["received", "formal_verification", "material_verification"],
    examination: ["received", "formal_verification", "material_verification", "examination"],
    closed:
      outcome === "declined"
        ? ["received", "formal_verification", "material_verification", "closed"]
        : ["received", "formal_verification", "material_verification", "examination", "closed"],
  };
  const order = paths[target] ?? ["received"];
  let at = reportedAt.getTime();
  return order.map((stage, idx) => {
    if (idx > 0) at += rnd.int(4, 72) * HOUR + (stage === "closed" ? rnd.int(5, 20) * DAY : 0);
    const step: SeedComplaint["path"][number] = { stage, at: new Date(at) };
    if (stage === "closed" && outcome) {
      step.outcome = outcome;
      step.publicNote =
        outcome === "declined"
          ? "Laporan tidak dapat ditindaklanjuti karena sudah diselesaikan oleh instansi sebelum diperiksa."
          : "Instansi telah menyelesaikan permasalahan yang Anda laporkan.";
    }
    return step;
  });
}

/** ~200 complaints: most about the e-HAC outage at Soekarno-Hatta on 19–20 Dec 2020, the rest unrelated background. */
export function buildSeedComplaints(): SeedComplaint[] {
  const rnd = seededRandom(20201219);
  const out: SeedComplaint[] = [];

  for (let i = 0; i < SURGE_COUNT; i++) {
    const day = rnd.chance(0.68) ? 19 : 20;
    const hour = rnd.weighted(day === 19 ? HOURS_19 : HOURS_20);
    const occurredAt = wib(2020, 12, day, hour, rnd.int(0, 59));
    const reportedAt = new Date(occurredAt.getTime() + rnd.int(2, 90) * 60_000);
    const placeSlug = rnd.chance(0.55) ? "cgk-terminal-3" : "cgk-terminal-2";
    const text = surgeText(rnd, placeSlug);
    const target = rnd.weighted([
      ["received", 72],
      ["formal_verification", 22],
      ["awaiting_reporter", 6],
    ] as const);
    out.push({
      key: `seed:surge:${String(i + 1).padStart(3, "0")}`,
      ...text,
      placeSlug,
      occurredAt,
      reportedAt,
      confidential: !rnd.chance(0.15),
      contact: contactFor(rnd, i),
      path: pathFor(rnd, reportedAt, target),
    });
  }

  for (let i = 0; i < BACKGROUND_COUNT; i++) {
    const group = rnd.pick(BACKGROUND);
    const description = rnd.pick(group.texts);
    // Background runs from November 2020 to January 2021.
    const occurredAt = new Date(wib(2020, 11, 2, 8).getTime() + rnd.int(0, 85) * DAY + rnd.int(0, 10) * HOUR);
    const reportedAt = new Date(occurredAt.getTime() + rnd.int(1, 48) * HOUR);
    const target = rnd.weighted([
      ["received", 20],
      ["formal_verification", 20],
      ["material_verification", 15],
      ["examination", 20],
      ["closed", 25],
    ] as const);
    const outcome = target === "closed" ? rnd.pick(["resolved_by_agency", "declined"] as const) : undefined;
    out.push({
      key: `seed:background:${String(i + 1).padStart(3, "0")}`,
      category: group.category,
      serviceCode: group.serviceCode,
      placeSlug: group.placeSlug,
      description,
      language: /^(My|The) /.test(description) ? "en" : "id",
      occurredAt,
      reportedAt,
      confidential: !rnd.chance(0.2),
      contact: contactFor(rnd, 1000 + i),
      path: pathFor(rnd, reportedAt, target, outcome),
    });
  }
  return out;
}
