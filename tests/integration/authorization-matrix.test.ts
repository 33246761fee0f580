import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import type { Role } from "@/server/db/schema/constants";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createUser } from "@/tests/helpers/factories";
import { POLICY, type Policy } from "@/tests/helpers/policy";

/** An admin who has not yet replaced an admin-issued password: only their own account is open to them. */
type Who = Role | "anonymous" | "restricted_admin";
const ALLOWED: Record<Policy, Who[]> = {
  public: ["anonymous", "investigator", "admin", "agency_responder", "restricted_admin"],
  signed_in: ["investigator", "admin", "agency_responder", "restricted_admin"],
  staff: ["investigator", "admin"],
  admin: ["admin"],
  agency: ["agency_responder"],
};

let t: TestDb;
let callers: Record<Who, ReturnType<typeof callerFor>>;

beforeAll(async () => {
  t = await createTestDb();
  callers = {
    anonymous: callerFor(t.db, null),
    investigator: callerFor(t.db, actorOf(await createUser(t.db, "investigator"))),
    admin: callerFor(t.db, actorOf(await createUser(t.db, "admin"))),
    agency_responder: callerFor(t.db, actorOf(await createUser(t.db, "agency_responder"))),
    restricted_admin: callerFor(t.db, { ...actorOf(await createUser(t.db, "admin", { mustChangePassword: true })), restriction: "password_change" }),
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
    for (const who of Object.keys(callers) as Who[]) {
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
