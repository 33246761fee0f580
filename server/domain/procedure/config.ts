import type { ComplaintStage } from "@/server/db/schema/constants";

export type Allowance = { amount: number; unit: "working_days" | "calendar_days" };

/**
 * Default time allowed in each stage (domain brief; all configurable through the `procedure.deadlines` setting).
 * `received`: SP4N-LAPOR! verifies and forwards within 3 working days. `awaiting_reporter`: the reporter has 30
 * calendar days to complete. `examination_report`: the reporter has 14 days to comment. `corrective_action`: the
 * agency has 30 working days. `recommendation`: the superior reports back within 60 days.
 */
export const DEFAULT_ALLOWANCES: Record<Exclude<ComplaintStage, "closed">, Allowance> = {
  received: { amount: 3, unit: "working_days" },
  formal_verification: { amount: 10, unit: "working_days" },
  awaiting_reporter: { amount: 30, unit: "calendar_days" },
  material_verification: { amount: 14, unit: "working_days" },
  examination: { amount: 60, unit: "calendar_days" },
  examination_report: { amount: 14, unit: "calendar_days" },
  corrective_action: { amount: 30, unit: "working_days" },
  resolution_monitoring: { amount: 30, unit: "calendar_days" },
  recommendation: { amount: 60, unit: "calendar_days" },
};

/** While a case waits on the reporter, the Ombudsman's own clock stops; the deadline shown is the reporter's. */
export const PAUSING_STAGES: readonly ComplaintStage[] = ["awaiting_reporter"];

export type ProcedureConfig = { allowances: Record<Exclude<ComplaintStage, "closed">, Allowance>; holidays: ReadonlySet<string> };
