import type { RecommendationStatus } from "@/server/db/schema/constants";

/** Statuses in which the agency still owes something; past the due date these are overdue. */
const OPEN: readonly RecommendationStatus[] = ["pending", "in_progress", "partially_implemented"];

export function isRecommendationOverdue(r: { status: RecommendationStatus; dueAt: Date }, now: Date): boolean {
  return OPEN.includes(r.status) && r.dueAt.getTime() < now.getTime();
}
