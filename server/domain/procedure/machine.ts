import type { CloseOutcome, ComplaintKind, ComplaintStage, Role } from "@/server/db/schema/constants";

/**
 * The Ombudsman procedure as data: each action names the stages it may start from, where it leads, who may
 * take it and what it needs. Pure — no database — so every transition is unit-tested.
 */
export const ACTIONS = {
  start_verification: { from: ["received"], to: "formal_verification", roles: ["investigator", "admin"] },
  request_information: { from: ["formal_verification"], to: "awaiting_reporter", roles: ["investigator", "admin"], needs: ["publicNote"] },
  reporter_responded: { from: ["awaiting_reporter"], to: "formal_verification", roles: ["investigator", "admin"] },
  lapse: { from: ["awaiting_reporter"], to: "closed", outcome: "lapsed", roles: ["investigator", "admin"], needs: ["deadlinePassed"] },
  formal_complete: { from: ["formal_verification"], to: "material_verification", roles: ["investigator", "admin"], needs: ["identity"] },
  decline: {
    from: ["formal_verification", "material_verification"],
    to: "closed",
    outcome: "declined",
    roles: ["investigator", "admin"],
    needs: ["publicNote", "reason"],
  },
  // The plenary decision (rapat pleno) is recorded by senior staff.
  accept_for_examination: { from: ["material_verification"], to: "examination", roles: ["admin"], needs: ["reason"] },
  rapid_response: {
    from: ["received", "formal_verification", "material_verification"],
    to: "examination",
    roles: ["investigator", "admin"],
    needs: ["reason"],
  },
  issue_examination_report: { from: ["examination"], to: "examination_report", roles: ["investigator", "admin"], needs: ["reason", "publicNote"] },
  close_not_found: {
    from: ["examination_report"],
    to: "closed",
    outcome: "maladministration_not_found",
    roles: ["investigator", "admin"],
    needs: ["publicNote"],
  },
  stop_examination: {
    from: ["examination", "examination_report"],
    to: "closed",
    outcome: "examination_stopped",
    roles: ["investigator", "admin"],
    needs: ["reason", "publicNote"],
  },
  require_corrective_action: { from: ["examination_report"], to: "corrective_action", roles: ["investigator", "admin"], needs: ["publicNote"] },
  corrective_action_done: {
    from: ["corrective_action", "resolution_monitoring"],
    to: "closed",
    outcome: "corrective_action_completed",
    roles: ["investigator", "admin"],
    needs: ["publicNote"],
  },
  escalate_to_monitoring: { from: ["corrective_action"], to: "resolution_monitoring", roles: ["investigator", "admin"], needs: ["reason"] },
  issue_recommendation: { from: ["resolution_monitoring"], to: "recommendation", roles: ["admin"], needs: ["reason", "publicNote"] },
  recommendation_implemented: {
    from: ["recommendation"],
    to: "closed",
    outcome: "recommendation_implemented",
    roles: ["investigator", "admin"],
    needs: ["publicNote"],
  },
  close_recommendation_issued: {
    from: ["recommendation"],
    to: "closed",
    outcome: "recommendation_issued",
    roles: ["admin"],
    needs: ["reason", "publicNote"],
  },
  resolved_by_agency: {
    from: ["formal_verification", "material_verification", "examination", "examination_report"],
    to: "closed",
    outcome: "resolved_by_agency",
    roles: ["investigator", "admin"],
    needs: ["publicNote"],
  },
  withdraw: {
    from: ["received", "formal_verification", "awaiting_reporter", "material_verification", "examination", "examination_report"],
    to: "closed",
    outcome: "withdrawn",
    roles: ["investigator", "admin"],
    needs: ["reason"],
  },
  merge_as_evidence: {
    from: ["received", "formal_verification", "awaiting_reporter"],
    to: "closed",
    outcome: "merged_as_evidence",
    roles: ["investigator", "admin"],
    needs: ["incident"],
  },
  reopen: { from: ["closed"], to: "formal_verification", roles: ["investigator", "admin"], needs: ["reason"] },
} as const satisfies Record<
  string,
  {
    from: readonly ComplaintStage[];
    to: ComplaintStage;
    outcome?: CloseOutcome;
    roles: readonly Role[];
    needs?: readonly ("publicNote" | "reason" | "identity" | "incident" | "deadlinePassed")[];
  }
>;

export type ProcedureAction = keyof typeof ACTIONS;
export const PROCEDURE_ACTIONS = Object.keys(ACTIONS) as ProcedureAction[];

export type TransitionFacts = {
  stage: ComplaintStage;
  kind: ComplaintKind;
  role: Role;
  hasIdentity: boolean;
  hasIncident: boolean;
  deadlinePassed: boolean;
  reason: string | null;
  publicNote: string | null;
};

export type TransitionPlan = { to: ComplaintStage; outcome: CloseOutcome | null; rapidResponse: boolean };

export type TransitionRefusal =
  { refused: "role" } | { refused: "stage" } | { refused: "missing"; field: "publicNote" | "reason" | "identity" | "incident" | "deadlinePassed" };

/** Decides whether `action` may happen now, and what it leads to. */
export function planTransition(action: ProcedureAction, facts: TransitionFacts): TransitionPlan | TransitionRefusal {
  const rule = ACTIONS[action] as {
    from: readonly ComplaintStage[];
    to: ComplaintStage;
    outcome?: CloseOutcome;
    roles: readonly Role[];
    needs?: readonly ("publicNote" | "reason" | "identity" | "incident" | "deadlinePassed")[];
  };
  if (!rule.roles.includes(facts.role)) return { refused: "role" };
  if (!rule.from.includes(facts.stage)) return { refused: "stage" };
  for (const need of rule.needs ?? []) {
    const ok =
      need === "publicNote"
        ? Boolean(facts.publicNote?.trim())
        : need === "reason"
          ? Boolean(facts.reason?.trim())
          : need === "identity"
            ? // Anonymous reports count as evidence, but an individual case needs an identity to pass.
              facts.hasIdentity || facts.kind !== "individual"
            : need === "incident"
              ? facts.hasIncident
              : facts.deadlinePassed;
    if (!ok) return { refused: "missing", field: need };
  }
  return { to: rule.to, outcome: rule.outcome ?? null, rapidResponse: action === "rapid_response" };
}

/** The actions a role could take from a stage (for the console's buttons). */
export function actionsFrom(stage: ComplaintStage, role: Role): ProcedureAction[] {
  return PROCEDURE_ACTIONS.filter(
    (a) => (ACTIONS[a].from as readonly ComplaintStage[]).includes(stage) && (ACTIONS[a].roles as readonly Role[]).includes(role),
  );
}
