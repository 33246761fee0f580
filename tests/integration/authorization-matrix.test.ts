import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../server/api/root";
import type { Role } from "../../server/db/schema/constants";
import { createTestDb, type TestDb } from "../helpers/db";
import { actorOf, callerFor, createUser } from "../helpers/factories";

/**
 * Who may call each procedure. Every procedure in the router must be listed: a new one without a policy
 * fails this test until someone decides who may call it.
 */
type Policy = "public" | "signed_in" | "staff" | "admin" | "agency";
const POLICY: Record<string, Policy> = {
  "admin.catalog": "admin",
  "admin.createAgency": "admin",
  "admin.updateAgency": "admin",
  "admin.createService": "admin",
  "admin.updateService": "admin",
  "admin.createPlace": "admin",
  "admin.accounts": "admin",
  "admin.createAccount": "admin",
  "admin.resetPassword": "admin",
  "admin.setActive": "admin",
  "catalog.agencies": "public",
  "catalog.services": "public",
  "catalog.places": "public",
  "clarification.send": "staff",
  "clarification.listFor": "staff",
  "clarification.inbox": "agency",
  "clarification.get": "agency",
  "clarification.answer": "agency",
  "clarification.agencyIncidents": "agency",
  "clarification.statement": "agency",
  "complaint.submit": "public",
  "complaint.track": "public",
  "complaint.addInformation": "public",
  "complaint.similar": "public",
  "complaint.fixedCheck": "public",
  "correctiveAction.listFor": "staff",
  "correctiveAction.mine": "agency",
  "correctiveAction.report": "agency",
  "mail.mailbox": "staff",
  "recommendation.list": "staff",
  "recommendation.decide": "staff",
  "recommendation.mine": "agency",
  "recommendation.reportProgress": "agency",
  "complaint.queue": "staff",
  "complaint.detail": "staff",
  "complaint.assign": "staff",
  "complaint.setPriority": "staff",
  "complaint.linkIncident": "staff",
  "complaint.addNote": "staff",
  "complaint.messageReporter": "staff",
  "incident.get": "staff",
  "incident.confirm": "staff",
  "incident.update": "staff",
  "incident.postUpdate": "staff",
  "incident.merge": "staff",
  "incident.split": "staff",
  "incident.openOwnMotion": "staff",
  "incident.public": "public",
  "procedure.transition": "staff",
  "report.list": "staff",
  "report.get": "staff",
  "report.create": "staff",
  "report.update": "staff",
  "report.addRecommendation": "staff",
  "report.submit": "staff",
  "report.publish": "admin",
  "report.published": "public",
  "stats.publicSummary": "public",
  "stats.dashboard": "staff",
  "user.me": "signed_in",
  "user.staff": "staff",
  "user.setLocale": "signed_in",
};

const ALLOWED: Record<Policy, Array<Role | "anonymous">> = {
  public: ["anonymous", "investigator", "admin", "agency_responder"],
  signed_in: ["investigator", "admin", "agency_responder"],
  staff: ["investigator", "admin"],
  admin: ["admin"],
  agency: ["agency_responder"],
};

let t: TestDb;
let callers: Record<Role | "anonymous", ReturnType<typeof callerFor>>;

beforeAll(async () => {
  t = await createTestDb();
  callers = {
    anonymous: callerFor(t.db, null),
    investigator: callerFor(t.db, actorOf(await createUser(t.db, "investigator"))),
    admin: callerFor(t.db, actorOf(await createUser(t.db, "admin"))),
    agency_responder: callerFor(t.db, actorOf(await createUser(t.db, "agency_responder"))),
  };
});
afterAll(() => t.destroy());

const procedures = Object.keys(appRouter._def.procedures).sort();

/** Calls a procedure by its dotted path with a deliberately empty input. */
async function attempt(caller: ReturnType<typeof callerFor>, path: string): Promise<string> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  try {
    await fn({});
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("authorization matrix", () => {
  it("has a policy for every procedure in the router, and no stale entries", () => {
    expect(procedures.filter((p) => !(p in POLICY))).toEqual([]);
    expect(Object.keys(POLICY).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it.each(procedures)("%s answers each role as its policy says", async (path) => {
    const allowed = ALLOWED[POLICY[path]!];
    for (const who of Object.keys(callers) as Array<Role | "anonymous">) {
      const code = await attempt(callers[who], path);
      if (allowed.includes(who)) {
        expect([code, who]).not.toEqual(["UNAUTHORIZED", who]);
        expect([code, who]).not.toEqual(["FORBIDDEN", who]);
        expect(code, `${path} as ${who}`).not.toBe("INTERNAL_SERVER_ERROR");
      } else {
        expect(code, `${path} as ${who}`).toBe(who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
      }
    }
  });
});
