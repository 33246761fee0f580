import type { CloseOutcome, ComplaintStage } from "../../db/schema/constants";

/** The plain-language states a reporter sees; several procedure stages read the same to them. */
export const PUBLIC_STATUSES = [
  "received",
  "under_verification",
  "more_info_needed",
  "under_examination",
  "referred_to_agency",
  "resolved",
  "closed",
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const RESOLVED_OUTCOMES: readonly CloseOutcome[] = ["resolved_by_agency", "corrective_action_completed", "recommendation_implemented"];

export function publicStatusOf(stage: ComplaintStage, outcome: CloseOutcome | null): PublicStatus {
  switch (stage) {
    case "received":
      return "received";
    case "formal_verification":
    case "material_verification":
      return "under_verification";
    case "awaiting_reporter":
      return "more_info_needed";
    case "examination":
    case "examination_report":
      return "under_examination";
    case "corrective_action":
    case "resolution_monitoring":
    case "recommendation":
      return "referred_to_agency";
    case "closed":
      return outcome && RESOLVED_OUTCOMES.includes(outcome) ? "resolved" : "closed";
  }
}
