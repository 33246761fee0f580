import type { CloseOutcome, ComplaintStage } from "@/server/db/schema/constants";

/**
 * The plain-language states a reporter sees; stages that differ only inside the Ombudsman read the same.
 * Mail queued before 2026-12 may still name "under_verification" (one state for both checks): its label stays.
 */
export const PUBLIC_STATUSES = [
  "received",
  "checking_completeness",
  "assessing",
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
    // Two checks the reporter can tell apart: is the report complete (formal), can the Ombudsman take it up (material).
    case "formal_verification":
      return "checking_completeness";
    case "material_verification":
      return "assessing";
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
