import { z } from "zod";
import { RECOMMENDATION_STATUSES } from "@/server/db/schema/constants";
import { attachmentRefOutput } from "@/server/domain/attachment/schemas";

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

/** A recommendation as a list shows it: to whom, what, by when, and where it stands. */
export const recommendationHead = {
  id: z.uuid(),
  ordinal: z.number().int(),
  body: z.string(),
  dueAt: z.date(),
  status: z.enum(RECOMMENDATION_STATUSES),
  agencyName: z.string(),
};

/**
 * Recommendations with their history, as the agency's responders read theirs and the Ombudsman's staff read
 * all: the agency's evidence and the decisions are free text, declared like the rest.
 */
export const recommendationsOutput = z.array(
  z.object({
    ...recommendationHead,
    version: z.number().int(),
    reportTitle: z.string(),
    reportSlug: z.string(),
    overdue: z.boolean(),
    history: z.array(
      z.object({
        id: z.uuid(),
        recommendationId: z.uuid(),
        at: z.date(),
        fromStatus: z.enum(RECOMMENDATION_STATUSES).nullable(),
        toStatus: z.enum(RECOMMENDATION_STATUSES),
        agencyEvidence: z.string().nullable(),
        decisionNote: z.string().nullable(),
        actorName: z.string(),
        attachments: z.array(attachmentRefOutput),
      }),
    ),
  }),
);

export const reportProgressOutput = z.object({ status: z.enum(RECOMMENDATION_STATUSES), eventId: z.uuid() });

export const decideRecommendationOutput = z.object({ status: z.enum(RECOMMENDATION_STATUSES), version: z.number().int() });
