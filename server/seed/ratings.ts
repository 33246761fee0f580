import type { complaintRatings } from "@/server/db/schema";
import { seededRandom } from "./random";

/** Ratings asked for since the demo's cases closed: a few per agency, fewer than the five its scorecard needs to show an average. */
export const SEED_RATINGS_PER_AGENCY = 4;

const COMMENTS = ["Petugas cepat menanggapi.", "Lama sekali tanpa kabar.", "Penjelasannya jelas, terima kasih.", null, null];

/**
 * The demo's ratings: up to SEED_RATINGS_PER_AGENCY of each agency's closed complaints rated two days after closing,
 * with the spread of scores a public-service survey sees. Together they pass five, so statistics show an average.
 */
export function seedRatings(
  closed: Array<{ complaintId: string; agencyId: string; closedAt: Date | null }>,
): Array<typeof complaintRatings.$inferInsert> {
  const rnd = seededRandom(20210115);
  const perAgency = new Map<string, number>();
  const out: Array<typeof complaintRatings.$inferInsert> = [];
  for (const c of closed) {
    if (!c.closedAt) continue;
    const n = perAgency.get(c.agencyId) ?? 0;
    if (n >= SEED_RATINGS_PER_AGENCY) continue;
    perAgency.set(c.agencyId, n + 1);
    const at = new Date(c.closedAt.getTime() + 2 * 86_400_000);
    const score = rnd.weighted([
      [5, 30],
      [4, 30],
      [3, 20],
      [2, 12],
      [1, 8],
    ] as const);
    out.push({ complaintId: c.complaintId, score, comment: rnd.pick(COMMENTS), channel: "web", createdAt: at, updatedAt: at });
  }
  return out;
}
