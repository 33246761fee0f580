import { describe, expect, it } from "vitest";
import { COMPLAINT_STAGES, ROLES, type ComplaintStage, type Role } from "@/server/db/schema/constants";
import { actionsFrom, planTransition, PROCEDURE_ACTIONS, type ProcedureAction, type TransitionFacts } from "@/server/domain/procedure/machine";

// The procedure written out edge by edge from the domain brief, independently of the machine's table.
const STAFF: Role[] = ["investigator", "admin"];
const ADMIN: Role[] = ["admin"];
const OPEN_BEFORE_REPORT: ComplaintStage[] = [
  "received",
  "formal_verification",
  "awaiting_reporter",
  "material_verification",
  "examination",
  "examination_report",
];
const EXPECTED: Array<[ProcedureAction, ComplaintStage[], ComplaintStage, Role[]]> = [
  ["start_verification", ["received"], "formal_verification", STAFF],
  ["request_information", ["formal_verification"], "awaiting_reporter", STAFF],
  ["reporter_responded", ["awaiting_reporter"], "formal_verification", STAFF],
  ["lapse", ["awaiting_reporter"], "closed", STAFF],
  ["formal_complete", ["formal_verification"], "material_verification", STAFF],
  ["decline", ["formal_verification", "material_verification"], "closed", STAFF],
  ["accept_for_examination", ["material_verification"], "examination", ADMIN],
  ["rapid_response", ["received", "formal_verification", "material_verification"], "examination", STAFF],
  ["issue_examination_report", ["examination"], "examination_report", STAFF],
  ["close_not_found", ["examination_report"], "closed", STAFF],
  ["stop_examination", ["examination", "examination_report"], "closed", STAFF],
  ["require_corrective_action", ["examination_report"], "corrective_action", STAFF],
  ["corrective_action_done", ["corrective_action", "resolution_monitoring"], "closed", STAFF],
  ["escalate_to_monitoring", ["corrective_action"], "resolution_monitoring", STAFF],
  ["issue_recommendation", ["resolution_monitoring"], "recommendation", ADMIN],
  ["recommendation_implemented", ["recommendation"], "closed", STAFF],
  ["close_recommendation_issued", ["recommendation"], "closed", ADMIN],
  ["resolved_by_agency", ["formal_verification", "material_verification", "examination", "examination_report"], "closed", STAFF],
  ["withdraw", OPEN_BEFORE_REPORT, "closed", STAFF],
  ["merge_as_evidence", ["received", "formal_verification", "awaiting_reporter"], "closed", STAFF],
  ["reopen", ["closed"], "formal_verification", STAFF],
];

const satisfied = (stage: ComplaintStage, role: Role): TransitionFacts => ({
  stage,
  role,
  kind: "individual",
  hasIdentity: true,
  hasIncident: true,
  deadlinePassed: true,
  reason: "alasan",
  publicNote: "catatan untuk pelapor",
});

describe("procedure state machine", () => {
  it("lists every action in the expected table", () => {
    expect(EXPECTED.map(([a]) => a).sort()).toEqual([...PROCEDURE_ACTIONS].sort());
  });

  it("allows exactly the expected transitions, for exactly the expected roles, and refuses all others", () => {
    let allowed = 0;
    let refused = 0;
    for (const action of PROCEDURE_ACTIONS) {
      const [, from, to, roles] = EXPECTED.find(([a]) => a === action)!;
      for (const stage of COMPLAINT_STAGES) {
        for (const role of ROLES) {
          const plan = planTransition(action, satisfied(stage, role));
          if (from.includes(stage) && roles.includes(role)) {
            expect(plan, `${action} from ${stage} as ${role}`).toMatchObject({ to });
            allowed++;
          } else {
            expect(plan, `${action} from ${stage} as ${role}`).toHaveProperty("refused");
            refused++;
          }
        }
      }
    }
    expect(allowed).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(400);
  });

  it("never lets an agency responder move a case", () => {
    for (const stage of COMPLAINT_STAGES) expect(actionsFrom(stage, "agency_responder")).toEqual([]);
  });

  it("closes with the outcome the action stands for", () => {
    expect(planTransition("decline", satisfied("material_verification", "investigator"))).toEqual({
      to: "closed",
      outcome: "declined",
      rapidResponse: false,
    });
    expect(planTransition("lapse", satisfied("awaiting_reporter", "admin"))).toMatchObject({ outcome: "lapsed" });
    expect(planTransition("rapid_response", satisfied("received", "investigator"))).toEqual({
      to: "examination",
      outcome: null,
      rapidResponse: true,
    });
  });

  it("requires what each step needs", () => {
    const base = satisfied("formal_verification", "investigator");
    expect(planTransition("request_information", { ...base, publicNote: "  " })).toEqual({ refused: "missing", field: "publicNote" });
    expect(planTransition("decline", { ...base, reason: null })).toEqual({ refused: "missing", field: "reason" });
    expect(planTransition("lapse", { ...satisfied("awaiting_reporter", "admin"), deadlinePassed: false })).toEqual({
      refused: "missing",
      field: "deadlinePassed",
    });
    expect(planTransition("merge_as_evidence", { ...base, hasIncident: false })).toEqual({ refused: "missing", field: "incident" });
  });

  it("needs an identity for an individual case to pass formal verification, but not for evidence or own-motion cases", () => {
    const anonymous = { ...satisfied("formal_verification", "investigator"), hasIdentity: false };
    expect(planTransition("formal_complete", anonymous)).toEqual({ refused: "missing", field: "identity" });
    expect(planTransition("formal_complete", { ...anonymous, kind: "evidence" })).toMatchObject({ to: "material_verification" });
    expect(planTransition("formal_complete", { ...anonymous, kind: "own_motion" })).toMatchObject({ to: "material_verification" });
  });
});
