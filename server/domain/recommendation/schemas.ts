import { z } from "zod";
import { RECOMMENDATION_STATUSES } from "../../db/schema/constants";

export const recommendationRefInput = z.object({ recommendationId: z.uuid() });

/** The agency reports what it did; it cannot mark its own recommendation implemented. */
export const reportProgressInput = z.object({
  recommendationId: z.uuid(),
  evidence: z.string().trim().min(10, { error: "errors.textShort" }).max(10_000, { error: "errors.descriptionLong" }),
});

/** The investigator weighs the evidence and sets the status. */
export const decideRecommendationInput = z.object({
  recommendationId: z.uuid(),
  status: z.enum(RECOMMENDATION_STATUSES),
  note: z.string().trim().min(5, { error: "errors.reasonRequired" }).max(4000, { error: "errors.descriptionLong" }),
  expectedVersion: z.number().int().min(1),
});
