import { z } from "zod";
import { blankToUndefined } from "../schema-helpers";

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
