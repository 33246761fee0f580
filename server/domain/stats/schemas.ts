import { z } from "zod";
import { ratingSummary } from "@/server/domain/rating/schemas";
import { bilingual } from "@/server/domain/schema-helpers";
import { blankToUndefined } from "@/server/domain/schema-helpers";
import { COMPLAINT_STAGES, INCIDENT_STATES } from "@/server/db/schema/constants";

/** A quarter (`2020-Q4`) or a year (`2021`): the periods the Ombudsman reports on to Parliament and the President. */
export const periodicReportInput = z.object({ period: z.string().regex(/^\d{4}(-Q[1-4])?$/, { error: "errors.period" }) });

const day = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
);

export const statisticsInput = z.object({ from: day, to: day });

export const scorecardInput = z.object({ slug: z.string().trim().min(1).max(100) });

// What the public reads of the statistics and scorecards: counts and names, nothing of any reporter.
export const publicSummaryOutput = z.object({
  total: z.number().int(),
  received: z.number().int(),
  inVerification: z.number().int(),
  inExamination: z.number().int(),
  closed: z.number().int(),
  openIncidents: z.number().int(),
});

const scorecard = z.object({
  slug: z.string(),
  name: bilingual,
  requests: z.number(),
  answered: z.number(),
  answeredOnTime: z.number(),
  onTimePct: z.number().nullable(),
  medianAnswerDays: z.number().nullable(),
  openIncidents: z.number(),
  recommendations: z.record(z.string(), z.number()),
  rating: ratingSummary,
});

const countRow = z.object({ key: z.string(), label: bilingual, count: z.number() });
const monthRow = z.object({ month: z.string(), count: z.number() });
export const statisticsOutput = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  total: z.number(),
  medianFirstResponseHours: z.number().nullable(),
  medianResolutionDays: z.number().nullable(),
  overTime: z.array(monthRow),
  byCategory: z.array(countRow),
  byAgency: z.array(countRow),
  byChannel: z.array(countRow),
  byPlace: z.array(countRow),
  incidentsPerMonth: z.array(monthRow),
  /** How reporters rated the handling of the period's closed cases. */
  rating: ratingSummary,
});

const keyed = z.array(z.object({ key: z.string(), count: z.number() }));
const byAgency = z.array(z.object({ slug: z.string(), name: bilingual, count: z.number() }));
export const periodicOutput = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  received: z.number(),
  closed: z.number(),
  incidents: z.number(),
  reportsPublished: z.number(),
  byCategory: keyed,
  byChannel: keyed,
  outcomes: keyed,
  uncooperative: byAgency,
  notImplementing: byAgency,
});

export const scorecardsOutput = z.array(scorecard);
export const scorecardDetailOutput = scorecard.extend({
  trend: z.array(z.object({ quarter: z.string(), requests: z.number(), answeredOnTime: z.number(), implemented: z.number() })),
});

/** The staff dashboard: counts, surges, and each investigator's open and overdue work by name. */
export const dashboardOutput = z.object({
  surgeAlerts: z.array(
    z.object({ id: z.uuid(), code: z.string(), title: z.string(), reportCount: z.number().int(), lastReportAt: z.date().nullable() }),
  ),
  openIncidents: z.number().int(),
  workload: z.array(z.object({ userId: z.uuid(), name: z.string(), open: z.number().int(), overdue: z.number().int() })),
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  byStage: z.record(z.enum(COMPLAINT_STAGES), z.number().int()),
  incidentsByState: z.record(z.enum(INCIDENT_STATES), z.number().int()),
  /** Cases their reporters rated 1–2 that no investigator has looked at yet. */
  lowRatings: z.array(
    z.object({ complaintId: z.uuid(), trackingCode: z.string(), score: z.number().int(), ratedAt: z.date(), hasComment: z.boolean() }),
  ),
  rating: ratingSummary,
  generatedAt: z.date(),
});
export type Dashboard = z.output<typeof dashboardOutput>;
